/**
 * Speakers set off by commas or joined by "and" before the verb: appositions ("X, an adviser to
 * the president, said"), a name before its comma ("Sudan's army chief, Abdel Fattah al-Burhan,
 * said"), lists ("Several states, including A, B and C, condemned") and coordinated names
 * ("Russia, China and Iran condemned").
 */
import { isFunctionWord } from '../nlp/function-words.ts';
import type { EntityMention } from '../types.ts';
import { describedSource } from './speaker-descriptions.ts';
import {
  bracketStart,
  covering,
  descriptionEnding,
  genericEnding,
  type SpeakerContext,
  type SpeakerHit,
  speakerHead,
  wordIndexBefore,
} from './speaker-phrases.ts';
import { DESCRIBING_PARTICIPLES } from './speaker-subjects.ts';
import { speakerBefore } from './speakers.ts';
import { verbAt, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

/**
 * The comma opening an apposition clause ("backed by", "which") that a list of names ends, when
 * the comma at `open` only separates the names ("…, backed by A, B and C,"); else null.
 */
function listOpening(ws: Word[], open: number, ctx: SpeakerContext): number | null {
  let o = open;
  for (let n = 0; n < 4 && o > 0 && ws[o].w === ',' && covering(ctx, ws[bracketStart(ws, o - 1)]); n++) {
    let p = o - 1;
    while (
      p > 0 &&
      o - p <= 18 &&
      ws[p].w !== ',' &&
      (APPOSITION_CLAUSE.has(ws[p].w) || MADE_UP.test(wordsFrom(ws, p)) || !verbAt(ws, p))
    )
      p--;
    if (p <= 0 || ws[p].w !== ',') return null;
    if (APPOSITION_CLAUSE.has(ws[p + 1]?.w ?? '')) return p;
    // "the alliance, a coalition made up of A, B and C, said": a noun the clause describes, first.
    if (/^(?:a|an)$/.test(ws[p + 1]?.w ?? '') && listHead(ws, p + 2)) return p;
    o = p;
  }
  return null;
}

/** "made up of": a list's members, as "comprising" tells them. */
const MADE_UP = /^made up of\b/;

function wordsFrom(ws: Word[], p: number): string {
  return ws
    .slice(p, p + 3)
    .map((w) => w.w)
    .join(' ');
}

/** Up to three words of a noun, then the word opening what it is made of: "coalition made up of", "alliance of". */
function listHead(ws: Word[], p: number): boolean {
  for (let q = p; q < p + 4 && q < ws.length; q++) {
    if (ws[q].w === ',') return false;
    if (APPOSITION_CLAUSE.has(ws[q].w) || MADE_UP.test(wordsFrom(ws, q)) || (q > p && ws[q].w === 'of'))
      return true;
  }
  return false;
}

const APPOSITION_CLAUSE = new Set([
  'whose',
  'who',
  'which',
  'headed',
  'commanded',
  'founded',
  'run',
  'controlled',
  'chaired',
  'represented',
  // "the committee, comprising ministers and service chiefs including X and Y, said".
  'comprising',
  'consisting',
  'composed',
  'grouping',
  // "the front, under the command of X, said": the one commanded speaks.
  'under',
  ...DESCRIBING_PARTICIPLES,
]);
const AGENT_MARKERS = new Set(['as', 'by', 'of', 'with', 'for', 'to', 'from', 'including', 'under']);
export const PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'for']);

/** "…, including A, B, the C and D," ending at the comma at word `end`: the parties listed. */
export function includedList(ws: Word[], end: number, ctx: SpeakerContext): SpeakerHit[] {
  let k = end - 1;
  const out: SpeakerHit[] = [];
  while (k > 0 && end - k < 24) {
    const w = ws[k];
    if (w.w === 'including' || (w.w === 'as' && ws[k - 1]?.w === 'such'))
      return ws[k - 1]?.w === ',' || w.w === 'as' ? out : [];
    if (w.w === ',' || w.w === 'and' || w.w === 'the') {
      k--;
      continue;
    }
    const m = covering(ctx, w);
    if (!m || m.type === 'place') return [];
    const from = wordIndexBefore(ws, m.start) + 1;
    out.unshift({ key: m.key, from, to: k + 1 });
    k = from - 1;
  }
  return [];
}

/**
 * "Sudan's army chief, Abdel Fattah al-Burhan, said": the name right before the comma or dash at
 * word j, or the person an apposition there describes; 'step' for a country that closes a place
 * phrase right before the verb at v ("The UN mission in Chad, MINUT, condemned …"); else null.
 */
