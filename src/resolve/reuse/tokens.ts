/**
 * Tokens and sentences of one text for reuse detection: offsets into `text` (never copies),
 * a hash of each token's normal form, its class (function word, name, number, content word),
 * whether it sits inside quotation marks, and sentence boundaries.
 */
import { hashString } from './hash.ts';
import { isAbbreviation, isFunctionWord } from './words.ts';

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
const DIGIT = /\d/;

export function normalizeToken(raw: string): string {
  return raw.toLowerCase().replace(/[’‘`]/g, "'").replace(/–/g, '-');
}

/** Does the gap between two tokens end a sentence? */
function endsSentence(gap: string, prev: string, next: string): boolean {
  if (gap.includes('\n')) return true;
  if (!/[.!?]/.test(gap) || !/\s/.test(gap)) return false;
  if (!(UPPER.test(next) || DIGIT.test(next[0]) || /["“‘]\s*$/.test(gap))) return false;
  if (gap[0] === '.') {
    // "Gen. Burhan", "U.S. officials", "A. Smith": a full stop right after a short form.
    const p = normalizeToken(prev);
    if (isAbbreviation(p) || (p.length === 1 && LETTER.test(p)) || /\p{L}\.\p{L}/u.test(prev)) return false;
  }
  return true;
}

/** Positions in `text` that lie inside quotation marks (curly or straight), reset at paragraphs. */
function quoteMask(text: string): Uint8Array {
  const inside = new Uint8Array(text.length);
  let open = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n' && text[i + 1] === '\n') open = false;
    if (c === '“') open = true;
    else if (c === '”') open = false;
    else if (c === '"') open = !open;
    inside[i] = open ? 1 : 0;
  }
  return inside;
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
  const mask = quoteMask(text);
  const initial = new Uint8Array(n);
  const paraStart = new Uint8Array(n);
  const midCapitals = new Set<string>();
  for (let i = 0; i < n; i++) {
    const gap = i === 0 ? '\n' : text.slice(ends[i - 1], starts[i]);
    if (gap.includes('\n')) paraStart[i] = 1;
    if (i === 0 || endsSentence(gap, raws[i - 1], raws[i])) {
      sentStart.push(i);
      initial[i] = 1;
    }
    const norm = normalizeToken(raws[i]);
    hash[i] = hashString(norm);
    quoted[i] = mask[starts[i]];
    if (!initial[i] && UPPER.test(raws[i])) midCapitals.add(norm);
  }
  for (let i = 0; i < n; i++) {
    const raw = raws[i];
    const norm = normalizeToken(raw);
    if (DIGIT.test(raw)) cls[i] = NUMBER;
    else if (isFunctionWord(norm)) cls[i] = FUNCTION;
    else if (UPPER.test(raw) && (!initial[i] || midCapitals.has(norm) || !LOWER.test(raw))) cls[i] = NAME;
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
