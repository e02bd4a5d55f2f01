import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// Attacks told by words the trigger lexicon gained: a military operation launched, exchanges of
// heavy fire, people found dead, everyone killed.

function attacks(text: string): string[] {
  const a = analyzeDocument({ text, published: '2024-09-18' });
  return a.events.filter((e) => e.type === 'attack').map((e) => text.slice(e.start, e.end));
}

test('"began a wide military operation" and "exchanges of heavy fire" are attacks', () => {
  assert.deepEqual(attacks('The army began a wide military operation in the hills on Monday.'), [
    'military operation',
  ]);
  assert.deepEqual(attacks('The pullback came after two nights of exchanges of heavy fire near the dam.'), [
    'exchanges of heavy fire',
  ]);
});

test('"found dead" and "killed everyone they found" are attacks; "blasted the rebels" is words', () => {
  assert.equal(attacks('The minister on Friday blasted the rebels he blamed for the unrest.').length, 0);
  assert.equal(attacks('Four aid workers were found dead near the river on Saturday.').length, 1);
  assert.equal(attacks('The gunmen killed everyone they found in the clinic, a nurse said.').length, 1);
});

test('devices that exploded, a hijacking and bullets sprayed on a car are attacks; prices that exploded are not', () => {
  assert.deepEqual(
    attacks('Hundreds of handheld radios exploded across the region on Tuesday, killing 12 people.'),
    ['exploded'],
  );
  assert.deepEqual(attacks('The hijacking of the bus in the mountains left nine passengers dead.'), [
    'hijacking',
  ]);
  assert.deepEqual(attacks('Gunmen sprayed bullets on a car carrying two aid workers near the port.'), [
    'sprayed bullets',
  ]);
  assert.deepEqual(attacks('Food prices exploded after the border closed.'), []);
});

test('"the worst hit", "the hardest-hit district" rank the harm of what happened and are no attack of their own', () => {
  assert.deepEqual(
    attacks('Of all the districts, the old quarter was the worst hit by the fighting.').length,
    0,
  );
  assert.deepEqual(attacks('The hardest-hit district lost its water supply.'), []);
});

test('shrapnel, sniper fire and missiles that tore into a place are attacks; costs that tore into budgets are not', () => {
  assert.deepEqual(attacks('Three children were wounded by shrapnel in Sderot on Sunday.'), ['shrapnel']);
  assert.deepEqual(attacks('A nurse was hit by sniper fire near the hospital in Khan Younis.'), [
    'sniper fire',
  ]);
  assert.deepEqual(attacks('Missiles tore into a market in Kherson on Monday.'), ['Missiles tore into']);
  assert.equal(attacks('Rising fuel costs tore into household budgets last year.').length, 0);
});

test('"Border clashes between A and B killed nine soldiers": fighting that killed a count is one event', () => {
  assert.deepEqual(
    attacks(
      'Border clashes between Peru and Ecuador killed nine soldiers and wounded 30, an army official said.',
    ),
    ['clashes'],
  );
  assert.deepEqual(attacks('Heavy fighting killed 14 militiamen, a monitor said.'), ['fighting']);
  // A toll of the war over time is no event: "Fighting has killed 12,000 people since 2021".
  assert.deepEqual(attacks('Fighting has killed 12,000 people.'), []);
});
