import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { SCHEMA_FILE, schemaText } from '../../scripts/gen-schema.ts';
import { Report } from '../../src/report/contract.ts';
import { assertValidReport, reportErrors } from '../helpers/validate.ts';

function minimalReport(): Record<string, unknown> {
  const text = 'Shelling hit Kharkiv on Tuesday, killing at least 4 people, the regional governor said.';
  return {
    schema: 'sitrep.report/1',
    generatedAt: '2026-11-22T18:00:00Z',
    documents: [
      {
        id: 'd1',
        source: 'inbox/kharkiv.txt',
        format: 'text',
        title: 'Shelling hits Kharkiv',
        outlet: null,
        url: null,
        authors: [],
        published: '2022-05-04',
        language: 'en',
        text,
        reuse: [],
      },
    ],
    entities: [
      {
        id: 'e1',
        type: 'place',
        name: 'Kharkiv',
        aliases: ['Kharkov'],
        geo: { lat: 49.99, lon: 36.23, country: 'UA', ref: null },
        mentions: [{ doc: 'd1', start: 13, end: 20 }],
      },
      { id: 'e2', type: 'person', name: 'regional governor', aliases: [], mentions: [] },
    ],
    events: [
      {
        id: 'v1',
        type: 'attack',
        mode: 'shelling',
        date: { start: '2022-05-03', end: null, time: null, precision: 'day' },
        actors: [],
        targets: [],
        place: 'e1',
        status: 'reported',
        claims: [],
        mentions: [{ doc: 'd1', start: 0, end: 31 }],
        sources: ['d1'],
      },
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'e2',
        kind: 'assertion',
        quote: false,
        text: 'killing at least 4 people',
        date: '2022-05-03',
        about: ['v1'],
        contradicts: [],
        mentions: [{ doc: 'd1', start: 0, end: text.length }],
      },
    ],
    figures: [
      {
        id: 'f1',
        measure: 'killed',
        group: 'people',
        side: null,
        reporter: 'e2',
        low: 4,
        high: null,
        qualifier: 'at-least',
        period: null,
        asOf: '2022-05-03',
        mentions: [{ doc: 'd1', start: 33, end: 58 }],
      },
    ],
    timeline: [{ date: '2022-05-03', summary: 'Shelling of Kharkiv', events: ['v1'], sources: ['d1'] }],
    stories: [{ id: 's1', title: 'Kharkiv shelling', documents: ['d1'] }],
  };
}

test('the committed schema file equals a fresh generation from the zod contract', () => {
  const committed = readFileSync(SCHEMA_FILE, 'utf8');
  assert.equal(committed, schemaText(), 'schema is stale: run `npm run schema`');
});

test('the schema is draft 2020-12 with an id and the contract title', () => {
  const schema = JSON.parse(readFileSync(SCHEMA_FILE, 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.equal(schema.title, 'sitrep.report/1');
  assert.ok(typeof schema.$id === 'string' && schema.$id.length > 0);
});

test('a minimal valid report passes both ajv and zod', () => {
  const r = minimalReport();
  assert.doesNotThrow(() => assertValidReport(r));
  assert.equal(Report.safeParse(r).success, true);
});

test('an empty report (no documents) is valid', () => {
  const r = { ...minimalReport(), documents: [], entities: [], events: [], claims: [], figures: [] };
  assert.deepEqual(reportErrors(r), []);
});

test('a missing required field fails with a message naming it', () => {
  const r = minimalReport();
  delete r.timeline;
  assert.throws(() => assertValidReport(r), /missing required field "timeline"/);
});

test('a renamed field fails (missing the real name, unknown the new one)', () => {
  const r = minimalReport();
  const fig = (r.figures as Record<string, unknown>[])[0];
  fig.lower = fig.low;
  delete fig.low;
  const errors = reportErrors(r);
  assert.ok(
    errors.some((e) => e.includes('/figures/0') && e.includes('"low"')),
    errors.join('\n'),
  );
});

test('a bad enum value fails and lists the allowed values', () => {
  const r = minimalReport();
  (r.events as Record<string, unknown>[])[0].type = 'bombing';
  assert.throws(() => assertValidReport(r), /\/events\/0\/type.*"attack"/);
});

test('a bad date format fails', () => {
  for (const bad of ['04/05/2022', '2022-5-4', '2022-05-04T10:00', '']) {
    const r = minimalReport();
    (r.documents as Record<string, unknown>[])[0].published = bad;
    assert.throws(() => assertValidReport(r), /\/documents\/0\/published/, bad);
  }
  const r = minimalReport();
  (r.documents as Record<string, unknown>[])[0].published = '2022-05-04T10:00:00+03:00';
  assert.doesNotThrow(() => assertValidReport(r));
});

test('a day-only field rejects a timestamp', () => {
  const r = minimalReport();
  (r.figures as Record<string, unknown>[])[0].asOf = '2022-05-03T10:00:00Z';
  assert.throws(() => assertValidReport(r), /\/figures\/0\/asOf/);
});

test('a wrong schema id and a negative offset fail', () => {
  const r = minimalReport();
  r.schema = 'sitrep.report/2';
  (r.entities as { mentions: { start: number }[] }[])[0].mentions[0].start = -1;
  const errors = reportErrors(r);
  assert.ok(errors.some((e) => e.startsWith('/schema')));
  assert.ok(errors.some((e) => e.startsWith('/entities/0/mentions/0/start')));
});
