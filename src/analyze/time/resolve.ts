/**
 * Resolution of a parsed expression to days, against the publication day and the narrative's
 * last resolved day (the anchor). Rules (documented in README.md of this folder):
 * - past tense (and no tense: the news default) puts a weekday on or before publication, the
 *   future on or after it; "last" is strictly before, "next" strictly after;
 * - a day or month without a year takes the nearest past occurrence, the nearest future one
 *   under a future tense, and with no tense cue a date at most 30 days ahead stays ahead;
 * - week = Monday–Sunday; precision week/month/year spans carry both start and end.
 */
import {
  addMonths,
  type Day,
  dayOf,
  daysInMonth,
  isoWeekday,
  monthEnd,
  monthStart,
  shiftMonth,
  weekStart,
  ymd,
} from './calendar.ts';
import type { Cand, Mod, Part, Spec, Unit } from './spec.ts';
import type { Tense } from './tense.ts';

export type Precision = 'day' | 'week' | 'month' | 'year';

export interface Interval {
  start: Day;
  end: Day | null;
  precision: Precision;
}

export interface Ctx {
  pub: Day | null;
  /** Last resolved day of the narrative (same or previous paragraph), or the given reference. */
  anchor: Day | null;
  /** Last explicit calendar date of the same paragraph: a later bare weekday may follow it. */
  dateAnchor: Day | null;
  tense: Tense;
}

const day = (start: Day): Interval => ({ start, end: null, precision: 'day' });
const span = (start: Day, end: Day, precision: Precision): Interval => ({ start, end, precision });

function weekOfDay(d: Day): Interval {
  const s = weekStart(d);
  return span(s, s + 6, 'week');
}

function monthOf(y: number, m: number): Interval {
  return span(monthStart(y, m), monthEnd(y, m), 'month');
}

function yearOf(y: number): Interval {
  return span(dayOf(y, 1, 1), dayOf(y, 12, 31), 'year');
}

/** Picks the year for a month/day given without one. */
function pickYear(pub: Day, m: number, d: number, tense: Tense, aheadDays: number): number {
  const py = ymd(pub).y;
  const cand = (y: number): Day => dayOf(y, m, Math.min(d, 28 + (m === 2 ? 1 : 3)));
  const thisYear = cand(py);
  // A future verb with a date a few days gone is a deadline just passed, not one a year away;
  // a past verb with a date a few days ahead is a dating slip, not last year.
  if (tense === 'future') return thisYear >= pub - 14 ? py : py + 1;
  if (tense === 'past' && thisYear > pub && thisYear - pub <= 3) return py;
  const nextYear = cand(py + 1);
  if (tense === null) {
    if (thisYear > pub && thisYear - pub <= aheadDays) return py;
    if (nextYear > pub && nextYear - pub <= aheadDays) return py + 1;
  }
  return thisYear <= pub ? py : py - 1;
}

function weekday(pub: Day, wd: number, mod: Mod, ctx: Ctx, week?: number): Day {
  if (week !== undefined) return weekStart(pub) + 7 * week + (wd - 1);
  const pw = isoWeekday(pub);
  if (mod === 'last') return pub - ((pw - wd + 7) % 7 || 7);
  if (mod === 'next') return pub + ((wd - pw + 7) % 7 || 7);
  if (ctx.tense === 'future') return pub + ((wd - pw + 7) % 7);
  const a = ctx.dateAnchor;
  if (mod === null && a !== null && a <= pub - 7) {
    const d = a + ((wd - isoWeekday(a) + 7) % 7);
    if (d <= pub) return d;
  }
  return pub - ((pw - wd + 7) % 7);
}

/** Saturday of the weekend the expression names. */
function weekendSaturday(pub: Day, mod: Mod, tense: Tense): Day {
  const pw = isoWeekday(pub);
  const inWeekend = pw >= 6;
  const current = inWeekend ? pub - (pw - 6) : pub + (6 - pw);
  const previous = current - 7;
  if (mod === 'last') return previous;
  if (mod === 'next') return inWeekend ? current + 7 : current;
  if (tense === 'future') return current;
  return inWeekend ? current : previous;
}

