/**
 * The attributions of one sentence, as drafts for claims.ts: each reporting verb with its speakers
 * (before it, after it, the agent of a passive, or the subject a later clause shares), the content
 * it introduces and the mention it spans (claim-draft-spans.ts), and "according to X" — several in
 * a sentence included. Pure.
 */
import { draftSpans, endEarlierDraft, SAID_IN, type Speaking } from './claim-draft-spans.ts';
import { isQuote } from './claim-quotes.ts';
import {
  AUXILIARY,
  accordingToDrafts,
  type ClaimDraft,
  OPEN_QUOTES,
  quotedAsSaying,
  subjectOf,
} from './claim-sources.ts';
import { trimSpan } from './claim-tidy.ts';
import type { ClaimInput } from './claims.ts';
import { impersonalIt, objectOfDeed, relativeHead, speakerClosing } from './draft-speakers.ts';
import { speakerAfter } from './speaker-after.ts';
import { isCloseQuote, type SpeakerContext, type SpeakerHit } from './speaker-phrases.ts';
import { speakerBefore } from './speakers.ts';
import { AUX_OR_MODAL, notSpeech, speechGates } from './speech-gates.ts';
import { type VerbHit, verbAt, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

const PASSIVE_NEXT = new Set(['by']);

export type { ClaimDraft };

/**
 * The drafts of sentence `si`, the steps in order for each reporting verb: its speakers
 * (speakersOf), a relative clause closed before the subject speaks again, its content and mention
 * (draftSpans), one claim for a joint statement, and the end of the draft before; then "according
 * to X".
 */
export function draftsFor(input: ClaimInput, si: number, ws: Word[]): ClaimDraft[] {
  const { text } = input;
  const sent = input.sentences[si];
  const ctx = { text, entities: input.entities, times: input.times };
  const out: ClaimDraft[] = [];
  const used = new Set<number>();
  const gates = speechGates(ws);
  for (let i = 0; i < ws.length; i++) {
    const v = verbAt(ws, i);
    if (!v) continue;
    if (notSpeech(input, si, ws, i, v, gates, out.length > 0)) continue;
    // "It quoted an unnamed official as saying …": the one quoted says it.
    const quoted = quotedAsSaying(input, si, ws, i, v.to, v.entry.lemma, v.participle);
    if (quoted) {
      out.push(quoted.draft);
      i = quoted.next;
      continue;
    }
    const found = speakersOf(input, ws, i, v, out, ctx);
    if (!found) continue;
    let { speakers } = found;
    const { inverted, passive, inherited } = found;
    const lastDraft = out[out.length - 1];
    // "The army, which has denied targeting civilians, said it struck …": the subject speaks again
    // after its relative clause; the clause's own claim ends at the comma.
    const afterRelative = speaksAfterRelative(ws, i, speakers, inherited, lastDraft);
    if (afterRelative && lastDraft) {
      lastDraft.content = trimSpan(text, { start: lastDraft.content.start, end: ws[i - 1].start });
      lastDraft.mention = {
        start: lastDraft.mention.start,
        end: Math.max(lastDraft.content.end, Math.min(lastDraft.mention.end, ws[i - 1].start)),
      };
    } else if (!inherited && speakers.some((s) => used.has(s.from) && !s.reciprocal && !inverted)) continue;
    const spFrom = Math.min(...speakers.map((s) => s.from));
    const spTo = Math.max(...speakers.map((s) => s.to));
    const spans = draftSpans(input, si, ws, i, v, found, spFrom, spTo);
    if (!spans) continue;
    const { content, mention } = spans;
    if (content.end <= content.start) continue;
    // "X and Y said in a joint statement": one statement, one claim (under the first named).
    if (
      speakers.length > 1 &&
      !speakers.some((x) => x.reciprocal) &&
      /^\W*(?:\w+\s+){0,3}?in\s+a\s+joint\s+(?:statement|communiqu|declaration)/i.test(
        text.slice(ws[v.to - 1].end, sent.end),
      )
    )
      speakers = speakers.slice(0, 1);
    for (let k = spFrom; k < spTo; k++) used.add(k);
    out.push({
      speakers,
      // "rejected the attack", "rejects all violence": a deed rejected is condemned, not denied.
      // ("denied the attack" still denies it.)
      verbKind:
        verbLexicon().condemnedDeeds?.verbs.includes(v.entry.lemma) && deedRejected(ws, v.to)
          ? 'accusation'
          : v.entry.kind,
      lemma: v.entry.lemma,
      mention,
      content,
      quote: isQuote(text, content) || OPEN_QUOTES.test(text.slice(content.start, content.start + 1)),
      sentence: si,
      // When it was said: "On Monday, X said …", "X said on Monday that …", "…, X said on Monday."
      dateSpan:
        content.start >= ws[spFrom].start
          ? { start: sent.start, end: content.start }
          : { start: content.end, end: sent.end },
    });
    endEarlierDraft(input, si, out, mention, passive);
  }
  out.push(...accordingToDrafts(input, si, ws));
  return out;
}

/**
 * The speakers of verb `i`, step by step: the agent of a passive, the one accused with no agent,
 * an impersonal "it", the subject before the verb; then the inversions and the subject a clause
 * shares. Null when the verb has none, or hangs on a clause whose verb already tells it.
 */
function speakersOf(
  input: ClaimInput,
  ws: Word[],
  i: number,
  v: VerbHit,
  out: ClaimDraft[],
  ctx: SpeakerContext,
): Speaking | null {
  // The agent of a passive ("accused by X", "dismissed as “nonsense” by X") is the speaker.
  const agent = passiveAgent(input, ws, v, ctx);
  if (!agent) return null;
  let speakers = agent.speakers;
  const { passive } = agent;
  // "…, accusing X of …": a participle after a comma continues the subject of the clause, not
  // the noun just before the comma.
  const agentless = accusedWithoutAgent(ws, i, v, speakers);
  if (agentless) speakers = [{ key: null, from: i, to: v.to }];
  // "It is being reported that …", "it was said that …": no one is named; the outlet tells it.
  const expletive = !speakers.length && v.past && ws[v.to]?.w === 'that' ? impersonalIt(ws, i) : -1;
  if (expletive >= 0) speakers = [{ key: null, from: expletive, to: v.to }];
  if (!speakers.length) speakers = speakerBefore(ws, i, ctx);
  // "sent a letter to rebel leader X demanding …": the one written to does not demand.
  if (v.participle && speakers.length && speakers.every((h) => addressedBefore(ws, h.from))) speakers = [];
  if (onClaimsMadeBy(ws, i, speakers)) return null;
  const s: Speaking = { speakers, inverted: false, passive, inherited: false, agentless, sayLike: false };
  invertedSpeakers(ws, i, v, out, ctx, s);
  sharedSubject(input, ws, i, v, out, ctx, s);
  if (!s.speakers.length) return null;
  return s;
}

/** "to" right before word `from`, or before up to three lower-case words of a title: "a letter to rebel leader X". */
function addressedBefore(ws: Word[], from: number): boolean {
  for (let k = from - 1; k >= 0 && from - k <= 4; k--) {
    if (ws[k].w === 'to')
      return k >= 2 && /^(?:letter|message|note|appeal|request|call|cable)s?$/.test(ws[k - 1].w);
    if (!/^\p{Ll}+$/u.test(ws[k].w) || verbAt(ws, k) !== null) return false;
  }
  return false;
}

/**
 * The agent of a passive after verb `v`: "accused by X"; "The count was confirmed to Reuters by a
 * police officer" (the outlet told, then the agent). No speakers when there is none. Null for
 * "Witnesses quoted by AFP said …": the outlet that reached them, before their own verb.
 */
function passiveAgent(
  input: ClaimInput,
  ws: Word[],
  v: VerbHit,
  ctx: SpeakerContext,
): { speakers: SpeakerHit[]; passive: boolean } | null {
  let speakers: SpeakerHit[] = [];
  let passive = false;
  // ("The count was confirmed to Reuters by a police officer": the outlet told, then the agent.)
  const toldTo =
    ws[v.to]?.w === 'to' ? ws.slice(v.to + 1, v.to + 5).findIndex((w) => PASSIVE_NEXT.has(w.w)) : -1;
  // (An addressee by name only: not "thought to have been launched by …".)
  const addressee =
    toldTo > 0 &&
    ws
      .slice(v.to + 1, v.to + 1 + toldTo)
      .every((w) => /^\p{Lu}/u.test(input.text.slice(w.start, w.end)) || w.w === 'the');
  const agentAt = addressee ? v.to + 1 + toldTo : v.to;
  if (PASSIVE_NEXT.has(ws[agentAt]?.w ?? '') && v.past) {
    // "… said Sunday in remarks reported by AFP": the outlet that carried the words of the
    // verb before it, no claim of its own.
    if (v.from > 1 && ws[v.from - 2].w === 'in' && SAID_IN.test(ws[v.from - 1].w)) return null;
    speakers = speakerAfter(ws, agentAt + 1, ctx);
    passive = speakers.length > 0;
    // "Witnesses quoted by AFP said …": the outlet that reached them, before their own verb.
    const next = ws[Math.max(...speakers.map((h) => h.to), agentAt + 1)]?.w.toLowerCase() ?? '';
    if (
      passive &&
      (verbLexicon().reachedBy?.participles ?? []).includes(ws[v.from].w.toLowerCase()) &&
      (verbLexicon().forms.get(next) ?? []).length > 0
    )
      return null;
  }
  return { speakers, passive };
}

/**
 * "The RSF stands accused of killing civilians": with no "by", the one accused is no speaker —
 * the outlet reports the charge (speaker unknown).
 */
function accusedWithoutAgent(ws: Word[], i: number, v: VerbHit, speakers: SpeakerHit[]): boolean {
  return (
    !speakers.length &&
    v.past &&
    v.entry.kind === 'accusation' &&
    /^(been|was|were|is|are|be|being)$/.test(ws[i - 1]?.w ?? '') &&
    ws[v.to]?.w !== 'by' &&
    !(ws[v.to]?.w === 'as' && ws.slice(v.to, v.to + 8).some((w) => w.w === 'by'))
  );
}

/**
 * "… played down claims made by the army, saying they are invented": the participle hangs on
 * the main clause, not on the agent of the claims; that clause's verb already tells it.
 */
function onClaimsMadeBy(ws: Word[], i: number, speakers: SpeakerHit[]): boolean {
  if (/ing$/.test(ws[i].w) && speakers.length === 1) {
    // ("by the army" or "by army": the agent's "by", one determiner at most before the name.)
    const from = speakers[0].from;
    const by = ws[from - 1]?.w === 'by' ? from - 1 : ws[from - 2]?.w === 'by' ? from - 2 : -1;
    if (by > 0 && /^(?:made|issued|released|circulated|published)$/.test(ws[by - 1].w)) return true;
  }
  return false;
}

/**
 * Speakers after the verb, into `s`: "… on the base in eastern Chad, near the border, said the
 * rebel spokesman." (a place before the comma is no subject); "dismissed as “nonsense” by X";
 * "“…,” said X"; "…, denounces Human Rights Watch (HRW)." And none for a participle after a comma
 * ("…, accusing X of …") whose subject is not the last draft's.
 */
function invertedSpeakers(
  ws: Word[],
  i: number,
  v: VerbHit,
  out: ClaimDraft[],
  ctx: SpeakerContext,
  s: Speaking,
): void {
  // "… on the base in eastern Chad, near the border, said the rebel spokesman.": a place closing
  // the clause before the comma is no subject when a speaker follows the verb to the end of the
  // sentence.
  if (
    s.speakers.length === 1 &&
    ws[i - 1]?.w === ',' &&
    /^(?:country|place):/.test(s.speakers[0].key ?? '') &&
    verbLexicon().sayVerbs.includes(v.entry.lemma)
  ) {
    const after = speakerClosing(ws, v.to, ctx, false);
    if (after) {
      s.speakers = after;
      s.inverted = true;
    }
  }
  const lastDraft = out[out.length - 1];
  if (
    v.participle &&
    i > 0 &&
    ws[i - 1].w === ',' &&
    s.speakers.length &&
    !s.speakers.some((x) => lastDraft?.speakers.some((p) => p.key === x.key && p.from === x.from))
  )
    s.speakers = [];
  if (!s.speakers.length && v.past && ws[v.to] && ws[v.to].w === 'as') {
    // "dismissed as “nonsense” by X"
    let k = v.to + 1;
    while (k < ws.length && k < v.to + 8 && ws[k].w !== 'by') k++;
    if (ws[k]?.w === 'by') {
      s.speakers = speakerAfter(ws, k + 1, ctx);
      s.passive = s.speakers.length > 0;
    }
  }
  s.sayLike =
    !v.participle &&
    verbLexicon().sayVerbs.includes(v.entry.lemma) &&
    !verbLexicon().addresseeVerbs.includes(v.entry.lemma);
  if (!s.speakers.length && s.sayLike && i > 0 && (ws[i - 1].w === ',' || isCloseQuote(ws[i - 1]))) {
    s.speakers = speakerAfter(ws, v.to, ctx);
    // ("X, which monitors the media, said the group had claimed it": the one after the verb is
    // the subject of what was said, not who said it.)
    const last = s.speakers[s.speakers.length - 1];
    if (last && AUX_OR_MODAL.test(ws[last.to]?.w ?? '')) s.speakers = [];
    s.inverted = s.speakers.length > 0;
  }
  // "…, denounces Human Rights Watch (HRW).": any reporting verb inverted when its speaker ends
  // the sentence.
  // (Not "…, told AFP": the one told is never the one telling.)
  if (
    !s.speakers.length &&
    !v.participle &&
    i > 0 &&
    (ws[i - 1].w === ',' || isCloseQuote(ws[i - 1])) &&
    !verbLexicon().addresseeVerbs.includes(v.entry.lemma)
  ) {
    const after = speakerClosing(ws, v.to, ctx, true);
    if (after) {
      s.speakers = after;
      s.inverted = true;
    }
  }
}

/**
 * Clauses that share the subject of the sentence, into `s`: "X accused … and warned …", "…,
 * urging …", "X talked to Y to emphasise …", "… but has repeatedly denied"; the last draft's
 * content then ends at the conjunction. Not a noun inside the clause before "and" ("X accused the
 * army of a massacre and said …"), a place inside a relative clause ("A doctor who fled the city
 * to Chad told AFP …"), nor the one summoned ("India summoned the envoy of Pakistan, X, and
 * demanded …").
 */
function sharedSubject(
  input: ClaimInput,
  ws: Word[],
  i: number,
  v: VerbHit,
  out: ClaimDraft[],
  ctx: SpeakerContext,
  s: Speaking,
): void {
  const { text } = input;
  // Clauses that share the subject of the sentence: "X accused … and warned …", "…, urging …",
  // "X talked to Y to emphasise …".
  // "… but has repeatedly denied": the conjunction before auxiliaries and adverbs.
  let p = i - 1;
  while (p > 0 && (AUXILIARY.test(ws[p].w) || (/ly$/.test(ws[p].w) && ws[p].w.length > 4))) p--;
  const prevWord = ws[p]?.w;
  // "X accused the army of a massacre and said …": a noun inside the clause before "and" is
  // that clause's object, not the subject of the verb after it — unless it stands right before
  // "and" ("… and the army said").
  const lastInSentence = out[out.length - 1];
  if (
    (prevWord === 'and' || prevWord === 'but') &&
    lastInSentence &&
    s.speakers.length &&
    !s.passive &&
    s.speakers.every(
      (x) =>
        x.to < p &&
        ws[x.from].start >= lastInSentence.content.start &&
        ws[x.to - 1].end <= lastInSentence.content.end,
    )
  )
    s.speakers = [];
  // "A doctor who fled the city to Chad told AFP …": the place inside the relative clause is
  // where the one who speaks went, not who speaks.
  if (
    !s.inverted &&
    !s.passive &&
    s.speakers.length === 1 &&
    /^(?:country|place):/.test(s.speakers[0].key ?? '')
  ) {
    const head = relativeHead(ws, s.speakers[0].from, text);
    if (head) s.speakers = [head];
  }
  // "India summoned the envoy of Pakistan, X, and demanded …": the one summoned right before
  // "and" is the object of a deed's verb, not the subject of the verb after it.
  if (
    (prevWord === 'and' || prevWord === 'but') &&
    !lastInSentence &&
    s.speakers.length &&
    !s.passive &&
    !s.inverted &&
    objectOfDeed(ws, Math.min(...s.speakers.map((x) => x.from)))
  )
    s.speakers = [];
  if (!s.speakers.length && (v.participle || prevWord === 'and' || prevWord === 'but' || prevWord === 'to')) {
    const last = out[out.length - 1];
    s.speakers = last ? last.speakers : subjectOf(ws, i, ctx);
    s.inherited = s.speakers.length > 0;
    if (last && s.inherited && (prevWord === 'and' || prevWord === 'but')) {
      last.content = trimSpan(text, { start: last.content.start, end: ws[p].start });
      last.mention = { start: last.mention.start, end: Math.max(last.content.end, last.mention.start) };
    }
  }
}

/**
 * "The army, which has denied targeting civilians, said it struck …": the subject speaks again
 * after its relative clause, which the last draft spans past the comma before verb `i`.
 */
function speaksAfterRelative(
  ws: Word[],
  i: number,
  speakers: SpeakerHit[],
  inherited: boolean,
  lastDraft: ClaimDraft | undefined,
): boolean {
  return (
    !inherited &&
    ws[i - 1]?.w === ',' &&
    lastDraft !== undefined &&
    speakers.every((s) => s.to < i && /^(which|who)$/.test(ws[s.to + 1]?.w ?? '') && ws[s.to]?.w === ',') &&
    lastDraft.content.start < ws[i - 1].start &&
    lastDraft.content.end > ws[i - 1].start
  );
}

/** "rejected the attack", "rejects all violence" — not "rejected the attack claims". */
function deedRejected(ws: Word[], at: number): boolean {
  let k = at;
  while (
    k < ws.length &&
    k - at < 3 &&
    /^(?:the|this|that|these|those|all|any|such|every|latest|recent|cowardly|brutal|heinous)$/.test(ws[k].w)
  )
    k++;
  if (!(verbLexicon().condemnedDeeds?.nouns ?? []).includes(ws[k]?.w ?? '')) return false;
  return !verbLexicon().claimNouns.nouns.includes(ws[k + 1]?.w ?? '');
}
