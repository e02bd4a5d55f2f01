/**
 * The time-expression table (test/fixtures/time-expressions.json): each case is a sentence, its
 * publication date, one expression in it and the expected resolution. The expression must be
 * found with exactly its span; start, end, time and precision must match (an absent `end` or
 * `time` means null). Prints the pass rate and every failure; fails under 97 %.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findTimes } from '../../../src/analyze/time/index.ts';

interface Case {
  published: string | null;
  sentence: string;
  expression: string;
  reference?: string;
  expect: { start: string; end?: string; time?: string; precision: string; future?: boolean };
}

const table = JSON.parse(
  readFileSync(new URL('../../fixtures/time-expressions.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

function check(c: Case): string | null {
  const at = c.sentence.indexOf(c.expression);
  if (at < 0) return 'expression not in sentence';
  const end = at + c.expression.length;
  const found = findTimes(c.sentence, c.published, { reference: c.reference ?? null });
  const hit = found.find((m) => m.start < end && m.end > at);
  if (!hit)
    return `not found (got: ${found.map((m) => JSON.stringify(c.sentence.slice(m.start, m.end))).join(', ') || 'nothing'})`;
  const got = c.sentence.slice(hit.start, hit.end);
  const problems: string[] = [];
  if (hit.start !== at || hit.end !== end) problems.push(`span ${JSON.stringify(got)}`);
  const e = c.expect;
  const d = hit.date;
  if (d.start !== e.start) problems.push(`start ${d.start} ≠ ${e.start}`);
  if (d.end !== (e.end ?? null)) problems.push(`end ${d.end} ≠ ${e.end ?? null}`);
  if (d.time !== (e.time ?? null)) problems.push(`time ${d.time} ≠ ${e.time ?? null}`);
  if (d.precision !== e.precision) problems.push(`precision ${d.precision} ≠ ${e.precision}`);
  if (e.future !== undefined && Boolean(hit.future) !== e.future)
    problems.push(`future ${Boolean(hit.future)}`);
  return problems.length ? problems.join('; ') : null;
}

test('time-expression table resolves at least 97 % of cases', () => {
  assert.ok(table.cases.length >= 150, `only ${table.cases.length} cases`);
  const failures: string[] = [];
  for (const c of table.cases) {
    const why = check(c);
    if (why) failures.push(`  [${c.published}] "${c.expression}" in "${c.sentence}": ${why}`);
  }
  const passed = table.cases.length - failures.length;
  const rate = (100 * passed) / table.cases.length;
  console.log(`time expressions: ${passed}/${table.cases.length} passed (${rate.toFixed(1)} %)`);
  if (failures.length) console.log(`failures:\n${failures.join('\n')}`);
  assert.ok(rate >= 97, `pass rate ${rate.toFixed(1)} % is under 97 %`);
});
