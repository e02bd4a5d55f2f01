/**
 * One figure per statement of a figure in a document: the same count told again in the same words
 * (a standfirst or summary line repeating the body) is one item with two mentions; told again in
 * other words (the lead, then a quote; the army, then a hospital) it is a statement of its own. Pure.
 */
import { parseDay } from '../time/calendar.ts';
import type { FigureItem } from '../types.ts';

/** Fields that make two statements the same figure. */
function sameCount(a: FigureItem, b: FigureItem): boolean {
  return (
    a.measure === b.measure &&
    a.group === b.group &&
    a.low === b.low &&
    a.high === b.high &&
    a.qualifier === b.qualifier &&
    !!a.vague === !!b.vague &&
    !!a.historical === !!b.historical &&
    sameSource(a.reporter, b.reporter) &&
    (a.side === null || b.side === null || a.side === b.side) &&
    daysApart(a.asOf, b.asOf) <= 2
  );
}

/** The outlet's voice fits anyone; two generic sources ("health officials", "medical authorities") fit each other. */
function sameSource(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b || (a.startsWith('source:') && b.startsWith('source:'));
}

/** Days between two asOf days (0 when either is unknown): "killed on Wednesday night", said on Thursday. */
function daysApart(a: string | null, b: string | null): number {
  const x = parseDay(a);
  const y = parseDay(b);
  return x === null || y === null ? 0 : Math.abs(x - y);
}

/** The words of a mention, folded: what a literal repetition shares. */
function wordsOf(text: string, s: { start: number; end: number }): string {
  return text
    .slice(s.start, s.end)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function mergeFigures(figures: FigureItem[], text: string): FigureItem[] {
  const out: FigureItem[] = [];
  for (const f of figures) {
    // Vague counts ("dozens") say too little to be known for the same figure.
    const same =
      f.vague || f.low === null
        ? undefined
        : out.find((o) => sameCount(o, f) && wordsOf(text, o) === wordsOf(text, f));
    if (!same) {
      out.push({ ...f });
      continue;
    }
    same.more = [...(same.more ?? []), { start: f.start, end: f.end }];
    same.reporter ??= f.reporter;
    same.side ??= f.side;
    same.asOf ??= f.asOf;
    // The earlier day is when the count was first given.
    if (f.asOf && same.asOf && f.asOf < same.asOf) same.asOf = f.asOf;
    same.period ??= f.period;
    same.place ??= f.place;
  }
  return out;
}
