/**
 * Word tests for the measure search of figures.ts: the words that end a clause, the auxiliaries
 * and adverbs walked past, verbs of a clause of its own, "taken to … hospital", running totals. Pure.
 */
import type { Measure } from '../../report/contract.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import { measureAfterAt, measureBeforeEnding } from './figure-groups.ts';
import { figureLexicon } from './lexicon.ts';
import { phraseWords, type Word } from './words.ts';

/** Words that end the clause a figure's measure is looked for in. */
export const CLAUSE_STOP = new Set([
  ';',
  ':',
  '.',
  '?',
  '!',
  'but',
  'while',
  'whereas',
  'who',
  'which',
  'when',
  'because',
  'although',
  'though',
  'after',
  'before',
  'said',
  'says',
  'say',
]);
export const AUX = new Set([
  'have',
  'has',
  'had',
  'been',
  'were',
  'was',
  'are',
  'is',
  'be',
  'being',
  'reportedly',
  'also',
  'so',
  'far',
  'now',
  'already',
  'since',
  'all',
  'either',
  'or',
  'both',
  'and',
  'apparently',
  'allegedly',
  'been',
  'later',
  'subsequently',
  'mostly',
  'mainly',
  'either',
  ',',
  'then',
  // "at least a dozen were left injured", "left dead"
  'left',
]);

