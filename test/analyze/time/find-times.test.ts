import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { findTimes, resolveAt } from '../../../src/analyze/time/index.ts';

const spans = (text: string, pub: string | null = '2024-03-09'): string[] =>
  findTimes(text, pub).map((m) => text.slice(m.start, m.end));

test('spans cover exactly the expressions, in text order', () => {
  const text =
    'Rebels shelled Goma on Saturday night and again early Sunday. Since Sept. 27, at least 40 people have died; ' +
    'the truce took effect at noon local time on October 10 and held until the evening of October 11 and into the morning.';
  assert.deepEqual(spans(text), [
    'Saturday night',
    'early Sunday',
    'Since Sept. 27',
    'noon local time on October 10',
    'the evening of October 11 and into the morning',
  ]);
});

test('offsets are UTF-16 positions in the original text', () => {
  const text = 'Ακτιβιστές 🇺🇦 — Kharkiv: «Удар» on Friday, then from May 20 to May 27.';
  const found = findTimes(text, '2022-06-01');
  assert.deepEqual(
    found.map((m) => [m.start, m.end]),
    [
      [text.indexOf('Friday'), text.indexOf('Friday') + 'Friday'.length],
      [text.indexOf('from May'), text.indexOf('May 27') + 'May 27'.length],
    ],
  );
});

test('no false positives on verbs, nouns, titles and counts', () => {
  for (const text of [
    'Officials said they may return to the table.',
    'May God protect us, the mother said.',
    'A march was held in the capital, and marchers may march again.',
    'The Sunday Times reported the figures.',
    'The Fourth of July parade was cancelled.',
    'Some 2,000 people fled and 1,500 troops were deployed.',
    'In 2000 homes, the power was cut.',
    'A total of 1994 votes were cast.',
    'Bloody Sunday was remembered by the crowd.',
    'Resolution 2334 was adopted by the council.',
    'The score was 3-2 and the page was 14:30.',
    'He served 10 years in prison.',
    'The fall of the city shocked the region.',
    'The deal agreed by May and the EU collapsed.',
    'The refugee camp of Mar Elias was hit again.',
    'The Sun 14 times reported it; prices rose 3.30 percent.',
    'It would bring the first quiet night in five weeks.',
    'The form was dated 3/4/2024, version 10.12.2023.1.',
  ]) {
    assert.deepEqual(spans(text), [], text);
  }
});

test('a year followed by a preposition is still a year; one followed by a count noun is not', () => {
  assert.deepEqual(spans('He had been detained since 2019 in Evin prison.'), ['since 2019']);
  assert.deepEqual(spans('After 1800 refugees arrived, more tents were sent.'), []);
});

test('weekdays: past tense on or before publication, future on or after, last/next strict', () => {
  const pub = '2024-03-09'; // a Saturday
  assert.equal(resolveAt('Saturday', 'Gunmen attacked the port on Saturday.', pub)?.start, '2024-03-09');
  assert.equal(resolveAt('Friday', 'Gunmen attacked the port on Friday.', pub)?.start, '2024-03-08');
  assert.equal(resolveAt('Friday', 'Envoys will visit the port on Friday.', pub)?.start, '2024-03-15');
  assert.equal(
    resolveAt('last Saturday', 'Gunmen attacked the port last Saturday.', pub)?.start,
    '2024-03-02',
  );
  assert.equal(resolveAt('next Saturday', 'Elections are due next Saturday.', pub)?.start, '2024-03-16');
});

test('dates without a year: nearest past occurrence, across the year boundary', () => {
  const pub = '2025-01-02';
  assert.equal(resolveAt('Dec. 30', 'Shells fell on Goma on Dec. 30.', pub)?.start, '2024-12-30');
  assert.equal(resolveAt('Jan. 15', 'Talks will resume on Jan. 15.', pub)?.start, '2025-01-15');
  assert.equal(resolveAt('March', 'The offensive began in March.', pub)?.start, '2024-03-01');
});

test('without a publication date only absolute expressions resolve', () => {
  const text =
    'The accord signed on 2 November 2022 held until Saturday; in 1994 a truce failed; yesterday it rained.';
  const found = findTimes(text, null);
  assert.deepEqual(
    found.map((m) => [text.slice(m.start, m.end), m.date.start]),
    [
      ['2 November 2022', '2022-11-02'],
      ['1994', '1994-01-01'],
    ],
  );
});

