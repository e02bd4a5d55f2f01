import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Each claim's speaker name through the whole analysis. */
function speakers(text: string): (string | null)[] {
  const a = analyzeDocument({ text, published: '2024-06-02' });
  const name = (key: string | null) => a.entities.find((x) => x.key === key)?.name ?? null;
  return a.claims.map((c) => name(c.speaker));
}

test('"the aid group" is the body named as an aid group, not the armed group named after it', () => {
  const s = speakers(
    'Aid group Mercy Corps said the clinic in Kutupalong was shelled on Friday. ' +
      'The Arakan Army said its fighters were not in the area. ' +
      'The aid group said three nurses were among the wounded.',
  );
  assert.deepEqual(s, ['Mercy Corps', 'Arakan Army', 'Mercy Corps']);
});

test('"the rights group" after "X, a rights group based in …,": the body so described', () => {
  const s = speakers(
    'The Sudan Doctors Network, a rights group that tracks attacks on clinics, said 12 people died in El Fasher. ' +
      'The Rapid Support Forces denied that their fighters shelled the market. ' +
      'The rights group said the toll would rise.',
  );
  assert.equal(s.at(-1), 'Sudan Doctors Network');
});

test('"the group" alone is still the armed group named last', () => {
  const s = speakers(
    'Aid group Mercy Corps said the clinic was shelled on Friday. ' +
      'The Arakan Army said its fighters were not in the area. ' +
      'The group said it would open an inquiry.',
  );
  assert.equal(s.at(-1), 'Arakan Army');
});

test('"… said the group\'s spokesperson, X." names a person of the group named before', () => {
  const text =
    'The Arakan Army attacked a police post in Maungdaw. ' +
    '"We did not harm any villagers," said the group\'s military spokesperson, Khaing Thu Kha.';
  const a = analyzeDocument({ text, published: '2024-06-02' });
  const p = a.entities.find((e) => e.name === 'Khaing Thu Kha');
  assert.equal(p?.type, 'person');
  assert.equal(p?.affiliation, a.entities.find((e) => e.name === 'Arakan Army')?.key);
});

test("a denial by the group's spokesperson answers every charge of the deed against the group", () => {
  const text =
    "Myanmar's military accused the Arakan Army of burning 40 homes in Buthidaung. " +
    'Major General Zaw Min Tun said the Arakan Army had torched the villages one by one. ' +
    '"We reject these false accusations," said the group\'s spokesperson, Khaing Thu Kha.';
  const a = analyzeDocument({ text, published: '2024-06-02' });
  const denial = a.claims.find((c) => c.kind === 'denial');
  assert.ok(denial);
  assert.deepEqual([...(denial.contradicts ?? [])].sort(), [0, 1]);
});

test('"<Party> did X, they added": the party opening the content is not who "they" are', () => {
  const s = speakers(
    'Two police officers in the city told reporters the attackers came in three trucks. ' +
      'Al-Shabaab also used snipers on the roofs, they added, asking not to be named.',
  );
  assert.equal(s.length, 2);
  assert.equal(s[1], s[0]);
});

test('"…, a spokeswoman for the armed faction told X": the inversion holds and the armed group speaks, not a body named later', () => {
  const text =
    'Boko Haram fighters have killed dozens of Multinational Joint Task Force troops near Baga, a spokeswoman for the armed faction told Reuters.';
  const a = analyzeDocument({ text, published: '2024-06-02' });
  assert.equal(a.claims.length, 1);
  const c = a.claims[0];
  assert.equal(
    text.slice(c.content.start, c.content.end).startsWith('Boko Haram fighters have killed'),
    true,
  );
  assert.equal(a.entities.find((e) => e.key === c.speaker)?.name, 'Boko Haram');
});

test('"the armed group" is an armed group, not the international force named after it', () => {
  const text =
    'Boko Haram fighters overran a post of the Multinational Joint Task Force near Baga, a commander of the armed group said.';
  const a = analyzeDocument({ text, published: '2024-06-02' });
  assert.equal(a.entities.find((e) => e.key === a.claims[0]?.speaker)?.name, 'Boko Haram');
});

test('"…, the kingdom said": the state that opens the sentence, not the one named last', () => {
  const s = speakers(
    'Jordan shot down two drones launched from Syria over the northern town of Ramtha, the kingdom said on Friday.',
  );
  assert.deepEqual(s, ['Jordan']);
});

test('"The Iran-backed X … what they say": a state in a hyphened modifier is not the subject', () => {
  const s = speakers(
    'The Iran-backed Kataib Hezbollah launched drones at the base in what they say is revenge for the strikes.',
  );
  assert.equal(s.length, 1);
  assert.notEqual(s[0], 'Iran');
});

test('"“…,” said a 41-year-old nurse at the clinic": a speaker described by age and role', () => {
  const text = '“The drones came back at dusk,” said a 41-year-old nurse at the clinic.';
  const a = analyzeDocument({ text, published: '2024-05-01' });
  assert.equal(a.claims.length, 1);
  assert.equal(a.entities.find((e) => e.key === a.claims[0].speaker)?.name, '41-year-old nurse');
});

test('"a Peruvian government spokesman" after the Ecuadorean government is not Ecuador speaking', () => {
  const s = speakers(
    'The Ecuadorean government said its troops held the ridge. ' +
      'A Peruvian government spokesman called the claim absurd. ' +
      'An Ecuadorean government spokesman later said the patrols would go on.',
  );
  assert.deepEqual(s, ['Ecuadorean government', 'Peruvian government spokesman', 'Ecuadorean government']);
  // A group no state owns is still the one "the Somali militant group" names.
  const t = speakers(
    'Al-Shabaab said its fighters overran the base. The Somali militant group said 40 soldiers died.',
  );
  assert.deepEqual(t, ['al-Shabaab', 'al-Shabaab']);
});

test('"a nurse at the district hospital said": one who treated the wounded speaks, not the hospital', () => {
  const s = speakers(
    'A nurse at the district hospital in Bentiu said 14 wounded herders arrived overnight. ' +
      'A Red Cross surgeon at a field hospital said most had gunshot wounds.',
  );
  assert.deepEqual(s, ['nurse', 'Red Cross surgeon']);
});
