import assert from 'node:assert/strict';
import { test } from 'node:test';
import { extractFigures } from '../../../src/analyze/extract/figures.ts';
import type { FigureItem } from '../../../src/analyze/types.ts';

// Parts and neighbours of a count: the other side in a list, "another", shares and list items.

function figs(text: string): FigureItem[] {
  return extractFigures({
    text,
    published: '2025-05-20',
    sentences: [{ start: 0, end: text.length }],
    entities: [],
    times: [],
    claims: [],
  });
}

const brief = (f: FigureItem) => [f.measure, f.group, f.low].join(' ');

test('fighters of the other side after "and a" count on their own: "Four insurgents and a policeman died"', () => {
  assert.deepEqual(figs('Four insurgents and a policeman died in the gunfight near the ferry.').map(brief), [
    'killed military 4',
    'killed military 1',
  ]);
  // the same side stays one count
  assert.deepEqual(figs('Four soldiers and a policeman died in the gunfight near the ferry.').map(brief), [
    'killed military 4',
  ]);
});

test('"another was wounded" is one more of the group counted before it', () => {
  assert.deepEqual(figs('Three farmers died and another was wounded when the shell landed.').map(brief), [
    'killed civilians 3',
    'wounded civilians 1',
  ]);
  assert.deepEqual(figs('Another convoy was turned back at the border.').map(brief), []);
});

test('a list item after the head\'s own passive hangs on it: "31 deaths were registered, including 9 women"', () => {
  assert.deepEqual(figs('Medics said 31 deaths were registered, including 9 women.').map(brief), [
    'killed people 31',
    'killed civilians 9',
  ]);
});

test('army jargon kills people of any group in a list: "12 gunmen were neutralised, including two women"', () => {
  assert.deepEqual(figs('The army said 12 gunmen were neutralised, including two women.').map(brief), [
    'killed military 12',
    'killed civilians 2',
  ]);
});

test('a share named after "were" takes that group: "the toll reached 52, adding that 17 of them were children"', () => {
  assert.deepEqual(
    figs('The mayor said the toll reached 52, adding that 17 of them were children.').map(brief),
    ['killed people 52', 'killed children 17'],
  );
});

test('a possessive noun may stand between "of the" and the group noun: "killed 9 of the cartel\'s gunmen"', () => {
  assert.deepEqual(figs("Marines killed 9 of the cartel's gunmen near the highway.").map(brief), [
    'killed military 9',
  ]);
});

test('people burned are hurt, or killed when burned to death; houses burned are destroyed', () => {
  assert.deepEqual(
    figs(
      'Three crewmen were badly burned. Two herders were burned to death in the barn. The raiders burned 40 houses.',
    ).map(brief),
    ['wounded people 3', 'killed civilians 2', 'destroyed buildings 40'],
  );
});

test('seafarers and mariners are civilians', () => {
  assert.deepEqual(figs('The drone strike killed two seafarers and wounded five mariners.').map(brief), [
    'killed civilians 2',
    'wounded civilians 5',
  ]);
});

test('"a further 22 people" is 22, not one counted by the article', () => {
  assert.deepEqual(figs('A further 17 people were wounded in the second blast.').map(brief), [
    'wounded people 17',
  ]);
});

test('tourists are civilians; military targets destroyed are sites', () => {
  assert.deepEqual(
    figs(
      'The blast at the hotel killed six tourists. A total of 21 targets of the group were destroyed.',
    ).map(brief),
    ['killed civilians 6', 'destroyed buildings 21'],
  );
});

test('reporters and photographers are civilians; "and a police officer" after them counts on its own', () => {
  assert.deepEqual(figs('Three photographers and a police officer died at the gate.').map(brief), [
    'killed civilians 3',
    'killed military 1',
  ]);
});

test('"claimed the life of a …" counts one dead', () => {
  assert.deepEqual(figs('The ambush claimed the life of a customs officer.').map(brief), [
    'killed military 1',
  ]);
});

test('a count joined after the first passes the armed body its members belong to', () => {
  assert.deepEqual(
    figs(
      'At least three policemen and five suspected members of the Red Hand militant group were killed.',
    ).map(brief),
    ['killed military 3', 'killed military 5'],
  );
});

test('"four of its citizens", "three of her grandchildren": a share of a group the possessive owns', () => {
  assert.deepEqual(figs('Kenya said four of its citizens died in the blast as well.').map(brief), [
    'killed people 4',
  ]);
  assert.deepEqual(figs('An old farmer and three of her grandchildren died when the shell hit.').map(brief), [
    'killed civilians 1',
    'killed children 3',
  ]);
});

test('"…, seven of whom are still in hospital" is a share of the count before; "…, four of which were shot down" counts', () => {
  assert.deepEqual(figs('At least 40 people were wounded, seven of whom are still in hospital.').map(brief), [
    'wounded people 40',
  ]);
  assert.deepEqual(
    figs('The army said it had downed 30 drones overnight, four of which were shot down over the capital.')
      .map(brief)
      .filter((b) => b.endsWith(' 4')),
    ['destroyed equipment 4'],
  );
});

test('"lost one MiG-29 fighter": a plane by its model, no fighter killed; "lost two fighters" still counts people', () => {
  assert.deepEqual(figs('The air force lost one MiG-29 fighter over the border.').map(brief), []);
  assert.deepEqual(figs('The rebels lost two fighters in the clash.').map(brief), ['killed military 2']);
});