function monthNoYear(pub: Day, m: number, mod: Mod, tense: Tense): Interval {
  const { y: py, m: pm } = ymd(pub);
  let y = py;
  if (mod === 'last') y = m < pm ? py : py - 1;
  else if (mod === 'next') y = m > pm ? py : py + 1;
  else if (mod === 'this') y = py;
  else if (tense === 'future') y = m >= pm ? py : py + 1;
  else if (tense === null && (m === pm + 1 || (pm === 12 && m === 1))) y = m === 1 ? py + 1 : py;
  else y = m <= pm ? py : py - 1;
  return monthOf(y, m);
}

/** Season starting in month `m` of year `y` (winter runs December to February). */
function seasonOf(y: number, m: number): Interval {
  const e = shiftMonth(y, m, 2);
  return span(monthStart(y, m), monthEnd(e.y, e.m), 'month');
}

function season(pub: Day, y: number | null, m: number, mod: Mod, tense: Tense): Interval {
  if (y !== null) return seasonOf(y, m);
  const { y: py } = ymd(pub);
  const starts = [py - 1, py, py + 1].map((yy) => ({ yy, s: monthStart(yy, m) }));
  const current = [...starts].reverse().find((x) => x.s <= pub) ?? starts[0];
  const curEnd = seasonOf(current.yy, m).end ?? pub;
  const inside = pub <= curEnd;
  let yy = current.yy;
  if (mod === 'last') yy = inside ? current.yy - 1 : current.yy;
  else if (mod === 'next') yy = current.yy + 1;
  else if (tense === 'future' && !inside) yy = current.yy + 1;
  return seasonOf(yy, m);
}

function relUnit(pub: Day, unit: Unit, n: number, sub: 'earlier' | 'later' | null): Interval {
  if (unit === 'day') return day(pub + n);
  let iv: Interval;
  if (unit === 'week') iv = weekOfDay(pub + 7 * n);
  else if (unit === 'month') {
    const { y, m } = ymd(pub);
    const t = shiftMonth(y, m, n);
    iv = monthOf(t.y, t.m);
  } else iv = yearOf(ymd(pub).y + n);
  if (sub === 'earlier') iv.end = pub;
  if (sub === 'later') iv.start = pub;
  return iv;
}

function shift(d: Day, unit: Unit | 'hour', n: number): Day {
  if (unit === 'hour') return d + Math.sign(n) * Math.ceil(Math.abs(n) / 24);
  if (unit === 'day') return d + n;
  if (unit === 'week') return d + 7 * n;
  if (unit === 'month') return addMonths(d, n);
  return addMonths(d, 12 * n);
}

const precisionOf = (unit: Unit | 'hour'): Precision => (unit === 'hour' ? 'day' : unit);

function unitAround(d: Day, unit: Unit | 'hour'): Interval {
  if (unit === 'week') return weekOfDay(d);
  if (unit === 'month') return monthOf(ymd(d).y, ymd(d).m);
  if (unit === 'year') return yearOf(ymd(d).y);
  return day(d);
}

