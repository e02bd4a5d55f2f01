import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeFigures } from '../../../src/analyze/extract/figure-merge.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import type { FigureItem } from '../../../src/analyze/types.ts';

/** Two statements of a toll, 100 characters apart, each "4 civilians killed" unless told otherwise. */
const TEXT = `${'4 civilians killed'.padEnd(100, ' ')}${'4 civilians killed'.padEnd(100, ' ')}${'four civilians were killed'}`;

const fig = (start: number, over: Partial<FigureItem> = {}): FigureItem => ({
  start,
  end: start + 18,
  measure: 'killed',
  group: 'civilians',
  low: 4,
  high: null,
  qualifier: 'exact',
  reporter: 'sd:military',
  side: null,
  asOf: '2025-05-01',
  period: null,
  ...over,
});

test('the same count told again in the same words (a summary line) is one figure with two mentions', () => {
  const out = mergeFigures([fig(0), fig(100, { reporter: null, asOf: '2025-04-30' })], TEXT);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].more, [{ start: 100, end: 118 }]);
  assert.equal(out[0].reporter, 'sd:military');
  assert.equal(out[0].asOf, '2025-04-30');
});

test('told again in other words, it is a statement of its own', () => {
  assert.equal(mergeFigures([fig(0), fig(200, { end: 226 })], TEXT).length, 2);
});

test('another count, measure, reporter, far-apart day or a vague count stays a figure of its own', () => {
  assert.equal(mergeFigures([fig(0), fig(100, { low: 5 })], TEXT).length, 2);
  assert.equal(mergeFigures([fig(0), fig(100, { measure: 'wounded' })], TEXT).length, 2);
  assert.equal(mergeFigures([fig(0), fig(100, { reporter: 'group:rsf' })], TEXT).length, 2);
  assert.equal(mergeFigures([fig(0), fig(100, { asOf: '2025-04-20' })], TEXT).length, 2);
  assert.equal(mergeFigures([fig(0, { vague: true }), fig(100, { vague: true })], TEXT).length, 2);
});

test('a toll in the lead and again in the quote of "an army statement": both the army\'s', () => {
  const text =
    'The army said on Thursday that four civilians were killed in shelling by the militia on Kadugli. "The militia shelled the town, killing four civilians," an army statement said.';
  const a = analyzeDocument({ text, published: '2025-05-01' });
  const killed = a.figures.filter((f) => f.measure === 'killed');
  assert.equal(killed.length, 2);
  assert.ok(killed.every((f) => f.reporter === killed[0].reporter && f.reporter !== null));
  assert.equal(a.claims[1]?.speaker, a.claims[0]?.speaker);
});
