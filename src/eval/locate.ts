/**
 * Finds where a gold evidence string sits in a report document's text. Evidence is copied verbatim
 * from the source, but a report's clean text may differ in spacing, quote style or markup, so the
 * search falls back in three levels and returns every occurrence at the first level that finds one:
 *   1. exact;
 *   2. whitespace runs collapsed, curly quotes/dashes/spaces unified, invisible characters ignored;
 *   3. letters and digits only, case and diacritics folded (only for needles with ≥ 10 such
 *      characters, so a short string cannot match by accident).
 * Spans are UTF-16 offsets into the original text, end exclusive.
 */
import { foldLetters } from './fold.ts';

export interface Span {
  start: number;
  end: number;
}
export type LocateLevel = 'exact' | 'normalized' | 'folded';
export interface Located {
  spans: Span[];
  level: LocateLevel | null;
}

const LEVEL_ORDER: LocateLevel[] = ['exact', 'normalized', 'folded'];
const MIN_FOLDED = 10;

/** A projection of a text: `chars[i]` came from original offsets `from[i]`..`to[i]`. */
interface Projection {
  chars: string;
  from: number[];
  to: number[];
}

const QUOTE_MAP: Record<string, string> = {
  '‘': "'",
  '’': "'",
  '‚': "'",
  '‛': "'",
  '′': "'",
  '`': "'",
  '´': "'",
  '“': '"',
  '”': '"',
  '„': '"',
  '‟': '"',
  '″': '"',
  '«': '"',
  '»': '"',
  '‐': '-',
  '‑': '-',
  '‒': '-',
  '–': '-',
  '—': '-',
  '―': '-',
  '−': '-',
};
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/u;

function project(text: string, level: 'normalized' | 'folded'): Projection {
  const out: string[] = [];
  const from: number[] = [];
  const to: number[] = [];
  let i = 0;
  let lastWasSpace = true; // leading whitespace dropped
  for (const ch of text) {
    const len = ch.length;
    if (INVISIBLE.test(ch)) {
      i += len;
      continue;
    }
    if (level === 'normalized') {
      if (/\s/u.test(ch)) {
        if (!lastWasSpace) {
          out.push(' ');
          from.push(i);
          to.push(i + len);
          lastWasSpace = true;
        } else if (to.length > 0 && out[out.length - 1] === ' ') {
          to[to.length - 1] = i + len;
        }
      } else {
        out.push(QUOTE_MAP[ch] ?? ch);
        from.push(i);
        to.push(i + len);
        lastWasSpace = false;
      }
    } else {
      for (const c of foldLetters(ch)) {
        if (/[\p{L}\p{N}]/u.test(c)) {
          out.push(c);
          from.push(i);
          to.push(i + len);
        }
      }
    }
    i += len;
  }
  return { chars: out.join(''), from, to };
}

function allIndexes(hay: string, needle: string): number[] {
  const found: number[] = [];
  if (needle.length === 0) return found;
  let at = hay.indexOf(needle);
  while (at >= 0) {
    found.push(at);
    at = hay.indexOf(needle, at + 1);
  }
  return found;
}

/** Every occurrence of `needle` in `text`, at the first level (up to `maxLevel`) that finds any. */
export function locate(text: string, needle: string, maxLevel: LocateLevel = 'folded'): Located {
  const trimmed = needle.trim();
  if (trimmed.length === 0) return { spans: [], level: null };
  for (const level of LEVEL_ORDER.slice(0, LEVEL_ORDER.indexOf(maxLevel) + 1)) {
    let spans: Span[];
    if (level === 'exact') {
      spans = allIndexes(text, trimmed).map((s) => ({ start: s, end: s + trimmed.length }));
    } else {
      const hay = project(text, level);
      const pin = project(trimmed, level).chars.trim();
      if (level === 'folded' && pin.length < MIN_FOLDED) break;
      spans = allIndexes(hay.chars, pin).map((s) => ({
        start: hay.from[s],
        end: hay.to[s + pin.length - 1],
      }));
    }
    if (spans.length > 0) return { spans, level };
  }
  return { spans: [], level: null };
}

/** True when the half-open spans share at least one code unit. */
export function overlaps(a: Span, b: Span): boolean {
  return Math.max(a.start, b.start) < Math.min(a.end, b.end);
}