function core(spec: Spec, ctx: Ctx): Interval | null {
  const { pub, tense } = ctx;
  switch (spec.k) {
    case 'date': {
      if (spec.y !== null) return day(dayOf(spec.y, spec.m, spec.d));
      if (pub === null) return null;
      let y = pickYear(pub, spec.m, spec.d, tense, 30);
      // "Feb. 29" without a year: the nearest leap year in the direction the tense points.
      while (spec.m === 2 && spec.d === 29 && daysInMonth(y, 2) < 29) y += tense === 'future' ? 1 : -1;
      return day(dayOf(y, spec.m, spec.d));
    }
    case 'month':
      if (spec.y !== null) return monthOf(spec.y, spec.m);
      if (pub !== null && spec.yearRel !== undefined) return monthOf(ymd(pub).y + spec.yearRel, spec.m);
      return pub === null ? null : monthNoYear(pub, spec.m, spec.mod, tense);
    case 'year':
      return yearOf(spec.y);
    case 'decade':
      return span(dayOf(spec.y, 1, 1), dayOf(spec.y + 9, 12, 31), 'year');
    case 'season':
      if (spec.y === null && pub === null) return null;
      return season(pub ?? 0, spec.y, spec.m, spec.mod, tense);
    case 'weekday':
      return pub === null ? null : day(weekday(pub, spec.wd, spec.mod, ctx, spec.week));
    case 'rel':
      return pub === null ? null : relUnit(pub, spec.unit, spec.n, spec.sub);
    case 'weekend': {
      if (pub === null) return null;
      const sat = weekendSaturday(pub, spec.mod, tense);
      return span(sat, sat + 1, 'week');
    }
    case 'window': {
      if (pub === null) return null;
      const other = shift(pub, spec.unit, spec.dir * spec.n);
      return spec.dir < 0
        ? span(other, pub, precisionOf(spec.unit))
        : span(pub, other, precisionOf(spec.unit));
    }
    case 'ahead':
      return pub === null ? null : unitAround(shift(pub, spec.unit, spec.n), spec.unit);
    case 'ago': {
      if (pub === null) return null;
      if (spec.unit === 'hour') return day(pub - Math.floor((spec.n ?? 0) / 24));
      if (spec.n === null) {
        if (spec.unit === 'day') return span(pub - 7, pub - 1, 'week');
        if (spec.unit === 'week') return span(pub - 42, pub - 14, 'month');
        if (spec.unit === 'month') return span(addMonths(pub, -12), addMonths(pub, -2), 'year');
        return span(addMonths(pub, -120), addMonths(pub, -24), 'year');
      }
      // "a week ago", "three months ago": the day that far back, as precise as the unit counted
      // (an approximate day, not the calendar week or month that holds it); years by the year.
      if (spec.unit === 'week' || spec.unit === 'month') {
        const d = shift(pub, spec.unit, -spec.n);
        return span(d, d, spec.unit);
      }
      return unitAround(shift(pub, spec.unit, -spec.n), spec.unit);
    }
    case 'narr': {
      const a = ctx.anchor;
      if (a === null) return null;
      if (spec.n === null) {
        const to = shift(a, spec.unit, 1);
        return span(a + 1, Math.max(a + 1, to), spec.unit === 'day' ? 'week' : precisionOf(spec.unit));
      }
      // "in the previous 24 hours", "over the following 48 hours": the days those hours cover,
      // reaching from the day of the story (not 24 days back).
      if (spec.unit === 'hour') {
        const days = Math.max(1, Math.ceil(Math.abs(spec.n) / 24));
        return spec.n < 0 ? span(a - days, a, 'day') : span(a, a + days, 'day');
      }
      if (spec.unit === 'day') return day(a + spec.n);
      return unitAround(shift(a, spec.unit, spec.n), spec.unit);
    }
    case 'clock': {
      const base = ctx.anchor ?? pub;
      return base === null ? null : day(base);
    }
    case 'range':
      return range(spec.a, spec.b, ctx, spec.pa, spec.pb);
  }
}

function range(a: Spec, b: Spec, ctx: Ctx, pa?: Part | null, pb?: Part | null): Interval | null {
  if (a.k === 'weekday' && b.k === 'weekday' && ctx.pub !== null) {
    if (ctx.tense === 'future') {
      const s = weekday(ctx.pub, a.wd, a.mod, ctx);
      return span(s, s + ((b.wd - a.wd + 7) % 7), 'day');
    }
    const e = weekday(ctx.pub, b.wd, b.mod, { ...ctx, tense: 'past' });
    return span(e - ((b.wd - a.wd + 7) % 7), e, 'day');
  }
  let aa = a;
  let bb = b;
  // A year given on one end applies to the other: "May 20 to June 3, 2023".
  if (aa.k === 'date' && bb.k === 'date') {
    if (aa.y === null && bb.y !== null) aa = { ...aa, y: aa.m > bb.m ? bb.y - 1 : bb.y };
  }
  if (aa.k === 'month' && bb.k === 'month' && aa.y === null && bb.y !== null)
    aa = { ...aa, y: aa.m > bb.m ? bb.y - 1 : bb.y };
  const ia = core(aa, ctx);
  if (!ia) return null;
  if (bb.k === 'date' && bb.y === null) {
    const y = ymd(ia.start).y;
    const e = dayOf(y, bb.m, bb.d);
    bb = { ...bb, y: e < ia.start ? y + 1 : y };
  }
  if (bb.k === 'month' && bb.y === null) {
    const y = ymd(ia.start).y;
    bb = { ...bb, y: bb.m < ymd(ia.start).m ? y + 1 : y };
  }
  let ib = core(bb, ctx);
  if (!ib) return null;
  let ja = ia;
  if (pa) ja = applyPart(ia, pa, aa);
  if (pb) ib = applyPart(ib, pb, bb);
  const precision =
    pa || pb ? (ja.precision === 'year' && ib.precision === 'year' ? 'year' : 'month') : ia.precision;
  return span(ja.start, ib.end ?? ib.start, precision);
}

