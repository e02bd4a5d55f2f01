/**
 * Input specs → inputs to read, and reading their bytes: files, folders (recursive, hidden files
 * skipped), glob patterns, http(s) URLs and `-` for stdin. I/O lives here; the readers are pure.
 */
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { glob } from 'tinyglobby';
import type { InputError } from '../report/contract.ts';
import { DEFAULT_MAX_BYTES, formatBytes, tooLargeMessage } from './decode.ts';
import { extensionOf } from './sniff.ts';
import { InputFailure } from './types.ts';

export type SourceItem =
  | { kind: 'file'; source: string; path: string; size: number }
  | { kind: 'url'; source: string }
  | { kind: 'stdin'; source: string };

/** What reading a source gives: its bytes and, for URLs, the Content-Type header. */
export interface SourceBytes {
  source: string;
  data: Uint8Array;
  contentType: string | null;
}

/** Name used for standard input in documents and errors. */
export const STDIN_SOURCE = '<stdin>';

// Files that a folder walk or glob passes over: media, archives, binaries, editor leftovers.
// Named explicitly, such a file is still read (and reported as "binary file, not an article").
const SKIPPED_IN_FOLDERS = new Set(
  (
    'png jpg jpeg gif webp bmp tif tiff ico svg heic avif psd mp3 mp4 m4a m4v mov avi mkv webm wav ogg ' +
    'flac woff woff2 ttf otf eot zip tar tgz bz2 xz 7z rar zst exe dll so dylib bin o a class jar wasm ' +
    'pyc db sqlite sqlite3 pdf doc docx xls xlsx ppt pptx odt ods epub swp swo tmp lock ds_store'
  ).split(' '),
);

const GLOB_CHARS = /[*?[\]{}]/;

export function isUrl(spec: string): boolean {
  return /^https?:\/\/\S+$/i.test(spec);
}

function fsMessage(err: unknown): string {
  const code = (err as { code?: string }).code;
  switch (code) {
    case 'ENOENT':
      return 'no such file or directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENAMETOOLONG':
      return 'file name too long';
    case 'EISDIR':
      return 'is a directory';
    default:
      return err instanceof Error ? err.message : String(err);
  }
}

async function walk(
  dir: string,
  shown: string,
  out: SourceItem[],
  errors: InputError[],
  seenDirs: Set<string>,
): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (e) {
    errors.push({ source: shown, message: fsMessage(e), at: null });
    return;
  }
  if (seenDirs.has(real)) return; // symlink cycle
  seenDirs.add(real);
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (e) {
    errors.push({ source: shown, message: `cannot list folder: ${fsMessage(e)}`, at: null });
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const path = join(dir, name);
    const display = join(shown, name);
    let st: Awaited<ReturnType<typeof stat>>;
    try {
      st = await stat(path);
    } catch (e) {
      errors.push({ source: display, message: fsMessage(e), at: null });
      continue;
    }
    if (st.isDirectory()) await walk(path, display, out, errors, seenDirs);
    else if (st.isFile() && !SKIPPED_IN_FOLDERS.has(extensionOf(name))) {
      out.push({ kind: 'file', source: display, path, size: st.size });
    }
  }
}

/**
 * Expands specs into the inputs to read, in the order given (folder and glob contents sorted).
 * A spec that names nothing becomes an error; the same file named twice is read once.
 */
export async function expandSpecs(
  specs: string[],
  cwd: string = process.cwd(),
): Promise<{ items: SourceItem[]; errors: InputError[] }> {
  const items: SourceItem[] = [];
  const errors: InputError[] = [];
  const seenFiles = new Set<string>();
  let stdinSeen = false;
  const addFile = (item: SourceItem & { kind: 'file' }) => {
    const key = resolve(cwd, item.path);
    if (seenFiles.has(key)) return;
    seenFiles.add(key);
    items.push(item);
  };
  for (const spec of specs) {
    if (spec === '-') {
      if (!stdinSeen) items.push({ kind: 'stdin', source: STDIN_SOURCE });
      stdinSeen = true;
      continue;
    }
    if (isUrl(spec)) {
      items.push({ kind: 'url', source: spec });
      continue;
    }
    if (spec.trim() === '') {
      errors.push({ source: spec, message: 'empty input name', at: null });
      continue;
    }
    let path: string;
    try {
      path = /^file:\/\//i.test(spec) ? fileURLToPath(spec) : resolve(cwd, spec);
    } catch (e) {
      errors.push({ source: spec, message: `bad file URL: ${fsMessage(e)}`, at: null });
      continue;
    }
    let st: Awaited<ReturnType<typeof stat>> | null = null;
    let statError: unknown = null;
    try {
      st = await stat(path);
    } catch (e) {
      statError = e;
    }
    if (st?.isDirectory()) {
      const found: SourceItem[] = [];
      await walk(path, spec, found, errors, new Set());
      for (const f of found) if (f.kind === 'file') addFile(f);
      if (found.length === 0)
        errors.push({ source: spec, message: 'folder holds no readable files', at: null });
    } else if (st?.isFile()) {
      addFile({ kind: 'file', source: spec, path, size: st.size });
    } else if (st) {
      errors.push({ source: spec, message: 'not a regular file or folder', at: null });
    } else if (GLOB_CHARS.test(spec)) {
      let matches: string[];
      try {
        matches = (await glob(spec, { cwd, dot: false, onlyFiles: true, absolute: false })).sort();
      } catch (e) {
        errors.push({ source: spec, message: `bad glob pattern: ${fsMessage(e)}`, at: null });
        continue;
      }
      let added = 0;
      for (const m of matches) {
        if (SKIPPED_IN_FOLDERS.has(extensionOf(m))) continue;
        const p = resolve(cwd, m);
        try {
          const s = await stat(p);
          addFile({ kind: 'file', source: m, path: p, size: s.size });
          added++;
        } catch (e) {
          errors.push({ source: m, message: fsMessage(e), at: null });
        }
      }
      if (added === 0) errors.push({ source: spec, message: 'no files match this pattern', at: null });
    } else {
      errors.push({ source: spec, message: fsMessage(statError), at: null });
    }
  }
  return { items, errors };
}

