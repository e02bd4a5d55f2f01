/**
 * Pure calendar arithmetic on whole days. A `Day` is the number of days since 1970-01-01 (UTC);
 * no time zones are involved: a publication date is taken as the calendar day it states.
 */
export type Day = number;

const MS_PER_DAY = 86_400_000;

export function dayOf(y: number, m: number, d: number): Day {
  return Math.floor(Date.UTC(y, m - 1, d) / MS_PER_DAY);
}

export function ymd(day: Day): { y: number; m: number; d: number } {
  const dt = new Date(day * MS_PER_DAY);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

const pad = (n: number, w: number): string => String(n).padStart(w, '0');

/** `YYYY-MM-DD` for a day. */
export function isoDay(day: Day): string {
  const { y, m, d } = ymd(day);
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. 1970-01-01 was a Thursday. */
export function isoWeekday(day: Day): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Monday of the ISO week containing `day`. */
export function weekStart(day: Day): Day {
  return day - (isoWeekday(day) - 1);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function validDate(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Year and month `n` months after (negative: before) y-m. */
export function shiftMonth(y: number, m: number, n: number): { y: number; m: number } {
  const idx = y * 12 + (m - 1) + n;
  return { y: Math.floor(idx / 12), m: (idx % 12) + 1 };
}

/** The same day-of-month `n` months away, clamped to the month's length. */
export function addMonths(day: Day, n: number): Day {
  const { y, m, d } = ymd(day);
  const t = shiftMonth(y, m, n);
  return dayOf(t.y, t.m, Math.min(d, daysInMonth(t.y, t.m)));
}

export function monthStart(y: number, m: number): Day {
  return dayOf(y, m, 1);
}

export function monthEnd(y: number, m: number): Day {
  return dayOf(y, m, daysInMonth(y, m));
}

/**
 * Reads the calendar day of a publication stamp: `YYYY-MM-DD` or any ISO timestamp that starts
 * with one (the date part is taken as written, whatever the offset). Null when unreadable.
 */
export function parseDay(stamp: string | null | undefined): Day | null {
  if (!stamp) return null;
  const m = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(stamp);
  if (!m) return null;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  return validDate(y, mo, d) ? dayOf(y, mo, d) : null;
}
