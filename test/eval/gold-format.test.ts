import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import {
  evaluate,
  formatDetails,
  formatTable,
  GoldError,
  loadGold,
  parseGoldDoc,
} from '../../src/eval/index.ts';
import { doc, figure, goldSet, report } from './build.ts';

const tmp = mkdtempSync(join(tmpdir(), 'sitrep-gold-'));
after(() => rmSync(tmp, { recursive: true, force: true }));

function folder(name: string, files: Record<string, string>): string {
  const dir = join(tmp, name);
  mkdirSync(dir);
  for (const [f, text] of Object.entries(files)) writeFileSync(join(dir, f), text);
  return dir;
}

const okDoc = JSON.stringify({ doc: 'a.txt', published: '2024-01-02', figures: [], claims: [] });

test('loadGold reads every document file and the optional corpus.json', () => {
  const dir = folder('ok', {
    'a.txt.json': okDoc,
    'b.txt.json': JSON.stringify({ doc: 'b.txt', title: null }),
    'corpus.json': JSON.stringify({ timeline: [{ date: '2024-01-01', what: 'x' }] }),
    'notes.md': 'ignored',
  });
  const g = loadGold(dir);
  assert.deepEqual(
    g.docs.map((d) => d.doc),
    ['a.txt', 'b.txt'],
  );
  assert.equal(g.corpus?.timeline.length, 1);
  assert.deepEqual(g.corpus?.same_entity, []);
  assert.equal(loadGold(folder('nocorpus', { 'a.txt.json': okDoc })).corpus, null);
});

test('loadGold errors name the file and the problem', () => {
  const bad = folder('bad', { 'a.txt.json': '{ "doc": "a.txt", ' });
  assert.throws(
    () => loadGold(bad),
    (e: unknown) => e instanceof GoldError && /a\.txt\.json: not valid JSON/.test(e.message),
  );
  const badEnum = folder('badenum', {
    'x.json': JSON.stringify({ doc: 'x', figures: [{ evidence: 'e', measure: 'slain', low: 1 }] }),
  });
  assert.throws(() => loadGold(badEnum), /x\.json: invalid gold document: figures\.0\.measure/);
  const badDay = folder('badday', { 'y.json': JSON.stringify({ doc: 'y', published: '12/01/2024' }) });
  assert.throws(() => loadGold(badDay), /y\.json: .*published: expected a day/);
  const dup = folder('dup', { '1.json': okDoc, '2.json': okDoc });
  assert.throws(() => loadGold(dup), /2\.json: document "a\.txt" is already annotated in .*1\.json/);
  assert.throws(() => loadGold(folder('empty', {})), /no gold files/);
  assert.throws(() => loadGold(join(tmp, 'does-not-exist')), /cannot read gold folder/);
  const badCorpus = folder('badcorpus', {
    'corpus.json': JSON.stringify({ places: [{ name: 'X', lat: 95, lon: 0 }] }),
  });
  assert.throws(() => loadGold(badCorpus), /corpus\.json: invalid corpus gold: places\.0\.lat/);
});

test('parseGoldDoc normalises alias lists, nulls and single dates', () => {
  const g = parseGoldDoc(
    {
      doc: 'z.txt',
      outlet: 'Al Jazeera',
      figures: [{ evidence: 'e', measure: 'killed', low: 3, reporter: null }],
      claims: [{ evidence: 'c', speaker: 'Houthis', kind: 'accusation' }],
      events: [{ evidence: 'v', type: 'attack', date: '2024-01-12', place: null }],
      extra_field_from_a_newer_annotator: true,
    },
    'z.json',
  );
  assert.deepEqual(g.outlet, ['Al Jazeera']);
  assert.deepEqual(g.figures[0].reporter, [null]);
  assert.deepEqual(g.claims[0].speaker, ['Houthis']);
  assert.deepEqual(g.events[0].date, ['2024-01-12']);
  assert.equal(g.events[0].place, null);
  assert.equal(g.events[0].mode, undefined);
  assert.equal(g.title, undefined);
});

test('formatTable prints one aligned line per metric: name, value, (detail)', () => {
  const d = doc('d1', 'a.txt', 'Airstrikes killed 7 people in Khan Younis.');
  const g = goldSet([
    { doc: 'a.txt', figures: [{ evidence: 'killed 7 people', measure: 'killed', low: 7 }] },
  ]);
  const r = evaluate(
    g,
    report({ documents: [d], figures: [figure('f1', [{ doc: 'd1', start: 11, end: 26 }], { low: 7 })] }),
  );
  const lines = formatTable(r).trimEnd().split('\n');
  assert.equal(lines.length, r.metrics.length);
  const expected = [
    'meta.published',
    'meta.title',
    'meta.outlet',
    'meta.url',
    'clean.keep',
    'clean.drop',
    'figures.precision',
    'figures.recall',
    'figures.f1',
    'figures.reporter',
    'figures.qualifier',
    'figures.asOf',
    'claims.precision',
    'claims.recall',
    'claims.f1',
    'claims.kind',
    'events.precision',
    'events.recall',
    'events.f1',
    'events.date',
    'events.place',
    'events.mode',
    'contradictions.precision',
    'contradictions.recall',
    'contradictions.f1',
    'entity.same',
    'entity.different',
    'reuse.precision',
    'reuse.recall',
    'places.25km',
    'timeline.dates',
  ];
  assert.deepEqual(
    lines.map((l) => l.split(/\s+/)[0]),
    expected,
  );
  const valueColumn = new Set(
    lines.map((l) => l.search(/(n\/a|\d\.\d{3}) {2}\(/) + l.match(/(n\/a|\d\.\d{3}) {2}\(/)![1].length),
  );
  assert.equal(valueColumn.size, 1, 'values right-aligned in one column');
  assert.match(lines.find((l) => l.startsWith('figures.recall '))!, /^figures\.recall +1\.000 {2}\(1\/1\)$/);
  assert.match(lines.find((l) => l.startsWith('meta.title '))!, /^meta\.title +n\/a {2}\(0\/0\)$/);
  // JSON round trip: the result is plain data.
  assert.deepEqual(JSON.parse(JSON.stringify(r)), r);
  assert.equal(formatDetails(r), '');
});
