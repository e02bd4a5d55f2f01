/**
 * Tense around a time expression, from the words of its own clause: the nearest tense cue to
 * the left wins ("said on Monday" = past, "will meet on Monday" = future); when the left side
 * has none, the nearest on the right ("On Monday, the council will vote"). Null when no cue.
 */
import {
  AUX_BEFORE_VERB,
  DUE_TO_VERBS,
  FUTURE_IF_NEXT_TO,
  FUTURE_WORDS,
  NOT_PAST_ED,
  PAST_WORDS,
  SCHEDULE_VERBS,
} from './lexicon.ts';

export type Tense = 'past' | 'future' | null;

/** Sentence-level boundaries: a tense never carries across these. */
const STRONG = /[.!?;:()[\]"“”]/g;

/** Clause boundaries: sentence ends, semicolons, dashes, quotes, brackets, commas, conjunctions. */
const BOUNDARY =
  /[.!?;:()[\]"“”]|\s[–—-]\s|,|\b(?:and|but|while|whereas|when|which|who|that|because|although|though|after|before|as|if|unless)\b/gi;

const COPULAS = new Set([
  'be',
  'been',
  'being',
  'is',
  'are',
  'remain',
  'remains',
  'stay',
  'stays',
  'become',
  'becomes',
  'get',
  'gets',
  "'s",
  '’s',
]);

const WORD = /[A-Za-z]+(?:['’][a-z]+)?|['’]ll\b/g;

function classify(words: string[], i: number): Tense {
  const w = words[i];
  const next = words[i + 1] ?? '';
  const prev = words[i - 1] ?? '';
  if (w === "'ll" || w === '’ll' || w.endsWith("'ll") || w.endsWith('’ll')) return 'future';
  if (w === "won't" || w === 'won’t') return 'future';
  if (FUTURE_IF_NEXT_TO.has(w) && (next === 'to' || next === 'for' || next === 'on')) {
    // "is due to" looks ahead; "was due to" is a plan seen from the past, and "due to" alone is causal.
    if (w !== 'due' || /^(?:is|are|be|being|'s|’s)$/.test(prev)) return 'future';
    if (next === 'to' && DUE_TO_VERBS.has(words[i + 2] ?? '')) return 'future';
  }
  if (w === 'to' && next === 'be') return 'future';
  if ((w === 'is' || w === 'are') && next === 'to') return 'future';
  // Simple present of a scheduling verb, not after an auxiliary: "talks resume on Monday".
  if (SCHEDULE_VERBS.has(w) && !AUX_BEFORE_VERB.has(prev) && !/n['’]t$/.test(prev)) return 'future';
  if (FUTURE_WORDS.has(w)) return 'future';
  const past = PAST_WORDS.has(w) || (w.length >= 5 && w.endsWith('ed') && !NOT_PAST_ED.has(w));
  // "will be held", "will remain closed": the participle says nothing; the verb before it does.
  return past && !COPULAS.has(prev) ? 'past' : null;
}

function words(s: string): string[] {
  return (s.match(WORD) ?? []).map((w) => w.toLowerCase());
}

/** Tense of the clause around [start, end) of `text`. */
export function tenseAt(text: string, start: number, end: number): Tense {
  const leftRaw = text.slice(Math.max(0, start - 120), start);
  let cut = 0;
  for (const m of leftRaw.matchAll(BOUNDARY)) cut = (m.index ?? 0) + m[0].length;
  const left = words(leftRaw.slice(cut));
  for (let i = left.length - 1; i >= 0 && i >= left.length - 8; i--) {
    const t = classify(left, i);
    if (t) return t;
  }
  let rightRaw = text.slice(end, end + 120).replace(/^\s*,/, ' ');
  const b = rightRaw.search(BOUNDARY);
  if (b >= 0) rightRaw = rightRaw.slice(0, b);
  const right = words(rightRaw);
  for (let i = 0; i < right.length && i < 8; i++) {
    const t = classify(right, i);
    if (t) return t;
  }
  // Coordination shares its auxiliary: "will travel to Cairo on Thursday and Amman on Friday".
  let strong = 0;
  for (const m of leftRaw.matchAll(STRONG)) strong = (m.index ?? 0) + m[0].length;
  const wide = words(leftRaw.slice(strong, cut));
  for (let i = wide.length - 1; i >= 0 && i >= wide.length - 12; i--) {
    const t = classify(wide, i);
    if (t) return t;
  }
  return null;
}
