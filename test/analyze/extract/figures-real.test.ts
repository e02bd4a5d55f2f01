import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../../src/analyze/extract/figures.ts';
import type { FigureItem } from '../../../src/analyze/types.ts';

function figs(text: string): FigureItem[] {
  return extractFigures({
    text,
    published: '2025-02-11',
    sentences: [{ start: 0, end: text.length }],
    entities: [],
    times: [],
    claims: [],
  });
}

const brief = (f: FigureItem) => [f.measure, f.group, f.low, f.qualifier].join(' ');
const all = (text: string) => figs(text).map(brief);

test('a bare number with "left injured" / "left dead"', () => {
  assert.deepEqual(all('At least 14 have been left injured after drones hit a market in Kherson.'), [
    'wounded people 14 at-least',
  ]);
  assert.deepEqual(all('A shell that landed near the clinic in Goma left three dead.'), [
    'killed people 3 exact',
  ]);
});

test('a list of groups coordinated before one verb: every part gets the measure', () => {
  assert.deepEqual(
    all('Investigators said 40 men, 9 women and 6 children were summarily executed in the camp.'),
    ['killed people 40 exact', 'killed civilians 9 exact', 'killed children 6 exact'],
  );
});

test('a place name between the group and its verb', () => {
  assert.deepEqual(
    all('At least 60 civilians in the Central African Republic were killed by militias in May.'),
    ['killed civilians 60 at-least'],
  );
});

test('a part of a list takes the measure of the figure it hangs on, not an earlier verb', () => {
  assert.deepEqual(
    all(
      'Local media said 30 people, including 12 children, were killed and 45 others, including 20 children, were wounded.',
    ),
    [
      'killed people 30 exact',
      'killed children 12 exact',
      'wounded people 45 exact',
      'wounded children 20 exact',
    ],
  );
});

test('"others" counts the same things as the nearest figure before it', () => {
  assert.deepEqual(
    all('The army said troops killed 12 insurgents, destroying four pickup trucks and seizing two others.'),
    ['killed military 12 exact', 'destroyed equipment 4 exact', 'captured equipment 2 exact'],
  );
});

test('"among those 15 killed" restates a count; "how many" is a question', () => {
  assert.deepEqual(
    all('Five commandos and three policemen are among those 20 killed in the ambush near Kidal.'),
    ['killed military 5 exact', 'killed military 3 exact'],
  );
  assert.deepEqual(all('The militia did not say how many people were killed in Tigray.'), []);
});

test('"killed and wounded 250" is one count of both: neither measure', () => {
  assert.deepEqual(all('Medics said the shelling killed and wounded some 250 people in Sanaa.'), []);
  assert.deepEqual(all('The strike destroyed or damaged about 20 houses in Rafah.'), [
    'destroyed buildings 20 about',
  ]);
});

test('one death or one casualty named by a singular role noun', () => {
  assert.deepEqual(all('The ministry reported another death in Nabatieh from a strike on Friday.'), [
    'killed people 1 exact',
  ]);
  assert.deepEqual(all('The garrison commander was seriously injured when the convoy hit a mine.'), [
    'wounded military 1 exact',
  ]);
  assert.deepEqual(all('The death toll rose to 30.'), ['killed people 30 exact']);
  assert.deepEqual(all('A death sentence was handed down in Yangon.'), []);
  assert.deepEqual(all('The commanders were briefed in Juba.'), []);
});

test('buildings demolished', () => {
  assert.deepEqual(all('The air raids demolished two training centres of the group near Marib.'), [
    'destroyed buildings 2 exact',
  ]);
});
