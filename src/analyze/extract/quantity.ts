/**
 * Quantities in running text: digits ("1,119", "1.2 million"), number words ("three",
 * "twenty-five", "two hundred", "a dozen"), vague amounts ("dozens", "hundreds of"), with their
 * qualifier ("at least", "nearly", "up to") and ranges ("12 to 15", "between 12 and 15").
 */
import type { Qualifier } from '../../report/contract.ts';
import { figureLexicon } from './lexicon.ts';
import type { Word } from './words.ts';

export interface Quantity {
  /** Word indexes [from, to) of the whole expression, qualifier included. */
  from: number;
  to: number;
  /** Word index where the number itself starts (after the qualifier). */
  numberFrom: number;
  low: number;
  high: number | null;
  qualifier: Qualifier;
  vague: boolean;
}

function wordNumber(w: string): number | null {
  const lex = figureLexicon();
  if (w in lex.numberWords && w !== 'a' && w !== 'an') return lex.numberWords[w];
  // twenty-five
  const parts = w.split('-');
  if (parts.length === 2 && parts[0] in lex.numberWords && parts[1] in lex.numberWords) {
    const a = lex.numberWords[parts[0]];
    const b = lex.numberWords[parts[1]];
    if (a >= 20 && a % 10 === 0 && b < 10) return a + b;
  }
  return null;
}

function digitNumber(w: string): number | null {
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/.test(w)) return null;
  return Number(w.replace(/,/g, ''));
}

/** A number starting at word i (digits or words, with multipliers). Returns value and words used. */
export function numberAt(ws: Word[], i: number): { value: number; len: number } | null {
  const lex = figureLexicon();
  if (i >= ws.length) return null;
  let value: number | null = digitNumber(ws[i].w);
  let len = 1;
  // "half a million", "half a dozen"
  if (value === null && ws[i].w === 'half' && /^(?:a|an)$/.test(ws[i + 1]?.w ?? '')) {
    const m = ws[i + 2]?.w ?? '';
    const whole = m === 'dozen' ? 12 : m.length > 1 ? lex.multipliers[m] : undefined;
    if (whole) return { value: whole / 2, len: 3 };
  }
  if (value === null) {
    // "a dozen", "a couple of", "a pair of", "a score": several words for one number
    const phrase = lex.numberPhraseIndex.at(ws, i);
    if (phrase) {
      value = phrase.value;
      len = phrase.len;
    } else {
      value = wordNumber(ws[i].w);
      if (value === null && (ws[i].w === 'a' || ws[i].w === 'one') && ws[i + 1]?.w in lex.multipliers) {
        value = 1;
      }
      // "thirty three" written without its hyphen.
      const unit =
        value !== null && value >= 20 && value < 100 && value % 10 === 0
          ? wordNumber(ws[i + 1]?.w ?? '')
          : null;
      if (value !== null && unit !== null && unit > 0 && unit < 10) {
        value += unit;
        len = 2;
      }
    }
  }
  if (value === null) return null;
  // multipliers: "two hundred", "1.2 million", "three thousand five hundred", "two dozen", and a
  // letter written onto the digits ("1.5m", "20k")
  const isMultiplier = (k: number) =>
    k < ws.length &&
    (ws[k].w === 'dozen' ||
      (ws[k].w in lex.multipliers &&
        (ws[k].w.length > 1 || (ws[k].start === ws[k - 1].end && /\d$/.test(ws[k - 1].w)))));
  while (isMultiplier(i + len) && !(ws[i + len].w === 'dozen' && value >= 12)) {
    if (ws[i + len].w === 'dozen') {
      value *= 12;
      len++;
      break;
    }
    value *= lex.multipliers[ws[i + len].w];
    len++;
    const more = i + len < ws.length && ws[i + len].w === 'and' ? 1 : 0;
    const next = numberAt(ws, i + len + more);
    if (next && next.value < value && !(ws[i + len + more].w in lex.multipliers)) {
      // "one hundred and fifty"
      if (next.value < 1000) {
        value += next.value;
        len += more + next.len;
      }
      break;
    }
  }
  return { value, len };
}

