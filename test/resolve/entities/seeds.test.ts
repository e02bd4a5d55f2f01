/**
 * End to end on the development seeds: tokenize + findEntities + resolveEntities over every seed
 * document, then every gold same_entity group must be one entity and every different_entity pair
 * must not share one (names compared folded, as the scorer does).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { findEntities } from '../../../src/analyze/entities/index.ts';
import { foldName } from '../../../src/analyze/names/fold.ts';
import { tokenize } from '../../../src/analyze/nlp/index.ts';
import type { Entity } from '../../../src/report/contract.ts';
import { resolveEntities } from '../../../src/resolve/entities/index.ts';

// The shared folder sits beside the repository (../shared), in development and in CI.
const SEEDS = new URL('../../../../shared/corpus/seeds/', import.meta.url).pathname;
const GOLD = new URL('../../../../shared/gold/seeds/corpus.json', import.meta.url).pathname;

/** The body text: front matter and a leading "date YYYY-MM-DD" header removed. */
function body(raw: string): string {
  let t = raw;
  const fm = /^\s*---[^\n]*\n[\s\S]*?\n---[^\n]*\n/.exec(t);
  if (fm) t = t.slice(fm[0].length);
  return t.replace(/^\s*date \d{4}-\d{2}-\d{2}\s+/, '');
}

function fold(s: string): string {
  return foldName(s).replace(/[.,’'"]/g, '');
}

function namesOf(e: Entity): Set<string> {
  return new Set([e.name, ...e.aliases].map(fold));
}

let seedsPresent = true;
try {
  readdirSync(SEEDS);
} catch {
  seedsPresent = false;
}

test('seed corpus: gold same/different entity pairs', { skip: !seedsPresent && 'no seeds here' }, () => {
  const files = readdirSync(SEEDS)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  const docs = files.map((f) => {
    const text = body(readFileSync(`${SEEDS}${f}`, 'utf8'));
    return { docId: f, text, entities: findEntities(text, tokenize(text)) };
  });
  const { entities } = resolveEntities(docs);
  const gold = JSON.parse(readFileSync(GOLD, 'utf8')) as {
    same_entity: string[][];
    different_entity: string[][];
  };
  const failures: string[] = [];
  for (const group of gold.same_entity) {
    const want = group.map(fold);
    const one = entities.find((e) => want.every((n) => namesOf(e).has(n)));
    if (!one) {
      const holders = want.map(
        (n) =>
          `${n}→${
            entities
              .filter((e) => namesOf(e).has(n))
              .map((e) => e.id)
              .join('/') || '∅'
          }`,
      );
      failures.push(`same ${JSON.stringify(group)}: ${holders.join(', ')}`);
    }
  }
  for (const [a, b] of gold.different_entity) {
    const both = entities.find((e) => namesOf(e).has(fold(a)) && namesOf(e).has(fold(b)));
    if (both) failures.push(`different ${a} / ${b}: both in ${both.id} ${both.name}`);
    const hasA = entities.some((e) => namesOf(e).has(fold(a)));
    const hasB = entities.some((e) => namesOf(e).has(fold(b)));
    if (!hasA || !hasB) failures.push(`different ${a} / ${b}: not found (${hasA}, ${hasB})`);
  }
  assert.deepEqual(failures, []);
});
