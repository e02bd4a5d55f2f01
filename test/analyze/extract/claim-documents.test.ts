import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each claim of a text as "speaker key | content". */
function said(text: string): string[] {
  const a = analyzeDocument({ text, published: '2024-06-12' });
  return a.claims.map((c) => `${c.speaker} | ${text.slice(c.content.start, c.content.end)}`);
}

test('"the KNSB statement says …": a document named with its issuer before it speaks for the issuer', () => {
  const got = said(
    'Fighting broke out at the pass on Friday. The KNSB statement says the guards of the other side opened fire first.',
  );
  const c = got.find((x) => x.includes('opened fire first'));
  assert.ok(c);
  assert.doesNotMatch(c, /statement \|/);
  assert.match(c, /knsb/i);
});

test('"according to the regional health minister\'s statement" is the minister\'s claim', () => {
  const got = said("Two infants were among the dead, according to the Regional Health Minister's statement.");
  assert.equal(got.length, 1);
  assert.doesNotMatch(got[0], /statement \|/);
  assert.match(got[0], /health minister/i);
});

test('"the military statement" after "Chad\'s military said" is the same body, not a new "military" source', () => {
  const got = said(
    "Chad's military said on Monday its jets struck a rebel column near the border. The military statement said the column had crossed from the north overnight.",
  );
  const c = got.find((x) => x.includes('crossed from the north'));
  assert.ok(c);
  assert.equal(c.split(' | ')[0], got[0].split(' | ')[0]);
});

test('"a two-page statement": a description of the document names no issuer', () => {
  const got = said('A two-page statement said the talks would resume next week.');
  assert.doesNotMatch(got[0] ?? '', /^source:two-page \|/);
});
