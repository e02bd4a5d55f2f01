import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isDateLine, normalizePublished } from '../../../src/ingest/meta/dates.ts';

test('ISO days and timestamps keep their own offset', () => {
  assert.equal(normalizePublished('2024-03-26'), '2024-03-26');
  assert.equal(normalizePublished('2024-03-26T09:15:00+03:00'), '2024-03-26T09:15:00+03:00');
  assert.equal(normalizePublished('2024-03-26T09:15:00.250Z'), '2024-03-26T09:15:00.250Z');
  assert.equal(normalizePublished('2024-03-26 09:15:00+0300'), '2024-03-26T09:15:00+03:00');
  // a clock time without zone cannot be placed on the time line: keep the day
  assert.equal(normalizePublished('2024-03-26T09:15:00'), '2024-03-26');
});

test('epoch seconds, milliseconds and fractional seconds', () => {
  assert.equal(normalizePublished(1711444500), '2024-03-26T09:15:00Z');
  assert.equal(normalizePublished(1711444500000), '2024-03-26T09:15:00Z');
  assert.equal(normalizePublished(1711444500.5), '2024-03-26T09:15:00.500Z');
  assert.equal(normalizePublished('1711444500'), '2024-03-26T09:15:00Z');
});

test('datelines in newsroom styles', () => {
  assert.equal(normalizePublished('March 26, 2024'), '2024-03-26');
  assert.equal(normalizePublished('Sept. 3, 2023'), '2023-09-03');
  assert.equal(normalizePublished('26 March 2024'), '2024-03-26');
  assert.equal(normalizePublished('Tuesday 26 March 2024 09:15 GMT'), '2024-03-26T09:15:00Z');
  assert.equal(normalizePublished('Tuesday, March 26, 2024 at 4:05 p.m. EDT'), '2024-03-26T16:05:00-04:00');
  assert.equal(normalizePublished('Published: 5th February 2023'), '2023-02-05');
  assert.equal(normalizePublished('Updated 14.02.2024'), '2024-02-14');
});

test('RFC 2822 dates from feeds and mail headers', () => {
  assert.equal(normalizePublished('Tue, 26 Mar 2024 09:15:00 +0300'), '2024-03-26T09:15:00+03:00');
  assert.equal(normalizePublished('Sat, 07 Oct 2023 06:30:00 GMT'), '2023-10-07T06:30:00Z');
});

test('JS Dates (as YAML loaders return them)', () => {
  assert.equal(normalizePublished(new Date(Date.UTC(2023, 9, 7))), '2023-10-07');
  assert.equal(normalizePublished(new Date(Date.UTC(2023, 9, 7, 6, 30))), '2023-10-07T06:30:00Z');
  assert.equal(normalizePublished(new Date(Number.NaN)), null);
});

test('impossible or unreadable dates are null', () => {
  for (const v of [
    'February 30, 2021',
    '2023-02-29',
    '2023-13-01',
    '31 June 2022',
    '2024-03-26T25:00:00Z',
    'yesterday',
    'March 2024',
    '',
    '03/04/2024',
    Number.NaN,
    Number.POSITIVE_INFINITY,
    -1e20,
    {},
    [],
    true,
    null,
    undefined,
  ]) {
    assert.equal(normalizePublished(v), null, `${String(v)} should be null`);
  }
  assert.equal(normalizePublished('2024-02-29'), '2024-02-29', 'a leap day is possible');
});

test('a date line is only a date', () => {
  assert.ok(isDateLine('Monday 4 December 2023'));
  assert.ok(!isDateLine('On Monday 4 December 2023 the shelling resumed.'));
  assert.ok(!isDateLine('Khartoum'));
});
