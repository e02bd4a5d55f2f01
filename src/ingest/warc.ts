/**
 * WARC (ISO 28500, versions 1.0/1.1) reader: every successful HTML `response` record (and HTML
 * `resource` record, and plain-text `conversion` record as in WET files) is a document named `source#n`, n the record's number in the file; its url is
 * WARC-Target-URI and WARC-Date is the fallback publication date. Synchronous so that readBuffer
 * stays pure; the tests check it against the `warcio` package's parser.
 */
import { brotliDecompressSync, gunzipSync, inflateRawSync, inflateSync } from 'node:zlib';
import { assembleDocument } from './assemble.ts';
import { DEFAULT_MAX_BYTES, decodeBytes, gunzip, isGzip } from './decode.ts';
import { collectRecord, type ReadOutcome } from './outcome.ts';
import { skipProlog } from './sniff.ts';
import { InputFailure } from './types.ts';

export interface WarcRecord {
  /** 1-based number of the record in the file. */
  number: number;
  /** Byte offset of the record in the (decompressed) file. */
  offset: number;
  headers: Map<string, string>;
  block: Uint8Array;
}

export interface HttpMessage {
  status: number;
  headers: Map<string, string>;
  body: Uint8Array;
}

const latin1 = new TextDecoder('latin1');

/** Index of the first blank line (CRLFCRLF, or LFLF from lenient writers) at or after `from`. */
function headerEnd(data: Uint8Array, from: number, limit: number): { end: number; next: number } | null {
  const stop = Math.min(data.length, limit);
  for (let i = from; i < stop; i++) {
    if (data[i] !== 0x0a) continue;
    if (data[i + 1] === 0x0a) return { end: i, next: i + 2 };
    if (data[i + 1] === 0x0d && data[i + 2] === 0x0a) return { end: i, next: i + 3 };
  }
  return null;
}

function parseHeaderLines(text: string): Map<string, string> {
  const headers = new Map<string, string>();
  let last: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && last) {
      headers.set(last, `${headers.get(last)} ${line.trim()}`);
      continue;
    }
    const colon = line.indexOf(':');
    if (colon <= 0) continue;
    last = line.slice(0, colon).trim().toLowerCase();
    const value = line.slice(colon + 1).trim();
    headers.set(last, headers.has(last) ? `${headers.get(last)}, ${value}` : value);
  }
  return headers;
}

/**
 * Splits a WARC file into records. A record that cannot be parsed ends the walk with an
 * InputFailure in `failure` (the records before it are kept).
 */
export function splitWarc(
  data: Uint8Array,
  source: string,
): { records: WarcRecord[]; failure: InputFailure | null } {
  const records: WarcRecord[] = [];
  let pos = 0;
  for (;;) {
    while (pos < data.length && (data[pos] === 0x0d || data[pos] === 0x0a)) pos++;
    if (pos >= data.length) return { records, failure: null };
    const number = records.length + 1;
    const at = `record ${number}, byte ${pos}`;
    const sig = latin1.decode(data.subarray(pos, pos + 8));
    if (!/^WARC\/\d/.test(sig)) {
      return {
        records,
        failure: new InputFailure(
          source,
          `expected a WARC record header, found "${sig.replace(/[^\x20-\x7e]/g, '?')}"`,
          at,
        ),
      };
    }
    const he = headerEnd(data, pos, pos + 65536);
    if (!he)
      return {
        records,
        failure: new InputFailure(source, 'WARC record header never ends (truncated file?)', at),
      };
    const headerText = latin1.decode(data.subarray(pos, he.end));
    const headers = parseHeaderLines(headerText.slice(headerText.indexOf('\n') + 1));
    const lengthText = headers.get('content-length');
    const length = lengthText !== undefined && /^\d+$/.test(lengthText) ? Number(lengthText) : Number.NaN;
    if (!Number.isSafeInteger(length)) {
      return { records, failure: new InputFailure(source, 'WARC record has no valid Content-Length', at) };
    }
    if (he.next + length > data.length) {
      return {
        records,
        failure: new InputFailure(
          source,
          `truncated WARC record: Content-Length is ${length} bytes but only ${data.length - he.next} remain`,
          at,
        ),
      };
    }
    records.push({ number, offset: pos, headers, block: data.subarray(he.next, he.next + length) });
    pos = he.next + length;
  }
}

/** Parses an HTTP response message (status line, headers, body) from a WARC block. */
export function parseHttpResponse(block: Uint8Array): HttpMessage | null {
  const status = /^HTTP\/\d(?:\.\d)?\s+(\d{3})/.exec(latin1.decode(block.subarray(0, 32)));
  if (!status) return null;
  const he = headerEnd(block, 0, 1 << 20);
  if (!he) return { status: Number(status[1]), headers: new Map(), body: new Uint8Array(0) };
  const headerText = latin1.decode(block.subarray(0, he.end));
  const headers = parseHeaderLines(headerText.slice(headerText.indexOf('\n') + 1));
  return { status: Number(status[1]), headers, body: block.subarray(he.next) };
}

