import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gunzipSync, gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCParser } from 'warcio';
import { InputFailure } from '../../../src/ingest/types.ts';
import { dechunk, readWarc, splitWarc } from '../../../src/ingest/warc.ts';
import { article, buildWarc, enc, htmlPage } from './helpers.ts';

const pageA = htmlPage('Shelling in Kherson', article('Kherson', 'the Russian army'));
const pageB = htmlPage('Strike on Rafah', article('Rafah', 'the Israeli military'));

async function sample(gzip: boolean): Promise<Uint8Array> {
  return buildWarc(
    [
      {
        type: 'warcinfo',
        url: '',
        body: 'software: test\r\n',
        headers: { 'Content-Type': 'application/warc-fields' },
      },
      { type: 'request', url: 'https://news.example/kherson', body: '' },
      { type: 'response', url: 'https://news.example/kherson', date: '2023-11-04T09:00:00Z', body: pageA },
      { type: 'request', url: 'https://news.example/logo.png', body: '' },
      {
        type: 'response',
        url: 'https://news.example/logo.png',
        headers: { 'Content-Type': 'image/png' },
        body: new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
      },
      {
        type: 'response',
        url: 'https://news.example/gone',
        status: 404,
        body: htmlPage('Not found', 'Nothing here.'),
      },
      {
        type: 'response',
        url: 'https://other.example/rafah',
        body: pageB,
        headers: { 'Content-Type': 'text/html; charset=utf-8' },
      },
    ],
    gzip,
  );
}

test('only successful HTML response records become documents, named by record number', async () => {
  for (const gzip of [false, true]) {
    const { documents, failures } = readWarc(await sample(gzip), 'crawl.warc');
    assert.equal(failures.length, 0);
    assert.deepEqual(
      documents.map((d) => d.source),
      ['crawl.warc#3', 'crawl.warc#7'],
      `gzip=${gzip}`,
    );
    const [a, b] = documents;
    assert.equal(a.format, 'warc');
    assert.equal(a.url, 'https://news.example/kherson');
    assert.ok(a.published?.startsWith('2023-11-04'), 'WARC-Date is the fallback publication date');
    assert.ok(a.text.includes('Shelling hit the outskirts of Kherson'));
    assert.ok(!a.text.includes('Privacy'));
    assert.ok(b.text.includes('Rafah'));
  }
});

test('record splitting agrees with the warcio parser', async () => {
  for (const gzip of [false, true]) {
    const bytes = await sample(gzip);
    const theirs: { type: string | null | undefined; uri: string | null | undefined; length: number }[] = [];
    const parser = new WARCParser([bytes]);
    for await (const rec of parser) {
      await rec.skipFully();
      theirs.push({
        type: rec.warcType,
        uri: rec.warcTargetURI ?? null,
        length: Number(rec.warcHeader('Content-Length')),
      });
    }
    const plain = gzip ? new Uint8Array(gunzipSync(bytes)) : bytes;
    const ours = splitWarc(plain, 'x').records.map((r) => ({
      type: r.headers.get('warc-type'),
      uri: r.headers.get('warc-target-uri') ?? null,
      length: r.block.length,
    }));
    assert.deepEqual(ours, theirs);
  }
});

test('chunked transfer encoding, gzip content encoding and a declared charset', async () => {
  const html = htmlPage('Встреча в Киеве', article('Kyiv', 'the ministry'));
  const body = iconv.encode(html, 'windows-1251');
  const gz = gzipSync(body);
  const chunked = Buffer.concat([
    Buffer.from(`${(100).toString(16)}\r\n`),
    gz.subarray(0, 100),
    Buffer.from(`\r\n${(gz.length - 100).toString(16)}\r\n`),
    gz.subarray(100),
    Buffer.from('\r\n0\r\n\r\n'),
  ]);
  const warc = await buildWarc([
    {
      type: 'response',
      url: 'https://kyiv.example/1',
      headers: {
        'Content-Type': 'text/html; charset=windows-1251',
        'Content-Encoding': 'gzip',
        'Transfer-Encoding': 'chunked',
      },
      body: new Uint8Array(chunked),
    },
  ]);
  const { documents } = readWarc(warc, 'k.warc');
  assert.equal(documents.length, 1);
  assert.equal(documents[0].title, 'Встреча в Киеве');
  assert.deepEqual(Buffer.from(dechunk(new Uint8Array(chunked)) ?? []), gz);
  assert.equal(dechunk(enc('zz\r\nabc')), null);
});

test('truncated and broken WARC files', async () => {
  const bytes = await sample(false);
  const cut = bytes.subarray(0, bytes.length - 500);
  const r = readWarc(cut, 'cut.warc');
  assert.equal(r.documents.length, 1, 'records before the cut are kept');
  assert.equal(r.failures.length, 1);
  assert.match(r.failures[0].message, /truncated WARC record/);
  assert.match(r.failures[0].at ?? '', /^record 7, byte \d+$/);
  assert.throws(
    () => readWarc(enc('WARC/1.0\r\nWARC-Type: response\r\n\r\nabc'), 'x.warc'),
    /no valid Content-Length/,
  );
  assert.throws(() => readWarc(enc('WARC/1.0\r\nWARC-Type: response\r\n'), 'x.warc'), /header never ends/);
  const onlyRequests = await buildWarc([{ type: 'request', url: 'https://a.example/', body: '' }]);
  assert.throws(
    () => readWarc(onlyRequests, 'req.warc'),
    (e: unknown) =>
      e instanceof InputFailure &&
      /no HTML response or text conversion records \(1 records read\)/.test(e.message),
  );
  const gz = gzipSync(bytes);
  assert.throws(
    () => readWarc(new Uint8Array(gz.subarray(0, gz.length - 100)), 't.warc.gz'),
    /truncated gzip/,
  );
});

test('text conversion records (WET) and HTML responses without a Content-Type', async () => {
  const text = article('Port Sudan', 'the Rapid Support Forces');
  const wet = await buildWarc([
    {
      type: 'conversion',
      url: 'https://ps.example/1',
      headers: { 'Content-Type': 'text/plain' },
      body: text,
    },
    {
      type: 'conversion',
      url: 'https://ps.example/img',
      headers: { 'Content-Type': 'image/png' },
      body: 'x',
    },
  ]);
  const r = readWarc(wet, 'x.warc.wet');
  assert.equal(r.documents.length, 1);
  assert.equal(r.documents[0].text, text);
  assert.equal(r.documents[0].url, 'https://ps.example/1');
  const untyped = await buildWarc([
    { type: 'response', url: 'https://ps.example/2', headers: {}, body: htmlPage('Port Sudan', text) },
    { type: 'response', url: 'https://ps.example/3', headers: {}, body: '{"json": true}' },
  ]);
  assert.deepEqual(
    readWarc(untyped, 'u.warc').documents.map((d) => d.source),
    ['u.warc#1'],
  );
});
