import assert from 'node:assert/strict';
import { test } from 'node:test';
import { Report } from '../../src/report/contract.ts';
import { ACLED_COLUMNS, acledType, toAcledCsv } from '../../src/report/export/acled.ts';
import { csvField, csvTable } from '../../src/report/export/csv.ts';
import { fixtureReport, words } from './fixture.ts';
import { parseCsv } from './rfc4180.ts';

test('the fixture is a valid report', () => {
  assert.doesNotThrow(() => Report.parse(fixtureReport()));
});

test('csvField quotes commas, quotes and line breaks, and nothing else', () => {
  assert.equal(csvField('plain words'), 'plain words');
  assert.equal(csvField('a, b'), '"a, b"');
  assert.equal(csvField('say "no"'), '"say ""no"""');
  assert.equal(csvField('two\nlines'), '"two\nlines"');
  assert.equal(csvField(null), '');
  assert.equal(csvField(3.5), '3.5');
});

test('csvTable round-trips awkward values through an RFC 4180 parser', () => {
  const rows = [
    ['x', 'comma, inside', '"quoted"', 'line\r\nbreak', ''],
    ['', ' lead space', 'tab\tin', 'ünïcödé — dash', '"'],
  ];
  const parsed = parseCsv(csvTable(['a', 'b', 'c', 'd', 'e'], rows));
  assert.deepEqual(parsed, [['a', 'b', 'c', 'd', 'e'], ...rows]);
});

test('ACLED CSV parses back with one row per ACLED-codable event and the right fields', () => {
  const report = fixtureReport();
  const csv = toAcledCsv(report);
  assert.ok(csv.endsWith('\r\n'));
  const [header, ...rows] = parseCsv(csv);
  assert.deepEqual(header, [...ACLED_COLUMNS]);
  const col = (name: (typeof ACLED_COLUMNS)[number]) => header.indexOf(name);
  // statement (v6) and talks (v7) have no ACLED counterpart
  assert.deepEqual(
    rows.map((r) => r[col('sitrep_id')]),
    ['v1', 'v2', 'v3', 'v4', 'v5'],
  );
  for (const r of rows) assert.equal(r.length, header.length);
  const v1 = rows[0];
  assert.equal(v1[col('event_id_cnty')], 'UKR-v1');
  assert.equal(v1[col('event_date')], '2025-03-03');
  assert.equal(v1[col('year')], '2025');
  assert.equal(v1[col('time_precision')], '1');
  assert.equal(v1[col('disorder_type')], 'Political violence');
  assert.equal(v1[col('event_type')], 'Explosions/Remote violence');
  assert.equal(v1[col('sub_event_type')], 'Shelling/artillery/missile attack');
  assert.equal(v1[col('actor1')], 'Russian forces');
  assert.equal(v1[col('country')], 'Ukraine');
  assert.equal(v1[col('location')], 'Kharkiv');
  assert.equal(Number(v1[col('latitude')]), 49.98);
  assert.equal(Number(v1[col('longitude')]), 36.25);
  assert.equal(v1[col('geo_precision')], '1');
  assert.equal(v1[col('source')], 'Northern Wire, Ltd.');
  assert.equal(v1[col('notes')], words(report, report.events[0].mentions[0]));
  assert.equal(v1[col('fatalities')], '7');
  // notes with quotes and commas survive the round trip
  const v2 = rows[1];
  assert.equal(v2[col('notes')], words(report, report.events[1].mentions[0]));
  assert.equal(v2[col('time_precision')], '2');
  assert.equal(v2[col('latitude')], '', 'a place without coordinates leaves latitude empty');
  // two reporters disagree: ACLED keeps the lower count; two sources joined
  const v4 = rows[3];
  assert.equal(v4[col('fatalities')], '12');
  assert.equal(
    v4[col('sub_event_type')],
    'Agreement',
    'a truce breach is coded under the agreement (REPORT.md)',
  );
  assert.equal(v4[col('source')], 'Gulf Ledger; fixtures/d3.txt');
  assert.equal(v4[col('geo_precision')], '3', 'coordinates without a gazetteer ref are approximate');
  assert.equal(rows[2][col('fatalities')], '', 'no linked figure leaves fatalities empty');
});

test('acledType follows the REPORT.md table', () => {
  assert.equal(acledType('attack', 'ground')?.event_type, 'Battles');
  assert.equal(acledType('attack', null)?.sub_event_type, 'Armed clash');
  assert.equal(acledType('attack', 'airstrike')?.sub_event_type, 'Air/drone strike');
  assert.equal(acledType('shootdown', null)?.event_type, 'Explosions/Remote violence');
  assert.equal(acledType('territory-change', null)?.event_type, 'Strategic developments');
  assert.equal(acledType('ceasefire-agreed', null)?.sub_event_type, 'Agreement');
  assert.equal(acledType('talks', null), null);
  assert.equal(acledType('appeal', null), null);
  assert.equal(acledType('humanitarian', null), null);
});