/** Undoes `Transfer-Encoding: chunked`; returns null when the data is not valid chunked encoding. */
export function dechunk(body: Uint8Array): Uint8Array | null {
  const parts: Uint8Array[] = [];
  let pos = 0;
  for (;;) {
    let eol = pos;
    while (eol < body.length && body[eol] !== 0x0a) eol++;
    if (eol >= body.length) return null;
    const size = Number.parseInt(latin1.decode(body.subarray(pos, eol)).split(';')[0].trim(), 16);
    if (!Number.isFinite(size) || size < 0) return null;
    pos = eol + 1;
    if (size === 0) break;
    if (pos + size > body.length) return null;
    parts.push(body.subarray(pos, pos + size));
    pos += size;
    if (body[pos] === 0x0d) pos++;
    if (body[pos] === 0x0a) pos++;
  }
  return Buffer.concat(parts);
}

function decodeContent(body: Uint8Array, encoding: string | undefined, maxBytes: number): Uint8Array {
  const enc = (encoding ?? '').toLowerCase().trim();
  const opts = { maxOutputLength: maxBytes };
  if (enc === 'gzip' || enc === 'x-gzip' || (enc === '' && isGzip(body)))
    return new Uint8Array(gunzipSync(body, opts));
  if (enc === 'deflate') {
    try {
      return new Uint8Array(inflateSync(body, opts));
    } catch {
      return new Uint8Array(inflateRawSync(body, opts));
    }
  }
  if (enc === 'br') return new Uint8Array(brotliDecompressSync(body, opts));
  return body;
}

const HTML_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\b/i;
const TEXT_TYPE = /^\s*text\/plain\b/i;

/** Bytes that open like an HTML page (for responses that state no Content-Type). */
function looksLikeHtmlBytes(body: Uint8Array): boolean {
  const head = latin1.decode(body.subarray(0, 1024));
  const text = head.slice(skipProlog(head));
  return /^<(?:html|head|body)\b/i.test(text);
}

interface RecordBody {
  bytes: Uint8Array;
  contentType: string;
  html: boolean;
}

/**
 * The article body of a record, or null when the record is not one: a successful HTML `response`,
 * an HTML `resource`, or a plain-text `conversion` (the extracted text of WET files).
 */
function bodyOfRecord(rec: WarcRecord, maxBytes: number): RecordBody | null {
  const type = (rec.headers.get('warc-type') ?? '').toLowerCase();
  const recordType = rec.headers.get('content-type') ?? '';
  if (type === 'resource') {
    return HTML_TYPE.test(recordType) ? { bytes: rec.block, contentType: recordType, html: true } : null;
  }
  if (type === 'conversion') {
    return TEXT_TYPE.test(recordType) ? { bytes: rec.block, contentType: recordType, html: false } : null;
  }
  if (type !== 'response') return null;
  const http = parseHttpResponse(rec.block);
  if (!http || http.status < 200 || http.status >= 300) return null;
  const ct = http.headers.get('content-type') ?? '';
  let body = http.body;
  if ((http.headers.get('transfer-encoding') ?? '').toLowerCase().includes('chunked')) {
    body = dechunk(body) ?? body;
  }
  if (ct !== '' && !HTML_TYPE.test(ct)) return null;
  const bytes = decodeContent(body, http.headers.get('content-encoding'), maxBytes);
  if (ct === '' && !looksLikeHtmlBytes(bytes)) return null;
  return { bytes, contentType: ct, html: true };
}

/** Reads a WARC file (gzip-compressed or not). */
export function readWarc(data: Uint8Array, source: string, maxBytes = DEFAULT_MAX_BYTES): ReadOutcome {
  const bytes = isGzip(data) ? gunzip(data, source, maxBytes) : data;
  const { records, failure } = splitWarc(bytes, source);
  const outcome: ReadOutcome = { documents: [], failures: [] };
  if (records.length === 0) {
    throw failure ?? new InputFailure(source, 'empty WARC file');
  }
  for (const rec of records) {
    const name = `${source}#${rec.number}`;
    collectRecord(outcome, () => {
      let page: RecordBody | null;
      try {
        page = bodyOfRecord(rec, maxBytes);
      } catch (e) {
        throw new InputFailure(
          name,
          `could not decode the HTTP body: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
      if (!page) return null;
      const { text } = decodeBytes(page.bytes, { contentType: page.contentType });
      return assembleDocument(name, 'warc', text, {
        url: rec.headers.get('warc-target-uri')?.replace(/^<|>$/g, '') ?? null,
        publishedFallback: rec.headers.get('warc-date') ?? null,
        wholePage: page.html,
        bodyIsHtml: page.html,
      });
    });
  }
  if (failure) outcome.failures.push(failure);
  if (outcome.documents.length === 0 && outcome.failures.length === 0) {
    throw new InputFailure(
      source,
      `WARC file holds no HTML response or text conversion records (${records.length} records read)`,
    );
  }
  return outcome;
}
