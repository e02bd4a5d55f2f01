/**
 * Property tests: whatever the bytes, reading ends, and the only thing thrown is InputFailure.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import fc from 'fast-check';
import { decodeBytes } from '../../../src/ingest/decode.ts';
import { readFeed } from '../../../src/ingest/feed.ts';
import { readBuffer } from '../../../src/ingest/index.ts';
import { readJson, readJsonLines } from '../../../src/ingest/json.ts';
import { locateJsonError } from '../../../src/ingest/jsonerror.ts';
import { sniffFormat } from '../../../src/ingest/sniff.ts';
import { type IngestedDocument, InputFailure } from '../../../src/ingest/types.ts';
import { readWarc } from '../../../src/ingest/warc.ts';
import { article, buildWarc, enc, htmlPage } from './helpers.ts';

/** Runs fn; passes when it returns or throws an InputFailure, fails on anything else thrown. */
function onlyInputFailure(fn: () => unknown): boolean {
  try {
    fn();
    return true;
  } catch (e) {
    if (e instanceof InputFailure) return true;
    throw e;
  }
}

const text = article('Kidal', 'the armed groups');
const valid: { name: string; data: Uint8Array }[] = [
  { name: 'a.txt', data: enc(`date 2024-01-02\n\n${text}`) },
  { name: 'a.md', data: enc(`# Clashes near Kidal\n\nBy [A. Maiga](https://x.example)\n\n${text}`) },
  { name: 'a.md', data: enc(`---\ntitle: Clashes\ndate: 2024-01-02\nauthors: [A, B]\n---\n\n${text}`) },
  {
    name: 'a.html',
    data: enc(htmlPage('Clashes near Kidal', text, '<meta property="og:site_name" content="X">')),
  },
  {
    name: 'a.json',
    data: enc(JSON.stringify([{ title: 'x', text, date: '2024-01-02', author: 'By A and B' }])),
  },
  {
    name: 'a.jsonl',
    data: enc(
      `${JSON.stringify({ title: 'x', content: `<p>${text}</p>` })}\n${JSON.stringify({ headline: 'y', body: text })}\n`,
    ),
  },
  {
    name: 'a.xml',
    data: enc(
      `<?xml version="1.0"?><rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>T</title><item><title>A &amp; B</title><link>https://x.example/a</link><description><![CDATA[<p>${text}</p>]]></description><pubDate>Tue, 02 Jan 2024 10:00:00 GMT</pubDate><dc:creator>C</dc:creator></item></channel></rss>`,
    ),
  },
  {
    name: 'a.atom',
    data: enc(
      `<feed xmlns="http://www.w3.org/2005/Atom"><title>T</title><entry><title>E</title><link href="https://x.example/e"/><content type="html">&lt;p&gt;${text}&lt;/p&gt;</content><updated>2024-01-02T00:00:00Z</updated></entry></feed>`,
    ),
  },
];

const samples = (async () => {
  const warc = await buildWarc([
    { type: 'request', url: 'https://x.example/a', body: '' },
    { type: 'response', url: 'https://x.example/a', body: htmlPage('Clashes', text) },
  ]);
  const all = [...valid, { name: 'a.warc', data: warc }];
  return [...all, ...all.map((s) => ({ name: `${s.name}.gz`, data: new Uint8Array(gzipSync(s.data)) }))];
})();

