import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// Who attacked, and whether a sentence tells one attack or attacks in general.

function events(text: string, published: string) {
  const a = analyzeDocument({ text, published });
  const name = (k: string) => a.entities.find((e) => e.key === k)?.name ?? k;
  return a.events.map((e) => ({
    kind: `${e.type}/${e.mode ?? '-'}`,
    actors: e.actors.map(name),
    targets: e.targets.map(name),
  }));
}

test('"shelling from X forces" names X as the one who fired', () => {
  const [e] = events(
    'Heavy shelling from Eritrean forces killed four farmers near the border on Monday.',
    '2024-05-08',
  );
  assert.ok(e);
  assert.ok(e.actors.some((x) => /Eritrea/.test(x)));
  assert.ok(!e.targets.some((x) => /Eritrea/.test(x)));
});

test('a cue of time in a clause of its own does not make one shelling a habit', () => {
  const r = events(
    'Deadly shelling has killed five people in a border village as ties between the two capitals continue to fray.',
    '2024-05-08',
  );
  assert.equal(r.length, 1);
  // the cue next to the attack noun still does
  assert.equal(events('Shelling continues to kill civilians in border villages.', '2024-05-08').length, 0);
});

test('"X killed N soldiers in an attack on …" is one attack, X its doer and the soldiers its target', () => {
  const r = events(
    'Al-Shabaab fighters killed nine Kenyan soldiers in an ambush on a convoy near the border on Sunday, officials said.',
    '2024-05-08',
  );
  assert.equal(r.length, 1);
  assert.ok(r[0].actors.some((x) => /Shabaab/i.test(x)));
  assert.ok(r[0].targets.some((x) => /Kenya/i.test(x)));
});
