/**
 * Publication-date normalisation: turns the many shapes a publication date takes in news
 * metadata and datelines (ISO strings, epoch seconds or milliseconds, "October 12, 2020",
 * "Tuesday 14 March 2023 09:41 GMT", RFC 2822, JS Dates from YAML) into ISO 8601:
 * `YYYY-MM-DD` when only the day is known (or the time has no zone), else a timestamp with offset.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  january: 1,
  feb: 2,
  february: 2,
  mar: 3,
  march: 3,
  apr: 4,
  april: 4,
  may: 5,
  jun: 6,
  june: 6,
  jul: 7,
  july: 7,
  aug: 8,
  august: 8,
  sep: 9,
  sept: 9,
  september: 9,
  oct: 10,
  october: 10,
  nov: 11,
  november: 11,
  dec: 12,
  december: 12,
};

const WEEKDAY = String.raw`(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|nesday|sday|urday)?\.?`;
const MONTH = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** Offsets of common time-zone abbreviations seen in news datelines (standard usage, no DST guessing). */
const ZONES: Record<string, string> = {
  z: '+00:00',
  gmt: '+00:00',
  utc: '+00:00',
  ut: '+00:00',
  wet: '+00:00',
  bst: '+01:00',
  ist: '+05:30',
  cet: '+01:00',
  cest: '+02:00',
  wat: '+01:00',
  eet: '+02:00',
  eest: '+03:00',
  cat: '+02:00',
  sast: '+02:00',
  eat: '+03:00',
  msk: '+03:00',
  ast: '+03:00',
  trt: '+03:00',
  irst: '+03:30',
  gst: '+04:00',
  pkt: '+05:00',
  npt: '+05:45',
  bdt: '+06:00',
  mmt: '+06:30',
  ict: '+07:00',
  wib: '+07:00',
  hkt: '+08:00',
  sgt: '+08:00',
  pht: '+08:00',
  awst: '+08:00',
  jst: '+09:00',
  kst: '+09:00',
  aest: '+10:00',
  aedt: '+11:00',
  nzst: '+12:00',
  nzdt: '+13:00',
  est: '-05:00',
  edt: '-04:00',
  et: '-05:00',
  cst: '-06:00',
  cdt: '-05:00',
  mst: '-07:00',
  mdt: '-06:00',
  pst: '-08:00',
  pdt: '-07:00',
  pt: '-08:00',
  akst: '-09:00',
  hst: '-10:00',
  brt: '-03:00',
  art: '-03:00',
};

interface Parts {
  y: number;
  m: number;
  d: number;
  time: { h: number; mi: number; s: number; frac: string } | null;
  offset: string | null;
}

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;

function pad(n: number, w = 2): string {
  return String(n).padStart(w, '0');
}

function validDay(y: number, m: number, d: number): boolean {
  if (!Number.isInteger(y) || y < MIN_YEAR || y > MAX_YEAR) return false;
  if (!Number.isInteger(m) || m < 1 || m > 12) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return Number.isInteger(d) && d >= 1 && d <= days;
}

function format(p: Parts): string | null {
  if (!validDay(p.y, p.m, p.d)) return null;
  const day = `${p.y}-${pad(p.m)}-${pad(p.d)}`;
  if (!p.time || p.offset === null) return day;
  const { h, mi, s, frac } = p.time;
  if (h > 23 || mi > 59 || s > 60) return null;
  return `${day}T${pad(h)}:${pad(mi)}:${pad(s)}${frac ? `.${frac}` : ''}${p.offset === '+00:00' ? 'Z' : p.offset}`;
}

function fromEpochMs(ms: number): string | null {
  if (!Number.isFinite(ms)) return null;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (Number.isNaN(d.getTime()) || y < MIN_YEAR || y > MAX_YEAR) return null;
  return d.toISOString().replace('.000Z', 'Z');
}

/** Epoch number: seconds below 1e11 (year 5138), milliseconds below 1e14, else microseconds. */
function fromEpoch(n: number): string | null {
  const a = Math.abs(n);
  if (a < 1e11) return fromEpochMs(Math.round(n * 1000));
  if (a < 1e14) return fromEpochMs(Math.round(n));
  return fromEpochMs(Math.round(n / 1000));
}

function normOffset(raw: string): string | null {
  const t = raw.trim().toLowerCase();
  if (t in ZONES) return ZONES[t];
  const m = /^(?:gmt|utc)?\s*([+-])(\d{1,2}):?(\d{2})?$/.exec(t);
  if (!m) return null;
  const h = Number(m[1] === '-' ? m[2] : m[2]);
  const mi = Number(m[3] ?? '0');
  if (h > 14 || mi > 59) return null;
  return `${m[1]}${pad(h)}:${pad(mi)}`;
}

const TIME = String.raw`(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2})(?:\.(\d+))?)?\s*([ap]\.?\s?m\.?)?`;
const ZONE = String.raw`(z|(?:gmt|utc)\s*[+-]\d{1,2}(?::?\d{2})?|[+-]\d{2}:?\d{2}|[a-z]{1,5})`;
/** Optional trailing clock time and zone, e.g. "13:08 GMT", "at 1:08 p.m. EDT", ", 09:15 +0300". */
const TAIL = String.raw`(?:[\s,]+(?:at\s+|[-|–—]\s*)?${TIME}(?:\s*\(?${ZONE}\)?)?)?`;