function qualifierAt(ws: Word[], i: number): { q: Qualifier; len: number } | null {
  const m = figureLexicon().qualifierIndex.at(ws, i);
  return m ? { q: m.value, len: m.len } : null;
}

function vagueAt(ws: Word[], i: number): { value: number; len: number } | null {
  const m = figureLexicon().vagueIndex.at(ws, i);
  return m ? { value: m.value, len: m.len } : null;
}

const HEDGES = new Set(['possibly', 'perhaps', 'even', 'maybe', 'potentially', 'likely']);

const YEARISH = /^(1[89]\d\d|20\d\d)$/;

/** Every quantity in the words, left to right, non-overlapping. */
export function findQuantities(ws: Word[]): Quantity[] {
  const out: Quantity[] = [];
  let i = 0;
  while (i < ws.length) {
    const start = i;
    let qualifier: Qualifier = 'exact';
    let j = i;
    let between = false;
    if (ws[j].w === 'between' || ws[j].w === 'from') {
      between = ws[j].w === 'between';
      j++;
    }
    const q = qualifierAt(ws, j);
    if (q) {
      qualifier = q.q;
      j += q.len;
    }
    const numberFrom = j;
    const vague = vagueAt(ws, j);
    if (vague) {
      // "hundreds and possibly thousands of", "dozens or even hundreds": one vague range.
      let k = j + vague.len;
      let high: number | null = null;
      if (ws[k] && ['and', 'or', 'to'].includes(ws[k].w)) {
        const hedge = ws[k + 1] && HEDGES.has(ws[k + 1].w) ? 1 : 0;
        const second = vagueAt(ws, k + 1 + hedge);
        if (second && second.value > vague.value) {
          high = second.value;
          k = k + 1 + hedge + second.len;
        }
      }
      const q: Qualifier = high !== null ? 'range' : qualifier === 'exact' ? 'at-least' : qualifier;
      out.push({ from: start, to: k, numberFrom, low: vague.value, high, qualifier: q, vague: true });
      i = k;
      continue;
    }
    const n = numberAt(ws, j);
    if (!n || (ws[j].w.includes('-') && digitNumber(ws[j].w) === null && wordNumber(ws[j].w) === null)) {
      i = start + 1;
      continue;
    }
    // Years and times of day are not counts.
    if (n.len === 1 && YEARISH.test(ws[j].w) && qualifier === 'exact') {
      i = j + 1;
      continue;
    }
    let k = j + n.len;
    let high: number | null = null;
    // ranges: "12 to 15", "12-15" (one token), "between 12 and 15"
    const rangeWord = ws[k]?.w;
    // "the toll rose from 21 to 24": a toll revised, two counts (the old and the new), no range.
    const revised =
      ws[start].w === 'from' && start > 0 && figureLexicon().revisionVerbs.verbs.includes(ws[start - 1].w);
    if (revised && rangeWord === 'to') {
      out.push({ from: j, to: k, numberFrom, low: n.value, high: null, qualifier, vague: false });
      i = k + 1;
      continue;
    }
    // ("12 or 13 people", "two or three soldiers": close alternatives are a range too.)
    const alternative = rangeWord === 'or' && !between;
    if (
      rangeWord === 'to' ||
      rangeWord === '–' ||
      rangeWord === '-' ||
      (between && rangeWord === 'and') ||
      alternative
    ) {
      const m = numberAt(ws, k + 1);
      if (m && m.value > n.value && (!alternative || m.value <= 2 * n.value + 1)) {
        high = m.value;
        k = k + 1 + m.len;
        qualifier = 'range';
      }
    } else {
      const dash = /^(\d+)[-–](\d+)$/.exec(ws[j].w);
      if (dash && Number(dash[2]) > Number(dash[1])) {
        out.push({
          from: start,
          to: k,
          numberFrom,
          low: Number(dash[1]),
          high: Number(dash[2]),
          qualifier: 'range',
          vague: false,
        });
        i = k;
        continue;
      }
    }
    if (/[-–]/.test(ws[j].w) && digitNumber(ws[j].w) === null && wordNumber(ws[j].w) === null) {
      i = k;
      continue;
    }
    out.push({ from: start, to: k, numberFrom, low: n.value, high, qualifier, vague: false });
    i = k;
  }
  return out;
}
