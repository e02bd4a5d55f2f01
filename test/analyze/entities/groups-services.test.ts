import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

function entity(text: string, name: RegExp) {
  return analyzeDocument({ text, published: '2024-03-12' }).entities.find((e) => name.test(e.name));
}

test('a nation\'s service: "Somali health officials" is Somalia\'s, named in full', () => {
  const e = entity('Somali health officials said the clinic was hit.', /health officials/);
  assert.equal(e?.name, 'Somali health officials');
  assert.equal(e?.affiliation, 'country:so');
  assert.equal(e?.type, 'organization');
});

test('"Local rescue officials" opening a sentence: "Local" is no place', () => {
  const e = entity('Local rescue officials said two bodies were found.', /rescue officials/);
  assert.ok(e);
  assert.doesNotMatch(e.key, /lokal|local/);
});

test('"X-appointed authorities" belong to the appointing country', () => {
  const e = entity('Moscow-appointed authorities said the bridge was closed.', /appointed/);
  assert.equal(e?.affiliation, 'country:ru');
});

test('"<Country>\'s Security Council" is not the UN body', () => {
  const e = entity("Iran's Security Council met on Sunday.", /Security Council/);
  assert.equal(e?.key, 'ir:security-council');
});

test('"Africa Command", "the Sixth Infantry Division": military commands and units are organisations', () => {
  assert.equal(
    entity('Africa Command said the strike killed five militants.', /Command/)?.type,
    'organization',
  );
  assert.equal(
    entity('The Sixth Infantry Division said troops repelled an attack.', /Division/)?.type,
    'organization',
  );
});

test('a lower-case Arabic article before a known group\'s name: "al Shabaab" is the group, no person', () => {
  const a = analyzeDocument({
    text: 'Officials gave a toll of nine; al Shabaab said 14 died in the raid.',
    published: '2024-03-12',
  });
  const e = a.entities.find((x) => /shabaab/i.test(x.name));
  assert.equal(e?.type, 'group');
  assert.equal(e?.key, 'group:al-shabaab');
});

test('"top civilian and military leaders" of a country are its government', () => {
  const a = analyzeDocument({
    text: "Kenya's senior civilian and military leaders dismissed the report.",
    published: '2024-03-12',
  });
  assert.equal(a.claims[0]?.speaker, 'ke:government');
});

test('a gang or cartel named before its noun is an armed group: "the Red Wolves gang", "the Costa cartel"', () => {
  const a = analyzeDocument({
    text: 'Members of the Red Wolves gang stormed the market. The Costa cartel denied any role.',
    published: '2024-03-12',
  });
  const gang = a.entities.find((e) => /Red Wolves gang/.test(e.name));
  const cartel = a.entities.find((e) => /Costa cartel/.test(e.name));
  assert.equal(gang?.type, 'group');
  assert.equal(cartel?.type, 'group');
});

test('a body owned by a country ("Russia\'s Federal Security Service") speaks for it, along a chain of owners', () => {
  const fsb = entity("Russia's Federal Security Service said it foiled a plot.", /Security Service/);
  assert.equal(fsb?.affiliation, 'country:ru');
  const text =
    "Turkey's Presidency's Communications Directorate's Centre for Countering Rumours said the reports were false.";
  assert.equal(entity(text, /Centre for Countering/)?.affiliation, 'country:tr');
  const national = "The Turkish Presidency's Centre for Countering Rumours said the reports were false.";
  assert.equal(entity(national, /Centre for Countering/)?.affiliation, 'country:tr');
  // A monitor with a nation's adjective in its name owns no one's side.
  assert.equal(
    entity('The Syrian Observatory for Human Rights counted 10 dead on Monday.', /Observatory/)?.affiliation,
    undefined,
  );
});

test('"the UN mission in X" is that mission, not the UN; "the UN mission" later takes it up again', () => {
  const text =
    'The UN mission in Mali said its base was shelled. The United Nations Mali mission added that no one was hurt. The UN mission called for restraint. The UN said it was concerned.';
  const ents = analyzeDocument({ text, published: '2024-03-12' }).entities.filter(
    (e) => e.type === 'organization',
  );
  const keys = ents.map((e) => e.key);
  // The lexicon's mission for the country when it has one (MINUSMA for Mali).
  assert.deepEqual(keys, ['org:minusma', 'org:minusma', 'org:minusma', 'org:un']);
  const other = entity('The UN mission in Yemen said the port was calm.', /mission/);
  assert.equal(other?.key, 'org:un-mission:ye');
  assert.equal(other?.name, 'UN mission in Yemen');
});

test('a name with a day between it and its verb of saying ("The KNSB on Monday said", "the NSS on May 3 said") speaks', () => {
  const a = analyzeDocument({
    text: 'The KNSB on Monday said two guards died. The NSS on May 3 said the rebels had attacked.',
    published: '2024-05-12',
  });
  assert.deepEqual(
    a.claims.map((c) => a.entities.find((e) => e.key === c.speaker)?.name ?? null),
    ['KNSB', 'NSS'],
  );
});

test("a state's air force keeps its state, named in full or defined by an acronym; a rebel army does not", () => {
  const text =
    'The Nigerian Air Force said its jets struck a camp near Damboa. ' +
    'Later the Bangladesh Air Force (BAF) said two of its trainers were lost, and the BAF grounded its fleet. ' +
    'The Arakan Liberation Army (ALA) said it had not been involved.';
  const ms = analyzeDocument({ text, published: '2024-03-12' }).entities.map((m) => ({
    ...m,
    text: text.slice(m.start, m.end),
  }));
  const named = (s: string) => ms.filter((m) => m.text === s);
  assert.equal(
    named('Nigerian Air Force')[0]?.affiliation,
    'country:ng',
    JSON.stringify(ms.map((m) => m.text)),
  );
  assert.equal(named('Air Force').length, 0, 'no "Air Force" of no one');
  assert.equal(named('Bangladesh Air Force')[0]?.affiliation, 'country:bd');
  assert.deepEqual(
    named('BAF').map((m) => m.affiliation),
    ['country:bd', 'country:bd'],
  );
  assert.equal(named('Arakan Liberation Army')[0]?.affiliation ?? null, null);
});