test('"the next day" follows the last resolved day of the paragraph, or the one before it', () => {
  const text =
    'Fighting broke out on June 2 in the north.\n\nThe next day, the army withdrew.\n\nTwo days later, aid arrived.';
  const found = findTimes(text, '2023-06-20');
  assert.deepEqual(
    found.map((m) => m.date.start),
    ['2023-06-02', '2023-06-03', '2023-06-05'],
  );
  // Without any earlier day there is nothing to follow.
  assert.deepEqual(findTimes('The next day, the army withdrew.', '2023-06-20'), []);
  // A reference time given by the caller is followed instead.
  assert.equal(
    findTimes('The next day, the army withdrew.', '2023-06-20', { reference: '2023-05-01' })[0].date.start,
    '2023-05-02',
  );
});

test('paragraphs from sentence spans delimit the narrative', () => {
  const text = 'Troops entered the town on 14 March. Residents fled. The following day, looting began.';
  const s1 = { start: 0, end: 36, paragraph: 0 };
  const s2 = { start: 37, end: 51, paragraph: 3 };
  const s3 = { start: 52, end: text.length, paragraph: 7 };
  assert.equal(findTimes(text, '2023-04-01', { sentences: [s1, s2, s3] }).length, 1);
  assert.equal(
    findTimes(text, '2023-04-01', { sentences: [s1, { ...s2, paragraph: 0 }, { ...s3, paragraph: 0 }] })
      .length,
    2,
  );
});

test('midnight joined to a day is the midnight that ends that day', () => {
  const d = resolveAt('midnight on Friday', 'The truce will begin at midnight on Friday.', '2022-08-29');
  assert.deepEqual(d, { start: '2022-09-03', end: null, time: '00:00', precision: 'day' });
  const t = resolveAt('00:00 on Friday', 'The truce will begin at 00:00 on Friday.', '2022-08-29');
  assert.equal(t?.start, '2022-09-02');
});

test('overnight: the night before publication, start on the previous day', () => {
  assert.deepEqual(resolveAt('overnight', 'Drones hit Odesa overnight.', '2023-07-20'), {
    start: '2023-07-19',
    end: '2023-07-20',
    time: null,
    precision: 'day',
  });
});

test('resolveAt returns null for an unknown expression', () => {
  assert.equal(resolveAt('Tuesday', 'Nothing happened.', '2023-07-20'), null);
  assert.equal(resolveAt('the talks', 'The talks resumed on Tuesday.', '2023-07-20'), null);
});

const isoDate = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const weekday = fc.constantFrom('Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday');
const dayDiff = (a: string, b: string): number => (Date.parse(a) - Date.parse(b)) / 86_400_000;

test('property: weekdays land within the week the tense points to', () => {
  fc.assert(
    fc.property(isoDate, weekday, (pub, wd) => {
      const past = resolveAt(wd, `Troops shelled the town on ${wd}.`, pub);
      const future = resolveAt(wd, `Troops will leave the town on ${wd}.`, pub);
      const last = resolveAt(`last ${wd}`, `Troops shelled the town last ${wd}.`, pub);
      assert.ok(past && future && last);
      const p = dayDiff(past.start!, pub);
      const f = dayDiff(future.start!, pub);
      const l = dayDiff(last.start!, pub);
      assert.ok(p <= 0 && p >= -6, `past ${p}`);
      assert.ok(f >= 0 && f <= 6, `future ${f}`);
      assert.ok(l <= -1 && l >= -7, `last ${l}`);
      assert.equal(
        new Date(`${past.start}T00:00:00Z`).toLocaleDateString('en-US', { weekday: 'long', timeZone: 'UTC' }),
        wd,
      );
    }),
    { numRuns: 200 },
  );
});