/** A mutation of a byte string: flips, insertions, deletions, truncation, duplication. */
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('flip' as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ kind: fc.constant('insert' as const), at: fc.nat(), bytes: fc.uint8Array({ maxLength: 16 }) }),
  fc.record({ kind: fc.constant('delete' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 64 }) }),
  fc.record({ kind: fc.constant('truncate' as const), at: fc.nat() }),
  fc.record({ kind: fc.constant('dup' as const), at: fc.nat(), n: fc.integer({ min: 1, max: 200 }) }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(data: Uint8Array, muts: Mutation[]): Uint8Array {
  let d = Buffer.from(data);
  for (const m of muts) {
    const at = d.length === 0 ? 0 : m.at % d.length;
    if (m.kind === 'flip' && d.length > 0) d[at] = m.byte;
    else if (m.kind === 'insert') d = Buffer.concat([d.subarray(0, at), m.bytes, d.subarray(at)]);
    else if (m.kind === 'delete') d = Buffer.concat([d.subarray(0, at), d.subarray(at + m.n)]);
    else if (m.kind === 'truncate') d = d.subarray(0, at);
    else if (m.kind === 'dup') d = Buffer.concat([d.subarray(0, at + m.n), d.subarray(at)]);
  }
  return new Uint8Array(d);
}

test('readBuffer on arbitrary bytes throws only InputFailure', () => {
  fc.assert(
    fc.property(
      fc.uint8Array({ maxLength: 2048 }),
      fc.constantFrom('x', 'a.txt', 'a.json', 'a.xml', 'a.html', 'a.warc', 'a.gz'),
      (data, name) => onlyInputFailure(() => readBuffer({ source: name, data })),
    ),
    { numRuns: 300 },
  );
});

test('readBuffer on arbitrary text with format-like openings throws only InputFailure', () => {
  const opening = fc.constantFrom(
    '',
    '---\n',
    '{',
    '[',
    '<?xml version="1.0"?>',
    '<rss><channel>',
    '<feed>',
    '<html>',
    'WARC/1.0\r\n',
    '# ',
  );
  fc.assert(
    fc.property(
      opening,
      fc.string({ maxLength: 500 }),
      fc.constantFrom('x', 'a.md', 'a.jsonl'),
      (open, body, name) => onlyInputFailure(() => readBuffer({ source: name, data: enc(open + body) })),
    ),
    { numRuns: 300 },
  );
});

test('mutated and truncated valid inputs of every format throw only InputFailure', async () => {
  const all = await samples;
  // Unmutated samples read fine.
  for (const s of all) assert.ok(readBuffer({ source: s.name, data: s.data }).length >= 1, s.name);
  fc.assert(
    fc.property(
      fc.nat({ max: all.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 4 }),
      (i, muts) =>
        onlyInputFailure(() => readBuffer({ source: all[i].name, data: mutate(all[i].data, muts) })),
    ),
    { numRuns: 400 },
  );
});

test('every truncation of a gzip or WARC input throws only InputFailure', async () => {
  const all = (await samples).filter((s) => /warc|gz$/.test(s.name));
  for (const s of all) {
    for (let cut = 0; cut < s.data.length; cut += Math.max(1, Math.floor(s.data.length / 60))) {
      assert.ok(onlyInputFailure(() => readBuffer({ source: s.name, data: s.data.subarray(0, cut) })));
    }
  }
});

test('locateJsonError finds an error exactly when JSON.parse fails', () => {
  const jsonish = fc.oneof(
    fc.json(),
    fc.json().chain((j) =>
      fc
        .tuple(fc.nat(), fc.constantFrom('', ',', '}', ']', '"', ':', ' ', 'x', '\\', '1', '-', '\n'))
        .map(([at, c]) => {
          const k = j.length === 0 ? 0 : at % j.length;
          return j.slice(0, k) + c + j.slice(k + (c === '' ? 1 : 0));
        }),
    ),
    fc.string({ maxLength: 40 }),
  );
  fc.assert(
    fc.property(jsonish, (s) => {
      let parses = true;
      try {
        JSON.parse(s);
      } catch {
        parses = false;
      }
      const err = locateJsonError(s);
      assert.equal(err === null, parses, `${JSON.stringify(s)} → ${JSON.stringify(err)}`);
      if (err) assert.ok(err.offset >= 0 && err.offset <= s.length);
    }),
    { numRuns: 2000 },
  );
});

test('each reader alone throws only InputFailure on arbitrary text', () => {
  fc.assert(
    fc.property(fc.string({ maxLength: 400 }), (s) => {
      onlyInputFailure(() => readJson(s, 'x.json'));
      onlyInputFailure(() => readJsonLines(s, 'x.jsonl'));
      onlyInputFailure(() => readFeed(s, 'x.xml'));
      onlyInputFailure(() => readFeed(`<rss><channel><item>${s}</item></channel></rss>`, 'x.xml'));
      onlyInputFailure(() => readWarc(enc(`WARC/1.0\r\n${s}`), 'x.warc'));
      onlyInputFailure(() =>
        readJson(
          `[{"title": ${JSON.stringify(s)}, "text": ${JSON.stringify(s)}, "date": ${JSON.stringify(s)}}]`,
          'y.json',
        ),
      );
      return true;
    }),
    { numRuns: 300 },
  );
});

test('sniffing and decoding never throw', () => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 1024 }), fc.string({ maxLength: 200 }), (bytes, name) => {
      const { text: t } = decodeBytes(bytes);
      assert.equal(typeof sniffFormat(t, name), 'string');
    }),
    { numRuns: 500 },
  );
});

