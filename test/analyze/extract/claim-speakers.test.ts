import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each claim as { speaker name, speaker affiliation, kind, text } through the whole analysis. */
function said(text: string) {
  const a = analyzeDocument({ text, published: '2024-03-12' });
  return a.claims.map((c) => {
    const e = a.entities.find((x) => x.key === c.speaker);
    return {
      name: e?.name ?? null,
      affiliation: e?.affiliation ?? null,
      kind: c.kind,
      text: text.slice(c.start, c.end),
    };
  });
}

test('a generic source keeps its national adjective and its service: "Somali health officials"', () => {
  const [c] = said('Somali health officials reported that at least 14 people died in the blast.');
  assert.equal(c.name, 'Somali health officials');
  assert.equal(c.affiliation, 'country:so');
});

test('"Lebanese medical authorities" after the content is the speaker, with its country', () => {
  const [c] = said(
    'A drone struck a car near the border, killing two men, Lebanese medical authorities reported.',
  );
  assert.equal(c.name, 'Lebanese medical authorities');
  assert.equal(c.affiliation, 'country:lb');
});

test('a place\'s service after "according to": "Khartoum health officials"', () => {
  const [c] = said('Nine people died in the market, according to Khartoum health officials.');
  assert.equal(c.name, 'Khartoum health officials');
});

test('bare "officials" with no modifier stay a plain generic source', () => {
  const [c] = said('Officials said the road to the airport had reopened.');
  assert.equal(c.name, 'Officials');
});

test('"X-installed officials in <region>" are the installer\'s, not the region\'s', () => {
  const [c] = said('Moscow-appointed officials in southern Ukraine said the dam had been shelled overnight.');
  assert.equal(c.name, 'Moscow-appointed officials');
  assert.equal(c.affiliation, 'country:ru');
});

test('a source stepped over "in the occupied north" keeps its own name', () => {
  const [c] = said('Authorities in the occupied north of Cyprus said two soldiers were missing.');
  assert.notEqual(c.name, 'Cyprus');
});

test('a health service counting the dead of an enemy strike reports, it does not accuse', () => {
  const [c] = said("Yemen's health ministry said Saudi airstrikes killed 11 people at a wedding.");
  assert.equal(c.kind, 'assertion');
});

test('a national adjective before an attack noun names the other side: an accusation', () => {
  const [c] = said(
    'Moscow-installed officials claimed that Ukrainian shelling killed 12 people in a market.',
  );
  assert.equal(c.kind, 'accusation');
});

test("the speaker's own nation's forces striking is its own report, not a charge", () => {
  const [c] = said('Ethiopia said Ethiopian troops struck a rebel depot near the town.');
  assert.equal(c.kind, 'assertion');
});

test("\"<Country>'s Security Council\" is that country's body, not the UN's", () => {
  const [c] = said("Iran's Security Council said the strike on the consulate would not go unanswered.");
  assert.equal(c.name, "Iran's Security Council");
  assert.equal(c.affiliation, 'country:ir');
  const [un] = said('The UN Security Council said it would meet again on Friday.');
  assert.notEqual(un.affiliation, 'country:ir');
  assert.match(un.name ?? '', /Security Council/);
});

test('a person described as a member of a national body speaks, not the body', () => {
  const [c] = said("Yerlan Abenov, deputy head of Kazakhstan's Security Council, said the border was calm.");
  assert.equal(c.name, 'Yerlan Abenov');
});