export function nameBeforeComma(
  ws: Word[],
  j: number,
  v: number,
  ctx: SpeakerContext,
): SpeakerHit[] | 'step' | null {
  // "Sudan's army chief, Abdel Fattah al-Burhan, said": the name right before the comma.
  const named = covering(ctx, ws[bracketStart(ws, j - 1)]);
  const from = named ? wordIndexBefore(ws, named.start) + 1 : -1;
  // ... unless the name sits inside a relative or participle clause: "the RSF, led by X, said",
  // "the RSF, whose commander is known as X, said".
  let open = j - 1;
  while (open > 0 && j - open < 18 && ws[open].w !== ',' && ws[open].w !== '—' && ws[open].w !== '–') open--;
  // "the LNA, backed by A, B and C, has promised": past the commas of a list of names to the
  // clause that holds it.
  const listed = listOpening(ws, open, ctx);
  const clauseStart = ws[(listed ?? open) + 1]?.w ?? '';
  const inClause =
    APPOSITION_CLAUSE.has(clauseStart) ||
    (listed !== null && /^(?:a|an)$/.test(clauseStart)) ||
    (from > 0 && AGENT_MARKERS.has(ws[from - 1].w));
  // "Major X, the army spokesman of the 21st Battalion, said": the person the apposition describes.
  // ("X, general commander of the Y Forces (YF), on Saturday blamed …": a role with no
  // article opens the apposition too.)
  const roleAt = ws
    .slice(open + 1, open + 5)
    .findIndex((x) => verbLexicon().descriptionHeads.roleHeads.includes(x.w));
  const roleLed =
    roleAt >= 0 &&
    ws
      .slice(open + 1, open + 1 + roleAt)
      .every((x) => /^[\p{L}.-]+$/u.test(x.w) && !/(?:ed|ing)$/.test(x.w)) &&
    !APPOSITION_CLAUSE.has(clauseStart);
  const described =
    open > 0 && ws[open].w === ',' && (/^(the|a|an)$/.test(clauseStart) || roleLed)
      ? covering(ctx, ws[open - 1])
      : null;
  const describedFrom = described ? wordIndexBefore(ws, described.start) + 1 : -1;
  if (described?.type === 'person' && !(describedFrom > 0 && AGENT_MARKERS.has(ws[describedFrom - 1].w)))
    return [{ key: described.key, from: describedFrom, to: j }];
  // "The UN mission in Chad, MINUT, condemned …": a country closing a place phrase before the
  // comma is read with the phrase it closes.
  if (
    named &&
    !inClause &&
    named.type === 'country' &&
    from > 1 &&
    /^(?:in|of|from|at)$/.test(ws[from - 1].w) &&
    j === v - 1
  ) {
    return 'step';
  }
  if (named && !inClause) return [{ key: named.key, from, to: j }];
  return null;
}

/** An apposition between the speaker and the verb, closing at word j: "X, an adviser to the president, said". */
export function appositionBefore(ws: Word[], j: number, ctx: SpeakerContext): SpeakerHit[] {
  let k = j - 1;
  while (k >= 0 && j - k < 30 && ws[k].w !== ',' && ws[k].w !== '—' && ws[k].w !== '–') k--;
  k = listOpening(ws, k, ctx) ?? k;
  // (A long apposition only as a clause: "The AA, which represents … and is fighting …, has denied",
  // "the committee, comprising …, said".)
  if (
    k > 0 &&
    (j - k < 18 ||
      (j - k < 30 && APPOSITION_CLAUSE.has(ws[k + 1]?.w ?? '')) ||
      (j - k < 40 && /^(?:a|an)$/.test(ws[k + 1]?.w ?? '') && listHead(ws, k + 2)))
  ) {
    // "X (ACR), which is based in Y, said": the name before the bracket.
    const bracketed = ws[k - 1]?.w === ')' ? covering(ctx, ws[bracketStart(ws, k - 1)]) : null;
    if (bracketed) return [{ key: bracketed.key, from: wordIndexBefore(ws, bracketed.start) + 1, to: k }];
    // From the comma that opens the apposition, so that stacked appositions are stepped over
    // too: "the RSF, commanded by X, widely known as Y, said" → the RSF.
    const before = speakerBefore(ws, k + 1, ctx).filter((s) => s.to <= k && !s.reciprocal);
    if (before.length) return before;
    // "Officials at the centre, who reported …, said": a source before a phrase of place, not the place.
    const placed = genericBeforePlace(ws, k, ctx.text);
    if (placed) return [placed];
    // "The army, for its part, said": a description or generic source before the apposition.
    const desc = descriptionEnding(ws, k);
    if (desc) return [{ key: null, from: k - desc.length, to: k, description: desc.join(' ') }];
    const head = speakerHead(ws, k, ctx);
    if (head.length) return head;
    // "The National Security Committee, comprising …, said": a body described by its head noun.
    const body = describedSource(ws, k - 1, ctx);
    if (body) return [body];
    // "witnesses in A and in B, across the river, told": a generic source before place phrases.
    const generic = speakerBefore(ws, k, ctx).filter((s) => s.generic);
    if (generic.length) return generic;
    // "Lumen, which tracks militant channels, said": a name the entity layer does not know,
    // alone before a clause that describes it, opening the sentence.
    const unknown = unknownNameOpening(ws, k, ctx.text);
    if (unknown && (APPOSITION_CLAUSE.has(ws[k + 1]?.w ?? '') || /^(?:a|an)$/.test(ws[k + 1]?.w ?? '')))
      return [unknown];
  }
  return [];
}