/** Words a measure search walks past freely: quotes, adverbs ("arbitrarily executed"), names. */
export function passable(ws: Word[], text: string, k: number): boolean {
  const w = ws[k].w;
  // "60 fighters of the Liberation Front (LF) were killed": a bracketed acronym in between.
  if (/^["“”'‘’()]$/.test(w) || /^\p{Ll}+ly$/u.test(w)) return true;
  // "9 troops with the Joint Task Force in X died": the words that join a unit to the group.
  if (/^(?:with|of|in|from|at|near|the|a|an|its|their)$/.test(w)) return true;
  // "90 villagers in the Central African Republic were killed": a place name in between.
  return /^\p{Lu}/u.test(text.slice(ws[k].start, ws[k].end)) && k > 0;
}

/** "taken to the nearby Al-Shifa hospital", "rushed to hospitals in the capital": the wounded. */
export function hospitalAt(ws: Word[], k: number): { measure: Measure; len: number } | null {
  if (!/^(?:taken|brought|rushed|admitted|transferred)$/.test(ws[k].w) || ws[k + 1]?.w !== 'to') return null;
  for (let j = k + 2; j < Math.min(ws.length, k + 7); j++) {
    if (/^(?:hospitals?|clinics?)$/.test(ws[j].w)) return { measure: 'wounded', len: j + 1 - k };
    if (/^[,.;:]$/.test(ws[j].w)) return null;
  }
  return null;
}

const RAISING = /^(?:bringing|raising|brings|raises|brought|raised|taking|takes|pushing)$/;

/** "bringing the total to", "raising the overall tally since May to": a running total before word `end`. */
export function totalBefore(ws: Word[], end: number): boolean {
  for (let k = end - 1; k >= Math.max(0, end - 10); k--) {
    if (/^[;:.]$/.test(ws[k].w)) return false;
    if (/^(?:total|tally|count)$/.test(ws[k].w))
      return ws.slice(Math.max(0, k - 5), k).some((w) => RAISING.test(w.w));
  }
  return false;
}

/** A past or present participle that is no auxiliary or list word: a verb of its own ("rescued"). */
export function isOwnVerb(ws: Word[], k: number): boolean {
  const w = ws[k].w;
  return (
    /^\p{Ll}+(?:ed|ing)$/u.test(w) &&
    !measureAfterAt(ws, k) &&
    !measureBeforeEnding(ws, k + 1) &&
    !isFunctionWord(w) &&
    !AUX.has(w) &&
    !figureLexicon().listLinks.some((l) => phraseWords(l).includes(w))
  );
}

export const BE = /^(?:were|was|been|being|are|is)$/;
const BE_OR_HAVE = /^(?:were|was|been|are|is|have|has|had)$/;

/** The first word at or after `k` past auxiliaries and adverbs ("had all been", "were later"). */
function pastAuxiliaries(ws: Word[], k: number): number {
  let j = k;
  while (j < ws.length && (AUX.has(ws[j].w) || /^\p{Ll}+ly$/u.test(ws[j].w) || ws[j].w === 'all')) j++;
  return j;
}

type MeasureAt = { measure: Measure; at: number; len: number };

/** "were all killed", "have died": a casualty passive (or "died") from word `from`, past auxiliaries. */
function passiveMeasure(ws: Word[], from: number): MeasureAt | null {
  const j = pastAuxiliaries(ws, from);
  const be = ws.slice(from, j).some((w) => BE.test(w.w));
  const m = measureAfterAt(ws, j);
  if (!m) return null;
  return be || /^(?:died|perished)$/.test(ws[j].w) ? { measure: m.measure, at: j, len: m.len } : null;
}

/**
 * "4,000 refugees, most of them women, have been killed": an apposition between commas right
 * after the group (the comma at `k`), then the count's own passive. Returns the measure and the
 * closing comma's index; null when the apposition holds a verb or a clause stop, or when anything
 * but "be"/"have" follows it ("three people, among them a boy, and wounded two" is no passive).
 */
export function appositionMeasure(ws: Word[], k: number): (MeasureAt & { close: number }) | null {
  // ("Some 900 herders - most of them young - were killed": set off by dashes too.)
  const dash = /^[-–—]$/.test(ws[k]?.w ?? '');
  if (ws[k]?.w !== ',' && !dash) return null;
  // "three of the guards, who had escorted the convoy, were killed": a relative clause between
  // commas may hold verbs of its own.
  const relative = /^(?:who|whom)$/.test(ws[k + 1]?.w ?? '');
  for (let j = k + 2; j < Math.min(ws.length, k + (relative ? 16 : 10)); j++) {
    const w = ws[j].w;
    if (dash ? /^[-–—]$/.test(w) : w === ',') {
      if (!BE_OR_HAVE.test(ws[j + 1]?.w ?? '')) return null;
      const m = passiveMeasure(ws, j + 1);
      return m ? { ...m, close: j } : null;
    }
    if (/^[;:.?!]$/.test(w)) return null;
    if (!relative && (CLAUSE_STOP.has(w) || isOwnVerb(ws, j) || BE_OR_HAVE.test(w))) return null;
  }
  return null;
}

/** "… 20 hostages were rescued": a passive verb of the count's own right after its group (at `k`). */
export function ownVerbAfter(ws: Word[], k: number): boolean {
  const j = pastAuxiliaries(ws, k);
  return j > k && j < ws.length && BE_OR_HAVE.test(ws[k].w) && isOwnVerb(ws, j);
}

/**
 * "12 soldiers who were killed in the ambush", "30 fighters who attacked the town were killed":
 * the measure a relative clause right after the group (at word `k`) gives the count — its own
 * passive ("who were killed", "who died") or, past the clause, the main clause's passive. Null
 * when neither ("30 gunmen who had killed five people were arrested" counts no dead gunmen).
 */
export function relativeMeasure(ws: Word[], k: number): MeasureAt | null {
  // "the names of 21 villagers it said were killed": a clause of saying with no "who", then its passive.
  if (
    /^(?:it|they|he|she)$/.test(ws[k]?.w ?? '') &&
    /^(?:said|says|say|claimed|believed)$/.test(ws[k + 1]?.w ?? '')
  )
    return passiveMeasure(ws, k + 2);
  if (!/^(?:who|whom)$/.test(ws[k]?.w ?? '')) return null;
  const own = passiveMeasure(ws, k + 1);
  if (own) return own;
  for (let j = k + 2; j < Math.min(ws.length, k + 14); j++) {
    const w = ws[j].w;
    if (CLAUSE_STOP.has(w) || w === ',') return null;
    if (BE_OR_HAVE.test(w) && !AUX.has(ws[j - 1].w)) {
      const main = passiveMeasure(ws, j);
      if (main) return main;
    }
  }
  return null;
}
