/**
 * Where the speaker of a draft stands when it is not the plain subject of the verb: after an
 * inverted verb at the sentence's end, at the head of a relative clause, past an opening adjunct,
 * or nowhere (an impersonal "it"); and where a relative clause of saying ends. Used by
 * claim-drafts.ts. Pure.
 */
import { WEEKDAYS } from '../time/lexicon.ts';
import { speakerAfter } from './speaker-after.ts';
import { isCloseQuote, type SpeakerContext, type SpeakerHit } from './speaker-phrases.ts';
import { AUX_OR_MODAL } from './speech-gates.ts';
import { isSourceNoun, verbAt, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

/** Day words that may close an inverted attribution: "said the spokesman on Saturday". */
const DAY_WORDS = /^(?:on|late|early|last|this|today|yesterday|night|morning|evening)$/;

/**
 * The speaker after an inverted verb when nothing but punctuation and day words follows it to the
 * end of the sentence ("…, said the rebel spokesman on Saturday."), or, with `acronym`, one
 * acronym in capitals ("…, denounces Human Rights Watch (HRW)."). Null otherwise.
 */
export function speakerClosing(
  ws: Word[],
  from: number,
  ctx: SpeakerContext,
  acronym: boolean,
): SpeakerHit[] | null {
  const after = speakerAfter(ws, from, ctx);
  if (!after.length) return null;
  const last = Math.max(0, ...after.map((h) => h.to));
  const rest = ws
    .slice(last)
    .filter((w) => !/^[.!?”"’)(]$/.test(w.w) && !DAY_WORDS.test(w.w) && !WEEKDAYS.has(w.w));
  if (rest.length === 0) return after;
  return acronym && rest.length === 1 && /^\p{Lu}+$/u.test(ctx.text.slice(rest[0].start, rest[0].end))
    ? after
    : null;
}

/**
 * The source a relative clause holding word `at` describes: "a Sudanese doctor who fled to Chad"
 * → "Sudanese doctor", when its head is a noun of a source or a role.
 */
export function relativeHead(ws: Word[], at: number, text: string): SpeakerHit | null {
  let who = at - 1;
  while (who > 0 && at - who < 12 && ws[who].w !== 'who') who--;
  if (ws[who]?.w !== 'who' || who < 1) return null;
  // (lower case, or capitalised only as the sentence's first word: "Residents who fled …")
  const lower = who === 1 || /^\p{Ll}+$/u.test(text.slice(ws[who - 1].start, ws[who - 1].end));
  if (!lower || !isSourceNoun(ws[who - 1].w, true)) return null;
  let from = who - 1;
  while (
    from > 0 &&
    who - from < 3 &&
    !/^(?:a|an|the|one|another)$/.test(ws[from - 1].w) &&
    /^[\p{L}-]+$/u.test(ws[from - 1].w)
  )
    from--;
  const span = { start: ws[from].start, end: ws[who - 1].end };
  return { key: null, from, to: who, generic: { name: text.slice(span.start, span.end), span } };
}

/**
 * The words before word `from` end in a deed's past-tense verb (and an article or lower-case
 * modifiers): "summoned the acting envoy …", "expelled two diplomats …" — what follows is its object.
 */
export function objectOfDeed(ws: Word[], from: number): boolean {
  let k = from - 1;
  while (k > 0 && from - k < 5 && /^(?:the|a|an|its|their|his|her)$/.test(ws[k].w)) k--;
  const w = ws[k];
  return (
    !!w && k > 0 && /^\p{Ll}+ed$/u.test(w.w) && !verbAt(ws, k) && !/^(?:and|but|,)$/.test(ws[k - 1]?.w ?? '')
  );
}

/**
 * "The army, whose spokesman, X, said the charges were false, has opened an inquiry": a verb of
 * saying inside a relative clause that opens after the sentence's subject says what stands up to
 * the comma where the main clause goes on (an auxiliary or a past form after it). The offset to
 * end the content at, or null. `v` is the verb's word index, `c` where its content starts.
 */
export function relativeClauseEnd(ws: Word[], v: number, c: number): number | null {
  const opener = ws.findIndex((w, k) => k < v && k > 0 && ws[k - 1].w === ',' && RELATIVE.test(w.w));
  // (The main clause's verb has not come yet: the words before the comma hold none.)
  if (opener < 0 || ws.slice(0, opener - 1).some((w) => AUX_OR_MODAL.test(w.w))) return null;
  // ("The army, which has denied the charges, said …": that clause closed before the verb.)
  for (let k = opener + 1; k < v; k++) if (AUX_OR_MODAL.test(ws[k].w) || verbAt(ws, k)) return null;
  for (let k = c + 1; k < ws.length - 1; k++) {
    if (ws[k].w !== ',') continue;
    // (A relative clause of the content's own, "the attack, which killed five, was …", closes first.)
    if (RELATIVE.test(ws[k + 1].w)) return null;
    if (AUX_OR_MODAL.test(ws[k + 1].w) || (/^\p{Ll}+ed$/u.test(ws[k + 1].w) && ws[k + 2]?.w !== 'by'))
      return ws[k].start;
  }
  return null;
}
const RELATIVE = /^(?:who|whose|which)$/;

/**
 * The opening adjunct (from word a0) ends at the comma before the speaker's title at `titleFrom`,
 * or before an apposition that leads to it: "speaking to reporters, the country's foreign
 * minister, X, said" — a short role between that comma and the name, no clause.
 */
export function adjunctEnds(ws: Word[], a0: number, titleFrom: number): boolean {
  const first = ws.findIndex((w, k) => k > a0 && (w.w === ',' || isCloseQuote(w)));
  if (first < 0 || first >= titleFrom - 1) return true;
  if (ws[first].w !== ',' || ws[titleFrom - 1]?.w !== ',') return false;
  const between = ws.slice(first + 1, titleFrom - 1);
  const heads = verbLexicon().descriptionHeads.roleHeads;
  return (
    between.length <= 6 &&
    between.every((w) => w.w !== ',' && !isCloseQuote(w)) &&
    between.some((w) => heads.includes(w.w))
  );
}

/**
 * The index of an expletive "it" opening a passive of saying that ends right before word `i`
 * ("It is being reported", "it was widely believed"), or -1.
 */
export function impersonalIt(ws: Word[], i: number): number {
  let k = i - 1;
  while (
    k >= 0 &&
    /^(?:is|was|has|had|have|been|being|be|also|widely|now|further|will|would|may)$/.test(ws[k].w)
  )
    k--;
  if (k === i - 1 || ws[k]?.w !== 'it' || !/^(?:is|was|has|had|will|would|may)$/.test(ws[k + 1].w)) return -1;
  // ("It has said that …" is the body speaking: only a passive, with a form of "be", is impersonal.)
  if (!ws.slice(k + 1, i).some((w) => /^(?:is|was|been|being|be)$/.test(w.w))) return -1;
  return k === 0 || /^(?:[,;:“"]|and|but)$/.test(ws[k - 1].w) ? k : -1;
}