function applyPart(iv: Interval, part: Part, spec: Spec): Interval {
  const len = (iv.end ?? iv.start) - iv.start + 1;
  if (spec.k === 'month' || (spec.k === 'rel' && spec.unit === 'month')) {
    const { y, m } = ymd(iv.start);
    if (part === 'early') return span(iv.start, dayOf(y, m, 10), 'month');
    if (part === 'mid') return span(dayOf(y, m, 11), dayOf(y, m, 20), 'month');
    return span(dayOf(y, m, 21), monthEnd(y, m), 'month');
  }
  if (spec.k === 'year' || (spec.k === 'rel' && spec.unit === 'year')) {
    const { y } = ymd(iv.start);
    if (part === 'early') return span(dayOf(y, 1, 1), dayOf(y, 4, 30), 'month');
    if (part === 'mid') return span(dayOf(y, 5, 1), dayOf(y, 8, 31), 'month');
    return span(dayOf(y, 9, 1), dayOf(y, 12, 31), 'month');
  }
  if (spec.k === 'decade') {
    const { y } = ymd(iv.start);
    if (part === 'early') return span(dayOf(y, 1, 1), dayOf(y + 3, 12, 31), 'year');
    if (part === 'mid') return span(dayOf(y + 3, 1, 1), dayOf(y + 6, 12, 31), 'year');
    return span(dayOf(y + 7, 1, 1), dayOf(y + 9, 12, 31), 'year');
  }
  if (spec.k === 'rel' && spec.unit === 'week') {
    // Early = Monday–Wednesday, mid = Tuesday–Thursday, late = Thursday–Sunday.
    const mon = weekStart(iv.start);
    if (part === 'early') return span(mon, mon + 2, 'week');
    if (part === 'mid') return span(mon + 1, mon + 3, 'week');
    return span(mon + 3, mon + 6, 'week');
  }
  // Seasons and other spans: first, middle or last third.
  const third = Math.max(1, Math.floor(len / 3));
  if (part === 'early') return { ...iv, end: iv.start + third - 1 };
  if (part === 'mid') return { ...iv, start: iv.start + third, end: iv.start + 2 * third - 1 };
  return { ...iv, start: iv.start + (len - third) };
}

/** Resolves one composed expression. Null when it cannot be placed (no publication date, no anchor). */
export function resolveCand(c: Cand, ctx: Ctx): Interval | null {
  let iv = core(c.spec, ctx);
  if (!iv) return null;
  if (c.part) iv = applyPart(iv, c.part, c.spec);
  if (c.weekOf && c.spec.k === 'month') {
    const last = iv.end ?? iv.start;
    const s = c.weekOf > 0 ? iv.start + 7 * (c.weekOf - 1) : last - 6;
    iv = span(s, Math.min(last, s + 6), 'week');
  }
  if (c.half && iv.end !== null) {
    const { y, m } = ymd(iv.start);
    // Halves of a year are Jan–Jun / Jul–Dec; of a month 1–15 / 16–end; otherwise by day count.
    const mid =
      iv.precision === 'year'
        ? dayOf(y, 7, 1)
        : iv.precision === 'month'
          ? dayOf(y, m, 16)
          : iv.start + Math.floor((iv.end - iv.start + 1) / 2);
    iv = c.half === 1 ? { ...iv, end: mid - 1 } : { ...iv, start: mid };
    if (iv.precision === 'year') iv.precision = 'month';
  }
  if (c.weekAround) iv = weekOfDay(iv.start);
  if (c.midnight && isDayLevelSpec(c.spec)) iv = { ...iv, start: iv.start + 1 };
  if (c.nightBefore) iv = span(iv.start - 1, iv.start, 'day');
  else if (c.night && iv.end === null) iv = span(iv.start, iv.start + 1, 'day');
  if (c.into) {
    const b = core(c.into, { ...ctx, tense: 'future', pub: iv.start, dateAnchor: null });
    if (b && b.start >= iv.start) iv = { ...iv, end: b.start };
  }
  if (c.since) iv = { ...iv, end: ctx.pub !== null && ctx.pub > iv.start ? ctx.pub : null };
  if (iv.end !== null && iv.end === iv.start && iv.precision === 'day') iv = { ...iv, end: null };
  return iv;
}

function isDayLevelSpec(s: Spec): boolean {
  return s.k === 'date' || s.k === 'weekday' || ((s.k === 'rel' || s.k === 'narr') && s.unit === 'day');
}
