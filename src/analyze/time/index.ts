/**
 * Time expressions in news text, resolved to absolute dates against the publication date and
 * the narrative's reference time. Pure: text in, offsets and dates out. See README.md here for
 * the resolution rules.
 */
import type { EventDate } from '../../report/contract.ts';
import type { Span, TimeMention } from '../types.ts';
import { isoDay, parseDay } from './calendar.ts';
import { compose } from './compose.ts';
import { advance, contextFor, overnightAfter, startNarrative } from './narrative.ts';
import { candidates } from './patterns.ts';
import { type Interval, resolveCand } from './resolve.ts';
import { tenseAt } from './tense.ts';

export interface FindTimesOptions {
  /** Sentence spans; when they carry a `paragraph` index it delimits the narrative's paragraphs. */
  sentences?: (Span & { paragraph?: number })[];
  /** Narrative reference day (`YYYY-MM-DD…`) that "the next day", "that evening" follow at first. */
  reference?: string | null;
}

/** Cheap gate: text without any of these cannot hold a time expression. */
const CUE =
  /\d|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|day|night|week|month|year|ago|later|earlier|noon|midnight|morning|evening|afternoon|spring|summer|autumn|fall|winter|decade|hours|overnight|tomorrow/i;

/** Maps an offset to a paragraph index. */
function paragraphIndex(text: string, sentences: FindTimesOptions['sentences']): (pos: number) => number {
  if (sentences?.length && sentences.every((s) => typeof s.paragraph === 'number')) {
    return (pos) => {
      let p = sentences[0].paragraph ?? 0;
      for (const s of sentences) {
        if (s.start > pos) break;
        p = s.paragraph ?? p;
      }
      return p;
    };
  }
  const sep = /\n[ \t]*\n/.test(text) ? /\n[ \t]*\n/g : /\n/g;
  const breaks = [...text.matchAll(sep)].map((m) => m.index ?? 0);
  return (pos) => {
    let n = 0;
    while (n < breaks.length && breaks[n] < pos) n++;
    return n;
  };
}

function toEventDate(iv: Interval, time: string | null): EventDate {
  return {
    start: isoDay(iv.start),
    end: iv.end === null ? null : isoDay(iv.end),
    time,
    precision: iv.precision,
  };
}

/**
 * Every time expression in `text`, in order, resolved against `published` (`YYYY-MM-DD` or an ISO
 * timestamp; null: only expressions that carry their own year resolve).
 */
export function findTimes(
  text: string,
  published: string | null,
  opts: FindTimesOptions = {},
): TimeMention[] {
  if (!CUE.test(text)) return [];
  const pub = parseDay(published);
  const paraOf = paragraphIndex(text, opts.sentences);
  const story = startNarrative(parseDay(opts.reference ?? null));
  const out: TimeMention[] = [];
  for (const c of compose(text, candidates(text))) {
    const para = paraOf(c.start);
    let tense = tenseAt(text, c.start, c.end);
    if (tense === null && c.until) tense = 'future';
    if (c.spec.k === 'ahead' && tense !== 'future') continue;
    const resolved = resolveCand(c, contextFor(story, c, para, pub, tense, text));
    if (!resolved) continue;
    const iv = overnightAfter(story, c, para, pub, resolved);
    const m: TimeMention = { start: c.start, end: c.end, date: toEventDate(iv, c.time ?? null) };
    if (pub !== null) {
      const ahead = c.spec.k === 'window' ? c.spec.dir > 0 : tense === 'future' && iv.start >= pub;
      if (iv.start > pub || ahead) m.future = true;
    }
    out.push(m);
    advance(story, c, para, iv);
  }
  return out;
}

/**
 * Resolves one expression as it occurs in `sentence` (first occurrence) against `published`.
 * Null when the expression is not recognised there or cannot be placed.
 */
export function resolveAt(expression: string, sentence: string, published: string): EventDate | null {
  let at = sentence.indexOf(expression);
  if (at < 0) at = sentence.toLowerCase().indexOf(expression.toLowerCase());
  if (at < 0) return null;
  const end = at + expression.length;
  let best: TimeMention | null = null;
  let bestOverlap = 0;
  for (const m of findTimes(sentence, published)) {
    const overlap = Math.min(end, m.end) - Math.max(at, m.start);
    if (overlap > bestOverlap) {
      best = m;
      bestOverlap = overlap;
    }
  }
  return best?.date ?? null;
}
