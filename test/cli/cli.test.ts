import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { assertValidReport } from '../helpers/validate.ts';

const BIN = join(import.meta.dirname, '../../bin/sitrep.mjs');
const SEEDS = join(import.meta.dirname, '../../../shared/corpus/seeds');
const GOLD = join(import.meta.dirname, '../../../shared/gold/seeds');

function sitrep(args: string[]) {
  return spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', input: '', timeout: 180_000 });
}

test('analyze writes a schema-valid report and every requested output, with a summary', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const out = (f: string) => join(dir, f);
  const r = sitrep([
    'analyze',
    'examples/corpus',
    '--json',
    out('r.json'),
    '--md',
    out('s.md'),
    '--html',
    out('s.html'),
    '--csv',
    out('e.csv'),
    '--geojson',
    out('e.geojson'),
    '--plover',
    out('p.json'),
    '-q',
  ]);
  assert.equal(r.status, 0, r.stderr);
  for (const f of ['r.json', 's.md', 's.html', 'e.csv', 'e.geojson', 'p.json'])
    assert.ok(existsSync(out(f)), f);
  const report = JSON.parse(readFileSync(out('r.json'), 'utf8'));
  assertValidReport(report);
  assert.equal(report.documents.length, 15);
  assert.match(readFileSync(out('s.md'), 'utf8'), /^# Situation report/);
});

test('bad inputs: a clear error per input, exit 2 when nothing was read, 1 with --strict', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');
  const none = sitrep(['analyze', empty, '--json', join(dir, 'r.json')]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /empty\.txt/);
  assert.ok(!existsSync(join(dir, 'r.json')), 'nothing written');
  const strict = sitrep([
    'analyze',
    empty,
    'examples/corpus/01-jeddah-truce-signed.txt',
    '--strict',
    '--json',
    join(dir, 's.json'),
  ]);
  assert.equal(strict.status, 1);
  const lenient = sitrep([
    'analyze',
    empty,
    'examples/corpus/01-jeddah-truce-signed.txt',
    '-q',
    '--json',
    join(dir, 'l.json'),
  ]);
  assert.equal(lenient.status, 0);
  const report = JSON.parse(readFileSync(join(dir, 'l.json'), 'utf8'));
  assert.equal(report.documents.length, 1);
  assert.equal(report.errors.length, 1);
});

test('eval on the seed gold: metadata and clean text at 1.000, as a table and as JSON', {
  skip: !existsSync(SEEDS) && 'no ../shared beside the project',
}, () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const rep = join(dir, 'r.json');
  assert.equal(sitrep(['analyze', SEEDS, '--json', rep, '-q']).status, 0);
  const table = sitrep(['eval', '--gold', GOLD, rep]);
  assert.equal(table.status, 0, table.stderr);
  for (const m of ['meta.published', 'meta.title', 'meta.outlet', 'meta.url', 'clean.keep', 'clean.drop']) {
    assert.match(table.stdout, new RegExp(`^${m.replace('.', '\\.')}\\s+1\\.000`, 'm'), m);
  }
  const json = JSON.parse(sitrep(['eval', '--gold', GOLD, rep, '--json']).stdout);
  assert.ok(Array.isArray(json.metrics));
});

test('a report that is not sitrep.report/1 is refused by eval with the reason', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sitrep-cli-'));
  const bad = join(dir, 'bad.json');
  writeFileSync(bad, JSON.stringify({ schema: 'other', documents: [] }));
  const r = sitrep(['eval', '--gold', 'examples/gold', bad]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /not a sitrep\.report\/1 report/);
});
