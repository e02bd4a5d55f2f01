import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// A claim told inside another: "the claim (being spread) by X that … is false", and a claim an
// agency relays ("X said …, Reuters reported").

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

test('an agency that relays another\'s claim says nothing of its own: "X said …, Reuters reported"', () => {
  const { a, said, name } = analyze(
    "Ghana's interior ministry said three smugglers were shot near the river crossing, Reuters reported.",
  );
  assert.equal(a.claims.length, 1, a.claims.map((_, i) => said(i)).join(' / '));
  assert.equal(said(0), 'three smugglers were shot near the river crossing');
  assert.notEqual(name(a.claims[0].speaker), 'Reuters');
});

test("an agency's own report that quotes a source stays the agency's", () => {
  const { a, name } = analyze(
    'Reuters reported that nine fishermen were missing after the raid, quoting a village chief who said he saw the boats burn.',
  );
  assert.ok(a.claims.some((c) => name(c.speaker) === 'Reuters'));
});

test('a verb of saying in a relative clause with nothing said makes no empty claim', () => {
  const { a, said } = analyze(
    'The deputy governor, Amina Sule, who confirmed the incident, said the state had opened an inquiry.',
  );
  assert.ok(a.claims.every((c) => c.content.end > c.content.start && c.end > c.start));
  assert.deepEqual(
    a.claims.map((_, i) => said(i)),
    ['the state had opened an inquiry'],
  );
});

test('"dismissed an armed movement\'s claim that …": the body described before the possessive made the claim', () => {
  const { a, said, name } = analyze(
    'The navy commander dismissed a rebel movement’s claim that its fighters sank two patrol boats.',
  );
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  const inner = a.claims[denial.contradicts?.[0] ?? -1];
  assert.ok(inner);
  assert.equal(said(a.claims.indexOf(inner)), 'its fighters sank two patrol boats');
  assert.equal(name(inner.speaker), 'rebel movement');
});
