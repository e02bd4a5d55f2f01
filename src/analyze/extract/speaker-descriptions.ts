/**
 * Descriptions a speaker is named by, for speakers.ts: a description before the verb standing for
 * a named entity ("the ministry", "an army spokesman"), a described person after it ("said an
 * activist known by the name X"), and a noun phrase right after a quotation ("a 34-year-old teacher
 * said").
 */

import { countryInWords } from '../entities/country.ts';
import type { EntityMention } from '../types.ts';
import { ARMED_KEY, ISSUED } from './claim-resolve.ts';
import {
  CLOSE_QUOTE,
  RUN_BY,
  SKIP,
  type SpeakerContext,
  type SpeakerHit,
  wordIndexBefore,
} from './speaker-phrases.ts';
import { verbAt, verbLexicon } from './verbs.ts';
import { matchBefore, phraseWords, type Word } from './words.ts';

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

/**
 * A definite or indefinite description ending at word j whose head names a source:
 * "the doctors' union", "an army spokesman", "the monitoring committee", "the mediators".
 * Resolved to an earlier entity whose name holds a word of the description ("union", "army"),
 * else kept as a generic source named by the description.
 */
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
  // "The Times of Israel newspaper": a body's name, reaching back past the modifiers, before its
  // kind of body is that body.
  const titled = heads.organisations.includes(ws[j].w)
    ? ctx.entities.find(
        (e) =>
          e.start < ws[from].start &&
          e.end === ws[j - 1]?.end &&
          e.type === 'organization' &&
          !e.key.startsWith('source:'),
      )
    : undefined;
  if (titled) return { key: titled.key, from: wordIndexBefore(ws, titled.start) + 1, to: j + 1 };
  const hasDet = from > 0 && DETERMINERS.has(ws[from - 1].w);
  if (!hasDet && from === j && !heads.organisations.includes(ws[j].w)) return null;
  const start = hasDet ? from - 1 : from;
  // "The Al-Shabaab militant group said …": a description that holds the body's own name.
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
  // ("An Eritrean government spokesman" after "the Ethiopian government": a state named in the
  // description is the one it speaks for.)
  const state = countryInWords(
    ws.slice(from, j).map((w) => ctx.text.slice(w.start, w.end)),
  )?.iso2.toLowerCase();
  // (Not a body of another state, by its key or the state its name holds — "the Sudanese doctors'
  // group" may be the Sudan Doctors Network — nor one of no state, but an armed group no state owns
  // may still be "the Lebanese group" named before.)
  const ownState = (e: EntityMention) =>
    /^country:([a-z]{2})$/.exec(e.key)?.[1] ??
    /^([a-z]{2}):/.exec(e.key)?.[1] ??
    /^country:([a-z]{2})$/.exec(e.affiliation ?? '')?.[1] ??
    countryInWords(e.name.split(/\s+/))?.iso2.toLowerCase();
  const otherState = (e: EntityMention) => {
    if (state === undefined) return false;
    const own = ownState(e);
    return own !== undefined ? own !== state : e.key.startsWith('source:');
  };
  for (const e of prior) {
    const name = e.name.toLowerCase();
    if ((stateForce && !ARMED_KEY.test(e.key)) || otherState(e)) continue;
    if (orgWords.length && orgWords.every((x) => name.includes(x)))
      return { key: e.key, from: start, to: j + 1 };
  }
  // Else the body whose name holds the description's head ("the army" in "an army spokesman"),
  // not a modifier ("defense" of "Gaza's civil defense agency" is not the Defense Forces).
  const head = orgWords[orgWords.length - 1];
  for (const e of prior) {
    if ((stateForce && !ARMED_KEY.test(e.key)) || otherState(e)) continue;
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
    // ("said the African nation's army": a possessive on the way to the head; "said a 34-year-old
    // teacher": an age.)
    /^(?:[\p{L}-]+|\d+-[\p{L}-]+)(?:'s)?$/u.test(ws[k].w) &&
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
