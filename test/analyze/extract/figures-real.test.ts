import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../../src/analyze/extract/figures.ts';
import type { EntityMention, FigureItem, TimeMention } from '../../../src/analyze/types.ts';

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

/** An organization mention over the first occurrence of `name` in `text`. */
function org(text: string, name: string): EntityMention {
  const start = text.indexOf(name);
  return { start, end: start + name.length, type: 'organization', name, key: `org:${name.toLowerCase()}` };
}

function withSource(text: string, name: string, times: TimeMention[] = []): FigureItem[] {
  return extractFigures({
    text,
    published: '2025-02-11',
    sentences: [{ start: 0, end: text.length }],
    entities: [org(text, name)],
    times,
    claims: [],
  });
}

test('no claim holds the figure: the source that opens the sentence with a reporting verb reports it', () => {
  const t =
    'The regional command said troops repelled an assault on the town, killing 14 fighters and seizing two trucks.';
  assert.deepEqual(
    withSource(t, 'regional command').map((f) => f.reporter),
    ['org:regional command', 'org:regional command'],
  );
  const u = 'The interior ministry published a new toll on Monday, showing 48 more deaths in two days.';
  assert.deepEqual(
    withSource(u, 'interior ministry').map((f) => f.reporter),
    ['org:interior ministry'],
  );
  // a source that is not the subject of a reporting verb reports nothing
  const v = 'Gunmen attacked the offices of the relief agency, killing 14 guards.';
  assert.deepEqual(
    withSource(v, 'relief agency').map((f) => f.reporter),
    [null],
  );
});

test('no claim holds the figure: a trailing ", denounces X." or ", X reported." reports it', () => {
  const t = 'Soldiers executed 40 villagers near Mopti last month, denounces Amnesty International.';
  assert.deepEqual(
    withSource(t, 'Amnesty International').map((f) => f.reporter),
    ['org:amnesty international'],
  );
  const u =
    'A drone hit a minibus near Kharkiv, killing four passengers, the regional administration reported.';
  assert.deepEqual(
    withSource(u, 'regional administration').map((f) => f.reporter),
    ['org:regional administration'],
  );
  const v = 'A drone hit a minibus, killing four passengers, near the office of the regional administration.';
  assert.deepEqual(
    withSource(v, 'regional administration').map((f) => f.reporter),
    [null],
  );
});

test('asOf: a day in a relative clause about the attack is not the day of the figure', () => {
  const t = 'Officials said 70 villagers were killed in the raid, which took place on 3 February.';
  const at = t.indexOf('3 February');
  const time: TimeMention = {
    start: at,
    end: at + '3 February'.length,
    date: { start: '2025-02-03', end: null, time: null, precision: 'day' },
  } as TimeMention;
  assert.equal(withSource(t, 'Officials', [time])[0].asOf, '2025-02-11');
  const u = 'Officials said 70 villagers were killed on 3 February.';
  const at2 = u.indexOf('3 February');
  const time2 = { ...time, start: at2, end: at2 + '3 February'.length } as TimeMention;
  assert.equal(withSource(u, 'Officials', [time2])[0].asOf, '2025-02-03');
});
