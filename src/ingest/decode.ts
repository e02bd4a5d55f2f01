/**
 * Bytes → text: gzip, binary detection, character encodings.
 * Pure functions; every failure is an InputFailure naming the reason.
 */
import { gunzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { InputFailure } from './types.ts';

/** Default limit on the size of one input (raw or decompressed). */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / (1024 * 1024)).toFixed(1).replace(/\.0$/, '')} MB`;
  if (n >= 1024) return `${(n / 1024).toFixed(1).replace(/\.0$/, '')} KB`;
  return `${n} bytes`;
}

/** The message for an input over the size limit: names the limit and how to raise it. */
export function tooLargeMessage(what: string, limit: number): string {
  return `${what} over the ${formatBytes(limit)} limit per input; raise it with the maxBytes option (CLI: --max-bytes)`;
}

export function isGzip(data: Uint8Array): boolean {
  return data.length >= 2 && data[0] === 0x1f && data[1] === 0x8b;
}

/** Decompresses gzip data (all members), bounded by `maxBytes` of output. */
export function gunzip(data: Uint8Array, source: string, maxBytes = DEFAULT_MAX_BYTES): Uint8Array {
  try {
    return new Uint8Array(gunzipSync(data, { maxOutputLength: maxBytes }));
  } catch (err) {
    const code = (err as { code?: string }).code;
    if (code === 'ERR_BUFFER_TOO_LARGE' || err instanceof RangeError) {
      throw new InputFailure(source, tooLargeMessage('gzip data decompresses to', maxBytes));
    }
    if (code === 'Z_BUF_ERROR') {
      throw new InputFailure(
        source,
        'truncated gzip file: the compressed data ends early',
        `byte ${data.length}`,
      );
    }
    const reason = err instanceof Error ? err.message : String(err);
    throw new InputFailure(source, `corrupt gzip data (${reason})`);
  }
}

interface Magic {
  name: string;
  bytes: number[];
  offset?: number;
}

// Signatures of common non-article file types (from the formats' public specifications).
const MAGICS: Magic[] = [
  { name: 'PNG image', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { name: 'JPEG image', bytes: [0xff, 0xd8, 0xff] },
  { name: 'GIF image', bytes: [0x47, 0x49, 0x46, 0x38] },
  { name: 'WebP/RIFF media', bytes: [0x52, 0x49, 0x46, 0x46] },
  { name: 'TIFF image', bytes: [0x49, 0x49, 0x2a, 0x00] },
  { name: 'TIFF image', bytes: [0x4d, 0x4d, 0x00, 0x2a] },
  { name: 'ICO image', bytes: [0x00, 0x00, 0x01, 0x00] },
  {
    name: 'PDF document (PDF is not supported; convert it to text first)',
    bytes: [0x25, 0x50, 0x44, 0x46, 0x2d],
  },
  { name: 'ZIP archive (or an Office/EPUB document)', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { name: 'ZIP archive', bytes: [0x50, 0x4b, 0x05, 0x06] },
  { name: 'ELF executable', bytes: [0x7f, 0x45, 0x4c, 0x46] },
  { name: 'Windows executable', bytes: [0x4d, 0x5a, 0x90, 0x00] },
  { name: 'Mach-O executable', bytes: [0xcf, 0xfa, 0xed, 0xfe] },
  { name: 'Java class file', bytes: [0xca, 0xfe, 0xba, 0xbe] },
  { name: 'WebAssembly module', bytes: [0x00, 0x61, 0x73, 0x6d] },
  { name: 'SQLite database', bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65, 0x20, 0x66] },
  { name: 'bzip2-compressed file (only gzip is supported; decompress it first)', bytes: [0x42, 0x5a, 0x68] },
  {
    name: 'xz-compressed file (only gzip is supported; decompress it first)',
    bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00],
  },
  {
    name: 'zstd-compressed file (only gzip is supported; decompress it first)',
    bytes: [0x28, 0xb5, 0x2f, 0xfd],
  },
  { name: '7-Zip archive', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
  { name: 'RAR archive', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
  { name: 'Ogg media', bytes: [0x4f, 0x67, 0x67, 0x53] },
  { name: 'MP3 audio', bytes: [0x49, 0x44, 0x33] },
  { name: 'MP4/QuickTime media', bytes: [0x66, 0x74, 0x79, 0x70], offset: 4 },
  { name: 'tar archive', bytes: [0x75, 0x73, 0x74, 0x61, 0x72], offset: 257 },
];

function startsWithBytes(data: Uint8Array, bytes: number[], offset = 0): boolean {
  if (data.length < offset + bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (data[offset + i] !== bytes[i]) return false;
  return true;
}

/** The kind of a known binary file type, or null. */
export function binaryKind(data: Uint8Array): string | null {
  for (const m of MAGICS) if (startsWithBytes(data, m.bytes, m.offset)) return m.name;
  return null;
}

/** Share of control characters (other than tab, newline, CR, form feed, ESC) in the first 8 KB. */
function controlShare(data: Uint8Array): number {
  const n = Math.min(data.length, 8192);
  if (n === 0) return 0;
  let bad = 0;
  for (let i = 0; i < n; i++) {
    const b = data[i];
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) bad++;
  }
  return bad / n;
}

/** UTF-16 without a BOM: every other byte zero in mostly-ASCII text. Returns the encoding or null. */
function utf16WithoutBom(data: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(data.length - (data.length % 2), 4096);
  if (n < 8) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (data[i] === 0) evenZero++;
    if (data[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.6 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.6 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

/** Throws "binary file, not an article" for known binary types and for data full of control bytes. */
export function assertNotBinary(data: Uint8Array, source: string): void {
  const kind = binaryKind(data);
  if (kind) throw new InputFailure(source, `binary file, not an article: ${kind}`);
  if (bomEncoding(data) || utf16WithoutBom(data)) return;
  if (controlShare(data) > 0.02) {
    throw new InputFailure(source, 'binary file, not an article: it holds control bytes that text never has');
  }
}

function bomEncoding(data: Uint8Array): { encoding: string; length: number } | null {
  if (startsWithBytes(data, [0xef, 0xbb, 0xbf])) return { encoding: 'utf-8', length: 3 };
  if (startsWithBytes(data, [0xff, 0xfe])) return { encoding: 'utf-16le', length: 2 };
  if (startsWithBytes(data, [0xfe, 0xff])) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Maps a declared charset label to one iconv-lite decodes, following the WHATWG aliases. */
export function normalizeCharset(label: string | null | undefined): string | null {
  if (!label) return null;
  const l = label
    .trim()
    .toLowerCase()
    .replace(/^["']|["']$/g, '');
  if (!l) return null;
  // WHATWG: these labels all mean windows-1252.
  if (
    /^(?:iso[-_]?8859[-_]?1|latin-?1|l1|us-ascii|ascii|ansi_x3\.4-1968|cp819|ibm819|iso-ir-100|x-cp1252)$/.test(
      l,
    )
  ) {
    return 'windows-1252';
  }
  if (l === 'utf8' || l === 'unicode-1-1-utf-8') return 'utf-8';
  if (l === 'utf-16' || l === 'unicode') return 'utf-16le';
  return iconv.encodingExists(l) ? l : null;
}

/** `charset=` of a Content-Type value. */
export function charsetFromContentType(contentType: string | null | undefined): string | null {
  if (!contentType) return null;
  const m = /;\s*charset\s*=\s*["']?([\w.:-]+)/i.exec(contentType);
  return m ? m[1] : null;
}

/**
 * A charset declared inside the document: XML declaration, HTML `<meta charset>`, or
 * `<meta http-equiv="Content-Type" content="…; charset=…">`. Looks at the first 4 KB only.
 */
export function declaredCharset(data: Uint8Array): string | null {
  const head = Buffer.from(data.buffer, data.byteOffset, Math.min(data.length, 4096)).toString('latin1');
  const xml = /^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  if (xml) return xml[1];
  const meta = /<meta\b[^>]*?\bcharset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  if (meta) return meta[1];
  return null;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

function isValidUtf8(data: Uint8Array): boolean {
  try {
    strictUtf8.decode(data);
    return true;
  } catch {
    return false;
  }
}

export interface Decoded {
  text: string;
  /** The encoding used, e.g. `utf-8`, `utf-16le`, `windows-1252`. */
  encoding: string;
}

/**
 * Decodes bytes to text. Order: byte-order mark; BOM-less UTF-16; valid UTF-8 (a declaration of a
 * single-byte charset is often wrong, valid multi-byte UTF-8 is rarely an accident); the charset from
 * the transport (`contentType`) or the document itself; Windows-1252 (the web's Latin-1).
 */
export function decodeBytes(data: Uint8Array, opts: { contentType?: string | null } = {}): Decoded {
  const bom = bomEncoding(data);
  if (bom) {
    return {
      text: iconv.decode(Buffer.from(data.subarray(bom.length)), bom.encoding),
      encoding: bom.encoding,
    };
  }
  const u16 = utf16WithoutBom(data);
  if (u16) return { text: iconv.decode(Buffer.from(data), u16), encoding: u16 };
  const declared =
    normalizeCharset(charsetFromContentType(opts.contentType)) ?? normalizeCharset(declaredCharset(data));
  // 7-bit encodings with escape sequences are valid ASCII but must follow their declaration.
  const sevenBitEscaped = declared !== null && /^(?:iso-2022|utf-7|hz)/.test(declared);
  if (!sevenBitEscaped && isValidUtf8(data)) {
    return {
      text: Buffer.from(data.buffer, data.byteOffset, data.length).toString('utf8'),
      encoding: 'utf-8',
    };
  }
  const encoding = declared && declared !== 'utf-8' ? declared : 'windows-1252';
  return { text: iconv.decode(Buffer.from(data), encoding), encoding };
}
