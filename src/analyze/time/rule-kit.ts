/** Shared pieces of the time-expression rules: match offsets, checks and spec builders. */
import { validDate } from './calendar.ts';
import { MONTHS, RX, WEEKDAY_TITLE_NEXT, WEEKDAY_TITLE_PREFIXES } from './lexicon.ts';
import type { Cand, Mod, Part, Spec, Unit } from './spec.ts';

export type Match = RegExpExecArray;
export interface Rule {
  /** Cheap test on the whole text: when it fails the rule cannot match and is skipped. */
  gate?: RegExp;
  re: RegExp;
  make: (m: Match, text: string) => Cand | null;
}

export const isCap = (s: string): boolean => /^[A-Z]/.test(s);
export const monthNum = (s: string): number => MONTHS.get(s.toLowerCase()) ?? 0;
/** Start / end offsets of capture group `i` (requires the `d` flag). */
export const gs = (m: Match, i: number): number => m.indices?.[i]?.[0] ?? m.index;
export const ge = (m: Match, i: number): number => m.indices?.[i]?.[1] ?? m.index + m[0].length;
export const mEnd = (m: Match): number => m.index + m[0].length;

export function before(text: string, at: number, n = 40): string {
  return text.slice(Math.max(0, at - n), at);
}

export function unitOf(word: string): Unit | 'hour' {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'hour' || w === 'day' || w === 'week' || w === 'month' || w === 'year') return w;
  if (w === 'decade') return 'year';
  if (w === 'fortnight') return 'week';
  return 'day';
}
/** Multiplier for units that are expressed in another unit ("decades" = 10 years, fortnight = 2 weeks). */
export const unitMult = (word: string): number =>
  /^decade/i.test(word) ? 10 : /^fortnight/i.test(word) ? 2 : 1;

export function modOf(word: string | undefined): Mod {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'previous' || w === 'this past') return 'last';
  if (w === 'next' || w === 'coming' || w === 'this coming') return 'next';
  if (w === 'this') return 'this';
  return null;
}

export function partOf(word: string | undefined): Part | null {
  const w = word?.toLowerCase();
  if (w === 'early' || w === 'earlier') return 'early';
  if (w === 'mid') return 'mid';
  if (w === 'late' || w === 'later') return 'late';
  return null;
}

export const numOk = (text: string, end: number): boolean =>
  !/^(?:[.,]\d|\d|%)/.test(text.slice(end, end + 3));

export const dateSpec = (y: number | null, m: number, d: number): Spec | null =>
  validDate(y ?? 2000, m, d) ? { k: 'date', y, m, d } : null;

export function dayRange(y: number | null, m: number, d: number, d2: number | null): Spec | null {
  const a = dateSpec(y, m, d);
  if (!a) return null;
  if (d2 === null) return a;
  const b = dateSpec(y, m, d2);
  return b && d2 > d ? { k: 'range', a, b } : null;
}

export const yearRangeBefore = new RegExp(
  `\\b(?:between|from)\\s+(?:(?:early|late|mid)[-\\s]+)?${RX.year}\\s+$`,
  'i',
);
export const monthRangeBefore = new RegExp(
  `\\b(?:between|from)\\s+(?:(?:early|late|mid)[-\\s]+)?${RX.month}\\s+$`,
  'i',
);
export const ofBefore = /\b(?:end|beginning|start|middle|month|week|weeks|half|part|days|fortnight)\s+$/i;
export const yearOfBefore =
  /\b(?:summer|winter|spring|autumn|fall|end|beginning|start|middle|half|war|events|crisis|elections?|class|years?|months?)\s+$/i;

export const nextWord = (text: string, end: number): string =>
  (/^\s+([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1] ?? '').toLowerCase();

export function weekdayIsTitle(text: string, start: number, end: number, hasMod: boolean): boolean {
  if (!hasMod) {
    const prev = /([A-Za-z]+)\s+$/.exec(before(text, start, 20))?.[1];
    if (prev && isCap(prev) && WEEKDAY_TITLE_PREFIXES.has(prev.toLowerCase())) return true;
  }
  const after = text.slice(end, end + 30);
  const next = /^\s+([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?/.exec(after);
  if (!next) return false;
  const one = next[1].toLowerCase();
  const two = next[2] ? `${one} ${next[2].toLowerCase()}` : '';
  if (WEEKDAY_TITLE_NEXT.includes(one) || (two && WEEKDAY_TITLE_NEXT.includes(two))) return true;
  // "the Sunday Herald": a determiner, the weekday, then a capitalised non-calendar word.
  const temporal = /^(?:morning|afternoon|evening|night|overnight)$/.test(one) || MONTHS.has(one);
  return !temporal && /\bthe\s+$/i.test(before(text, start, 5));
}

export const mk = (start: number, end: number, spec: Spec | null, extra: Partial<Cand> = {}): Cand | null =>
  spec ? { start, end, spec, ...extra } : null;

export function clockCand(start: number, end: number, h: number, min: number, midnight = false): Cand | null {
  if (h > 23 || min > 59) return null;
  const time = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  return { start, end, spec: { k: 'clock' }, time, midnight };
}

export const clockCue =
  /(?:\b(?:at|from|until|till|by|around|about|after|before|since|approximately|of|as\s+of|shortly|to)\s+|\(\s*)$/i;
export const clockAfterCue = /^\s*(?:GMT|UTC|Z\b|local|hrs|hours|h\b|[ap]\.?m|\)|on\b|[A-Z][a-z]+\s+time)/;

export const R = (src: string): RegExp => new RegExp(src, 'gid');