function clock(
  h?: string,
  mi?: string,
  s?: string,
  frac?: string,
  ampm?: string,
  zone?: string,
): { time: Parts['time']; offset: string | null } | 'bad' {
  if (h === undefined) return { time: null, offset: null };
  let hour = Number(h);
  if (mi === undefined && !ampm) return 'bad';
  if (ampm) {
    if (hour < 1 || hour > 12) return 'bad';
    const pm = ampm.toLowerCase().startsWith('p');
    hour = (hour % 12) + (pm ? 12 : 0);
  }
  const offset = zone ? normOffset(zone) : null;
  if (zone && offset === null) return 'bad';
  return { time: { h: hour, mi: Number(mi ?? '0'), s: Number(s ?? '0'), frac: frac ?? '' }, offset };
}

const LABEL = String.raw`^(?:(?:published|posted|updated|last\s+updated|first\s+published|date|dated|on|at)\s*:?\s*){0,2}`;
const RE_MDY = new RegExp(
  String.raw`${LABEL}(?:${WEEKDAY},?\s+)?(${MONTH})\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})${TAIL}\.?$`,
  'i',
);
const RE_DMY = new RegExp(
  String.raw`${LABEL}(?:${WEEKDAY},?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+(?:of\s+)?(${MONTH}),?\s+(\d{4})${TAIL}\.?$`,
  'i',
);
const RE_ISO = new RegExp(
  String.raw`${LABEL}(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*(z|[+-]\d{2}(?::?\d{2})?|gmt|utc)?)?$`,
  'i',
);
const RE_NUMERIC = new RegExp(String.raw`${LABEL}(\d{1,4})([./])(\d{1,2})\2(\d{2,4})${TAIL}$`, 'i');

const RE_TIME_FIRST = new RegExp(
  String.raw`${LABEL}(\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?\s?m\.?)?(?:\s*(?:[a-z]{1,5}|[+-]\d{2}:?\d{2}))?)\s*(?:,|\||on|-|–|—)?\s+(.+)$`,
  'i',
);

function month(name: string): number {
  return MONTHS[name.toLowerCase().replace(/\.$/, '')] ?? 0;
}

function build(y: number, m: number, d: number, t: ReturnType<typeof clock>): string | null {
  if (t === 'bad') return null;
  return format({ y, m, d, time: t.time, offset: t.offset });
}

/**
 * Parses a string that is, as a whole, a date expression (a dateline or a metadata value).
 * Returns null when the string is anything more or less than a date, or the date is impossible.
 */
export function parseDateString(input: string): string | null {
  const s = input
    .trim()
    .replace(/\s+/g, ' ')
    .replace(/^[([]|[)\]]$/g, '');
  if (s.length === 0 || s.length > 80) return null;
  if (/^[+-]?\d+(\.\d+)?$/.test(s)) return s.replace(/\D/g, '').length >= 9 ? fromEpoch(Number(s)) : null;
  let m = RE_ISO.exec(s);
  if (m) {
    const [, y, mo, d, h, mi, sec, frac, zone] = m;
    if (h === undefined) return format({ y: +y, m: +mo, d: +d, time: null, offset: null });
    const offset = zone ? normOffset(zone) : null;
    if (zone && offset === null) return null;
    return format({
      y: +y,
      m: +mo,
      d: +d,
      time: { h: +h, mi: +mi, s: Number(sec ?? '0'), frac: frac ?? '' },
      offset,
    });
  }
  m = RE_MDY.exec(s);
  if (m) return build(+m[3], month(m[1]), +m[2], clock(m[4], m[5], m[6], m[7], m[8], m[9]));
  m = RE_DMY.exec(s);
  if (m) return build(+m[3], month(m[2]), +m[1], clock(m[4], m[5], m[6], m[7], m[8], m[9]));
  // time first: "10:32 GMT, 12 Oct 2023", "Updated 4:05 p.m. ET March 26, 2024"
  m = RE_TIME_FIRST.exec(s);
  if (m) {
    const rest = parseDateString(m[2]);
    if (rest === null || rest.includes('T')) return null;
    return parseDateString(
      `${rest} ${m[1]}`.replace(/^(\d{4})-(\d{2})-(\d{2})/, (_x, y, mo, d) => `${d}.${mo}.${y}`),
    );
  }
  m = RE_NUMERIC.exec(s);
  if (m) {
    const t = clock(m[5], m[6], m[7], m[8], m[9], m[10]);
    const [a, sep, b, c] = [Number(m[1]), m[2], Number(m[3]), m[4]];
    if (m[1].length === 4) return build(a, b, Number(c), t); // 2020/10/12
    if (c.length !== 4) return null;
    const y = Number(c);
    if (sep === '.') return build(y, b, a, t); // 12.10.2020: day first where dots are used
    if (a > 12 && b <= 12) return build(y, b, a, t);
    if (b > 12 && a <= 12) return build(y, a, b, t);
    return a === b ? build(y, a, b, t) : null; // 10/12/2020 is ambiguous
  }
  return null;
}

/** Normalises a publication date given in any common shape; anything unreadable or impossible → null. */
export function normalizePublished(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    const t = value.getTime();
    if (Number.isNaN(t)) return null;
    const iso = fromEpochMs(t);
    // A YAML date without time comes back as midnight UTC: keep it a day.
    return iso && /T00:00:00Z$/.test(iso) ? iso.slice(0, 10) : iso;
  }
  if (typeof value === 'number') return fromEpoch(value);
  if (typeof value === 'string') return parseDateString(value);
  return null;
}

/** True when `line` is nothing but a date (with optional weekday, time, zone, label). */
export function isDateLine(line: string): boolean {
  return parseDateString(line) !== null;
}
