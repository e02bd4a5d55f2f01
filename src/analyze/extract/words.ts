/**
 * A small word tokenizer for the extractors' phrase matching: words with offsets into the
 * document text, lower-cased. Keeps "1,119", "Su-25", "T-72", "twenty-five", "U.S.", "U.S.-led" whole.
 */
import { abbreviations } from '../nlp/abbreviations.ts';
import type { Span } from '../types.ts';

/** A word with its period that the abbreviation lexicon holds ("Gen.", "Sept.", "No."). */
function isAbbreviation(s: string): boolean {
  const a = abbreviations();
  const low = s.toLowerCase();
  return a.title.has(low) || a.other.has(low);
}

export interface Word extends Span {
  /** Lower-cased, curly apostrophes straightened. */
  w: string;
}

const WORD =
  /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[-–][\p{L}\p{N}]+)*|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*(?:\.(?:-[\p{L}\p{N}]+)+|\.)?|[^\s\p{L}\p{N}]/gu;

/** Words that open a time phrase: "on Monday", "early Tuesday", "late on Sunday", "last week". */
export const TIME_LEADS = /^(?:on|late|early|last|this)$/;

/** A weekday's name, for patterns built on it: "Tuesday", "sunday". */
export const WEEKDAY_NAME = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';

/** The words of the spans of the document last read: extractors ask for one sentence many times. */
let cachedText: string | null = null;
const cached = new Map<string, readonly Word[]>();

/** The words of a span (read-only: the array is shared between callers). */
export function words(text: string, span: Span = { start: 0, end: text.length }): Word[] {
  if (text !== cachedText) {
    cachedText = text;
    cached.clear();
  }
  const key = `${span.start}:${span.end}`;
  const hit = cached.get(key);
  if (hit) return hit as Word[];
  const out = readWords(text, span);
  cached.set(key, out);
  return out;
}

function readWords(text: string, span: Span): Word[] {
  const out: Word[] = [];
  const part = text.slice(span.start, span.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) {
    let s = m[0];
    // A trailing period belongs to the word only for abbreviations/initials ("U.S.", "Gen.").
    // ("Kyiv.", "Gaza." at a sentence's end are names and a full stop, not "Gen." or "Sept.")
    if (s.length > 1 && s.endsWith('.') && !/^(?:\p{L}\.)+$/u.test(s) && !isAbbreviation(s))
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

/**
 * Phrases indexed by their first and last word, so matching at a position looks only at the
 * phrases that can start (or end) there — longest match wins.
 */
export class PhraseIndex<T> {
  private readonly byFirst = new Map<string, { words: string[]; value: T }[]>();
  private readonly byLast = new Map<string, { words: string[]; value: T }[]>();

  constructor(entries: Iterable<{ phrase: string; value: T }>) {
    for (const { phrase, value } of entries) {
      const w = phraseWords(phrase);
      if (!w.length) continue;
      const e = { words: w, value };
      for (const [map, key] of [
        [this.byFirst, w[0]],
        [this.byLast, w[w.length - 1]],
      ] as const) {
        const list = map.get(key) ?? [];
        list.push(e);
        list.sort((a, b) => b.words.length - a.words.length);
        map.set(key, list);
      }
    }
  }

  /** Longest phrase starting at word i. */
  at(ws: Word[], i: number): { len: number; value: T } | null {
    const list = i >= 0 && i < ws.length ? this.byFirst.get(ws[i].w) : undefined;
    if (!list) return null;
    for (const e of list) if (matchAt(ws, i, e.words)) return { len: e.words.length, value: e.value };
    return null;
  }

  /** Longest phrase ending just before word index `end`. */
  before(ws: Word[], end: number): { len: number; value: T } | null {
    const list = end > 0 && end <= ws.length ? this.byLast.get(ws[end - 1].w) : undefined;
    if (!list) return null;
    for (const e of list) if (matchBefore(ws, end, e.words)) return { len: e.words.length, value: e.value };
    return null;
  }
}

const listIndexes = new WeakMap<readonly string[], PhraseIndex<true>>();
/** A PhraseIndex over a plain list of phrases, built once per list. */
export function indexOf(phrases: readonly string[]): PhraseIndex<true> {
  let ix = listIndexes.get(phrases);
  if (!ix) {
    ix = new PhraseIndex(phrases.map((phrase) => ({ phrase, value: true as const })));
    listIndexes.set(phrases, ix);
  }
  return ix;
}

/** Where the sentence holding offset `at` starts: after the last full stop, question mark or line break. */
export function sentenceStart(text: string, at: number): number {
  const from = Math.max(0, at - 400);
  // The last boundary before `at`: a sentence end or a paragraph break, whichever is nearer.
  let start = from;
  for (const m of text.slice(from, at).matchAll(/[.!?]["”’]?\s+|\n/g)) start = from + m.index + m[0].length;
  return start;
}
