/**
 * The day a story was filed, from its dateline ("JERUSALEM, Aug. 1: …", "KABUL, July 7 (AFP) —"):
 * the day "today", "yesterday" and the weekdays of its text count from, when it falls shortly
 * before the day the page gives. Pure.
 */
import { dayOf, isoDay, parseDay, ymd } from './calendar.ts';
import { MONTHS } from './lexicon.ts';

/** A place of capitalised words, an optional country after a comma, then a month and a day. */
const DATELINE =
  /^\s*\p{Lu}[\p{L}'’.-]*(?:[ -]\p{Lu}[\p{L}'’.-]*){0,3}(?:,\s*\p{Lu}[\p{L}'’.-]*(?:\s\p{Lu}[\p{L}'’.-]*){0,2})?,\s+(\p{L}+)\.?\s+(\d{1,2})\b\s*(?:\([^)]{1,40}\)\s*)?[:—–-]/u;

/** Where a dateline opening `s` ends ("GOMA, Congo, Nov. 20 (Reuters) —"), or null when none does. */
export function datelineEnd(s: string): number | null {
  const m = DATELINE.exec(s.slice(0, 200));
  return m ? m[0].length : null;
}

/** How far into the text a line may open with the dateline. */
const OPENS_WITHIN = 1000;

/** Days before the page's date within which a dateline's day is the day the story was filed. */
const FILED_WITHIN = 3;

/** The dateline's day as YYYY-MM-DD when it precedes `published` by 1–3 days; otherwise null. */
export function datelineDay(text: string, published: string | null): string | null {
  const pub = parseDay(published);
  if (pub === null) return null;
  // (The dateline opens the first paragraph of the body, after any headline, deck and byline lines.)
  let m: RegExpExecArray | null = null;
  for (let at = 0; at >= 0 && at < OPENS_WITHIN && !m; at = text.indexOf('\n', at + 1)) {
    const from = at === 0 ? 0 : at + 1;
    m = DATELINE.exec(text.slice(from, from + 200));
  }
  if (!m) return null;
  const month = MONTHS.get(m[1].toLowerCase());
  const d = Number(m[2]);
  if (month === undefined || d < 1 || d > 31) return null;
  const { y } = ymd(pub);
  // (A dateline of late December on a page of early January is last year's.)
  for (const year of [y, y - 1]) {
    const day = dayOf(year, month, d);
    if (day < pub && pub - day <= FILED_WITHIN) return isoDay(day);
  }
  return null;
}
