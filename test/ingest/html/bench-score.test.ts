import assert from 'node:assert/strict';
import { test } from 'node:test';
import { aggregate, macro, shingleMatch, shingles, tokenize } from '../../../bench/extraction/score.ts';

test('tokenize keeps letter/digit runs in any script', () => {
  assert.deepEqual(tokenize('Khartoum, 12 May — "ceasefire" holds; Мариуполь ok_1'), [
    'Khartoum',
    '12',
    'May',
    'ceasefire',
    'holds',
    'Мариуполь',
    'ok_1',
  ]);
});

test('shingles are overlapping 4-grams with counts; short texts give one shingle', () => {
  const s = shingles('a b c d e a b c d');
  assert.equal(s.size, 5);
  assert.equal(
    [...s.values()].reduce((x, y) => x + y, 0),
    6,
  );
  assert.equal(shingles('one two').size, 1);
  assert.equal(shingles('').size, 0);
});

test('shingleMatch: identical texts are all true positives; extra and missing text are counted', () => {
  const truth = 'the convoy reached the town after a long delay at the checkpoint';
  assert.deepEqual(shingleMatch(truth, truth), { tp: 1, fp: 0, fn: 0 });
  const extra = shingleMatch(truth, `${truth} share this story on social media now`);
  assert.ok(extra.fp > 0 && extra.fn === 0);
  const missing = shingleMatch(truth, 'the convoy reached the town');
  assert.ok(missing.fn > 0 && missing.fp === 0);
  assert.deepEqual(shingleMatch('', ''), { tp: 0, fp: 0, fn: 0 });
});

test('aggregate sums normalised counts; macro averages per-page scores', () => {
  const perfect = { tp: 1, fp: 0, fn: 0 };
  const empty = { tp: 0, fp: 0, fn: 1 };
  const a = aggregate([perfect, empty]);
  assert.equal(a.precision, 1);
  assert.equal(a.recall, 0.5);
  const m = macro([perfect, empty]);
  assert.equal(m.f1, 0.5);
  assert.equal(m.recall, 0.5);
});
