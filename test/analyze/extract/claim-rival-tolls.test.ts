import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// A toll announced as "lower" or "higher" than others answers the tolls given before it.

function linked(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  return a.claims.map((c) => ({
    said: said(a.claims.indexOf(c)),
    contradicts: (c.contradicts ?? []).map(said),
  }));
}

test('a sentence announcing a lower toll sets the next claim against a toll given paragraphs before', () => {
  const r = linked(
    'The number of dead from the bombing of the bus depot has risen to 41, according to the regional governor. ' +
      'Rescue teams searched the rubble through the night. Traders closed their shops. ' +
      'Mourners gathered outside the morgue. The army has given a lower toll. ' +
      'A military spokesman, Colonel Hamid Osei, said that 12 people had been killed.',
  );
  const rival = r.find((c) => /12 people/.test(c.said));
  assert.ok(rival, JSON.stringify(r));
  assert.equal(rival.contradicts.length, 1);
  assert.match(rival.contradicts[0], /risen to 41/);
});

test('"gave a lower death toll of N" answers the toll another gave', () => {
  const r = linked(
    'A rights group said more than 90 villagers were killed in the raid. ' +
      'The district police chief, Musa Bello, gave a lower death toll of 38.',
  );
  const rival = r.find((c) => /38/.test(c.said));
  assert.ok(rival, JSON.stringify(r));
  assert.deepEqual(rival.contradicts.length, 1);
  assert.match(rival.contradicts[0], /more than 90/);
});

test('with no cue, the same gap leaves two tolls apart', () => {
  const r = linked(
    'The number of dead from the bombing of the bus depot has risen to 41, according to the regional governor. ' +
      'Rescue teams searched the rubble through the night. Traders closed their shops. ' +
      'Mourners gathered outside the morgue. The army flew in doctors. ' +
      'A military spokesman, Colonel Hamid Osei, said that 12 people had been killed.',
  );
  const rival = r.find((c) => /12 people/.test(c.said));
  assert.ok(rival);
  assert.equal(rival.contradicts.length, 0);
});