/** Reads a stream to the end, failing as soon as it passes `maxBytes`. */
export async function readStream(
  stream: AsyncIterable<unknown>,
  source: string,
  maxBytes: number,
): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Uint8Array);
    total += bytes.length;
    if (total > maxBytes) throw new InputFailure(source, tooLargeMessage('input is', maxBytes));
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}

function fetchCause(err: unknown): string {
  const cause = (err as { cause?: { code?: string; message?: string } }).cause;
  if ((err as { name?: string }).name === 'TimeoutError') return 'timed out';
  const code = cause?.code ?? (err as { code?: string }).code;
  const known: Record<string, string> = {
    ENOTFOUND: 'host not found (no DNS or no network)',
    EAI_AGAIN: 'host name lookup failed (no DNS or no network)',
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ETIMEDOUT: 'connection timed out',
    ENETUNREACH: 'network unreachable',
    EHOSTUNREACH: 'host unreachable',
    UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  };
  if (code && known[code]) return known[code];
  return cause?.message ?? (err instanceof Error ? err.message : String(err));
}

/** Fetches a URL's bytes (redirects followed, size bounded, time limited). */
export async function fetchUrl(url: string, maxBytes: number, timeoutMs: number): Promise<SourceBytes> {
  let res: Response;
  try {
    res = await fetch(url, {
      redirect: 'follow',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, */*;q=0.5',
      },
    });
  } catch (e) {
    throw new InputFailure(url, `could not fetch the URL: ${fetchCause(e)}`);
  }
  if (!res.ok) {
    await res.body?.cancel().catch(() => undefined);
    throw new InputFailure(url, `could not fetch the URL: HTTP ${res.status} ${res.statusText}`.trim());
  }
  const declared = Number(res.headers.get('content-length') ?? Number.NaN);
  if (Number.isFinite(declared) && declared > maxBytes) {
    await res.body?.cancel().catch(() => undefined);
    throw new InputFailure(url, tooLargeMessage(`response is ${formatBytes(declared)},`, maxBytes));
  }
  let data: Uint8Array;
  try {
    data = res.body ? await readStream(res.body, url, maxBytes) : new Uint8Array(0);
  } catch (e) {
    if (e instanceof InputFailure) {
      await res.body?.cancel().catch(() => undefined);
      throw e;
    }
    throw new InputFailure(url, `could not read the response: ${fetchCause(e)}`);
  }
  return { source: url, data, contentType: res.headers.get('content-type') };
}

export interface ReadSourceOptions {
  maxBytes?: number;
  stdin?: NodeJS.ReadableStream;
  timeoutMs?: number;
}

/** Reads one source's bytes; throws InputFailure with a clear reason. */
export async function readSource(item: SourceItem, opts: ReadSourceOptions = {}): Promise<SourceBytes> {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  switch (item.kind) {
    case 'file': {
      if (item.size > maxBytes) {
        throw new InputFailure(item.source, tooLargeMessage(`file is ${formatBytes(item.size)},`, maxBytes));
      }
      try {
        const data = new Uint8Array(await readFile(item.path));
        // The file may have grown since it was listed.
        if (data.length > maxBytes) {
          throw new InputFailure(
            item.source,
            tooLargeMessage(`file is ${formatBytes(data.length)},`, maxBytes),
          );
        }
        return { source: item.source, data, contentType: null };
      } catch (e) {
        if (e instanceof InputFailure) throw e;
        throw new InputFailure(item.source, fsMessage(e));
      }
    }
    case 'url':
      return fetchUrl(item.source, maxBytes, opts.timeoutMs ?? 30_000);
    case 'stdin': {
      const stream = opts.stdin ?? process.stdin;
      if ((stream as { isTTY?: boolean }).isTTY) {
        throw new InputFailure(
          item.source,
          'standard input is a terminal: pipe a file into it (cat story.html | sitrep …)',
        );
      }
      try {
        const data = await readStream(stream as AsyncIterable<unknown>, item.source, maxBytes);
        return { source: item.source, data, contentType: null };
      } catch (e) {
        if (e instanceof InputFailure) throw e;
        throw new InputFailure(item.source, `could not read standard input: ${fsMessage(e)}`);
      }
    }
  }
}
