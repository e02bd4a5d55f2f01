import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Events through the whole analysis: type, the place's name and the words of each mention. */
function events(text: string) {
  const a = analyzeDocument({ text, published: '2024-03-14' });
  return a.events.map((e) => ({
    type: e.type,
    place: a.entities.find((x) => x.key === e.place)?.name ?? null,
    words: [e, ...(e.more ?? [])].map((m) => text.slice(m.start, m.end)),
  }));
}

test('"armed men" and "separatists" killing someone report an attack, also with the day between them and the verb', () => {
  assert.deepEqual(
    events('Armed men killed four farmers on their way to market, local officials said.').map((e) => e.type),
    ['attack'],
  );
  assert.deepEqual(
    events('Separatists late on Monday killed six villagers in a hamlet of the western region.').map(
      (e) => e.words,
    ),
    [['killed']],
  );
});

test('a second verb of killing after an armed party opening its clause reports an attack', () => {
  const [e] = events('The ministry said its soldiers crossed the river on Saturday and killed 14 fighters.');
  assert.equal(e?.type, 'attack');
  // A party that only follows a verb is not the subject of "and destroyed".
  assert.deepEqual(
    events('The storm damaged a transport aircraft parked at the airfield and destroyed a hangar.'),
    [],
  );
});

test('the deed a party is blamed for is an attack apart from the strikes that answer it', () => {
  const evs = events(
    'Jets struck militant hideouts on Wednesday, blaming the group for a raid that left five workers dead at a factory near Kaduna.',
  );
  assert.deepEqual(
    evs.map((e) => e.place),
    [null, 'Kaduna'],
  );
});

test('a strike told in an "after …" clause after another attack is its own event', () => {
  const evs = events(
    'The rocket barrage on the border town of Kiryat Shmona came after the army said it struck a depot in Tyre overnight.',
  );
  assert.equal(evs.filter((e) => e.type === 'attack').length, 2);
  // ("… after storming the village": one raid told by two verbs.)
  assert.equal(
    events('Gunmen torched houses in Kaura on Sunday after storming the village at dawn.').length,
    1,
  );
});

test('"A soldier was killed and two others were wounded in X": an attack at X, the soldiers\' side struck, not striking', () => {
  const text = 'A Kenyan soldier was killed and two others were wounded in Mandera, the army said.';
  const a = analyzeDocument({ text, published: '2024-03-14' });
  assert.equal(a.events.length, 1);
  const e = a.events[0];
  assert.equal(a.entities.find((x) => x.key === e.place)?.name, 'Mandera');
  assert.deepEqual(e.actors, []);
  assert.deepEqual(e.targets, ['country:ke']);
  const b = analyzeDocument({
    text: 'Two Ethiopian soldiers were killed near Dolo.',
    published: '2024-03-14',
  });
  assert.deepEqual([b.events[0]?.actors, b.events[0]?.targets], [[], ['et:military']]);
});
