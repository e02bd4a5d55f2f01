import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

test('a denial of a toll answers each telling of it by the same teller', () => {
  const text =
    'Medics said 17 people were killed when soldiers fired at the well. ' +
    'The army denied that its soldiers had fired at anyone. ' +
    'The fighting in the district has gone on for weeks. ' +
    'Markets in the town were shut on Friday. ' +
    'Later the medics said 17 people were killed at the well and dozens hurt.';
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  const tellings = a.claims
    .map((c, i) => ({ c, i }))
    .filter(({ c }) => c.kind !== 'denial' && /17 people/.test(text.slice(c.content.start, c.content.end)));
  assert.equal(tellings.length, 2, 'the toll is told twice');
  const denial = a.claims.find(
    (c) => c.kind === 'denial' && (c.contradicts ?? []).some((j) => /17 people/.test(said(j))),
  );
  assert.ok(denial, 'a denial answers the toll');
  for (const { i } of tellings) assert.ok(denial.contradicts?.includes(i), `it answers telling ${i}`);
});
