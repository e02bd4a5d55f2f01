import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import { datelineDay } from '../../../src/analyze/time/dateline.ts';

test('a dateline a day or so before the page date is the day the story was filed', () => {
  assert.equal(
    datelineDay('TRIPOLI, March 4: Rebels said today they held the port.', '2011-03-05'),
    '2011-03-04',
  );
  assert.equal(datelineDay('ADEN, Yemen, Jan. 30 (Reuters) — Fighting resumed.', '2018-02-01'), '2018-01-30');
  // (late December on a page of early January: last year's)
  assert.equal(datelineDay('GOMA, Dec. 31 — Shelling resumed.', '2013-01-02'), '2012-12-31');
});

test('no dateline, the same day, or one far from the page date changes nothing', () => {
  assert.equal(datelineDay('GOMA, Nov. 20 — Rebels entered the city.', '2012-11-20'), null);
  assert.equal(datelineDay('GOMA, Oct. 2 — Rebels entered the city.', '2012-11-20'), null);
  assert.equal(datelineDay('Officials said on March 4: the port is held.', '2011-03-05'), null);
  assert.equal(datelineDay('TRIPOLI, March 4: Rebels said.', null), null);
});

test('"today" in a story filed the day before the page date is the dateline day', () => {
  const text =
    'MISRATA, April 9: Government forces shelled the port today, killing five people, doctors said.';
  const a = analyzeDocument({ text, published: '2011-04-10' });
  const attack = a.events.find((e) => e.type === 'attack');
  assert.equal(attack?.date?.start, '2011-04-09');
});

test('the day a dateline gives dates no event told after it: the strike takes its own day', () => {
  const text =
    'KABUL, Afghanistan, Sept. 12 (AP) -- Officials denied claims that 30 villagers died in an air strike near Kunduz. A spokesman said the target in the Thursday night air strike was a depot.';
  const a = analyzeDocument({ text, published: '2009-09-12' });
  assert.deepEqual(
    a.events.map((e) => `${e.type} ${e.date?.start}`),
    ['attack 2009-09-10'],
  );
});

test('a dateline opening the body after a masthead, headline, deck and byline still sets the day', () => {
  const text = [
    'The Evening Ledger',
    'Saturday, August 2, 2014',
    '',
    'Truce breaks down on the frontier',
    '- Fighters pull a conscript into a tunnel, says the army',
    '',
    'By Maria Ortega',
    '',
    'Haifa, Aug. 1: A truce broke down soon after it began today as gunmen attacked a patrol near the fence.',
  ].join('\n');
  assert.equal(datelineDay(text, '2014-08-02'), '2014-08-01');
  // (No line near the top opens with a place and a day: nothing changes.)
  assert.equal(datelineDay(text.replace('Haifa, Aug. 1:', 'On Friday'), '2014-08-02'), null);
});
