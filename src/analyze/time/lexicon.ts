/** Time lexicon (data/time-lexicon.json) and the regular-expression fragments built from it. */
import { readFileSync } from 'node:fs';

interface TimeLexiconFile {
  origin: string;
  months: Record<string, number>;
  weekdays: Record<string, number>;
  numberWords: Record<string, number>;
  vagueNumberWords: string[];
  /** Holidays on one calendar day every year: "Christmas Day" → [12, 25]. */
  fixedHolidays: Record<string, [number, number]>;
  seasons: Record<string, number>;
  futureWords: string[];
  futureIfNextTo: string[];
  pastIrregular: string[];
  notPastEd: string[];
  yearEventNouns: string[];
  countNouns: string[];
  weekdayTitlePrefixes: string[];
  weekdayTitleNext: string[];
  clockZones: string[];
  scheduleVerbs: string[];
  dueToVerbs: string[];
  auxBeforeVerb: string[];
}

const raw = JSON.parse(
  readFileSync(new URL('../../../data/time-lexicon.json', import.meta.url), 'utf8'),
) as TimeLexiconFile;

const alt = (words: Iterable<string>): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');

export const MONTHS = new Map(Object.entries(raw.months));
export const WEEKDAYS = new Map(Object.entries(raw.weekdays));
export const NUMBER_WORDS = new Map(Object.entries(raw.numberWords));
export const VAGUE_NUMBERS = new Set(raw.vagueNumberWords);
export const SEASONS = new Map(Object.entries(raw.seasons));
export const HOLIDAYS = new Map(Object.entries(raw.fixedHolidays));
export const FUTURE_WORDS = new Set(raw.futureWords);
export const FUTURE_IF_NEXT_TO = new Set(raw.futureIfNextTo);
export const PAST_WORDS = new Set(raw.pastIrregular);
export const NOT_PAST_ED = new Set(raw.notPastEd);
export const YEAR_EVENT_NOUNS = new Set(raw.yearEventNouns);
export const COUNT_NOUNS = new Set(raw.countNouns);
export const WEEKDAY_TITLE_PREFIXES = new Set(raw.weekdayTitlePrefixes);
export const WEEKDAY_TITLE_NEXT = raw.weekdayTitleNext;
/** Present-tense verbs that, with a date, announce a schedule ("talks resume on Monday"). */
export const SCHEDULE_VERBS = new Set(raw.scheduleVerbs);
export const DUE_TO_VERBS = new Set(raw.dueToVerbs);
export const AUX_BEFORE_VERB = new Set(raw.auxBeforeVerb);

const ABBREV = `(?:${alt([...MONTHS.keys()].filter((k) => k.length <= 4 && !['may', 'june', 'july'].includes(k)))})`;

/** Regex source fragments (used with the `i` flag; capitalisation is checked in code). */
export const RX = {
  /** Month name; the dot is taken only after an abbreviation ("Oct.", not the full stop of "October."). */
  month: `(${alt(MONTHS.keys())})\\b(?:(?<=${ABBREV})\\.)?`,
  weekday: `(${alt(WEEKDAYS.keys())})\\b`,
  num: `(\\d{1,3}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[-\\s](?:one|two|three|four|five|six|seven|eight|nine)|${alt(NUMBER_WORDS.keys())})`,
  /** A four-digit year not followed by more digits or a date separator ("2023-05-20"). */
  year: `((?:1[6-9]|20)\\d{2})(?![\\d]|[-/.]\\d)`,
  yearRaw: `((?:1[6-9]|20)\\d{2})(?!\\d)`,
  season: `(${alt(SEASONS.keys())})`,
  /** A holiday on a fixed day ("New Year's Day"; either apostrophe). */
  holiday: `(${alt(HOLIDAYS.keys()).replace(/'/g, "['’]")})\\b`,
  yearEvent: `(?:${alt(YEAR_EVENT_NOUNS)})`,
  zone: `(?:local\\s+time|[A-Z][a-z]+\\s+time|${alt(raw.clockZones)})`,
};

/** Value of a number word or digits ("two" → 2, "several" → 3); null when not a number. */
export function numberValue(s: string): number | null {
  const t = s.toLowerCase().replace(/\s+/g, ' ');
  if (/^\d+$/.test(t)) return Number(t);
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(t);
  if (compound && !NUMBER_WORDS.has(t)) {
    const tens = NUMBER_WORDS.get(compound[1]);
    const units = NUMBER_WORDS.get(compound[2]);
    return tens && units && tens >= 20 && units < 10 ? tens + units : null;
  }
  return NUMBER_WORDS.get(t) ?? null;
}

export function isVagueNumber(s: string): boolean {
  return VAGUE_NUMBERS.has(s.toLowerCase().replace(/\s+/g, ' '));
}
