/**
 * The attributions of one sentence, as drafts for claims.ts: each reporting verb with its speakers
 * (before it, after it, the agent of a passive, or the subject a later clause shares), the content
 * it introduces and the mention it spans, and "according to X" — several in a sentence included. Pure.
 */
import { isFunctionWord } from '../nlp/function-words.ts';
import { PAST_WORDS, WEEKDAYS } from '../time/lexicon.ts';
import type { Span } from '../types.ts';
import { contentStart, laterAttributionRe, pastAddressee } from './claim-content.ts';
import { isQuote, quoteBefore } from './claim-quotes.ts';
import { ISSUED } from './claim-resolve.ts';
import {
  AUXILIARY,
  accordingToDrafts,
  type ClaimDraft,
  citesSource,
  OPEN_QUOTES,
  quotedAsSaying,
  subjectOf,
} from './claim-sources.ts';
import { trimSpan } from './claim-tidy.ts';
import type { ClaimInput } from './claims.ts';
import { decisionHits } from './event-hits.ts';
import { findPhrase, lex } from './event-lexicon.ts';
import { figureLexicon } from './lexicon.ts';
import { speakerAfter } from './speaker-after.ts';
import { isCloseQuote, type SpeakerContext, type SpeakerHit } from './speaker-phrases.ts';
import { speakerBefore } from './speakers.ts';
import { titleStart } from './titles.ts';
import { isSourceNoun, verbAt, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

const AUX_OR_MODAL =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/;

/** Words that hold a verb: an auxiliary, a past form, or a quotation. */
function saysSomething(ws: Word[]): boolean {
  return ws.some(
    (w) =>
      AUX_OR_MODAL.test(w.w) ||
      /^\p{Ll}+ed$/u.test(w.w) ||
      PAST_WORDS.has(w.w) ||
      /^\p{Ll}+s$/u.test(w.w) ||
      /^[“”"]$/.test(w.w),
  );
}

const NEGATED_BEFORE =
  /\b(?:not|n't|never|rarely|seldom|declined to|refused to|asked to|yet to|no|none)(?:\s+(?:immediately|publicly|yet|officially))?$/;
/** "requesting anonymity", "asking not to be named": how a source speaks, not what it says. */
const ANONYMITY =
  /^(?:anonymity|not\s+to\s+be\s+(?:named|identified|quoted)|that\s+(?:his|her|their)\s+names?\s+(?:not\s+be|be\s+withheld))/i;
const PASSIVE_NEXT = new Set(['by']);
/** Adverbs that open a sentence before its adjunct: "However, speaking to reporters, …". */
const DISCOURSE =
  /^(?:however|meanwhile|but|and|also|separately|still|yet|instead|later|earlier|now|then|elsewhere)$/;
/** "claimed 38 lives", "claimed the lives of": what a verb of claiming takes when it kills. */
const LIVES_NEXT = /^(?:the\s+)?(?:[\d,]+\s+|\p{L}+\s+)?(?:lives?)\b/u;
/** Words after which a verb form is a noun: "a request for comment", "without warning". */
const NOUN_BEFORE = /^(?:a|an|the|no|any|for|without|this|its|their|his|her|our)$/;

/** Day words that may close an inverted attribution: "said the spokesman on Saturday". */
const DAY_WORDS = /^(?:on|late|early|last|this|today|yesterday|night|morning|evening)$/;

/**
 * The speaker after an inverted verb when nothing but punctuation and day words follows it to the
 * end of the sentence ("…, said the rebel spokesman on Saturday."), or, with `acronym`, one
 * acronym in capitals ("…, denounces Human Rights Watch (HRW)."). Null otherwise.
 */
function speakerClosing(
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

/** Words before a plural noun, never before a verb: "two states", "member states". */
const PLURAL_MODIFIER =
  /^(?:two|three|four|five|six|seven|eight|nine|ten|both|several|many|few|numerous|various|member|neighbouring|neighboring|other|\d+)$/;

/** A form like "reports" read as a plural noun: before a finite verb, or closing "in <det> <noun> …". */
const COPULA_AFTER = /^(?:were|was|are|is|had|have|has|did|do)$/;
const PREP_DET = /^(?:in|of|from|by|on|to|with)$/;
const QUANT = /^(?:most|many|some|several|all|other|local|the|these|those|such|earlier|recent|media)$/;
function pluralNounAt(ws: Word[], i: number): boolean {
  // (After a lower-case modifier only: "the media reports were", not "the agency reports were …".)
  if (COPULA_AFTER.test(ws[i + 1]?.w ?? '') && QUANT.test(ws[i - 1]?.w ?? '')) return true;
  // "in most media reports", "from local news reports": a preposition, then only modifiers.
  for (let k = i - 1; k >= Math.max(0, i - 4); k--) {
    if (PREP_DET.test(ws[k].w)) return k < i - 1;
    if (!QUANT.test(ws[k].w) && !/^(?:news|press|state|official|unconfirmed)$/.test(ws[k].w)) return false;
  }
  return false;
}

/**
 * "dismissed the Tamil Front claims as …", "rejected the rebel reports": a plural claim noun after a
 * verb, its determiner and a few capitalised or lower-case modifiers is that verb's object.
 */
function objectOfVerb(ws: Word[], i: number): boolean {
  for (let k = i - 2; k >= Math.max(0, i - 5); k--) {
    if (!/^[\p{L}-]+$/u.test(ws[k].w)) return false;
    if (/^(?:the|these|those|such)$/.test(ws[k].w)) return k > 0 && verbAt(ws, k - 1) !== null;
  }
  return false;
}

/** The subject of a passive at word i is a proposal: "the new offers have been (turned down)". */
function proposalSubject(ws: Word[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && AUX_OR_MODAL.test(ws[k].w)) k--;
  return k < i - 1 && k >= 0 && verbLexicon().proposalNouns.nouns.includes(ws[k].w);
}

export type { ClaimDraft };

export function draftsFor(input: ClaimInput, si: number, ws: Word[]): ClaimDraft[] {
  const { text } = input;
  const sent = input.sentences[si];
  const ctx = { text, entities: input.entities, times: input.times };
  const out: ClaimDraft[] = [];
  const used = new Set<number>();
  const decisions = decisionHits(ws);
  const decisionNouns = findPhrase(ws, lex().decisions.nouns);
  for (let i = 0; i < ws.length; i++) {
    const v = verbAt(ws, i);
    if (!v) continue;
    // A verb form inside a name is no verb: "the United States", "Edward Said".
    if (input.entities.some((e) => e.start <= ws[i].start && ws[i].end <= e.end)) continue;
    // "Russia was to blame", "the minister is to announce …": after "be to", a predicate or a plan,
    // not a claim made.
    if (ws[i - 1]?.w === 'to' && /^(?:is|are|was|were|be|been|being|'s)$/.test(ws[i - 2]?.w ?? '')) continue;
    // ("Media reports said …", "the claims say": a noun — the subject of the verb of saying after it.)
    if (
      v.to === i + 1 &&
      i + 1 < ws.length &&
      !v.past &&
      !v.participle &&
      verbAt(ws, i + 1)?.entry.lemma === 'say'
    )
      continue;
    // "a request for comment", "without warning", "their claims", "West Kordofan state": a noun.
    if (
      NOUN_BEFORE.test(ws[i - 1]?.w ?? '') ||
      (i > 0 &&
        !v.past &&
        !v.participle &&
        input.entities.some(
          (e) => e.type === 'place' && e.start <= ws[i - 1].start && ws[i - 1].end <= e.end,
        ) &&
        /^(state|post)$/.test(ws[i].w)) ||
      // "the northern state of Kachin": a noun before "of".
      (/^states?$/.test(ws[i].w) && ws[i + 1]?.w === 'of')
    )
      continue;
    // "The Saudi warning gained attention", "a stern warning to": an "-ing" form after a
    // determiner and one modifier is a noun, unless what was said follows it.
    if (
      /ing$/.test(ws[i].w) &&
      /^(?:a|an|the|this|that|its|their|his|her)$/.test(ws[i - 2]?.w ?? '') &&
      /^[\p{L}-]+$/u.test(ws[i - 1]?.w ?? '') &&
      // ("a statement accusing X of …": the document's words, a participle after its noun.)
      !ISSUED.test(ws[i - 1].w) &&
      !/^(?:video|message|post|tweet|note|resolution|document)$/.test(ws[i - 1].w) &&
      !verbLexicon().claimNouns.nouns.includes(ws[i - 1].w) &&
      !/^(?:that|:|,|[“"«‘])$/.test(ws[v.to]?.w ?? '') &&
      !verbAt(ws, i - 1)
    )
      continue;
    // "between the two states", "member states", "other reports": after a count or such a
    // modifier, an "-s" form is a plural noun.
    if (!v.past && !v.participle && /s$/.test(ws[i].w) && PLURAL_MODIFIER.test(ws[i - 1]?.w ?? '')) continue;
    // "the media reports were wrong", "in most media reports.": a plural noun, not a verb.
    if (
      !v.past &&
      !v.participle &&
      verbLexicon().claimNouns.nouns.includes(ws[i].w) &&
      /s$/.test(ws[i].w) &&
      // ("denying military reports of ten deaths": a report of something is a noun.)
      (pluralNounAt(ws, i) || ws[i + 1]?.w === 'of')
    )
      continue;
    // "dismissed the AP report, saying …", "dismissed the X claims as …": a claim noun as a verb's
    // object is no verb either. ("refuted the military report that …" still tells the report's
    // content, as its owner's claim; a plural noun never does.)
    if (
      !v.past &&
      !v.participle &&
      verbLexicon().claimNouns.nouns.includes(ws[i].w) &&
      (/s$/.test(ws[i].w) || !/^(?:that|:|[“"«‘])$/.test(ws[v.to]?.w ?? '')) &&
      objectOfVerb(ws, i)
    )
      continue;
    // "declared a state of emergency", "announced a curfew": a decision (an event), not words reported.
    // ("a 90-day state of emergency": no verb "state" either.)
    if (decisions.some((h) => h.from === i) || decisionNouns.some((n) => n.at <= i && i < n.at + n.len))
      continue;
    // "the crash, which claimed 38 lives": lives taken, no claim made.
    if (
      v.entry.lemma === 'claim' &&
      LIVES_NEXT.test(
        ws
          .slice(v.to, v.to + 4)
          .map((w) => w.w)
          .join(' '),
      )
    )
      continue;
    // "Famine has been reported in the east", "Casualties were confirmed": the thing reported is
    // the subject of the passive; with no "by", nobody named says it (and no claim is drawn).
    if (
      v.past &&
      v.entry.kind !== 'accusation' &&
      /^(?:was|were|been|is|are)$/.test(ws[i - 1]?.w ?? '') &&
      !/^(?:as|that|to)$/.test(ws[v.to]?.w ?? '') &&
      !ws.slice(v.to).some((w) => w.w === 'by') &&
      // ("It was reported that …": the outlet's own report.)
      !/^(?:it|this|that)$/.test(ws[/^(?:has|have|had)$/.test(ws[i - 2]?.w ?? '') ? i - 3 : i - 2]?.w ?? '')
    )
      continue;
    // "did not say", "has not commented", "declined to comment": nothing was said.
    if (
      NEGATED_BEFORE.test(
        ws
          .slice(Math.max(0, i - 3), i)
          .map((w) => w.w)
          .join(' '),
      )
    )
      continue;
    // "The channel, citing the coalition, reported …": the source of what the main verb says.
    // "X reported …, citing the health ministry": where the report came from, not another claim.
    if (
      v.participle &&
      /^(cite|quote)$/.test(v.entry.lemma) &&
      ws[i - 1]?.w === ',' &&
      (citesSource(ws, v.to) || out.length > 0)
    )
      continue;
    // "speaking on condition of anonymity", "who requested anonymity", "who asked not to be
    // named": how the source speaks, no claim of its own.
    if (
      (v.participle && /ing$/.test(ws[i].w)) ||
      /^(?:who|and)$/.test(ws[i - 1]?.w ?? '') ||
      v.entry.kind === 'appeal'
    ) {
      if (ANONYMITY.test(text.slice(ws[v.to]?.start ?? text.length, sent.end))) continue;
    }
    // "“…,” the statement read.": a text reads out only the quotation before it ("the book he read." is no claim).
    if (v.entry.lemma === 'read' && ws[v.to - 1]?.w === '.' && !ws.slice(0, i).some((w) => isCloseQuote(w)))
      continue;
    // "would respond to any attack": answering with arms, not words.
    // "returned fire and responded", "prompted troops to respond.": answering with arms too — words
    // only when what was said follows ("responded that …", "replied: …") or a quote came before it.
    if (
      /^(respond|reply)$/.test(v.entry.lemma) &&
      (ws[v.to]?.w === 'to' ||
        (!/^(?:that|:|by|with|[“"«‘])$/.test(ws[v.to]?.w ?? '') &&
          !(ws[v.to]?.w === ',' && /^[“"«‘]$/.test(ws[v.to + 1]?.w ?? '')) &&
          !ws.slice(0, i).some((w) => isCloseQuote(w))))
    )
      continue;
    // "officials briefing reporters on Saturday stressed …": the briefing is how the main verb was said.
    if (
      v.participle &&
      verbLexicon().addresseeVerbs.includes(v.entry.lemma) &&
      ws[i - 1]?.w !== ',' &&
      ws.slice(v.to).some((_, k) => verbAt(ws, v.to + k) !== null)
    )
      continue;
    // "observed the ceasefire", "maintains an office": not speech ("observed that …", "…, he observed").
    if (
      verbLexicon().clauseOnlyVerbs.verbs.includes(v.entry.lemma) &&
      // "…, he observed." — but not "an army post." (a noun before the word ends nothing).
      !(
        /^(that|:|[”"’])$/.test(ws[v.to]?.w ?? '') ||
        (/^[,.]$/.test(ws[v.to]?.w ?? '.') && !/^\p{Ll}+$/u.test(ws[i - 1]?.w ?? '')) ||
        (/^[,.]$/.test(ws[v.to]?.w ?? '.') && /^(he|she|it|they|we|i)$/.test(ws[i - 1]?.w ?? '')) ||
        // "“…,” the envoy observed."
        (/^[,.]$/.test(ws[v.to]?.w ?? '.') && ws.slice(0, i).some((w) => isCloseQuote(w))) ||
        // "“…,” indicated the envoy.", "“…”, indicated the group": the quote is what it reports.
        (i > 0 && (isCloseQuote(ws[i - 1]) || (ws[i - 1].w === ',' && i > 1 && isCloseQuote(ws[i - 2]))))
      ) &&
      // "posted on Telegram that …", "disclosed to reporters that …", "posted to the social
      // platform X that …"
      !(
        /^(on|in|to)$/.test(ws[v.to]?.w ?? '') &&
        ws.slice(v.to + 1, v.to + 7).some((w) => /^(that|:)$/.test(w.w))
      )
    )
      continue;
    // "counted “at least 46” dead" reports a toll; "counted the dead" is a deed.
    if (
      verbLexicon().clauseOnlyVerbs.countObjectVerbs?.includes(v.entry.lemma) &&
      !ws
        .slice(v.from + 1, v.from + 6)
        .some((w) => /\d/.test(w.w) || w.w in figureLexicon().numberWords || w.w in figureLexicon().vague)
    )
      continue;
    // "fired warning shots": a noun compound, no warning given.
    if (findPhrase(ws, verbLexicon().nounCompounds?.phrases ?? [], i, i + 1).length) continue;
    // "countered the report", "countered that …": not "countered the offensive".
    // ("“…,” countered the minister": what was said came before.)
    if (
      verbLexicon().clauseOnlyVerbs.claimObjectVerbs?.includes(v.entry.lemma) &&
      !claimObjectAt(ws, v.to) &&
      !(i > 0 && isCloseQuote(ws[i - 1]))
    )
      continue;
    // "have contested sovereignty over the islands": a dispute over what is held, no statement.
    if (
      v.entry.kind === 'denial' &&
      /^(?:contest|dispute)$/.test(v.entry.lemma) &&
      heldThing(ws.slice(v.to, v.to + 3).map((w) => w.w))
    )
      continue;
    // "its overtures had been rejected by X", "the offer was turned down": a decision, no claim.
    if (v.entry.kind === 'denial' && v.past && proposalSubject(ws, i)) continue;
    // "It quoted an unnamed official as saying …": the one quoted says it.
    const quoted = quotedAsSaying(input, si, ws, i, v.to, v.entry.lemma, v.participle);
    if (quoted) {
      out.push(quoted.draft);
      i = quoted.next;
      continue;
    }
    // The agent of a passive ("accused by X", "dismissed as “nonsense” by X") is the speaker.
    let speakers: SpeakerHit[] = [];
    let inverted = false;
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
      speakers = speakerAfter(ws, agentAt + 1, ctx);
      passive = speakers.length > 0;
      // "Witnesses quoted by AFP said …": the outlet that reached them, before their own verb.
      const next = ws[Math.max(...speakers.map((h) => h.to), agentAt + 1)]?.w.toLowerCase() ?? '';
      if (
        passive &&
        (verbLexicon().reachedBy?.participles ?? []).includes(ws[v.from].w.toLowerCase()) &&
        (verbLexicon().forms.get(next) ?? []).length > 0
      )
        continue;
    }
    // "…, accusing X of …": a participle after a comma continues the subject of the clause, not
    // the noun just before the comma.
    // "The RSF has been accused of killing civilians": with no "by", the one accused is no speaker —
    // the outlet reports the charge (speaker unknown).
    const agentless =
      !speakers.length &&
      v.past &&
      v.entry.kind === 'accusation' &&
      /^(been|was|were|is|are|be|being)$/.test(ws[i - 1]?.w ?? '') &&
      ws[v.to]?.w !== 'by' &&
      !(ws[v.to]?.w === 'as' && ws.slice(v.to, v.to + 8).some((w) => w.w === 'by'));
    if (agentless) speakers = [{ key: null, from: i, to: v.to }];
    // "It is being reported that …", "it was said that …": no one is named; the outlet tells it.
    const expletive = !speakers.length && v.past && ws[v.to]?.w === 'that' ? impersonalIt(ws, i) : -1;
    if (expletive >= 0) speakers = [{ key: null, from: expletive, to: v.to }];
    if (!speakers.length) speakers = speakerBefore(ws, i, ctx);
    // "… played down claims made by the army, saying they are invented": the participle hangs on
    // the main clause, not on the agent of the claims; that clause's verb already tells it.
    if (/ing$/.test(ws[i].w) && speakers.length === 1) {
      // ("by the army" or "by army": the agent's "by", one determiner at most before the name.)
      const from = speakers[0].from;
      const by = ws[from - 1]?.w === 'by' ? from - 1 : ws[from - 2]?.w === 'by' ? from - 2 : -1;
      if (by > 0 && /^(?:made|issued|released|circulated|published)$/.test(ws[by - 1].w)) continue;
    }
    // "… on the base in eastern Chad, near the border, said the rebel spokesman.": a place closing
    // the clause before the comma is no subject when a speaker follows the verb to the end of the
    // sentence.
    if (
      speakers.length === 1 &&
      ws[i - 1]?.w === ',' &&
      /^(?:country|place):/.test(speakers[0].key ?? '') &&
      verbLexicon().sayVerbs.includes(v.entry.lemma)
    ) {
      const after = speakerClosing(ws, v.to, ctx, false);
      if (after) {
        speakers = after;
        inverted = true;
      }
    }
    const lastDraft = out[out.length - 1];
    if (
      v.participle &&
      i > 0 &&
      ws[i - 1].w === ',' &&
      speakers.length &&
      !speakers.some((s) => lastDraft?.speakers.some((p) => p.key === s.key && p.from === s.from))
    )
      speakers = [];
    if (!speakers.length && v.past && ws[v.to] && ws[v.to].w === 'as') {
      // "dismissed as “nonsense” by X"
      let k = v.to + 1;
      while (k < ws.length && k < v.to + 8 && ws[k].w !== 'by') k++;
      if (ws[k]?.w === 'by') {
        speakers = speakerAfter(ws, k + 1, ctx);
        passive = speakers.length > 0;
      }
    }
    const sayLike =
      !v.participle &&
      verbLexicon().sayVerbs.includes(v.entry.lemma) &&
      !verbLexicon().addresseeVerbs.includes(v.entry.lemma);
    if (!speakers.length && sayLike && i > 0 && (ws[i - 1].w === ',' || isCloseQuote(ws[i - 1]))) {
      speakers = speakerAfter(ws, v.to, ctx);
      // ("X, which monitors the media, said the group had claimed it": the one after the verb is
      // the subject of what was said, not who said it.)
      const last = speakers[speakers.length - 1];
      if (last && AUX_OR_MODAL.test(ws[last.to]?.w ?? '')) speakers = [];
      inverted = speakers.length > 0;
    }
    // "…, denounces Human Rights Watch (HRW).": any reporting verb inverted when its speaker ends
    // the sentence.
    // (Not "…, told AFP": the one told is never the one telling.)
    if (
      !speakers.length &&
      !v.participle &&
      i > 0 &&
      (ws[i - 1].w === ',' || isCloseQuote(ws[i - 1])) &&
      !verbLexicon().addresseeVerbs.includes(v.entry.lemma)
    ) {
      const after = speakerClosing(ws, v.to, ctx, true);
      if (after) {
        speakers = after;
        inverted = true;
      }
    }
    // Clauses that share the subject of the sentence: "X accused … and warned …", "…, urging …",
    // "X talked to Y to emphasise …".
    let inherited = false;
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
      speakers.length &&
      !passive &&
      speakers.every(
        (s) =>
          s.to < p &&
          ws[s.from].start >= lastInSentence.content.start &&
          ws[s.to - 1].end <= lastInSentence.content.end,
      )
    )
      speakers = [];
    // "A doctor who fled the city to Chad told AFP …": the place inside the relative clause is
    // where the one who speaks went, not who speaks.
    if (!inverted && !passive && speakers.length === 1 && /^(?:country|place):/.test(speakers[0].key ?? '')) {
      const head = relativeHead(ws, speakers[0].from, text);
      if (head) speakers = [head];
    }
    // "India summoned the envoy of Pakistan, X, and demanded …": the one summoned right before
    // "and" is the object of a deed's verb, not the subject of the verb after it.
    if (
      (prevWord === 'and' || prevWord === 'but') &&
      !lastInSentence &&
      speakers.length &&
      !passive &&
      !inverted &&
      objectOfDeed(ws, Math.min(...speakers.map((x) => x.from)))
    )
      speakers = [];
    if (!speakers.length && (v.participle || prevWord === 'and' || prevWord === 'but' || prevWord === 'to')) {
      const last = out[out.length - 1];
      speakers = last ? last.speakers : subjectOf(ws, i, ctx);
      inherited = speakers.length > 0;
      if (last && inherited && (prevWord === 'and' || prevWord === 'but')) {
        last.content = trimSpan(text, { start: last.content.start, end: ws[p].start });
        last.mention = { start: last.mention.start, end: Math.max(last.content.end, last.mention.start) };
      }
    }
    if (!speakers.length) continue;
    // "The army, which has denied targeting civilians, said it struck …": the subject speaks again
    // after its relative clause; the clause's own claim ends at the comma.
    const afterRelative =
      !inherited &&
      ws[i - 1]?.w === ',' &&
      lastDraft !== undefined &&
      speakers.every((s) => s.to < i && /^(which|who)$/.test(ws[s.to + 1]?.w ?? '') && ws[s.to]?.w === ',') &&
      lastDraft.content.start < ws[i - 1].start &&
      lastDraft.content.end > ws[i - 1].start;
    if (afterRelative && lastDraft) {
      lastDraft.content = trimSpan(text, { start: lastDraft.content.start, end: ws[i - 1].start });
      lastDraft.mention = {
        start: lastDraft.mention.start,
        end: Math.max(lastDraft.content.end, Math.min(lastDraft.mention.end, ws[i - 1].start)),
      };
    } else if (!inherited && speakers.some((s) => used.has(s.from) && !s.reciprocal && !inverted)) continue;
    const spFrom = Math.min(...speakers.map((s) => s.from));
    const spTo = Math.max(...speakers.map((s) => s.to));
    // Inverted attribution: the content is what stands before ", X said" in the sentence.
    // "…,” Taliban spokesman X said": the title between the quotation and the name is the speaker's.
    const titled = titleStart(ws, spFrom, text, input.entities);
    // "…, the defence ministry's spokesman X said": the article may open the title.
    const opens = (k: number) =>
      k > 0 &&
      (/^[,”"»]$/.test(ws[k - 1].w) || (ws[k - 1].w === 'the' && k > 1 && /^[,”"»]$/.test(ws[k - 2].w)));
    const titleFrom = titled < spFrom && opens(titled) ? titled : spFrom;
    // "…, the state-run news agency Petra said": the article and a modifier or two may open it.
    let opener = titleFrom;
    while (
      opener > 0 &&
      titleFrom - opener < 3 &&
      /^\p{Ll}[\p{Ll}-]*$/u.test(text.slice(ws[opener - 1].start, ws[opener - 1].end)) &&
      /-|^(?:state|official|government|local|independent|private|public|national|regional)$/.test(
        ws[opener - 1].w,
      ) &&
      !verbAt(ws, opener - 1)
    )
      opener--;
    // "…, press freedom group Reporters Without Borders said.": a description of the name, all in
    // lower-case nouns, between the comma and the name.
    if (opener === titleFrom && opener > 1) {
      let k = opener;
      while (
        k > 0 &&
        opener - k < 4 &&
        /^\p{Ll}[\p{Ll}-]*$/u.test(text.slice(ws[k - 1].start, ws[k - 1].end)) &&
        !isFunctionWord(ws[k - 1].w) &&
        !/(?:ing|ed|ly)$/.test(ws[k - 1].w) &&
        !verbAt(ws, k - 1)
      )
        k--;
      if (
        k < opener &&
        ws[k - 1]?.w === ',' &&
        input.entities.some((e) => e.start === ws[titleFrom].start && e.type !== 'place')
      )
        opener = k;
    }
    // "…, the country's health ministry said": a common noun's possessive opens it too.
    if (opener > 0 && /^\p{Ll}[\p{Ll}-]*['’]s$/u.test(text.slice(ws[opener - 1].start, ws[opener - 1].end)))
      opener--;
    const before = opener > 0 ? ws[ws[opener - 1].w === 'the' ? opener - 2 : opener - 1] : undefined;
    // "…, X said (on Monday)." — the verb ends the sentence but for a few words of adjuncts.
    const tail = ws.slice(v.to).filter((w) => !/^[.,;:!?”"’)]$/.test(w.w));
    // "“…,” he warned, saying …": a participle clause after the verb does not stop the inversion.
    // "…, the army said late Wednesday, adding …": a time may stand between.
    let afterVerb = v.to;
    // "…,” X told reporters Monday, denying …": past the one told, too.
    afterVerb = pastAddressee(input, ws, afterVerb, v.entry.lemma);
    for (const t of input.times)
      if (ws[afterVerb] && t.start <= ws[afterVerb].start + 6 && t.start >= ws[v.to - 1].end)
        while (afterVerb < ws.length && ws[afterVerb].end <= t.end) afterVerb++;
    const participleNext =
      ws[afterVerb]?.w === ',' &&
      // "…, X said on Saturday, while Y said …": a clause of its own goes on after the attribution.
      /ing$|^(?:while|whereas|but|as)$/.test(ws[afterVerb + 1]?.w ?? '');
    // "…, an insurgent source told AFP (on Sunday)." — told whom, then nothing more.
    const toldWhom =
      !v.participle &&
      verbLexicon().addresseeVerbs.includes(v.entry.lemma) &&
      tail.length > 0 &&
      !tail.some((w) => w.w === 'that');
    // "If X had air defences, he added, “the missile could have been stopped”": a quotation right
    // after the verb is what was said, not the clause before the parenthetical.
    const quoteNext = /^[,:]$/.test(ws[v.to]?.w ?? '') && /^[“"«„]$/.test(ws[v.to + 1]?.w ?? '');
    // "Speaking to reporters in Kyiv, X said …", "In a post on Telegram, X said …": an adjunct
    // opening the sentence is not what was said.
    // ("However, speaking to Reuters, X said …": past a discourse adverb that opens the sentence.)
    const a0 = DISCOURSE.test(ws[0]?.w ?? '') ? (ws[1]?.w === ',' ? 2 : 1) : 0;
    const adjunctOnly =
      titleFrom > a0 &&
      /^(?:\p{Ll}+ing|asked|in|on|at|during|after|before|while|when|addressing|following|writing|via)$/iu.test(
        ws[a0]?.w ?? '',
      ) &&
      adjunctEnds(ws, a0, titleFrom) &&
      // "At least five were former rebels, the government said": a clause, not an adjunct.
      !(ws[a0].w === 'at' && /^(?:least|most)$/.test(ws[a0 + 1]?.w ?? '')) &&
      !ws.slice(a0 + 1, titleFrom).some((w) => AUX_OR_MODAL.test(w.w));
    const invertedBefore =
      !passive &&
      !adjunctOnly &&
      !quoteNext &&
      (sayLike || toldWhom || (!v.participle && isCloseQuote(before))) &&
      (before?.w === ',' || isCloseQuote(before)) &&
      spFrom > 2 &&
      // "…, the Kremlin said when asked about …": an adjunct clause after the verb.
      (tail.length < 8 ||
        participleNext ||
        /^(?:when|after|while|before)$/.test(tail[0]?.w ?? '') ||
        // "…, X said during a news conference at the museum in the capital.": adjuncts only.
        (/^(?:during|at|in|on|from|via|through|to)$/.test(tail[0]?.w ?? '') &&
          !ws.slice(v.to).some((_, k) => verbAt(ws, v.to + k) !== null))) &&
      tail[0]?.w !== 'that' &&
      // "The head of the monitoring group, Jane Doe, said …": a subject before its apposition
      // is no statement — what precedes the comma must say something (a verb or a quotation).
      (isCloseQuote(before) || saysSomething(ws.slice(0, titleFrom)));
    let content: Span;
    let mention: Span;
    if (inverted || invertedBefore) {
      const edge = inverted ? ws[i - 1] : (before as Word);
      const end = isCloseQuote(edge) ? edge.end : edge.start;
      content = trimSpan(text, { start: sent.start, end });
      mention = { start: content.start, end: ws[Math.max(v.to, spTo) - 1].end };
    } else if (passive) {
      const from = Math.max(0, i - 3);
      content = trimSpan(text, { start: ws[from].start, end: ws[v.to - 1].end });
      mention = { start: ws[from].start, end: ws[spTo - 1].end };
    } else {
      const c = contentStart(input, ws, v.to, v.entry.lemma);
      const bare = c >= ws.length || /^[.!?]$/.test(ws[c].w);
      const quoted = bare && sayLike && spFrom === 0 ? quoteBefore(input, si) : null;
      if (quoted) {
        // “….” Mujahid said. — the quotation just before is what was said.
        content = quoted;
        mention = { start: quoted.start, end: ws[v.to - 1].end };
      } else if (
        bare &&
        (c >= ws.length || c === v.to) &&
        /\baccording\s+to(?:\s+[\p{L}'’-]+){1,4}\s*$/iu.test(text.slice(sent.start, ws[i].start))
      ) {
        // ("…, according to police reports.": the source's noun, not a verb of saying.)
        continue;
      } else {
        // "Y denied that." / "Y rejected it.": the object refers back to an earlier claim.
        content = bare
          ? { start: ws[i].start, end: ws[Math.min(ws.length, v.to + 1) - 1].end }
          : trimSpan(text, { start: ws[c].start, end: relativeClauseEnd(ws, i, c) ?? sent.end });
        mention = { start: inherited ? ws[i].start : ws[spFrom].start, end: content.end };
      }
    }
    if (agentless) {
      // The whole clause is what the outlet reports: "X has been accused of …".
      content = trimSpan(text, { start: sent.start, end: content.end });
      mention = content;
    }
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
    // A later attribution in the same sentence (", a claim dismissed by Y", ", but Y denied")
    // ends the content of the one before it.
    const prev = out.length >= 2 ? out[out.length - 2] : null;
    const lead = laterAttributionRe().exec(text.slice(sent.start, mention.start));
    if (prev && prev.content.end > mention.start && (passive || lead)) {
      // The content ends before the apposition that introduces the answer: "…, a claim", "— a charge".
      const end = lead ? Math.min(mention.start, sent.start + lead.index) : mention.start;
      prev.content = trimSpan(text, { start: prev.content.start, end });
      prev.mention = {
        start: prev.mention.start,
        end: Math.max(prev.content.end, Math.min(prev.mention.end, end)),
      };
    }
  }
  out.push(...accordingToDrafts(input, si, ws));
  return out;
}

/**
 * The source a relative clause holding word `at` describes: "a Sudanese doctor who fled to Chad"
 * → "Sudanese doctor", when its head is a noun of a source or a role.
 */
function relativeHead(ws: Word[], at: number, text: string): SpeakerHit | null {
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
function objectOfDeed(ws: Word[], from: number): boolean {
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
function relativeClauseEnd(ws: Word[], v: number, c: number): number | null {
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

/** "sovereignty over …", "the control of …", "their border": what parties contest, not a claim. */
function heldThing(words: string[]): boolean {
  const from = /^(?:the|its|their|his|her|our)$/i.test(words[0] ?? '') ? 1 : 0;
  return verbLexicon().proposalNouns.holdings.includes((words[from] ?? '').toLowerCase());
}

/**
 * The opening adjunct (from word a0) ends at the comma before the speaker's title at `titleFrom`,
 * or before an apposition that leads to it: "speaking to reporters, the country's foreign
 * minister, X, said" — a short role between that comma and the name, no clause.
 */
function adjunctEnds(ws: Word[], a0: number, titleFrom: number): boolean {
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

/** What may follow a verb that reports only what was said: a clause, a quote, or a claim noun. */
function claimObjectAt(ws: Word[], at: number): boolean {
  if (/^(?:that|:|[“"«‘])$/.test(ws[at]?.w ?? '')) return true;
  const nouns = verbLexicon().claimNouns.nouns;
  // "this report", "the Ukrainian claims", "such allegations"
  for (let k = at; k < at + 4 && k < ws.length; k++) if (nouns.includes(ws[k].w)) return true;
  return false;
}

/**
 * The index of an expletive "it" opening a passive of saying that ends right before word `i`
 * ("It is being reported", "it was widely believed"), or -1.
 */
function impersonalIt(ws: Word[], i: number): number {
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
