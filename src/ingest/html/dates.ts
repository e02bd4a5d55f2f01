/**
 * Normalises the date strings found in page metadata to the report's ISO form:
 * `YYYY-MM-DD` when only the day is known (or no offset is given), or a full timestamp with
 * its offset (`2024-03-05T14:07:00+02:00`, `…Z`) when the source gives one.
 */

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function validDay(y: number, m: number, d: number): boolean {
  if (y < 1900 || y > 2100 || m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

function day(y: number, m: number, d: number): string | null {
  return validDay(y, m, d) ? `${y}-${pad(m)}-${pad(d)}` : null;
}

/** Normalises an offset like `+0200`, `+02`, `+02:00`, `Z`, `UTC`, `GMT`. */
function offset(raw: string | undefined): string | null {
  if (!raw) return null;
  const t = raw.trim().toUpperCase();
  if (t === 'Z' || t === 'UTC' || t === 'GMT') return 'Z';
  const m = /^([+-])(\d{2}):?(\d{2})?$/.exec(t);
  if (!m) return null;
  const h = Number(m[2]);
  const mi = Number(m[3] ?? '0');
  if (h > 14 || mi > 59) return null;
  return `${m[1]}${m[2]}:${pad(mi)}`;
}

const ISO =
  /^(\d{4})-?(\d{2})-?(\d{2})(?:[T\s](\d{1,2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|UTC|GMT|[+-]\d{2}(?::?\d{2})?)?)?/i;
const TEXT_DMY = /\b(\d{1,2})(?:st|nd|rd|th)?\.?\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i;
const TEXT_MDY = /\b([a-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/i;
const TZ_AFTER = /(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})\b/i;

/** Returns an ISO date/timestamp, or null when the value is not a recognisable date. */
export function normalizeDate(value: unknown): string | null {
  if (typeof value === 'number' && Number.isFinite(value)) return fromEpoch(value);
  if (typeof value !== 'string') return null;
  const s = value.trim().slice(0, 200);
  if (!s) return null;
  if (/^\d{10}(\d{3})?$/.test(s)) return fromEpoch(Number(s));

  const iso = ISO.exec(s);
  if (iso) {
    const [, ys, ms, ds, hh, mm, ss, frac, tz] = iso;
    const d = day(Number(ys), Number(ms), Number(ds));
    if (!d) return null;
    if (hh === undefined) return d;
    const off = offset(tz);
    if (!off || Number(hh) > 23 || Number(mm) > 59) return d;
    return `${d}T${pad(Number(hh))}:${mm}:${ss ?? '00'}${frac ?? ''}${off}`;
  }

  let y: number | undefined;
  let m: number | undefined;
  let dd: number | undefined;
  const dmy = TEXT_DMY.exec(s);
  const mdy = TEXT_MDY.exec(s);
  if (dmy && MONTHS[dmy[2].slice(0, 3).toLowerCase()] && (!mdy || dmy.index <= mdy.index)) {
    dd = Number(dmy[1]);
    m = MONTHS[dmy[2].slice(0, 3).toLowerCase()];
    y = Number(dmy[3]);
  } else if (mdy && MONTHS[mdy[1].slice(0, 3).toLowerCase()]) {
    m = MONTHS[mdy[1].slice(0, 3).toLowerCase()];
    dd = Number(mdy[2]);
    y = Number(mdy[3]);
  }
  if (y !== undefined && m !== undefined && dd !== undefined) {
    const d = day(y, m, dd);
    if (!d) return null;
    const t = TZ_AFTER.exec(s);
    const off = t ? offset(t[4]) : null;
    if (t && off && Number(t[1]) <= 23) {
      // RFC 2822-style "Tue, 05 Mar 2024 14:07:00 +0200": keep the wall time with its offset.
      return `${d}T${pad(Number(t[1]))}:${t[2]}:${t[3] ?? '00'}${off}`;
    }
    return d;
  }
  // Numeric day-first or month-first dates are ambiguous (05/03/2024): not guessed.
  return null;
}

function fromEpoch(n: number): string | null {
  const ms = n > 1e11 ? n : n * 1000;
  const d = new Date(ms);
  const y = d.getUTCFullYear();
  if (Number.isNaN(d.getTime()) || y < 1900 || y > 2100) return null;
  return d.toISOString().replace(/\.000Z$/, 'Z');
}