/**
 * The name `m` at word j and the names coordinated with it: "Israel and Hamas both confirmed",
 * "Russia, China and Iran condemned", "Both the army and the RSF accused each other".
 */
export function coordinatedNames(ws: Word[], j: number, m: EntityMention, ctx: SpeakerContext): SpeakerHit[] {
  const from = wordIndexBefore(ws, m.start) + 1;
  const hits: SpeakerHit[] = [{ key: m.key, from, to: j + 1 }];
  // coordination: "Israel and Hamas both confirmed", "Russia, China and Iran condemned", "the
  // UN, the United States, the EU and France have expressed concern".
  // "Both the army and the RSF accused each other": the article before the last conjunct too.
  // (Only with "both" or a description: "Saudi Arabia and the United States said" stays one
  // joint statement, under the last named.)
  const the = ws[from - 1]?.w === 'the';
  const and = the ? from - 2 : from - 1;
  const both = ws.slice(Math.max(0, and - 6), and).some((x) => x.w === 'both');
  if (and >= 1 && ws[and].w === 'and' && (!the || both || !covering(ctx, ws[and - 1]))) {
    let end = and;
    for (let n = 0; n < 6 && end >= 1; n++) {
      const other = covering(ctx, ws[end - 1]);
      // "the army and the RSF": a description as the other conjunct.
      const desc = other ? null : descriptionEnding(ws, end);
      if (desc && n === 0) {
        hits.unshift({ key: null, from: end - desc.length, to: end, description: desc.join(' ') });
        break;
      }
      if (!other || hits.some((h) => h.key === other.key)) break;
      let start = wordIndexBefore(ws, other.start) + 1;
      hits.unshift({ key: other.key, from: start, to: end });
      if (start > 0 && ws[start - 1].w === 'the') start--;
      if (start < 2 || ws[start - 1].w !== ',') break;
      end = start - 1;
    }
  }
  return hits;
}

/**
 * A generic source before a short phrase of place in lower case ending at word `k`: "officials at
 * the centre", "residents of the camp" — the source, not the place.
 */
export function genericBeforePlace(ws: Word[], k: number, text: string): SpeakerHit | null {
  let p = k - 1;
  while (
    p > 0 &&
    k - p <= 3 &&
    !PREPOSITIONS.has(ws[p].w) &&
    /^\p{Ll}[\p{Ll}-]*$/u.test(text.slice(ws[p].start, ws[p].end))
  )
    p--;
  if (p < 1 || p === k - 1 || !/^(?:at|in|of|from)$/.test(ws[p].w)) return null;
  const head = genericEnding(ws, p, text);
  if (!head) return null;
  // (named with its place, as the text does: "officials at the centre")
  const from = p - head.length;
  const span = { start: ws[from].start, end: ws[k - 1].end };
  return { key: null, from, to: k, generic: { name: text.slice(span.start, span.end), span } };
}

/** One to four capitalised words from the sentence's start to word `k`, no known word among them: an unnamed source. */
function unknownNameOpening(ws: Word[], k: number, text: string): SpeakerHit | null {
  if (k < 1 || k > 4) return null;
  const run = ws.slice(0, k);
  if (!run.every((w) => /^\p{Lu}[\p{L}-]*$/u.test(text.slice(w.start, w.end)) && !isFunctionWord(w.w)))
    return null;
  const span = { start: run[0].start, end: run[k - 1].end };
  return { key: null, from: 0, to: k, generic: { name: text.slice(span.start, span.end), span } };
}
