/**
 * Ingest entry points.
 *  - readInputs(specs): files, folders, globs, URLs, stdin → documents + per-input errors.
 *  - readBuffer(input): one input's bytes → documents (pure; throws only InputFailure).
 * Each input is read on its own: a failure is an error for that input and the run goes on.
 */
import type { InputError } from '../report/contract.ts';
import {
  assertNotBinary,
  DEFAULT_MAX_BYTES,
  decodeBytes,
  gunzip,
  isGzip,
  tooLargeMessage,
} from './decode.ts';
import { readFeed } from './feed.ts';
import { readFrontMatter } from './frontmatter.ts';
import { readHtml } from './html/index.ts';
import { readJson, readJsonLines } from './json.ts';
import { readMarkdown } from './markdown.ts';
import { outletFromUrl } from './meta/outlet.ts';
import type { ReadOutcome } from './outcome.ts';
import { formatFromContentType, type InputFormat, looksLikeWarc, sniffFormat } from './sniff.ts';
import { expandSpecs, isUrl, type ReadSourceOptions, readSource } from './sources.ts';
import { readText } from './text.ts';
import { type IngestedDocument, type IngestResult, InputFailure, type RawInput } from './types.ts';
import { readWarc } from './warc.ts';

export { DEFAULT_MAX_BYTES } from './decode.ts';
export { STDIN_SOURCE } from './sources.ts';

/** Raw input with an optional transport Content-Type (HTTP), used for charset and format hints. */
export type RawInputWithType = RawInput & { contentType?: string | null };

export interface ReadBufferOptions {
  /** Limit on the input's size, raw and decompressed. Default 20 MB. */
  maxBytes?: number;
  /** Receives failures of single records (a bad JSONL line, a feed item without text). */
  onError?: (failure: InputFailure) => void;
}

function isInputFailure(e: unknown): e is InputFailure {
  return e instanceof InputFailure || (e instanceof Error && e.name === 'InputFailure' && 'source' in e);
}

/** Turns anything a reader throws into an InputFailure for this source. */
function asFailure(e: unknown, source: string, what: string): InputFailure {
  if (isInputFailure(e)) return e;
  if (e instanceof RangeError && /call stack/i.test(e.message)) {
    return new InputFailure(source, `${what}: the input is nested too deeply to read`);
  }
  const message = e instanceof Error ? e.message : String(e);
  return new InputFailure(source, `${what}: ${message}`);
}

function single(doc: IngestedDocument, source: string): ReadOutcome {
  if (doc.text.trim() === '') throw new InputFailure(source, 'no article text found');
  if (isUrl(source)) {
    if (!doc.url) doc.url = source;
    if (!doc.outlet) doc.outlet = outletFromUrl(source);
  }
  return { documents: [doc], failures: [] };
}

function dispatch(format: InputFormat, text: string, source: string): ReadOutcome {
  switch (format) {
    case 'text':
      return single(readText(text, source), source);
    case 'markdown':
      return single(readMarkdown(text, source), source);
    case 'front-matter':
      return single(readFrontMatter(text, source), source);
    case 'html':
      return single(readHtml(text, source, { url: isUrl(source) ? source : null }), source);
    case 'json':
      return readJson(text, source);
    case 'jsonl':
      return readJsonLines(text, source);
    case 'feed':
      return readFeed(text, source);
    case 'warc':
      throw new InputFailure(source, 'named as a WARC file but does not start with a WARC record');
  }
}

