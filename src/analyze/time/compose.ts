/**
 * Turns overlapping candidates into the final expressions: keeps the longest at each place,
 * widens each over its modifiers ("early", "since", "the evening of", "Saturday night",
 * "noon local time"), then joins neighbours ("Saturday, October 10", "overnight Saturday",
 * "late Friday into Saturday", "from May 20 to June 3", "October 10 at noon").
 */
import { RX } from './lexicon.ts';
import type { Cand, Part, Spec } from './spec.ts';

export function isDayLevel(s: Spec): boolean {
  return s.k === 'date' || s.k === 'weekday' || ((s.k === 'rel' || s.k === 'narr') && s.unit === 'day');
}

function isCoarse(s: Spec): boolean {
  return (
    s.k === 'month' ||
    s.k === 'year' ||
    s.k === 'season' ||
    s.k === 'decade' ||
    (s.k === 'rel' && s.unit !== 'day')
  );
}

/** Longest candidate first at each start; no overlaps. */
export function select(cands: Cand[]): Cand[] {
  const order = cands.map((c, i) => ({ c, i }));
  order.sort((x, y) => x.c.start - y.c.start || y.c.end - y.c.start - (x.c.end - x.c.start) || x.i - y.i);
  const out: Cand[] = [];
  let last = -1;
  for (const { c } of order) {
    if (c.start >= last) {
      out.push(c);
      last = c.end;
    }
  }
  return out;
}

const PART_WORD: Record<string, Part> = { end: 'late', beginning: 'early', start: 'early', middle: 'mid' };
const WEEK_OF: Record<string, number> = { first: 1, second: 2, third: 3, fourth: 4, last: -1, final: -1 };
const zoneRe = new RegExp(`^\\s*${RX.zone}`);

/** Widens one expression over the modifiers around it, within [lo, hi). */
function extend(text: string, c0: Cand, lo: number, hi: number): Cand {
  const c: Cand = { ...c0 };
  const pre = (): string => text.slice(Math.max(lo, c.start - 60), c.start);
  const take = (m: RegExpExecArray | null): RegExpExecArray | null => {
    if (m) c.start -= m[0].length;
    return m;
  };
  if (c.spec.k === 'clock') {
    const z = zoneRe.exec(text.slice(c.end, hi));
    if (z) c.end += z[0].length;
    return c;
  }
  const dateRange = c.spec.k === 'range' && c.spec.a.k === 'date';
  if (dateRange && !take(/\b(?:the\s+)?(?:early|small|wee|late|first)\s+hours\s+of\s+$/i.exec(pre())))
    take(/\b(?:the\s+)?(?:morning|afternoon|evening|night)\s+of\s+$/i.exec(pre()));
  if (isDayLevel(c.spec)) {
    if (
      !take(
        /\b(?:the\s+)?(?:early|small|wee|late|first|pre-?dawn|morning|night)\s+hours\s+of\s+$/i.exec(pre()),
      )
    )
      take(/\b(?:the\s+)?(?:morning|afternoon|evening|night|eve|dawn|dusk)\s+of\s+$/i.exec(pre()));
    take(/\b(?:early|late)(?:\s+on)?\s+$/i.exec(pre()));
    if (c.spec.k === 'date' && take(/\b(?:the\s+)?week\s+of\s+$/i.exec(pre()))) c.weekAround = true;
    const post = text.slice(c.end, hi);
    const dp = /^\s+(?:morning|afternoon|evening|night|overnight)\b/i.exec(post);
    if (dp) c.end += dp[0].length;
    const into =
      /^\s+and\s+into\s+the\s+(?:next\s+|following\s+)?(?:morning|day|night|early\s+hours|afternoon)\b/i.exec(
        text.slice(c.end, hi),
      );
    if (into) {
      c.end += into[0].length;
      c.night = true;
    }
  }
  if (isCoarse(c.spec)) {
    if (!c.part) {
      const p = take(/\b(early|late|mid)(?:\s*-\s*|\s+)$/i.exec(pre()));
      if (p) c.part = p[1].toLowerCase() as Part;
    }
    const e = take(/\b(?:the\s+)?(end|beginning|start|middle)\s+of\s+$/i.exec(pre()));
    if (e) c.part = PART_WORD[e[1].toLowerCase()];
    const h = e ? null : take(/\b(?:the\s+)?(first|second|latter)\s+half\s+of\s+$/i.exec(pre()));
    if (h) c.half = /^f/i.test(h[1]) ? 1 : 2;
    if (c.spec.k === 'month' && !e && !h) {
      const w = take(
        /\b(?:the\s+)?(first|second|third|fourth|last|final)\s+(?:week|weeks|days|fortnight)\s+of\s+$/i.exec(
          pre(),
        ),
      );
      if (w) c.weekOf = WEEK_OF[w[1].toLowerCase()];
    }
  }
  if (c.spec.k === 'range') take(/\b(?:from|between)\s+$/i.exec(pre()));
  if (c.spec.k !== 'narr' && c.spec.k !== 'window') {
    if (take(/\b(?:ever\s+)?since\s+$/i.exec(pre()))) c.since = true;
  }
  if (/\b(?:until|till|through|by|before)\s+$/i.test(pre())) c.until = true;
  return c;
}

type Joiner = (a: Cand, gap: string, b: Cand, text: string) => Cand | null;