const KEYS = [
  'title',
  'headline',
  'text',
  'body',
  'content',
  'articleBody',
  'description',
  'summary',
  'url',
  'link',
  'date',
  'published',
  'datePublished',
  'pubDate',
  'author',
  'authors',
  'byline',
  'source',
  'publisher',
  'outlet',
  'language',
  'fields',
  'headline.main',
  '@type',
  'name',
  'items',
  'articles',
];

/** Checks the shape every reader promises, whatever the record held. */
function wellFormed(d: IngestedDocument): void {
  assert.equal(typeof d.source, 'string');
  assert.ok(d.text.trim().length > 0, 'documents have text');
  for (const k of ['title', 'outlet', 'url', 'published', 'language', 'description'] as const) {
    assert.ok(d[k] === null || typeof d[k] === 'string', `${k} is string or null`);
  }
  assert.ok(Array.isArray(d.authors) && d.authors.every((a) => typeof a === 'string' && a.trim() !== ''));
  assert.ok(Array.isArray(d.wire));
  if (d.published !== null) assert.match(d.published, /^\d{4}-\d{2}-\d{2}/);
}

test('JSON records with arbitrary values in article fields give well-formed documents or InputFailure', () => {
  const value = fc.letrec((tie) => ({
    v: fc.oneof(
      { depthSize: 'small' },
      fc.string({ maxLength: 60 }),
      fc.constantFrom(
        '2024-02-30',
        '2023-07-14T25:61:00Z',
        'yesterday',
        '1700000000',
        '',
        ' ',
        '<p>Text</p>',
        'By A and B',
      ),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('v'), { maxLength: 3 }),
      fc.dictionary(fc.constantFrom(...KEYS), tie('v'), { maxKeys: 4 }),
    ),
  })).v;
  const record = fc.dictionary(fc.constantFrom(...KEYS), value, { maxKeys: 8 });
  fc.assert(
    fc.property(fc.oneof(record, fc.array(record, { maxLength: 4 })), (rec) => {
      try {
        const { documents } = readJson(JSON.stringify(rec), 'r.json');
        documents.forEach(wellFormed);
      } catch (e) {
        if (!(e instanceof InputFailure)) throw e;
      }
    }),
    { numRuns: 500 },
  );
});

test('documents read from mutated inputs are well-formed', async () => {
  const all = await samples;
  fc.assert(
    fc.property(
      fc.nat({ max: all.length - 1 }),
      fc.array(mutation, { minLength: 1, maxLength: 3 }),
      (i, muts) => {
        try {
          readBuffer({ source: all[i].name, data: mutate(all[i].data, muts) }).forEach(wellFormed);
        } catch (e) {
          if (!(e instanceof InputFailure)) throw e;
        }
      },
    ),
    { numRuns: 300 },
  );
});