/** Reads one input's bytes into documents and record failures. Throws InputFailure for the whole input. */
export function readBufferOutcome(
  input: RawInputWithType,
  maxBytes: number = DEFAULT_MAX_BYTES,
): ReadOutcome {
  const { source } = input;
  let stage = 'could not read the input';
  try {
    let data = input.data;
    if (data.length === 0) throw new InputFailure(source, 'empty file');
    if (data.length > maxBytes) throw new InputFailure(source, tooLargeMessage('input is', maxBytes));
    if (isGzip(data)) {
      data = gunzip(data, source, maxBytes);
      if (data.length === 0) throw new InputFailure(source, 'empty file (after gzip decompression)');
    }
    if (looksLikeWarc(data)) {
      stage = 'could not read the WARC file';
      return readWarc(data, source, maxBytes);
    }
    assertNotBinary(data, source);
    const { text } = decodeBytes(data, { contentType: input.contentType });
    if (text.trim() === '') throw new InputFailure(source, 'empty file (only white space)');
    const format = sniffFormat(text, source, formatFromContentType(input.contentType));
    stage = `could not read as ${format}`;
    return dispatch(format, text, source);
  } catch (e) {
    throw asFailure(e, source, stage);
  }
}

/**
 * One input's bytes → its documents. Pure: gunzips, decodes, sniffs the format and runs the reader.
 * Throws InputFailure (and nothing else) when the input as a whole cannot be read; failures of
 * single records go to `opts.onError` (when every record fails, the first failure is thrown).
 */
export function readBuffer(input: RawInputWithType, opts: ReadBufferOptions = {}): IngestedDocument[] {
  const outcome = readBufferOutcome(input, opts.maxBytes ?? DEFAULT_MAX_BYTES);
  if (outcome.documents.length === 0 && outcome.failures.length > 0) throw outcome.failures[0];
  for (const f of outcome.failures) opts.onError?.(f);
  return outcome.documents;
}

/** Like readBuffer, but never throws: every failure is in `errors`. */
export function ingestBuffer(input: RawInputWithType, maxBytes: number = DEFAULT_MAX_BYTES): IngestResult {
  try {
    const outcome = readBufferOutcome(input, maxBytes);
    return { documents: outcome.documents, errors: outcome.failures.map((f) => f.toReportError()) };
  } catch (e) {
    return {
      documents: [],
      errors: [asFailure(e, input.source, 'could not read the input').toReportError()],
    };
  }
}

export interface ReadInputsOptions {
  stdin?: NodeJS.ReadableStream;
  maxBytes?: number;
  onProgress?: (done: number, total: number, source: string) => void;
  /** How many inputs are read at once (default 8). */
  concurrency?: number;
  /** Time limit per URL (default 30 s). */
  timeoutMs?: number;
  /** Base folder for relative paths and globs (default process.cwd()). */
  cwd?: string;
}

/**
 * Reads every input named by `specs` (files, folders, glob patterns, http(s) URLs, `-` for stdin).
 * Documents come in the order of the specs; each unreadable input or record is an error.
 */
export async function readInputs(specs: string[], opts: ReadInputsOptions = {}): Promise<IngestResult> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  const { items, errors: specErrors } = await expandSpecs(specs, opts.cwd);
  const results: IngestResult[] = new Array(items.length);
  const readOpts: ReadSourceOptions = { maxBytes, stdin: opts.stdin, timeoutMs: opts.timeoutMs };
  let next = 0;
  let done = 0;
  const worker = async () => {
    for (;;) {
      const i = next++;
      if (i >= items.length) return;
      const item = items[i];
      try {
        const bytes = await readSource(item, readOpts);
        results[i] = ingestBuffer(
          { source: bytes.source, data: bytes.data, contentType: bytes.contentType },
          maxBytes,
        );
      } catch (e) {
        results[i] = {
          documents: [],
          errors: [asFailure(e, item.source, 'could not read the input').toReportError()],
        };
      }
      done++;
      opts.onProgress?.(done, items.length, item.source);
    }
  };
  const n = Math.max(1, Math.min(opts.concurrency ?? 8, items.length));
  await Promise.all(Array.from({ length: n }, worker));
  const documents: IngestedDocument[] = [];
  const errors: InputError[] = [...specErrors];
  for (const r of results) {
    documents.push(...r.documents);
    errors.push(...r.errors);
  }
  return { documents, errors };
}
