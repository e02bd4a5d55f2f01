import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { readInputs } from '../../../src/ingest/index.ts';
import { expandSpecs } from '../../../src/ingest/sources.ts';
import { article, htmlPage } from './helpers.ts';

let dir = '';
const json = (title: string, place: string) =>
  JSON.stringify({ title, text: article(place, 'the army'), url: `https://n.example/${place}` });

before(() => {
  dir = mkdtempSync(join(tmpdir(), 'sitrep-sources-'));
  mkdirSync(join(dir, 'in/sub'), { recursive: true });
  mkdirSync(join(dir, 'in/.git'), { recursive: true });
  writeFileSync(join(dir, 'in/b.json'), json('B', 'Marib'));
  writeFileSync(join(dir, 'in/a.json'), json('A', 'Taiz'));
  writeFileSync(join(dir, 'in/sub/c.json.gz'), gzipSync(json('C', 'Aden')));
  writeFileSync(join(dir, 'in/.hidden.json'), json('H', 'Sanaa'));
  writeFileSync(join(dir, 'in/.git/config.json'), json('G', 'Ibb'));
  writeFileSync(join(dir, 'in/photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(join(dir, 'in/empty.json'), '');
  symlinkSync(join(dir, 'in'), join(dir, 'in/sub/loop'));
  writeFileSync(join(dir, 'photo.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  // A 50 MB file without writing 50 MB: a sparse file.
  writeFileSync(join(dir, 'huge.txt'), 'x');
  truncateSync(join(dir, 'huge.txt'), 50 * 1024 * 1024);
});

after(() => rmSync(dir, { recursive: true, force: true }));

test('folders are walked recursively in sorted order, hidden files and media skipped, cycles stopped', async () => {
  const r = await readInputs(['in'], { cwd: dir });
  assert.deepEqual(
    r.documents.map((d) => d.title),
    ['A', 'B', 'C'],
  );
  assert.deepEqual(
    r.documents.map((d) => d.source),
    [join('in', 'a.json'), join('in', 'b.json'), join('in', 'sub', 'c.json.gz')],
  );
  assert.deepEqual(r.errors, [{ source: join('in', 'empty.json'), message: 'empty file', at: null }]);
});

test('globs, missing paths, a file named twice, explicit binary file', async () => {
  const progress: [number, number, string][] = [];
  const r = await readInputs(['in/*.json', 'in/a.json', 'nope.txt', 'in/*.md', 'photo.png'], {
    cwd: dir,
    onProgress: (done, total, source) => progress.push([done, total, source]),
  });
  assert.deepEqual(
    r.documents.map((d) => d.title),
    ['A', 'B'],
  );
  const bySource = new Map(r.errors.map((e) => [e.source, e.message]));
  assert.equal(bySource.get('nope.txt'), 'no such file or directory');
  assert.equal(bySource.get('in/*.md'), 'no files match this pattern');
  assert.match(bySource.get('photo.png') ?? '', /binary file, not an article: PNG image/);
  assert.match(bySource.get('in/empty.json') ?? '', /empty file/);
  assert.equal(progress.length, 4, 'a.json, b.json, empty.json, photo.png: each read once');
  assert.deepEqual(
    progress.map((p) => p[0]),
    [1, 2, 3, 4],
  );
  assert.ok(progress.every((p) => p[1] === 4));
});

test('a 50 MB file is refused at once with the limit and how to raise it; a higher limit reads it', async () => {
  const t = Date.now();
  const r = await readInputs(['huge.txt'], { cwd: dir });
  assert.equal(r.documents.length, 0);
  assert.match(
    r.errors[0].message,
    /file is 50 MB, over the 20 MB limit per input; raise it with the maxBytes option/,
  );
  assert.ok(Date.now() - t < 5000);
  const r2 = await readInputs(['huge.txt'], { cwd: dir, maxBytes: 60 * 1024 * 1024 });
  assert.equal(r2.errors.length, 1);
  assert.match(r2.errors[0].message, /binary file/, 'a file of NUL bytes is binary, but it was read');
});

test('stdin as "-"', async () => {
  const stdin = Readable.from([
    Buffer.from('{"title": "From stdin", '),
    Buffer.from(`"text": "Strikes on Idlib."}`),
  ]);
  const r = await readInputs(['-'], { stdin });
  assert.equal(r.documents.length, 1);
  assert.equal(r.documents[0].title, 'From stdin');
  assert.equal(r.documents[0].source, '<stdin>');
  const tty = Object.assign(Readable.from([]), { isTTY: true });
  const r3 = await readInputs(['-'], { stdin: tty });
  assert.match(r3.errors[0].message, /standard input is a terminal/);
  const big = Readable.from([Buffer.alloc(600), Buffer.alloc(600)]);
  const r2 = await readInputs(['-'], { stdin: big, maxBytes: 1000 });
  assert.match(r2.errors[0].message, /over the 1000 bytes limit/);
});

test('URLs: fetched with their charset; HTTP errors and closed ports are clear errors', async () => {
  const page = htmlPage('Обстріл Харкова', article('Kharkiv', 'the Russian army'));
  const server = createServer((req, res) => {
    if (req.url === '/page') {
      res.writeHead(200, { 'content-type': 'text/html; charset=windows-1251' });
      res.end(iconv.encode(page, 'windows-1251'));
    } else {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not here');
    }
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const port = (server.address() as AddressInfo).port;
  // A port nobody listens on: open a server, note its port, close it.
  const closed = createServer();
  await new Promise<void>((ok) => closed.listen(0, '127.0.0.1', ok));
  const closedPort = (closed.address() as AddressInfo).port;
  await new Promise((ok) => closed.close(ok));
  try {
    const base = `http://127.0.0.1:${port}`;
    const r = await readInputs([`${base}/page`, `${base}/missing`, `http://127.0.0.1:${closedPort}/closed`]);
    assert.equal(r.documents.length, 1);
    assert.equal(r.documents[0].title, 'Обстріл Харкова');
    assert.equal(r.documents[0].source, `${base}/page`);
    assert.equal(r.documents[0].url, `${base}/page`);
    assert.deepEqual(
      r.errors.map((e) => e.message),
      ['could not fetch the URL: HTTP 404 Not Found', 'could not fetch the URL: connection refused'],
    );
  } finally {
    server.close();
  }
});

test('file:// URLs name local files', async () => {
  const r = await readInputs([`file://${join(dir, 'in/a.json')}`]);
  assert.deepEqual(
    r.documents.map((d) => d.title),
    ['A'],
  );
});

test('expandSpecs keeps the order of the specs', async () => {
  const { items, errors } = await expandSpecs(
    ['in/b.json', 'https://x.example/a', '-', 'in/a.json', '-'],
    dir,
  );
  assert.deepEqual(
    items.map((i) => i.kind),
    ['file', 'url', 'stdin', 'file'],
  );
  assert.equal(errors.length, 0);
});
