import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// A claim told inside a denial as "the claim (being spread) by X that … is false".

function analyze(text: string) {
  const a = analyzeDocument({ text, published: '2024-06-12' });
  const said = (i: number) => text.slice(a.claims[i].content.start, a.claims[i].content.end);
  const name = (k: string | null) => a.entities.find((e) => e.key === k)?.name ?? null;
  return { a, said, name };
}

test('"the claim being spread by X that … is false": X\'s claim, ended before the verdict, is what the denial answers', () => {
  const { a, said, name } = analyze(
    '“The claim being spread by Hezbollah that U.N. peacekeepers fired on the village is false,” the mission said in a statement.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.equal(denial.contradicts?.length, 1);
  const inner = a.claims[denial.contradicts?.[0] ?? -1];
  assert.equal(said(a.claims.indexOf(inner)), 'U.N. peacekeepers fired on the village');
  assert.equal(name(inner.speaker), 'Hezbollah');
});

test('after a verb of denying, the words that judge stay part of the claim denied', () => {
  const { a, said } = analyze(
    'Kyiv rejected the allegation by Moscow that its casualty figures were inflated.',
  );
  const inner = a.claims.find((c) => c.kind !== 'denial');
  assert.ok(inner);
  assert.equal(said(a.claims.indexOf(inner)), 'its casualty figures were inflated');
});
