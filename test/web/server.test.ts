import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import type { Report } from '../../src/report/contract.ts';
import { startDashboard } from '../../src/server/dashboard.ts';
import { resolveInside } from '../../src/server/static.ts';
import { fixtureReport } from '../export/fixture.ts';
import { parseCsv } from '../export/rfc4180.ts';

interface Res {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw request (so paths like /../ are sent as written). */
function get(url: string, path: string, opts: { method?: string; gzip?: boolean } = {}): Promise<Res> {
  const u = new URL(url);
  return new Promise((ok, fail) => {
    const req = request(
      {
        host: u.hostname,
        port: u.port,
        path,
        method: opts.method ?? 'GET',
        headers: opts.gzip ? { 'accept-encoding': 'gzip' } : {},
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          let buf = Buffer.concat(chunks);
          if (res.headers['content-encoding'] === 'gzip') buf = gunzipSync(buf);
          ok({ status: res.statusCode ?? 0, headers: res.headers, body: buf.toString('utf8') });
        });
      },
    );
    req.on('error', fail);
    req.end();
  });
}

let dir: string;
before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-dist-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(join(dir, 'assets', 'app.js'), `console.log(${JSON.stringify('x'.repeat(5000))});`);
  writeFileSync(join(dir, '..', 'sitrep-secret.txt'), 'secret');
});
after(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(join(dir, '..', 'sitrep-secret.txt'), { force: true });
});

test('serves the app, the report and the exports on loopback', async () => {
  const report = fixtureReport();
  const d = await startDashboard({ report, port: 0, staticDir: dir });
  try {
    assert.match(d.url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const index = await get(d.url, '/');
    assert.equal(index.status, 200);
    assert.match(String(index.headers['content-type']), /text\/html/);
    assert.match(String(index.headers['content-security-policy']), /script-src 'self'/);
    const r = await get(d.url, '/report', { gzip: true });
    assert.equal(r.status, 200);
    assert.equal(r.headers['content-encoding'], 'gzip');
    assert.deepEqual(JSON.parse(r.body), report);
    const js = await get(d.url, '/assets/app.js', { gzip: true });
    assert.equal(js.headers['content-encoding'], 'gzip');
    assert.match(String(js.headers['cache-control']), /immutable/);
    assert.ok(js.body.startsWith('console.log('));
    const csv = await get(d.url, '/export/acled.csv');
    assert.match(String(csv.headers['content-type']), /text\/csv/);
    assert.equal(parseCsv(csv.body)[0][0], 'event_id_cnty');
    const geo = JSON.parse((await get(d.url, '/export/events.geojson')).body);
    assert.equal(geo.type, 'FeatureCollection');
    assert.ok(Array.isArray(JSON.parse((await get(d.url, '/export/plover.json')).body)));
    assert.match((await get(d.url, '/sitrep.html')).body, /<h2>Summary<\/h2>/);
    assert.equal((await get(d.url, '/nope.js')).status, 404);
    assert.equal((await get(d.url, '/search?q=x')).status, 404, 'no server search: the app searches itself');
    assert.equal((await get(d.url, '/report', { method: 'POST' })).status, 405);
    assert.equal((await get(d.url, '/report', { method: 'HEAD' })).body, '');
  } finally {
    await d.close();
  }
});

test('never serves a file outside the app directory', async () => {
  const d = await startDashboard({ report: fixtureReport(), port: 0, staticDir: dir });
  try {
    for (const p of [
      '/../sitrep-secret.txt',
      '/%2e%2e/sitrep-secret.txt',
      '/assets/..%2f..%2fsitrep-secret.txt',
      '/%00',
    ]) {
      const res = await get(d.url, p);
      assert.notEqual(res.body, 'secret', p);
      assert.ok(res.status === 404 || res.status === 400, `${p} → ${res.status}`);
    }
  } finally {
    await d.close();
  }
  assert.equal(resolveInside('/srv/app', '/../etc/passwd'), null);
  assert.equal(resolveInside('/srv/app', '/%2e%2e/x'), null);
  assert.equal(resolveInside('/srv/app', '/a/../b.js'), '/srv/app/b.js');
  assert.equal(resolveInside('/srv/app', '/a/%E0%A4%A'), null, 'bad escapes');
});

test('a report function is asked on every request', async () => {
  let n = 0;
  const base = fixtureReport();
  const d = await startDashboard({
    report: async (): Promise<Report> => ({ ...base, generatedAt: `2025-03-0${++n}T00:00:00Z` }),
    port: 0,
    staticDir: dir,
  });
  try {
    assert.equal(JSON.parse((await get(d.url, '/report')).body).generatedAt, '2025-03-01T00:00:00Z');
    assert.equal(JSON.parse((await get(d.url, '/report')).body).generatedAt, '2025-03-02T00:00:00Z');
  } finally {
    await d.close();
  }
});

test('without a built app it says how to build it, and still serves the report', async () => {
  const empty = mkdtempSync(join(tmpdir(), 'sitrep-nodist-'));
  const warnings: string[] = [];
  const onWarn = (w: Error) => warnings.push(w.message);
  process.on('warning', onWarn);
  const d = await startDashboard({ report: fixtureReport(), port: 0, staticDir: empty });
  try {
    const res = await get(d.url, '/');
    assert.equal(res.status, 503);
    assert.match(res.body, /npm run build:web/);
    assert.equal((await get(d.url, '/report')).status, 200);
    await new Promise((r) => setImmediate(r));
    assert.ok(warnings.some((w) => w.includes('npm run build:web')));
  } finally {
    process.off('warning', onWarn);
    await d.close();
    rmSync(empty, { recursive: true, force: true });
  }
});
