import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeFigures } from '../../../src/analyze/extract/figure-merge.ts';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import type { FigureItem } from '../../../src/analyze/types.ts';

const fig = (start: number, over: Partial<FigureItem> = {}): FigureItem => ({
  start,
  end: start + 10,
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

test('the same count of the same people told twice is one figure with two mentions', () => {
  const out = mergeFigures([fig(0), fig(100, { reporter: null, asOf: '2025-04-30' })]);
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].more, [{ start: 100, end: 110 }]);
  assert.equal(out[0].reporter, 'sd:military');
  assert.equal(out[0].asOf, '2025-04-30');
});

test('another count, measure, reporter, far-apart day or a vague count stays a figure of its own', () => {
  assert.equal(mergeFigures([fig(0), fig(50, { low: 5 })]).length, 2);
  assert.equal(mergeFigures([fig(0), fig(50, { measure: 'wounded' })]).length, 2);
  assert.equal(mergeFigures([fig(0), fig(50, { reporter: 'group:rsf' })]).length, 2);
  assert.equal(mergeFigures([fig(0), fig(50, { asOf: '2025-04-20' })]).length, 2);
  assert.equal(mergeFigures([fig(0, { vague: true }), fig(50, { vague: true })]).length, 2);
});

test('a toll in the lead and again in the quote of "an army statement" is the army\'s, once', () => {
  const text =
    'The army said on Thursday that four civilians were killed in shelling by the militia on Kadugli. "The militia shelled the town, killing four civilians," an army statement said.';
  const a = analyzeDocument({ text, published: '2025-05-01' });
  const killed = a.figures.filter((f) => f.measure === 'killed');
  assert.equal(killed.length, 1);
  assert.equal(killed[0].more?.length, 1);
  assert.equal(a.claims[1]?.speaker, a.claims[0]?.speaker);
});
