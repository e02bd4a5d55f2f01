import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Events through the whole analysis: type, the place's name and the words of the first mention. */
function events(text: string, published = '2024-09-18') {
  const a = analyzeDocument({ text, published });
  return a.events.map((e) => ({
    type: e.type,
    place: a.entities.find((x) => x.key === e.place)?.name ?? null,
    words: text.slice(e.start, e.end),
    date: e.date?.start ?? null,
  }));
}

const changes = (text: string) => events(text).filter((e) => e.type === 'territory-change');

test('"entered Aleppo\'s western districts": a place with its possessive is ground taken', () => {
  const [e] = changes(
    "Government troops entered Aleppo's western Salaheddine and Sukkari districts on Friday.",
  );
  assert.equal(e?.words, 'entered');
  assert.equal(e?.place, 'Aleppo');
});

test('"captured it" takes up the town named before in the sentence, not one after "in"', () => {
  const [e] = changes('The eastern town of Bunia has been calm since the militia captured it in June.');
  assert.equal(e?.words, 'captured');
  assert.deepEqual(changes('The police arrested a smuggler in Kismayo and seized it on Monday.'), []);
  assert.deepEqual(changes('Soldiers found an arms cache and seized it.'), []);
});

test('"re-capturing the city", "advanced through the suburb" change hands; "advanced through the crowd" does not', () => {
  assert.equal(changes('Kurdish fighters pressed on, re-capturing the border town of Kobani.').length, 1);
  assert.equal(changes('Marines advanced through the eastern outskirts of Hodeidah overnight.').length, 1);
  assert.deepEqual(changes('Riot police advanced through the crowd outside parliament.'), []);
});

test('"a week ago" dates an event seven days before the story, not the Monday of that week', () => {
  const [e] = events('Rebels seized the town of Kalehe a week ago, residents said.', '2024-02-04');
  assert.equal(e?.date, '2024-01-28');
});

test('"had captured large parts of three small towns", "rolled into X": ground past a partitive, or entered by a column', () => {
  assert.deepEqual(
    changes('Its fighters had captured large parts of three small towns by Monday.').map((e) => e.words),
    ['captured'],
  );
  assert.deepEqual(
    changes('Tanks and infantry on Sunday rolled into Kupres.').map((e) => e.words),
    ['rolled into'],
  );
  // Not a column moving into a state of mind: "the talks rolled into a second week".
  assert.deepEqual(changes('The talks rolled into a second week.'), []);
});
