import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../src/eval/index.ts';
import { at, claim, doc, entity, goldSet, metric, report } from './build.ts';

const A = doc(
  'd1',
  'ua/kyiv-1.txt',
  'Russia said its forces had destroyed a Ukrainian air defence system near Kyiv. ' +
    'Kyiv called the claim a fabrication. Separately, Ukraine accused Moscow of shelling a hospital.',
);
const B = doc(
  'd2',
  'ua/kyiv-2.txt',
  'The Russian defence ministry denied any strike on the hospital, calling it a staged provocation.',
);
const C = doc('d3', 'ua/unannotated.txt', 'Kyiv called the claim a fabrication, officials repeated.');

const gold = goldSet([
  {
    doc: 'kyiv-1.txt',
    contradictions: [
      { a: 'had destroyed a Ukrainian air defence system', b: 'Kyiv called the claim a fabrication' },
      // Across documents: b is in kyiv-2.txt.
      { a: 'Ukraine accused Moscow of shelling a hospital', b: 'denied any strike on the hospital' },
    ],
  },
  { doc: 'kyiv-2.txt' },
]);
const entities = [entity('ru', 'Russia'), entity('ua', 'Ukraine')];

test('a contradicts link hits in either direction, within and across documents', () => {
  const claims = [
    claim('c1', [at(A, 'its forces had destroyed')], { speaker: 'ru' }),
    // Direction reversed: the denial names the claim it contradicts.
    claim('c2', [at(A, 'called the claim a fabrication')], { speaker: 'ua', contradicts: ['c1'] }),
    claim('c3', [at(A, 'Ukraine accused Moscow')], { speaker: 'ua', contradicts: ['c4'] }),
    claim('c4', [at(B, 'denied any strike')], { speaker: 'ru', contradicts: ['c3'] }), // same link twice
  ];
  const r = evaluate(gold, report({ documents: [A, B], entities, claims }));
  assert.equal(metric(r, 'contradictions.recall').value, 1);
  assert.deepEqual(
    [metric(r, 'contradictions.precision').hits, metric(r, 'contradictions.precision').total],
    [2, 2],
    'c3–c4 listed in both directions is one link',
  );
});

test('a link between the wrong claims is a false positive; a missing link is explained', () => {
  const claims = [
    claim('c1', [at(A, 'its forces had destroyed')], { speaker: 'ru', contradicts: ['c3'] }),
    claim('c2', [at(A, 'called the claim a fabrication')], { speaker: 'ua' }),
    claim('c3', [at(A, 'Ukraine accused Moscow')], { speaker: 'ua' }),
  ];
  const r = evaluate(gold, report({ documents: [A, B], entities, claims }));
  assert.equal(metric(r, 'contradictions.recall').hits, 0);
  assert.equal(metric(r, 'contradictions.precision').total, 1);
  assert.equal(metric(r, 'contradictions.precision').value, 0);
  const reasons = r.misses.filter((m) => m.kind === 'contradiction').map((m) => m.reason);
  assert.match(reasons[0], /no contradicts link between claims \[c1\] and \[c2\]/);
  assert.match(reasons[1], /no report claim overlaps evidence b/);
});

test('each gold pair is hit at most once; links to unannotated documents do not count', () => {
  const claims = [
    claim('c1', [at(A, 'its forces had destroyed')], { contradicts: ['c2', 'c5'] }),
    claim('c2', [at(A, 'called the claim')]),
    claim('c5', [at(A, 'a fabrication')]),
    claim('c6', [at(C, 'Kyiv called the claim')], { contradicts: ['c1'] }),
  ];
  const r = evaluate(gold, report({ documents: [A, B, C], claims }));
  assert.equal(metric(r, 'contradictions.recall').hits, 1);
  assert.equal(metric(r, 'contradictions.recall').total, 2);
  assert.deepEqual(
    [metric(r, 'contradictions.precision').hits, metric(r, 'contradictions.precision').total],
    [1, 2],
    'c1–c2 and c1–c5 both overlap the same gold pair; c6 lives in an unannotated document',
  );
});
