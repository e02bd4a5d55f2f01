import assert from 'node:assert/strict';
import { test } from 'node:test';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import {
  assertNotBinary,
  binaryKind,
  declaredCharset,
  decodeBytes,
  gunzip,
  normalizeCharset,
} from '../../../src/ingest/decode.ts';
import { InputFailure } from '../../../src/ingest/types.ts';

const sentence = 'Residents of Mekelle say the café near the market reopened — “cautiously”, one said.';

test('UTF-8 with and without BOM', () => {
  const plain = new Uint8Array(Buffer.from(sentence, 'utf8'));
  assert.deepEqual(decodeBytes(plain), { text: sentence, encoding: 'utf-8' });
  const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...plain]);
  assert.deepEqual(decodeBytes(bom), { text: sentence, encoding: 'utf-8' });
});

test('UTF-16 LE and BE with BOM, and without BOM', () => {
  const le = new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(sentence, 'utf-16le')]));
  const be = new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(sentence, 'utf-16be')]));
  assert.equal(decodeBytes(le).text, sentence);
  assert.equal(decodeBytes(le).encoding, 'utf-16le');
  assert.equal(decodeBytes(be).text, sentence);
  assert.equal(decodeBytes(be).encoding, 'utf-16be');
  const noBom = new Uint8Array(iconv.encode('Fighting resumed near Bakhmut on Sunday.', 'utf-16le'));
  assert.equal(decodeBytes(noBom).text, 'Fighting resumed near Bakhmut on Sunday.');
  // UTF-16 text is not mistaken for binary because of its zero bytes.
  assert.doesNotThrow(() => assertNotBinary(le, 'a.txt'));
  assert.doesNotThrow(() => assertNotBinary(noBom, 'a.txt'));
});

test('invalid UTF-8 falls back to Windows-1252', () => {
  const text = 'Déclaration du président à Niamey — “fin des combats” €5';
  const bytes = new Uint8Array(iconv.encode(text, 'windows-1252'));
  const d = decodeBytes(bytes);
  assert.equal(d.encoding, 'windows-1252');
  assert.equal(d.text, text);
});

test('declared charsets: meta charset, http-equiv, XML declaration, Content-Type', () => {
  const body = 'Ciudad de México: señal débil';
  const meta = `<html><head><meta charset="iso-8859-1"></head><body>${body}</body></html>`;
  assert.equal(decodeBytes(new Uint8Array(iconv.encode(meta, 'latin1'))).text, meta);
  const cyr = 'Обстрел Харкова продолжился ночью';
  const httpEquiv = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1251"></head><body>${cyr}</body></html>`;
  const d1 = decodeBytes(new Uint8Array(iconv.encode(httpEquiv, 'windows-1251')));
  assert.equal(d1.encoding, 'windows-1251');
  assert.ok(d1.text.includes(cyr));
  const xml = `<?xml version="1.0" encoding="KOI8-R"?><rss><channel><title>${cyr}</title></channel></rss>`;
  const d2 = decodeBytes(new Uint8Array(iconv.encode(xml, 'koi8-r')));
  assert.equal(d2.encoding, 'koi8-r');
  assert.ok(d2.text.includes(cyr));
  const greek = 'Σεισμός στην Αθήνα';
  const d3 = decodeBytes(new Uint8Array(iconv.encode(greek, 'iso-8859-7')), {
    contentType: 'text/plain; charset=ISO-8859-7',
  });
  assert.equal(d3.text, greek);
  assert.equal(declaredCharset(new Uint8Array(Buffer.from('<meta charset=utf-8>'))), 'utf-8');
});

test('a wrong single-byte declaration does not garble valid UTF-8', () => {
  const html = '<html><head><meta charset="iso-8859-1"></head><body>Khartoum — “ceasefire”</body></html>';
  const d = decodeBytes(new Uint8Array(Buffer.from(html, 'utf8')));
  assert.equal(d.encoding, 'utf-8');
  assert.ok(d.text.includes('Khartoum — “ceasefire”'));
});

test('charset labels follow the WHATWG aliases', () => {
  assert.equal(normalizeCharset('ISO-8859-1'), 'windows-1252');
  assert.equal(normalizeCharset('"latin1"'), 'windows-1252');
  assert.equal(normalizeCharset('UTF8'), 'utf-8');
  assert.equal(normalizeCharset('no-such-charset'), null);
});

test('gzip: round trip, truncation and decompression limit', () => {
  const data = Buffer.from('Truce talks resumed in Doha. '.repeat(200));
  const gz = new Uint8Array(gzipSync(data));
  assert.deepEqual(Buffer.from(gunzip(gz, 'a.txt.gz')), data);
  assert.throws(
    () => gunzip(gz.subarray(0, gz.length - 20), 'a.txt.gz'),
    (e: unknown) => e instanceof InputFailure && /truncated gzip/.test(e.message) && e.source === 'a.txt.gz',
  );
  assert.throws(
    () => gunzip(gz, 'a.txt.gz', 1000),
    (e: unknown) =>
      e instanceof InputFailure && /1000 bytes limit/.test(e.message) && /maxBytes/.test(e.message),
  );
});

test('binary files are named as such', () => {
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
  assert.equal(binaryKind(png), 'PNG image');
  assert.throws(() => assertNotBinary(png, 'x.png'), /binary file, not an article: PNG image/);
  const elf = new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]);
  assert.throws(() => assertNotBinary(elf, 'a.out'), /ELF executable/);
  const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
  assert.throws(() => assertNotBinary(zip, 'x.docx'), /ZIP archive/);
  const noise = new Uint8Array(4096).map((_, i) => (i * 7919) % 32);
  assert.throws(() => assertNotBinary(noise, 'noise.bin'), /control bytes/);
  assert.doesNotThrow(() =>
    assertNotBinary(new Uint8Array(Buffer.from('plain words\n\tand a tab\r\n')), 'ok.txt'),
  );
});
