/**
 * The phrases a speaker is named by, for speakers.ts: the entity covering a word, generic sources
 * ("officials", "analysts"), an envoy's sender ("the French ambassador to the UN"), a source cited
 * (", citing the coalition,") — and the types of a speaker hit and of its context. Descriptions
 * ("the ministry", "an army spokesman", "a 34-year-old teacher said") are in
 * speaker-descriptions.ts.
 */

import { countryNamed, countryOfDemonym } from '../entities/country.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import type { EntityMention, Span } from '../types.ts';
import { verbLexicon } from './verbs.ts';
import { indexOf, type Word } from './words.ts';

export interface SpeakerHit {
  /** Entity key, or null when nothing could be resolved. */
  key: string | null;
  /** Word indexes of the speaker phrase in the sentence. */
  from: number;
  to: number;
  /** A generic source ("officials") that has no entity of its own: the extractor makes one. */
  generic?: { name: string; span: Span };
  reciprocal?: boolean;
  /** A description standing for an entity named before: "the ministry", "the army". */
  description?: string;
}

export interface SpeakerContext {
  text: string;
  entities: EntityMention[];
  /** Spans of time expressions, skipped between a speaker and its verb. */
  times: Span[];
}

export const SKIP = new Set([
  'often',
  'always',
  'long',
  'twice',
  'has',
  'have',
  'had',
  'also',
  'even',
  'now',
  'late',
  'early',
  'earlier',
  'later',
  'again',
  'both',
  'all',
  'then',
  'had',
  'previously',
  'reportedly',
  'officially',
  'publicly',
  'initially',
  'already',
  'repeatedly',
  'quickly',
  'swiftly',
  'immediately',
  'separately',
  'subsequently',
  'still',
  'too',
  'meanwhile',
  'however',
  'nevertheless',
  'nonetheless',
  'likewise',
  'instead',
  'would',
  'will',
  'could',
  'may',
  'might',
  'did',
  'does',
  'do',
  'not',
  'never',
  'once',
  'further',
  'on',
  'at',
  'in',
  'would',
  'firmly',
  'strongly',
  'angrily',
  'flatly',
  'sharply',
  'just',
  'recently',
  'long',
  'been',
  'is',
  'was',
  'were',
  'are',
  'be',
  'being',
  'first',
]);
export const CLOSE_QUOTE = new Set(['”', '"', '’', "'", '»']);

/** A hyphenated participle that glues a name to the body it runs or backs: "Hamas-run", "US-backed". */
export const RUN_BY =
  /^[-‐](?:run|led|controlled|backed|affiliated|linked|aligned|allied|supported|administered)\b/;

export function covering(ctx: SpeakerContext, w: Word): EntityMention | null {
  let best: EntityMention | null = null;
  for (const e of ctx.entities) {
    if (e.start <= w.start && w.end <= e.end && e.type !== 'place') {
      if (!best || e.end - e.start > best.end - best.start) best = e;
    }
  }
  return best;
}

export function inTime(ctx: SpeakerContext, w: Word): Span | null {
  return ctx.times.find((t) => t.start <= w.start && w.end <= t.end) ?? null;
}

export function genericEnding(ws: Word[], end: number, text?: string): string[] | null {
  const lex = verbLexicon();
  const m = indexOf(lex.genericSpeakers).before(ws, end);
  if (!m) return null;
  // "local sources", "medical sources": a word that narrows the source is part of its name.
  const from = end - m.len;
  // ("local government officials", "local security sources": two such words.)
  // ("an initial police estimate": "initial" narrows the estimate, not the police.)
  const narrows = (w: string) =>
    lex.sourceModifiers.words.includes(w) && !lex.sourceModifiers.documentOnly.words.includes(w);
  if (from > 0 && m.len === 1 && narrows(ws[from - 1].w)) {
    const two = from > 1 && narrows(ws[from - 2].w);
    return ws.slice(from - (two ? 2 : 1), end).map((w) => w.w);
  }
  // "Meitei organisations", "Kuki-Zo activists": a community's name before the noun is part of it.
  const named = text && m.len === 1 ? communityBefore(ws, from, text) : from;
  return ws.slice(named, end).map((w) => w.w);
}

