import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { ingestBuffer, readBuffer } from '../../../src/ingest/index.ts';
import { InputFailure } from '../../../src/ingest/types.ts';
import { article, buildWarc, enc, htmlPage, raw } from './helpers.ts';

const fails = (re: RegExp, source?: string) => (e: unknown) =>
  e instanceof InputFailure && re.test(e.message) && (source === undefined || e.source === source);

test('each format is dispatched to its reader', async () => {
  const text = article('Mogadishu', 'al-Shabaab');
  assert.equal(readBuffer(raw('a.txt', text))[0].format, 'text');
  assert.equal(
    readBuffer(raw('a.txt', `# Blast in Mogadishu\n\nBy [Staff](https://x.example)\n\n${text}`))[0].format,
    'markdown',
  );
  assert.equal(readBuffer(raw('a.md', `---\ntitle: Blast\n---\n\n${text}`))[0].format, 'front-matter');
  assert.equal(readBuffer(raw('a.txt', htmlPage('Blast in Mogadishu', text)))[0].format, 'html');
  assert.equal(readBuffer(raw('a.json', JSON.stringify({ title: 'Blast', text })))[0].format, 'json');
  const jsonl = `${JSON.stringify({ title: 'A', text })}\n${JSON.stringify({ title: 'B', text })}\n`;
  assert.deepEqual(
    readBuffer(raw('a.ndjson', jsonl)).map((d) => d.source),
    ['a.ndjson#1', 'a.ndjson#2'],
  );
  const feed = `<rss version="2.0"><channel><title>T</title><item><title>A</title><description>${text}</description></item></channel></rss>`;
  assert.equal(readBuffer(raw('feed', feed))[0].format, 'rss');
  const warc = await buildWarc([
    { type: 'response', url: 'https://so.example/a', body: htmlPage('Blast', text) },
  ]);
  assert.equal(readBuffer(raw('x.warc', warc))[0].format, 'warc');
  assert.equal(
    readBuffer(raw('x.bin', warc))[0].source,
    'x.bin#1',
    'WARC sniffed by content whatever the name',
  );
});

test('gzip by magic bytes or .gz, for every format', async () => {
  const text = article('Tigray', 'the federal army');
  const gz = (s: string | Uint8Array) => new Uint8Array(gzipSync(s));
  assert.equal(readBuffer(raw('a.txt.gz', gz(text)))[0].format, 'text');
  assert.equal(readBuffer(raw('noext', gz(htmlPage('T', text))))[0].format, 'html');
  assert.equal(
    readBuffer(raw('a.json.gz', gz(JSON.stringify([{ title: 'x', text }]))))[0].source,
    'a.json.gz#1',
  );
  const warc = await buildWarc(
    [{ type: 'response', url: 'https://t.example/a', body: htmlPage('T', text) }],
    true,
  );
  assert.equal(readBuffer(raw('a.warc.gz', warc))[0].format, 'warc');
  const all = gz(text);
  assert.throws(
    () => readBuffer(raw('cut.txt.gz', all.subarray(0, all.length - 30))),
    fails(/truncated gzip/, 'cut.txt.gz'),
  );
  assert.throws(() => readBuffer(raw('empty.gz', gz(''))), fails(/empty file \(after gzip/));
});

test('encodings reach the readers decoded', () => {
  const text = article('Bangui', 'the Séléka coalition’s “command”');
  const w1252 = new Uint8Array(iconv.encode(text, 'windows-1252'));
  assert.ok(readBuffer(raw('fr.txt', w1252))[0].text.includes('the Séléka coalition’s “command”'));
  const u16 = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, 'utf-16le')]));
  assert.ok(readBuffer(raw('fr16.txt', u16))[0].text.includes('Séléka coalition’s'));
  const page = htmlPage('Élection à Bangui', text, '<meta charset="windows-1252">');
  const d = readBuffer(raw('fr.html', new Uint8Array(iconv.encode(page, 'windows-1252'))))[0];
  assert.equal(d.title, 'Élection à Bangui');
  const ct = readBuffer({
    source: 'https://b.example/x',
    data: w1252,
    contentType: 'text/plain; charset=windows-1252',
  } as never)[0];
  assert.ok(ct.text.includes('Séléka'));
  assert.equal(ct.url, 'https://b.example/x', 'a URL source is the document URL when the reader finds none');
});