/** Joins neighbours pairwise while `join` accepts them (chains allowed). */
function mergePairs(text: string, list: Cand[], join: Joiner): Cand[] {
  const out: Cand[] = [];
  for (const c of list) {
    const prev = out[out.length - 1];
    const merged = prev ? join(prev, text.slice(prev.end, c.start), c, text) : null;
    if (merged) out[out.length - 1] = merged;
    else out.push(c);
  }
  return out;
}

const joinWeekdayDate: Joiner = (a, gap, b) =>
  a.spec.k === 'weekday' &&
  a.spec.mod === null &&
  (b.spec.k === 'date' || (b.spec.k === 'range' && b.spec.a.k === 'date')) &&
  /^\s*(?:(?:morning|afternoon|evening|night),?\s+|,?\s+)$/i.test(gap)
    ? { ...b, start: a.start }
    : null;

/** "last week", "this year" standing alone after another expression ("Tuesday | last week"): its offset. */
function bareRel(b: Cand, unit: 'week' | 'year', gap: string): number | null {
  return b.spec.k === 'rel' && b.spec.unit === unit && !b.spec.sub && !b.part && /^\s+(?:of\s+)?$/i.test(gap)
    ? b.spec.n
    : null;
}

/** "Tuesday last week", "Friday of next week": the weekday inside a relative week. */
const joinWeekdayWeek: Joiner = (a, gap, b) => {
  const n = bareRel(b, 'week', gap);
  return a.spec.k === 'weekday' && a.spec.mod === null && n !== null
    ? { ...a, end: b.end, spec: { ...a.spec, week: n } }
    : null;
};

/** "April last year", "March this year": the month of that year. */
const joinMonthYear: Joiner = (a, gap, b) => {
  const n = bareRel(b, 'year', gap);
  return a.spec.k === 'month' && a.spec.y === null && a.spec.mod === null && n !== null
    ? { ...a, end: b.end, spec: { ...a.spec, yearRel: n } }
    : null;
};

const joinParenClock: Joiner = (a, gap, b, text) => {
  if (a.spec.k !== 'clock' || b.spec.k !== 'clock' || !/^\s*\(\s*$/.test(gap)) return null;
  const close = /^\s*\)/.exec(text.slice(b.end, b.end + 5));
  return close ? { ...a, end: b.end + close[0].length } : null;
};

const joinOvernight: Joiner = (a, gap, b) => {
  if (!(a.spec.k === 'rel' && a.nightBefore && a.end - a.start <= 10) || !isDayLevel(b.spec)) return null;
  if (/^\s+(?:on\s+)?$/i.test(gap)) return { ...b, start: a.start, night: true };
  if (/^\s+into\s+$/i.test(gap)) return { ...b, start: a.start, nightBefore: true };
  return null;
};

const joinInto: Joiner = (a, gap, b) =>
  isDayLevel(a.spec) && isDayLevel(b.spec) && !a.into && /^\s+(?:and\s+)?into\s+$/i.test(gap)
    ? { ...a, end: b.end, into: b.spec }
    : null;

const RANGE_KINDS = new Set(['date', 'weekday', 'month', 'year', 'season']);

const joinRange: Joiner = (a, gap, b, text) => {
  const g = /^\s*(-|–|—|to|until|till|through|thru|and|or)\s*$/i.exec(gap);
  if (!g || a.spec.k !== b.spec.k || !RANGE_KINDS.has(a.spec.k) || a.since || b.since) return null;
  const lead = /\b(?:from|between)\s+$/i.exec(text.slice(Math.max(0, a.start - 10), a.start));
  const word = g[1].toLowerCase();
  if ((word === 'and' || word === 'or') && !(lead && /^b/i.test(lead[0]))) return null;
  return {
    start: lead ? a.start - lead[0].length : a.start,
    end: b.end,
    spec: { k: 'range', a: a.spec, b: b.spec, pa: a.part ?? null, pb: b.part ?? null },
    part: null,
    until: a.until,
  };
};

const joinClock: Joiner = (a, gap, b) => {
  if (a.spec.k !== 'clock' && b.spec.k === 'clock' && isDayLevel(a.spec) && !a.time) {
    const ok =
      /^\s*,?\s*(?:at|from|by|around|about|after|before|until|till|(?:starting|beginning)\s+at|(?:shortly|just|soon)\s+(?:after|before))?\s*$/i;
    if (ok.test(gap)) return { ...a, end: b.end, time: b.time, midnight: b.midnight };
  }
  if (a.spec.k === 'clock' && b.spec.k !== 'clock' && isDayLevel(b.spec) && !b.time) {
    if (/^\s*,?\s*(?:on|of)?\s*$/i.test(gap))
      return { ...b, start: a.start, time: a.time, midnight: a.midnight };
  }
  return null;
};

/** From raw candidates to the final, non-overlapping expressions in text order. */
export function compose(text: string, cands: Cand[]): Cand[] {
  let list = mergePairs(
    text,
    mergePairs(text, mergePairs(text, select(cands), joinWeekdayDate), joinWeekdayWeek),
    joinMonthYear,
  );
  list = list.map((c, i) => extend(text, c, i > 0 ? list[i - 1].end : 0, list[i + 1]?.start ?? text.length));
  list = mergePairs(text, list, joinParenClock);
  list = mergePairs(text, list, joinOvernight);
  list = mergePairs(text, list, joinInto);
  list = mergePairs(text, list, joinRange);
  return mergePairs(text, list, joinClock);
}