/**
 * The start of a capitalised name (words joined by hyphens, up to three) right before word
 * `from`, else `from`: only a name, not a capitalised common word opening the sentence.
 */
function communityBefore(ws: Word[], from: number, text: string): number {
  let k = from;
  while (k > 0 && from - k < 5) {
    const w = ws[k - 1];
    if (w.w === '-' && k < from) {
      k--;
      continue;
    }
    const surface = text.slice(w.start, w.end);
    if (
      // (Initials with stops, "U.N. officials", are a name too.)
      !/^(?:\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*|(?:\p{Lu}\.){2,})$/u.test(surface) ||
      isFunctionWord(w.w) ||
      WEEKDAYS.has(w.w) ||
      MONTHS.has(w.w)
    )
      break;
    // (A country's own sources, "CAR authorities", "Ukraine officials", are the country's: read elsewhere.)
    if (countryNamed(surface) || countryOfDemonym(surface)) break;
    k--;
  }
  if (k === from || ws[k].w === '-') return from;
  // Opening a sentence, a capital is no sign of a name: keep it only when it is no word of the lexicon's.
  const opening = k === 0 || /[.!?"“”]\s*$/.test(text.slice(Math.max(0, ws[k].start - 3), ws[k].start));
  const lex = verbLexicon();
  const common = [lex.sourceModifiers.words, lex.genericSpeakers, lex.openingModifiers?.words ?? []];
  if (opening && common.some((list) => list.includes(ws[k].w))) return from;
  return k;
}

/** The word index just before the entity mention that covers word j. */
export function wordIndexBefore(ws: Word[], start: number): number {
  let k = 0;
  while (k < ws.length && ws[k].start < start) k++;
  return k - 1;
}

/** Index of the word before a bracket group ending at `i` ("X (ACR)" → X), else `i` itself. */
export function bracketStart(ws: Word[], i: number): number {
  if (ws[i]?.w !== ')') return i;
  let k = i - 1;
  while (k >= 0 && i - k <= 8 && ws[k].w !== '(') k--;
  return k > 0 && ws[k].w === '(' ? k - 1 : i;
}

/** An envoy's title right before the body or capital an envoy is sent to: "ambassador to (the)". */
const ENVOY_TO =
  /\b(?:ambassadors?|envoys?|(?:permanent\s+)?representatives?|delegates?|emissar(?:y|ies))\s+to\s+(?:the\s+)?$/i;

/**
 * "The French ambassador to the UN said": the one sent speaks, not the body or country sent to — the
 * party named before the title ("the US", "Syria's") when there is one, else the title itself.
 */
export function envoyOf(ws: Word[], hit: SpeakerHit, ctx: SpeakerContext): SpeakerHit | null {
  const host = hit.key && ws[hit.from] ? covering(ctx, ws[hit.from]) : null;
  if (!host || host.key !== hit.key) return null;
  const end = hit.to;
  const before = ctx.text.slice(Math.max(0, host.start - 45), host.start);
  const t = ENVOY_TO.exec(before);
  if (!t) return null;
  const titleAt = host.start - before.length + t.index;
  const k = wordIndexBefore(ws, titleAt) + 1;
  if (k < 0 || k >= ws.length) return null;
  // The title's owner: an entity just before it ("The US Ambassador", "Syria's ambassador").
  const owner = ctx.entities
    .filter((e) => e.end <= titleAt && titleAt - e.end <= 3 && e.type !== 'place')
    .sort((a, b) => b.end - a.end)[0];
  if (owner) return { key: owner.key, from: wordIndexBefore(ws, owner.start) + 1, to: end };
  // "The Syrian ambassador to …": the nation of the adjective.
  const nation = k > 0 ? countryOfDemonym(ctx.text.slice(ws[k - 1].start, ws[k - 1].end)) : null;
  if (nation) return { key: `country:${nation.iso2.toLowerCase()}`, from: k - 1, to: end };
  const from = k > 0 && /^(?:the|an?)$/.test(ws[k - 1].w) ? k - 1 : k;
  const span = { start: ws[from].start, end: ws[end - 1].end };
  return { key: null, from, to: end, generic: { name: ctx.text.slice(span.start, span.end), span } };
}

/** A speaker phrase ending right before word index `end` (no skipping): entity or generic source. */
export function speakerHead(ws: Word[], end: number, ctx: SpeakerContext): SpeakerHit[] {
  const w = ws[end - 1];
  if (!w) return [];
  const m = covering(ctx, w);
  if (m) return [{ key: m.key, from: wordIndexBefore(ws, m.start) + 1, to: end }];
  const g = genericEnding(ws, end, ctx.text);
  if (g) {
    const from = end - g.length;
    return [
      {
        key: null,
        from,
        to: end,
        generic: {
          name: ctx.text.slice(ws[from].start, ws[end - 1].end),
          span: { start: ws[from].start, end: ws[end - 1].end },
        },
      },
    ];
  }
  return [];
}

/** Counts before a plural source: "two witnesses", "several residents". */
export const COUNTED = /^(?:two|three|four|five|six|seven|eight|nine|ten|several|many|some|\d+)$/;

export function descriptionEnding(ws: Word[], end: number): string[] | null {
  const m = indexOf(verbLexicon().pronouns.organization).before(ws, end);
  return m && m.len > 1 ? ws.slice(end - m.len, end).map((w) => w.w) : null;
}

export function isCloseQuote(w: Word | undefined): boolean {
  return !!w && CLOSE_QUOTE.has(w.w);
}

export function isPronoun(ws: Word[], hit: SpeakerHit): string | null {
  if (hit.description) return hit.description;
  if (hit.to - hit.from !== 1) return null;
  const w = ws[hit.from].w;
  return /^(he|she|it|they)$/.test(w) ? w : null;
}

const CITING = /^(?:citing|quoting)$/;

/** ", citing the coalition," closing at comma j: the source cited, as a speaker hit. */
export function citedSource(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit | null {
  let k = j - 1;
  while (k > 0 && j - k < 10 && ws[k].w !== ',') k--;
  if (ws[k]?.w !== ',' || !CITING.test(ws[k + 1]?.w ?? '') || k + 2 >= j) return null;
  const from = k + 2;
  const named = covering(ctx, ws[j - 1]);
  if (named && named.start >= ws[from].start) return { key: named.key, from, to: j };
  const start = /^(the|a|an)$/.test(ws[from].w) ? from + 1 : from;
  if (start >= j) return null;
  const span = { start: ws[start].start, end: ws[j - 1].end };
  const hit: SpeakerHit = {
    key: null,
    from,
    to: j,
    generic: { name: ctx.text.slice(span.start, span.end), span },
  };
  // "citing the coalition": a definite description resolves like any other ("the coalition").
  if (start > from) hit.description = ctx.text.slice(ws[from].start, span.end).toLowerCase();
  return hit;
}

/** A capitalised nation's adjective: "Iranian", "Malian" (not a country's own name). */
export function nationalAdjective(text: string, w: Word): boolean {
  const raw = text.slice(w.start, w.end);
  // "a U.S. defence official", "UK officials": a country's short form used as its adjective.
  if (/^(?:(?:\p{Lu}\.){1,3}\p{Lu}?|\p{Lu}{2,3})$/u.test(raw)) return countryNamed(raw) !== null;
  return /^\p{Lu}\p{Ll}+$/u.test(raw) && countryOfDemonym(raw) !== null && countryNamed(raw) === null;
}