test('bad input is normal input: each gives a clear error naming the input', () => {
  assert.throws(() => readBuffer(raw('empty.txt', '')), fails(/^empty file$/, 'empty.txt'));
  assert.throws(() => readBuffer(raw('blank.txt', ' \n\t\n')), fails(/empty file/));
  assert.throws(
    () => readBuffer(raw('photo.txt', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 13, 10, 26, 10, 0, 0]))),
    fails(/binary file, not an article: PNG image/, 'photo.txt'),
  );
  assert.throws(
    () => readBuffer(raw('a.zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]))),
    fails(/ZIP archive/),
  );
  assert.throws(
    () => readBuffer(raw('prog', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]))),
    fails(/ELF/),
  );
  assert.throws(
    () => readBuffer(raw('bad.json', '{"title": "x",\n "text": }')),
    (e: unknown) => e instanceof InputFailure && e.at === 'line 2, column 10',
  );
  assert.throws(
    () => readBuffer(raw('bad.xml', '<rss><channel><item></channel></rss>')),
    fails(/malformed XML/),
  );
  assert.throws(
    () => readBuffer(raw('bad.md', '---\ntitle: [unclosed\n  - x: :\n---\nBody text here.')),
    InputFailure,
  );
  assert.throws(
    () => readBuffer(raw('big.txt', 'x'.repeat(2000)), { maxBytes: 1000 }),
    fails(/over the 1000 bytes limit.*maxBytes/),
  );
  assert.throws(() => readBuffer(raw('x.warc', 'not a warc at all')), InputFailure);
});

test('record failures go to onError; when every record fails the first is thrown', () => {
  const errors: InputFailure[] = [];
  const docs = readBuffer(
    raw('x.jsonl', `${JSON.stringify({ title: 'A', text: 'Text from Aleppo.' })}\n{oops\n`),
    {
      onError: (f) => errors.push(f),
    },
  );
  assert.equal(docs.length, 1);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].at, 'line 2, column 2');
  assert.throws(() => readBuffer(raw('y.jsonl', '{oops\n{"a": 1}\n')), fails(/malformed JSON on line 1/));
  const r = ingestBuffer(raw('y.jsonl', '{oops\n{"a": 1}\n'));
  assert.equal(r.documents.length, 0);
  assert.equal(r.errors.length, 2);
});

test('an impossible date gives published null and keeps the document', () => {
  const docs = readBuffer(
    raw('a.json', JSON.stringify({ title: 'x', text: 'Clashes in Tripoli.', date: '2021-13-45' })),
  );
  assert.equal(docs.length, 1);
  assert.equal(docs[0].published, null);
});

test('deeply nested HTML, JSON and XML end in a document or a clear error', () => {
  const depth = 10_000;
  const inputs = [
    raw(
      'deep.html',
      `<html><body>${'<div>'.repeat(depth)}<p>Text at the bottom of Kismayo.</p>${'</div>'.repeat(depth)}</body></html>`,
    ),
    raw('deep.json', `${'['.repeat(depth)}${']'.repeat(depth)}`),
    raw('deep.xml', `<rss><channel>${'<x>'.repeat(depth)}${'</x>'.repeat(depth)}</channel></rss>`),
    raw(
      'deep2.json',
      `{"title": "t", "text": "Aid reached Bentiu.", "extra": ${'['.repeat(depth)}${']'.repeat(depth)}}`,
    ),
  ];
  for (const input of inputs) {
    try {
      const docs = readBuffer(input);
      assert.ok(Array.isArray(docs));
    } catch (e) {
      assert.ok(e instanceof InputFailure, `${input.source}: ${String(e)}`);
      assert.ok(e.source.startsWith(input.source));
    }
  }
});

test('enc helper sanity', () => assert.equal(enc('é').length, 2));