test('property: mentions are sorted, disjoint and inside the text', () => {
  const piece = fc.constantFrom(
    'on Saturday',
    'since Sept. 27',
    'in 1994',
    'the 1990s',
    'at noon local time',
    'last week',
    'from May 20 to May 27',
    'a march',
    'May',
    '2,000 people',
    'the next day',
    'overnight',
    ', ',
    '. ',
    '\n\n',
  );
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 12 }), isoDate, (parts, pub) => {
      const text = parts.join(' ');
      let last = 0;
      for (const m of findTimes(text, pub)) {
        assert.ok(m.start >= last && m.end > m.start && m.end <= text.length);
        assert.match(m.date.start ?? '', /^\d{4}-\d{2}-\d{2}$/);
        last = m.end;
      }
    }),
    { numRuns: 200 },
  );
});

test('property: arbitrary text never throws and yields valid dates', () => {
  const words = fc.constantFrom(
    'Saturday',
    'May',
    'March',
    '2024',
    '12',
    'on',
    'since',
    'the',
    'next',
    'day',
    'last',
    'week',
    'a.m.',
    'midnight',
    'overnight',
    'into',
    'and',
    'between',
    'from',
    'to',
    '-',
    ',',
    '.',
    '\n',
    'ago',
    'later',
    '14/11/2023',
    'É',
    '🇺🇦',
  );
  fc.assert(
    fc.property(
      fc.array(fc.oneof(words, fc.string({ maxLength: 6 })), { maxLength: 30 }),
      fc.option(isoDate),
      (parts, pub) => {
        const text = parts.join(' ');
        for (const m of findTimes(text, pub ?? null)) {
          assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end);
          assert.match(m.date.start ?? '', /^\d{4}-\d{2}-\d{2}$/);
          if (m.date.end !== null)
            assert.ok(m.date.end >= (m.date.start ?? ''), `${m.date.start}..${m.date.end}`);
          if (m.date.time !== null) assert.match(m.date.time, /^([01]\d|2[0-3]):[0-5]\d$/);
        }
      },
    ),
    { numRuns: 500 },
  );
});

test('"April last year", "March this year", "May of last year": the month of that year', () => {
  const text = 'Clashes began in April last year, eased in March this year and spread in May of last year.';
  const found = findTimes(text, '2024-06-06').map((m) => [text.slice(m.start, m.end), m.date.start]);
  assert.deepEqual(found, [
    ['April last year', '2023-04-01'],
    ['March this year', '2024-03-01'],
    ['May of last year', '2023-05-01'],
  ]);
});

test('a month naming an event of its own: "the March offensive", "the June peace deal"', () => {
  const text =
    'Survivors of the March offensive said the June peace deal changed little; Theresa May spoke later.';
  assert.deepEqual(spans(text, '2024-09-01'), ['March', 'June']);
  assert.equal(findTimes(text, '2024-09-01')[0].date?.start, '2024-03-01');
});

test('"in the previous 24 hours" covers the day before the story\'s day, not 24 days back', () => {
  const text = 'On Tuesday the ministry gave a toll of 60. It said 14 of them died in the previous 24 hours.';
  const found = findTimes(text, '2025-06-24');
  const last = found.at(-1);
  assert.equal(text.slice(last?.start, last?.end), 'the previous 24 hours');
  assert.equal(last?.date.start, '2025-06-23');
  assert.equal(last?.date.end, '2025-06-24');
});

test('a holiday on a fixed day resolves like a month and day; lower-case words are no holiday', () => {
  const text =
    'Jets hit two hamlets on Christmas Day and again on New Year’s Eve, long before the boxing day fair.';
  const found = findTimes(text, '2025-01-03');
  assert.deepEqual(
    found.map((m) => [text.slice(m.start, m.end), m.date.start]),
    [
      ['Christmas Day', '2024-12-25'],
      ['New Year’s Eve', '2024-12-31'],
    ],
  );
});

test('"last July 7" is the July 7 just past, not July of last year', () => {
  const text = 'Last July 7, the rebels threatened the palaces; on last March 2 they fired drones.';
  const found = findTimes(text, '2020-07-13');
  assert.deepEqual(
    found.map((m) => [text.slice(m.start, m.end), m.date.start, m.date.precision]),
    [
      ['July 7', '2020-07-07', 'day'],
      ['March 2', '2020-03-02', 'day'],
    ],
  );
  // A month alone after "last" is still last year's when it has not come round yet.
  const [alone] = findTimes('Talks stalled last October.', '2020-07-13');
  assert.equal(alone.date.start, '2019-10-01');
});
