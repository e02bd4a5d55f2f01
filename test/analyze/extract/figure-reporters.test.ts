import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each figure's reporter as its entity's name and type, through the whole analysis. */
function reporters(text: string) {
  const a = analyzeDocument({ text, published: '2024-09-03' });
  return a.figures.map((f) => {
    const e = a.entities.find((x) => x.key === f.reporter);
    return e ? `${e.name} (${e.type})` : null;
  });
}

test('"U.N. officials said": initials with stops name the officials, as "UN officials" does', () => {
  assert.deepEqual(
    reporters('Shells fell on a clinic in Malakal, wounding four nurses, U.N. officials said.'),
    ['U.N. officials (group)'],
  );
  assert.deepEqual(reporters('UN officials said four nurses were wounded in Malakal.'), [
    'UN officials (group)',
  ]);
});

test('"Another farmer, NAME, put the toll at 90": the name in apposition gives the figure, whatever the verb', () => {
  assert.deepEqual(reporters('Another farmer, Musa Garba, put the death toll at 90.'), [
    'Musa Garba (person)',
  ]);
  // The name set off by commas before any verb is a person, not a place.
  const a = analyzeDocument({
    text: 'A teacher, Grace Achieng, lost two pupils in the raid.',
    published: null,
  });
  assert.equal(a.entities.find((e) => e.name === 'Grace Achieng')?.type, 'person');
});

test('"an initial police estimate of 14 dead": "initial" narrows the estimate, not the police', () => {
  assert.deepEqual(reporters('The toll climbed past an initial police estimate of 14 dead.'), [
    'police (group)',
  ]);
  // Still part of a report's own name: "Preliminary reports said …".
  assert.deepEqual(reporters('Preliminary reports said 14 people died in the fire.'), [
    'Preliminary reports (group)',
  ]);
});

test('a newspaper named in the text reports its figure: not a person, not the country in its title', () => {
  assert.deepEqual(reporters('Gunmen killed 11 villagers in Zamfara, The New York Times reported.'), [
    'The New York Times (organization)',
  ]);
  assert.deepEqual(
    reporters('A rocket hit a school, leaving six pupils hurt, the Times of India reported.'),
    ['The Times of India (organization)'],
  );
  assert.deepEqual(reporters('The Jerusalem Post newspaper said three people were wounded in the blast.'), [
    'The Jerusalem Post (organization)',
  ]);
  // A title of ordinary words in lower case is no newspaper: "Pakistan today rejected …".
  const a = analyzeDocument({
    text: 'Pakistan today rejected the claim that 20 soldiers died.',
    published: null,
  });
  assert.ok(!a.entities.some((e) => e.type === 'organization'));
});

test('"“…,” NAME, director of X told AFP": after a quotation, a role whose closing comma is left out', () => {
  assert.deepEqual(
    reporters(
      '“Sixteen herders were killed in the raid,” Idris Tahir Mahamat, director of health in Abeche told AFP.',
    ),
    ['Idris Tahir Mahamat (person)'],
  );
  assert.deepEqual(
    reporters('“Five fishermen drowned,” Kaltouma Mahamat, the regional spokeswoman told AFP.'),
    ['Kaltouma Mahamat (person)'],
  );
  // Without a quotation before it, "In a video, the governor told …" keeps the governor as subject.
  const a = analyzeDocument({
    text: 'In a video, the governor of the province told reporters that 12 guards died.',
    published: null,
  });
  assert.ok(!a.entities.some((e) => e.type === 'person'));
});

test('"Local administrators in X said": administrators are a source like officials', () => {
  assert.deepEqual(
    reporters('Local administrators in Kherson said nine people were wounded in the shelling.'),
    ['Local administrators (group)'],
  );
});
