import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// Inverted attributions closing a sentence: who speaks after the comma, and what stands before it.

function said(text: string) {
  const a = analyzeDocument({ text, published: '2022-08-15' });
  const name = (key: string | null) => a.entities.find((x) => x.key === key)?.name ?? key;
  return a.claims.map((c) => ({
    name: name(c.speaker),
    content: text.slice(c.content.start, c.content.end),
  }));
}

test('"…, senior district administration official <Name> told AFP": the sentence before the comma is what was said', () => {
  const r = said(
    'The convoy was crossing the bridge at dawn when it came under fire, senior district administration official Amadou Keita told AFP.',
  );
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0].content, /^The convoy was crossing the bridge/);
  assert.equal(r[0].name, 'Amadou Keita');
});

test('"…, members of the union and a paramedic said Monday": both speak the sentence before', () => {
  const r = said(
    'Shelling by the army killed as many as 30 people attending a market in the valley, members of the union and a paramedic said Monday.',
  );
  assert.equal(r.length, 2, JSON.stringify(r));
  for (const c of r) assert.match(c.content, /^Shelling by the army killed as many as 30/, JSON.stringify(r));
  assert.ok(
    r.some((c) => /paramedic/.test(String(c.name))),
    JSON.stringify(r),
  );
});

test('"…, officials of the ministry said": the part of the body before "of" opens the attribution', () => {
  const r = said('Nine fishermen drowned when the boat capsized, officials of the fisheries ministry said.');
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0].content, /^Nine fishermen drowned/);
});

test('state radio speaks: "State radio said …"', () => {
  const r = said('State radio said rebels had ambushed a patrol near the northern border.');
  assert.equal(r.length, 1, JSON.stringify(r));
  assert.match(r[0].content, /rebels had ambushed a patrol/);
  assert.match(String(r[0].name), /radio/i);
});
