/**
 * Tokens and sentences of one text for reuse detection: offsets into `text` (never copies),
 * a hash of each token's normal form, its class (function word, name, number, content word),
 * whether it sits inside quotation marks, and sentence boundaries.
 */
import { isAbbreviation, isFunctionHash } from './words.ts';

export const CONTENT = 0;
export const FUNCTION = 1;
export const NAME = 2;
export const NUMBER = 3;

export interface ReuseTokens {
  text: string;
  /** Token i covers text[start[i], end[i]). */
  start: Uint32Array;
  end: Uint32Array;
  /** Hash of the lower-cased token with apostrophes unified. */
  hash: Uint32Array;
  /** CONTENT, FUNCTION, NAME or NUMBER. */
  cls: Uint8Array;
  /** 1 when the token is inside quotation marks. */
  quoted: Uint8Array;
  /** 1 when the token starts a paragraph (a line break before it). */
  paraStart: Uint8Array;
  /** Sentence s covers tokens [sentStart[s], sentStart[s + 1]); the last entry is the token count. */
  sentStart: Uint32Array;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:['’.,:\-–][\p{L}\p{M}\p{N}]+)*/gu;
const UPPER = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER = /\p{Ll}/u;

export function normalizeToken(raw: string): string {
  const lower = raw.toLowerCase();
  if (lower.indexOf('’') === -1 && lower.indexOf('‘') === -1 && lower.indexOf('–') === -1) return lower;
  return lower.replace(/[’‘]/g, "'").replace(/–/g, '-');
}

/**
 * FNV-1a hash of normalizeToken(raw) without building the string (ASCII fast path); equal to
 * hashString(normalizeToken(raw)) except for context-dependent case mappings (Greek final sigma).
 */
function hashNormal(raw: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < raw.length; i++) {
    let c = raw.charCodeAt(i);
    if (c >= 65 && c <= 90) c += 32;
    else if (c === 0x2019 || c === 0x2018) c = 39;
    else if (c === 0x2013) c = 45;
    else if (c >= 128) {
      const lower = raw[i].toLowerCase();
      for (let k = 0; k < lower.length; k++) {
        h ^= lower.charCodeAt(k);
        h = Math.imul(h, 0x01000193);
      }
      continue;
    }
    h ^= c;
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

function isUpper(raw: string): boolean {
  const c = raw.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(raw);
}

function hasLower(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128 && LOWER.test(raw[i])) return true;
  }
  return false;
}

function hasDigit(raw: string): boolean {
  for (let i = 0; i < raw.length; i++) if (isDigit(raw.charCodeAt(i))) return true;
  return false;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Does the gap between two tokens end a sentence? */
function endsSentence(gap: string, prev: string, next: string): boolean {
  if (gap.indexOf('\n') !== -1) return true;
  if (!/[.!?]/.test(gap) || !/\s/.test(gap)) return false;
  if (!(isUpper(next) || isDigit(next.charCodeAt(0)) || /["“‘]\s*$/.test(gap))) return false;
  if (gap[0] === '.') {
    // "Gen. Burhan", "U.S. officials", "A. Smith": a full stop right after a short form.
    const p = normalizeToken(prev);
    if (isAbbreviation(p) || (p.length === 1 && LETTER.test(p)) || /\p{L}\.\p{L}/u.test(prev)) return false;
  }
  return true;
}

export function tokenize(text: string): ReuseTokens {
  const starts: number[] = [];
  const ends: number[] = [];
  const raws: string[] = [];
  for (const m of text.matchAll(WORD)) {
    const s = m.index ?? 0;
    starts.push(s);
    ends.push(s + m[0].length);
    raws.push(m[0]);
  }
  const n = starts.length;
  const hash = new Uint32Array(n);
  const cls = new Uint8Array(n);
  const quoted = new Uint8Array(n);
  const sentStart: number[] = [];
  const initial = new Uint8Array(n);
  const paraStart = new Uint8Array(n);
  const midCapitals = new Set<number>();
  let open = false; // inside quotation marks (curly or straight); reset at line breaks
  for (let i = 0; i < n; i++) {
    const gapFrom = i === 0 ? 0 : ends[i - 1];
    const gap = text.slice(gapFrom, starts[i]);
    if (i === 0 || gap.indexOf('\n') !== -1) paraStart[i] = 1;
    for (let k = 0; k < gap.length; k++) {
      const c = gap[k];
      if (c === '\n') open = false;
      else if (c === '“') open = true;
      else if (c === '”') open = false;
      else if (c === '"') open = !open;
    }
    if (i === 0 || endsSentence(gap, raws[i - 1], raws[i])) {
      sentStart.push(i);
      initial[i] = 1;
    }
    hash[i] = hashNormal(raws[i]);
    quoted[i] = open ? 1 : 0;
    if (!initial[i] && isUpper(raws[i])) midCapitals.add(hash[i]);
  }
  for (let i = 0; i < n; i++) {
    const raw = raws[i];
    if (hasDigit(raw)) cls[i] = NUMBER;
    else if (isFunctionHash(hash[i])) cls[i] = FUNCTION;
    else if (isUpper(raw) && (!initial[i] || midCapitals.has(hash[i]) || !hasLower(raw))) cls[i] = NAME;
    else cls[i] = CONTENT;
  }
  sentStart.push(n);
  return {
    text,
    start: Uint32Array.from(starts),
    end: Uint32Array.from(ends),
    hash,
    cls,
    quoted,
    paraStart,
    sentStart: Uint32Array.from(sentStart),
  };
}

export function sentenceCount(t: ReuseTokens): number {
  return t.sentStart.length - 1;
}

/** Characters of token text (no spaces or punctuation) in tokens [from, to). */
export function tokenChars(t: ReuseTokens, from: number, to: number): number {
  let c = 0;
  for (let i = from; i < to; i++) c += t.end[i] - t.start[i];
  return c;
}
