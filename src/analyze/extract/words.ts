/**
 * A small word tokenizer for the extractors' phrase matching: words with offsets into the
 * document text, lower-cased. Keeps "1,119", "Su-25", "T-72", "twenty-five", "U.S." whole.
 */
import type { Span } from '../types.ts';

export interface Word extends Span {
  /** Lower-cased, curly apostrophes straightened. */
  w: string;
}

const WORD =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[-–][\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*\.?|[^\s\p{L}\p{N}]/gu;

export function words(text: string, span: Span = { start: 0, end: text.length }): Word[] {
  const out: Word[] = [];
  const part = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) {
    let s = m[0];
    // A trailing period belongs to the word only for abbreviations/initials ("U.S.", "Gen.").
    if (s.length > 1 && s.endsWith('.') && !/^(?:\p{L}\.)+$|^(?:[A-Z][a-z]{0,3}\.)$/u.test(s))
      s = s.slice(0, -1);
    const start = span.start + m.index;
    out.push({ start, end: start + s.length, w: s.toLowerCase().replace(/’/g, "'") });
    if (s.length < m[0].length) {
      out.push({ start: start + s.length, end: start + m[0].length, w: '.' });
    }
  }
  return out;
}

/** Does the phrase (space-separated, lower case) match the words starting at index i? Returns its length in words. */
export function matchAt(ws: Word[], i: number, phrase: string[]): number {
  if (i + phrase.length > ws.length) return 0;
  for (let k = 0; k < phrase.length; k++) if (ws[i + k].w !== phrase[k]) return 0;
  return phrase.length;
}

/** Does the phrase end exactly at word index `endExclusive`? Returns its length in words. */
export function matchBefore(ws: Word[], endExclusive: number, phrase: string[]): number {
  const i = endExclusive - phrase.length;
  return i >= 0 && matchAt(ws, i, phrase) ? phrase.length : 0;
}

const splitCache = new Map<string, string[]>();
/** Splits a lexicon phrase the same way `words` splits text. */
export function phraseWords(phrase: string): string[] {
  let p = splitCache.get(phrase);
  if (!p) {
    p = words(phrase).map((w) => w.w);
    splitCache.set(phrase, p);
  }
  return p;
}
