import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mergeWithinDocument } from '../../../src/analyze/extract/event-merge.ts';
import type { EventItem } from '../../../src/analyze/types.ts';

const text =
  'Militants said they hold soldiers after an attack last week. Nine soldiers died in the attack on the camp on Tuesday.';

/** An attack event on the words `w` of the text. */
function attack(w: string, date: EventItem['date'], actors: string[], targets: string[]): EventItem {
  const start = text.indexOf(w);
  return {
    start,
    end: start + w.length,
    type: 'attack',
    mode: null,
    date,
    actors,
    targets,
    place: null,
    claims: [],
    dated: true,
  };
}

const lastWeek = { start: '2024-05-06', end: '2024-05-12', time: null, precision: 'week' as const };
const tuesday = { start: '2024-05-07', end: null, time: null, precision: 'day' as const };

test('an attack told loosely, then on its day, is one attack even when a party is named on both sides of the second telling', () => {
  const merged = mergeWithinDocument(
    [
      attack('an attack last week', lastWeek, ['group:militants'], []),
      // The parser put the militants among both attackers and attacked: that says nothing of sides.
      attack(
        'the attack on the camp',
        tuesday,
        ['group:militants', 'org:army'],
        ['group:militants', 'org:army'],
      ),
    ],
    text,
  );
  assert.equal(merged.length, 1);
  assert.equal(merged[0].date?.start, '2024-05-07');
});

test('one side attacking and the other attacked, told loosely and then on a day, stay two events', () => {
  const merged = mergeWithinDocument(
    [
      attack('an attack last week', lastWeek, ['group:militants'], []),
      attack('the attack on the camp', tuesday, ['org:army'], ['group:militants']),
    ],
    text,
  );
  assert.equal(merged.length, 2);
});
