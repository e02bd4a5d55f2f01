/**
 * The phrases a speaker is named by, for speakers.ts: the entity covering a word, generic sources
 * ("officials", "analysts"), descriptions standing for a named entity ("the ministry", "an army
 * spokesman"), a noun phrase right after a quotation ("a 34-year-old teacher said") — and the types
 * of a speaker hit and of its context.
 */

import { countryNamed, countryOfDemonym } from '../entities/country.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import type { EntityMention, Span } from '../types.ts';
import { ARMED_KEY, ISSUED } from './claim-resolve.ts';
import { verbAt, verbLexicon } from './verbs.ts';
import { indexOf, matchBefore, phraseWords, type Word } from './words.ts';

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
  if (from > 0 && m.len === 1 && lex.sourceModifiers.words.includes(ws[from - 1].w)) {
    const two = from > 1 && lex.sourceModifiers.words.includes(ws[from - 2].w);
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
      !/^\p{Lu}[\p{L}'’]*(?:-\p{Lu}[\p{L}'’]*)*$/u.test(surface) ||
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

const NP_DETERMINERS = new Set(['a', 'an', 'the', 'one', 'another']);
const AUXILIARY_WORD =
  /^(?:is|are|was|were|be|been|being|has|have|had|do|does|did|will|would|can|could|may|might|must|should|shall)$/;

/**
 * "“…,” a 34-year-old teacher said": right after a quotation (or opening a bare "A teacher said."),
 * any short noun phrase led by a determiner is the one who said it.
 */
export function quotedBy(ws: Word[], v: number, ctx: SpeakerContext): SpeakerHit | null {
  const verb = verbAt(ws, v);
  if (!verb || !verbLexicon().sayVerbs.includes(verb.entry.lemma)) return null;
  let p = v - 1;
  while (p >= 0 && /^[\p{L}\d][\p{L}\d'’-]*$/u.test(ws[p].w) && !AUXILIARY_WORD.test(ws[p].w) && v - p <= 6)
    p--;
  const from = p + 1;
  const afterQuote = p >= 0 && CLOSE_QUOTE.has(ws[p].w);
  const bareSentence = p < 0 && ws.slice(v + 1).every((w) => /^[.!?]$/.test(w.w));
  if (!(afterQuote || bareSentence) || !NP_DETERMINERS.has(ws[from]?.w ?? '') || v - from < 2) return null;
  const span = { start: ws[from].start, end: ws[v - 1].end };
  return { key: null, from, to: v, generic: { name: ctx.text.slice(span.start, span.end), span } };
}

const CONJUNCTIONS = new Set([
  'though',
  'although',
  'but',
  'and',
  'or',
  'while',
  'as',
  'since',
  'because',
  'if',
  'when',
  'whereas',
  'yet',
  'so',
  'that',
  'where',
]);
const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'one',
  'two',
  'three',
  'several',
  'some',
  'many',
  'its',
  'their',
]);

/**
 * A definite or indefinite description ending at word j whose head names a source:
 * "the doctors' union", "an army spokesman", "the monitoring committee", "the mediators".
 * Resolved to an earlier entity whose name holds a word of the description ("union", "army"),
 * else kept as a generic source named by the description.
 */
let multiHeads: Map<string, string[][]> | null = null;
/** The organisation heads of several words ("civil defence"), by their last word. */
function multiWordHeads(): Map<string, string[][]> {
  if (!multiHeads) {
    multiHeads = new Map();
    for (const h of verbLexicon().descriptionHeads.organisations) {
      const words = phraseWords(h);
      if (words.length < 2) continue;
      const last = words[words.length - 1];
      multiHeads.set(last, [...(multiHeads.get(last) ?? []), words]);
    }
  }
  return multiHeads;
}

