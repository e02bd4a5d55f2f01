import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldName, locate, overlaps } from '../../src/eval/index.ts';

test('foldName folds case, punctuation, diacritics and a leading "the"', () => {
  assert.equal(foldName('The U.S.'), foldName('US'));
  assert.equal(foldName('Ouagadougou'), foldName('OUAGADOUGOU'));
  assert.equal(foldName('Tigray People’s Liberation Front'), foldName("Tigray People's Liberation Front"));
  assert.equal(foldName('Al-Fashir'), foldName('Al Fashir'));
  assert.equal(foldName('Kramatorsk'), foldName('Kramatórsk'));
  assert.equal(foldName('Bərdə'), foldName('Berde'));
  assert.equal(foldName('Łódź'), foldName('Lodz'));
  assert.equal(foldName('the Rapid Support Forces'), foldName('Rapid Support Forces'));
  assert.notEqual(foldName('Theodore'), foldName('odore'), 'only a whole leading word "the" is dropped');
  assert.notEqual(foldName('Hamas'), foldName('Hama'));
});

test('locate finds every exact occurrence', () => {
  const text = 'Drones hit Odesa. Later, drones hit Odesa again.';
  const r = locate(text, 'hit Odesa');
  assert.equal(r.level, 'exact');
  assert.deepEqual(
    r.spans.map((s) => text.slice(s.start, s.end)),
    ['hit Odesa', 'hit Odesa'],
  );
  assert.equal(r.spans[1].start, text.lastIndexOf('hit Odesa'));
});

test('locate falls back to whitespace- and quote-normalised matching with offsets into the original', () => {
  const text = 'The army said it “repelled\n  an attack” near Bakhmut — officials said.';
  const r = locate(text, 'it "repelled an attack" near Bakhmut - officials');
  assert.equal(r.level, 'normalized');
  assert.equal(r.spans.length, 1);
  assert.equal(
    text.slice(r.spans[0].start, r.spans[0].end),
    'it “repelled\n  an attack” near Bakhmut — officials',
  );
});

test('locate folds case, diacritics and markup as a last resort, but not for short needles', () => {
  const text = 'Witnesses said **RSF fighters** stormed the Zamzam camp, near El Fasher.';
  const r = locate(text, 'RSF fighters stormed the zamzam camp');
  assert.equal(r.level, 'folded');
  assert.equal(text.slice(r.spans[0].start, r.spans[0].end), 'RSF fighters** stormed the Zamzam camp');
  assert.equal(locate(text, 'rsf, fight').level, null, 'fewer than 10 letters: no folded match');
  assert.equal(locate(text, 'Janjaweed militia stormed').level, null);
});

test('locate handles surrogate pairs with UTF-16 offsets', () => {
  const text = '🇾🇪 Houthi forces said they fired a missile at a ship.';
  const r = locate(text, 'houthi   forces said they');
  assert.equal(text.slice(r.spans[0].start, r.spans[0].end), 'Houthi forces said they');
});

test('overlaps is half-open: touching spans do not overlap', () => {
  assert.equal(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 }), false);
  assert.equal(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 }), true);
  assert.equal(overlaps({ start: 6, end: 7 }, { start: 5, end: 9 }), true);
  assert.equal(
    overlaps({ start: 3, end: 3 }, { start: 0, end: 9 }),
    false,
    'an empty mention covers nothing',
  );
});
