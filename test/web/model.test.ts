import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Event, Report } from '../../src/report/contract.ts';
import {
  ceasefireBands,
  chartDays,
  dominantType,
  eventsByPlace,
  figuresByReporter,
  filterEvents,
  findItem,
  indexReport,
  mentionContext,
  outletTable,
  period,
  sourceFamilies,
} from '../../web/src/lib/model.ts';
import { fixtureReport, words } from '../export/fixture.ts';

function ev(id: string, type: Event['type'], day: string | null): Event {
  return {
    id,
    type,
    mode: null,
    date: day ? { start: day, end: null, time: null, precision: 'day' } : null,
    actors: [],
    targets: [],
    place: null,
    status: 'reported',
    claims: [],
    mentions: [],
    sources: [],
  };
}

test('ceasefire bands run from taking effect to the first violation on or after it', () => {
  const r: Report = { ...fixtureReport(), events: [] };
  r.events = [
    ev('a', 'ceasefire-violation', '2024-01-02'), // before any truce: ignored
    ev('b', 'ceasefire-effective', '2024-01-05'),
    ev('c', 'ceasefire-violation', '2024-01-09'),
    ev('d', 'ceasefire-violation', '2024-01-07'),
    ev('e', 'ceasefire-effective', '2024-01-20'),
    ev('f', 'ceasefire-effective', '2024-01-05'), // the same truce reported again
    ev('g', 'ceasefire-effective', null),
  ];
  const bands = ceasefireBands(r);
  assert.deepEqual(
    bands.map((b) => [b.start, b.end, b.violation?.id ?? null]),
    [
      ['2024-01-05', '2024-01-07', 'd'],
      ['2024-01-20', null, null],
    ],
  );
});

test('families of copies join documents through reuse links in either direction', () => {
  const r = fixtureReport();
  assert.deepEqual(sourceFamilies(r), [['d2', 'd3']]);
  r.documents[0].reuse.push({ doc: 'd3', kind: 'duplicate', share: 1 });
  assert.deepEqual(
    sourceFamilies(r).map((f) => [...f].sort()),
    [['d1', 'd2', 'd3']],
  );
  r.documents[0].reuse = [{ doc: 'd404', kind: 'duplicate', share: 1 }];
  assert.equal(sourceFamilies(r).flat().includes('d404'), false, 'links to unknown documents are ignored');
});

test('figures are grouped per reporter, dated, and kept apart', () => {
  const ix = indexReport(fixtureReport());
  const by = figuresByReporter(ix);
  assert.deepEqual([...by.keys()], ['the regional governor', 'a rights group', 'health ministry']);
  const gov = by.get('the regional governor')!;
  assert.deepEqual(
    gov.map((p) => [p.date, p.value, p.label]),
    [
      ['2025-03-03', 7, '≥7'],
      ['2025-03-04', 9, '~9'],
    ],
  );
});

test('timeline filters combine type, actor, place and source', () => {
  const r = fixtureReport();
  const ids = (f: Parameters<typeof filterEvents>[1]) => filterEvents(r.events, f).map((e) => e.id);
  const none = { type: '', actor: '', place: '', source: '' };
  assert.equal(ids(none).length, r.events.length);
  assert.deepEqual(ids({ ...none, type: 'territory-change' }), ['v2', 'v5']);
  assert.deepEqual(ids({ ...none, actor: 'e1' }), ['v1']);
  assert.deepEqual(ids({ ...none, place: 'e4' }), ['v3', 'v4']);
  assert.deepEqual(ids({ ...none, source: 'd3' }), ['v4', 'v5']);
  assert.deepEqual(ids({ ...none, place: 'e4', type: 'ceasefire-violation', source: 'd3' }), ['v4']);
});

test('chart days start at most six weeks before the first article', () => {
  const r = fixtureReport(); // first publication 2025-03-03
  assert.deepEqual(chartDays(r, ['2025-03-04', '2024-06-01', '2025-02-10']), {
    from: '2025-02-10',
    to: '2025-03-04',
  });
  assert.deepEqual(chartDays(r, ['2025-03-01']), { from: '2025-03-01', to: '2025-03-01' });
  assert.equal(chartDays(r, []), null);
});

test('items are found by id with their mentions; places group events', () => {
  const r = fixtureReport();
  const ix = indexReport(r);
  const v1 = findItem(ix, 'v1');
  assert.equal(v1?.kind, 'event');
  assert.match(v1?.title ?? '', /attack \(shelling\) in Kharkiv by Russian forces/);
  assert.equal(findItem(ix, 'c2')?.kind, 'claim');
  assert.equal(findItem(ix, 'd3')?.kind, 'document');
  assert.equal(findItem(ix, 'nope'), null);
  const places = eventsByPlace(ix);
  assert.deepEqual(
    places.map((p) => [p.place.id, p.events.length]),
    [
      ['e4', 2],
      ['e2', 1],
      ['e7', 1],
    ],
  );
  assert.equal(dominantType(places[0].events), 'ceasefire-effective');
  assert.deepEqual(period(r), { from: '2025-03-02', to: '2025-03-05' });
  assert.deepEqual(
    outletTable(r).map((o) => [o.outlet, o.docs.length]),
    [
      ['(outlet unknown)', 1],
      ['Gulf Ledger', 1],
      ['Northern Wire, Ltd.', 1],
    ],
  );
});

test('mention context is the sentence around the mention', () => {
  const r = fixtureReport();
  const ix = indexReport(r);
  const m = r.figures[1].mentions[0];
  assert.equal(words(r, m), 'the toll at 12 killed');
  assert.equal(
    mentionContext(ix, m),
    'The health ministry put the toll at 12 killed; a rights group said 20.',
  );
});