export function describedSource(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit | null {
  const heads = verbLexicon().descriptionHeads;
  // "the civil defence", "the border guard": a head of two words ends at j too.
  // ("the joint chiefs of staff": the modifiers stand before the whole head.)
  const multi = Math.max(0, ...(multiWordHeads().get(ws[j].w) ?? []).map((h) => matchBefore(ws, j + 1, h)));
  if (!multi && !heads.organisations.includes(ws[j].w) && !heads.roleHeads.includes(ws[j].w)) return null;
  let from = multi ? j + 1 - multi : j;
  while (
    from > 0 &&
    j - from < 5 &&
    !DETERMINERS.has(ws[from - 1].w) &&
    !CONJUNCTIONS.has(ws[from - 1].w) &&
    /^[\p{L}'-]+$/u.test(ws[from - 1].w) &&
    !SKIP.has(ws[from - 1].w) &&
    // ("…, with media reporting …": a preposition is no modifier of the source.)
    !/^(?:with|by|of|from|for|to|as|after|before|against|amid|among|including|like)$/.test(ws[from - 1].w)
  )
    from--;
  const hasDet = from > 0 && DETERMINERS.has(ws[from - 1].w);
  if (!hasDet && from === j && !heads.organisations.includes(ws[j].w)) return null;
  const start = hasDet ? from - 1 : from;
  // "The Boko Haram jihadist group said …": a description that holds the body's own name.
  // ("The Qaeda-affiliated Shabaab militant group": the body the description is, not the one a
  // hyphenated modifier ties it to.)
  const insideAll = ctx.entities.filter(
    (e) =>
      e.start >= ws[from].start &&
      e.end <= ws[j].start &&
      (e.type === 'organization' || e.type === 'group') &&
      !e.key.startsWith('source:') &&
      // ("The CSP-DPA alliance": a name glued into a compound is no body of its own.)
      !/[-‐]$/.test(ctx.text.slice(Math.max(0, e.start - 1), e.start)),
  );
  // ("the Hamas-run civil defence agency": a body another runs or backs is a body of its own.)
  const runBy = (e: EntityMention) => RUN_BY.test(ctx.text.slice(e.end, e.end + 14));
  const inside =
    insideAll.find((e) => !/^[-‐]/.test(ctx.text.slice(e.end, e.end + 1))) ??
    insideAll.find((e) => !runBy(e));
  if (inside && heads.organisations.includes(ws[j].w)) return { key: inside.key, from: start, to: j + 1 };
  // "the group's emergency coordinator", "the ministry's spokesman": speaks for the body named.
  const owner = ws[from].w.match(/^(.+)'s?$/);
  if (hasDet && ws[from - 1].w === 'the' && owner && from < j && heads.organisations.includes(owner[1]))
    return { key: null, from: start, to: j + 1, description: `the ${owner[1]}` };
  // "the UN's peacekeeping force there said": a body's own mission speaks for it.
  const ownerBody = /'s?$/.test(ws[from].w)
    ? ctx.entities.find(
        (e) =>
          e.start === ws[from].start &&
          e.end < ws[from].end &&
          (e.type === 'organization' || e.type === 'group') &&
          !e.key.startsWith('source:'),
      )
    : undefined;
  if (ownerBody && from < j) return { key: ownerBody.key, from: start, to: j + 1 };
  const words = ws.slice(from, j + 1).map((w) => w.w.replace(/'s?$/, ''));
  const prior = ctx.entities
    .filter((e) => e.end <= ws[start].start && (e.type === 'organization' || e.type === 'group'))
    .sort((a, b) => b.end - a.end);
  // "an army spokesman" → the army; "the doctors' union" → the union named before.
  const orgWords = words.filter((x) => !heads.roleHeads.includes(x) && x.length > 2);
  // ("an army spokesman" after "the X Liberation Army": the state's forces, not a rebel army
  // whose name holds the word.)
  const stateForce = orgWords.length === 1 && /^(?:army|military)$/.test(orgWords[0]);
  for (const e of prior) {
    const name = e.name.toLowerCase();
    if (stateForce && !ARMED_KEY.test(e.key)) continue;
    if (orgWords.length && orgWords.every((x) => name.includes(x)))
      return { key: e.key, from: start, to: j + 1 };
  }
  // Else the body whose name holds the description's head ("the army" in "an army spokesman"),
  // not a modifier ("defense" of "Gaza's civil defense agency" is not the Defense Forces).
  const head = orgWords[orgWords.length - 1];
  for (const e of prior) {
    if (stateForce && !ARMED_KEY.test(e.key)) continue;
    if (head && e.name.toLowerCase().split(/\W+/).includes(head))
      return { key: e.key, from: start, to: j + 1 };
  }
  const span = { start: ws[from].start, end: ws[j].end };
  // "Maria Lund of Oslo's peace institute": a name before "of" is the one who speaks.
  const named = /^(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,2})\s+(?:of|at|from)\s/u.exec(
    ctx.text.slice(span.start, span.end),
  );
  if (named) span.end = span.start + named[1].length;
  return { key: null, from: start, to: j + 1, generic: { name: ctx.text.slice(span.start, span.end), span } };
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

const NAMED_AS = [
  ['by', 'the', 'name', 'of'],
  ['named'],
  ['identified', 'as'],
  ['identified', 'only', 'as'],
  ['called'],
];

let bodyHeads: string[] | null = null;
/** Role heads and one-word body heads that are no document ("ministry", not "statement"), built once. */
function roleOrBodyHeads(): string[] {
  const { roleHeads, organisations } = verbLexicon().descriptionHeads;
  bodyHeads ??= [...roleHeads, ...organisations.filter((o) => !o.includes(' ') && !ISSUED.test(o))];
  return bodyHeads;
}

/**
 * "…, said an activist from the district known by the name X": a described person after
 * the verb — the name the clause gives, else the description ("activist"). Null when the words
 * after the verb are no such description.
 */
export function describedAfter(
  ws: Word[],
  to: number,
  ctx: SpeakerContext,
  bodies = true,
): SpeakerHit | null {
  if (!/^(a|an|the|one)$/.test(ws[to]?.w ?? '')) return null;
  // "…, said the ministry", "said an army spokesman": a role or a body described by its head.
  // (A body only after "the": "said the ministry", not "according to a joint statement from …".)
  const heads = bodies && ws[to].w === 'the' ? roleOrBodyHeads() : verbLexicon().descriptionHeads.roleHeads;
  let k = to + 1;
  while (
    k < ws.length &&
    k - to <= 4 &&
    !heads.includes(ws[k].w) &&
    // ("said the African nation's army": a possessive on the way to the head.)
    /^[\p{L}-]+(?:'s)?$/u.test(ws[k].w) &&
    // "a statement by the district attorney": the head comes before any preposition.
    !/^(?:by|of|from|the|a|an|in|at|for|to|with|on)$/.test(ws[k].w)
  )
    k++;
  if (!heads.includes(ws[k]?.w ?? '')) return null;
  let end = k + 1;
  while (end < ws.length && end - k < 20 && !/^[.;!?]$/.test(ws[end].w)) end++;
  for (let n = k + 1; n < end; n++) {
    for (const p of NAMED_AS) {
      if (!p.every((x, i) => ws[n + i]?.w === x)) continue;
      const from = n + p.length;
      let e = from;
      while (e < end && e - from < 4 && /^\p{Lu}/u.test(ctx.text.slice(ws[e].start, ws[e].end))) e++;
      if (e > from) {
        const span = { start: ws[from].start, end: ws[e - 1].end };
        return { key: null, from: to, to: e, generic: { name: ctx.text.slice(span.start, span.end), span } };
      }
    }
  }
  const span = { start: ws[to + 1].start, end: ws[k].end };
  const hit: SpeakerHit = {
    key: null,
    from: to,
    to: k + 1,
    generic: { name: ctx.text.slice(span.start, span.end), span },
  };
  // "…, said the ministry": a definite description takes up the body named before, like "the
  // ministry said".
  // ("the anti-regime forces", with words of its own, is a source described anew.)
  if (ws[to].w === 'the' && k === to + 1)
    hit.description = ctx.text.slice(ws[to].start, span.end).toLowerCase();
  return hit;
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
