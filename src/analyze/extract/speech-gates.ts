/**
 * Whether a verb form found in a sentence reports speech there: the tests that set aside nouns
 * ("a request for comment"), decisions ("declared a state of emergency"), deeds ("claimed 38 lives",
 * "observed the ceasefire"), silences ("declined to comment") and the ways a source speaks
 * ("speaking on condition of anonymity"). Used by claim-drafts.ts before it looks for speakers. Pure.
 */
import { isFunctionWord } from '../nlp/function-words.ts';
import { ISSUED } from './claim-resolve.ts';
import { citesSource } from './claim-sources.ts';
import type { ClaimInput } from './claims.ts';
import { decisionHits } from './event-hits.ts';
import { findPhrase, lex } from './event-lexicon.ts';
import { figureLexicon } from './lexicon.ts';
import { isCloseQuote } from './speaker-phrases.ts';
import { PUT_OUT, SEEN_BY } from './speakers.ts';
import { type VerbHit, verbAt, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

/** Words that may stand between a subject and its participle: "has been", "will be". */
export const AUX_OR_MODAL =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|must|should|did|does|do)$/;

/** Nouns "state" modifies as the state's: "state television", "state run media", "state news agency". */
const STATE_OWNED =
  /^(?:television|tv|media|broadcaster|radio|news|agency|outlet|outlets|press|newspaper|daily|channel|run|owned|controlled|security|forces|officials|department|prosecutor|governor|capital|assembly|legislature|border|line|level|sponsor|sponsors|funeral|visit|secretary|minister|ministry|council|authorities|institutions|actors)$/;

/** Adverbs a negated verb of saying may take: "not immediately", "not yet be independently". */
const NEGATED_ADVERB = '(?:\\s+(?:immediately|publicly|yet|officially|independently|fully))?';
/** "did not say", "could not independently confirm", "could not yet be confirmed": nothing said. */
const NEGATED_BEFORE = new RegExp(
  `\\b(?:not|n't|never|rarely|seldom|declined to|refused to|asked to|yet to|no|none|unable to|not able to)${NEGATED_ADVERB}(?:\\s+(?:be|been))?${NEGATED_ADVERB}$`,
);

/** "requesting anonymity", "asking not to be named", "asking to remain anonymous": how a source speaks, not what it says. */
const ANONYMITY =
  /^(?:anonymity|to\s+(?:remain|stay)\s+anonymous|not\s+to\s+be\s+(?:named|identified|quoted)|that\s+(?:his|her|their)\s+(?:(?:full|family|last|real)\s+)?names?\s+(?:not\s+be|be\s+withheld))/i;

/** "claimed 38 lives", "claimed the lives of": what a verb of claiming takes when it kills. */
const LIVES_NEXT = /^(?:the\s+)?(?:[\d,]+\s+|\p{L}+\s+)?(?:lives?)\b/u;

/** Words after which a verb form is a noun: "a request for comment", "without warning". */
const NOUN_BEFORE = /^(?:a|an|the|no|any|for|without|this|its|their|his|her|our)$/;

/** Words that rank what follows them besides the lexicon's superlatives: "the first", "its latest". */
const RANKING = /^(?:first|last|latest|only|most|least|second|third)$/;

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

/** "sovereignty over …", "the control of …", "their border": what parties contest, not a claim. */
function heldThing(words: string[]): boolean {
  const from = /^(?:the|its|their|his|her|our)$/i.test(words[0] ?? '') ? 1 : 0;
  return verbLexicon().proposalNouns.holdings.includes((words[from] ?? '').toLowerCase());
}

/** What may follow a verb that reports only what was said: a clause, a quote, or a claim noun. */
function claimObjectAt(ws: Word[], at: number): boolean {
  if (/^(?:that|:|[“"«‘])$/.test(ws[at]?.w ?? '')) return true;
  const nouns = verbLexicon().claimNouns.nouns;
  // "this report", "the Ukrainian claims", "such allegations"
  for (let k = at; k < at + 4 && k < ws.length; k++) if (nouns.includes(ws[k].w)) return true;
  return false;
}

/** What the tests read once per sentence: the decisions told in it and their nouns. */
export interface SpeechGates {
  decisions: ReturnType<typeof decisionHits>;
  decisionNouns: ReturnType<typeof findPhrase>;
}

export function speechGates(ws: Word[]): SpeechGates {
  return { decisions: decisionHits(ws), decisionNouns: findPhrase(ws, lex().decisions.nouns) };
}

/**
 * A word that may modify a noun in "a <modifier> warning": no verb, and no document or claim noun
 * ("a statement accusing X of …": the document's words, a participle after its noun).
 */
function nounModifier(ws: Word[], k: number): boolean {
  const m = ws[k];
  return (
    /^[\p{L}-]+$/u.test(m.w) &&
    !ISSUED.test(m.w) &&
    !/^(?:video|message|post|tweet|note|resolution|document)$/.test(m.w) &&
    !verbLexicon().claimNouns.nouns.includes(m.w) &&
    !verbAt(ws, k)
  );
}

/**
 * True when the verb form `v` at word `i` of sentence `si` reports no speech there. `drafted` says
 * whether the sentence already holds a draft (a participle of citing then names its source).
 */
export function notSpeech(
  input: ClaimInput,
  si: number,
  ws: Word[],
  i: number,
  v: VerbHit,
  gates: SpeechGates,
  drafted: boolean,
): boolean {
  const { text } = input;
  const sent = input.sentences[si];
  const { decisions, decisionNouns } = gates;
  // A verb form inside a name is no verb: "the United States", "Edward Said".
  if (input.entities.some((e) => e.start <= ws[i].start && ws[i].end <= e.end)) return true;
  // "Russia was to blame", "the minister is to announce …": after "be to", a predicate or a plan,
  // not a claim made.
  if (ws[i - 1]?.w === 'to' && /^(?:is|are|was|were|be|been|being|'s)$/.test(ws[i - 2]?.w ?? '')) return true;
  // ("Media reports said …", "the claims say": a noun — the subject of the verb of saying after it.)
  if (
    v.to === i + 1 &&
    i + 1 < ws.length &&
    !v.past &&
    !v.participle &&
    verbAt(ws, i + 1)?.entry.lemma === 'say'
  )
    return true;
  // "a request for comment", "without warning", "their claims", "West Kordofan state": a noun.
  if (
    NOUN_BEFORE.test(ws[i - 1]?.w ?? '') ||
    // "the deadliest reported attack", "the first confirmed case": a modifier after a ranking word
    // (the superlatives of `events.json`, or an ordinal).
    // (A noun follows it: not "the priest added that …".)
    ((RANKING.test(ws[i - 1]?.w ?? '') || lex().superlatives.words.includes(ws[i - 1]?.w ?? '')) &&
      NOUN_BEFORE.test(ws[i - 2]?.w ?? '') &&
      /^\p{Ll}+$/u.test(ws[i + 1]?.w ?? '') &&
      !isFunctionWord(ws[i + 1].w)) ||
    (i > 0 &&
      !v.past &&
      !v.participle &&
      input.entities.some(
        (e) => e.type === 'place' && e.start <= ws[i - 1].start && ws[i - 1].end <= e.end,
      ) &&
      /^(state|post)$/.test(ws[i].w)) ||
    // "the northern state of Kachin": a noun before "of".
    (/^states?$/.test(ws[i].w) && ws[i + 1]?.w === 'of') ||
    // "carried by state television", "state media reported": the state's, a modifier of a noun.
    (ws[i].w === 'state' && STATE_OWNED.test(ws[i + 1]?.w ?? '')) ||
    // "has not responded to requests for comment": a plural noun asking for a word.
    (/s$/.test(ws[i].w) && !v.past && ws[i + 1]?.w === 'for' && /^comments?$/.test(ws[i + 2]?.w ?? ''))
  )
    return true;
  // "The Saudi warning gained attention", "a stern warning to", "a daily military briefing": an
  // "-ing" form after a determiner and one to three modifiers is a noun, unless what was said
  // follows it.
  if (
    /ing$/.test(ws[i].w) &&
    !/^(?:that|:|,|[“"«‘])$/.test(ws[v.to]?.w ?? '') &&
    [2, 3, 4].some(
      (n) =>
        /^(?:a|an|the|this|that|its|their|his|her)$/.test(ws[i - n]?.w ?? '') &&
        ws.slice(i - n + 1, i).every((_, d) => nounModifier(ws, i - n + 1 + d)) &&
        // (Past one modifier, only a noun's ending: "a daily military briefing in Moscow", not "a
        // Lebanese military source saying the …", whose participle takes what was said.)
        (n === 2 || v.to >= ws.length || /^(?:[.;,)]|in|on|at|of|for|by|with|to)$/.test(ws[v.to].w)),
    )
  )
    return true;
  // "a police report viewed by AFP stated", "the UN report obtained by AFP": a noun, its
  // participle and the one that reached it after it.
  if (
    !v.past &&
    !v.participle &&
    (SEEN_BY.test(ws[i + 1]?.w ?? '') || PUT_OUT.test(ws[i + 1]?.w ?? '')) &&
    ws[i + 2]?.w === 'by'
  )
    return true;
  // "between the two states", "member states", "other reports": after a count or such a
  // modifier, an "-s" form is a plural noun.
  if (!v.past && !v.participle && /s$/.test(ws[i].w) && PLURAL_MODIFIER.test(ws[i - 1]?.w ?? '')) return true;
  // "the media reports were wrong", "in most media reports.": a plural noun, not a verb.
  if (
    !v.past &&
    !v.participle &&
    verbLexicon().claimNouns.nouns.includes(ws[i].w) &&
    /s$/.test(ws[i].w) &&
    // ("denying military reports of ten deaths": a report of something is a noun.)
    (pluralNounAt(ws, i) || ws[i + 1]?.w === 'of')
  )
    return true;
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
    return true;
  // "declared a state of emergency", "announced a curfew": a decision (an event), not words reported.
  // ("a 90-day state of emergency": no verb "state" either.)
  if (decisions.some((h) => h.from === i) || decisionNouns.some((n) => n.at <= i && i < n.at + n.len))
    return true;
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
    return true;
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
    return true;
  // "did not say", "has not commented", "declined to comment", "could not independently confirm",
  // "was not able to verify": nothing was said.
  if (
    NEGATED_BEFORE.test(
      ws
        .slice(Math.max(0, i - 3), i)
        .map((w) => w.w)
        .join(' '),
    )
  )
    return true;
  // "The channel, citing the coalition, reported …": the source of what the main verb says.
  // "X reported …, citing the health ministry": where the report came from, not another claim.
  if (
    v.participle &&
    /^(cite|quote)$/.test(v.entry.lemma) &&
    ws[i - 1]?.w === ',' &&
    (citesSource(ws, v.to) || drafted)
  )
    return true;
  // "speaking on condition of anonymity", "who requested anonymity", "who asked not to be
  // named": how the source speaks, no claim of its own.
  if (
    (v.participle && /ing$/.test(ws[i].w)) ||
    /^(?:who|and)$/.test(ws[i - 1]?.w ?? '') ||
    v.entry.kind === 'appeal'
  ) {
    if (ANONYMITY.test(text.slice(ws[v.to]?.start ?? text.length, sent.end))) return true;
  }
  // "“…,” the statement read.": a text reads out only the quotation before it ("the book he read." is no claim).
  if (v.entry.lemma === 'read' && ws[v.to - 1]?.w === '.' && !ws.slice(0, i).some((w) => isCloseQuote(w)))
    return true;
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
    return true;
  // "officials briefing reporters on Saturday stressed …": the briefing is how the main verb was said.
  if (
    v.participle &&
    verbLexicon().addresseeVerbs.includes(v.entry.lemma) &&
    ws[i - 1]?.w !== ',' &&
    ws.slice(v.to).some((_, k) => verbAt(ws, v.to + k) !== null)
  )
    return true;
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
    return true;
  // "counted “at least 46” dead" reports a toll; "counted the dead" is a deed.
  if (
    verbLexicon().clauseOnlyVerbs.countObjectVerbs?.includes(v.entry.lemma) &&
    !ws
      .slice(v.from + 1, v.from + 6)
      .some((w) => /\d/.test(w.w) || w.w in figureLexicon().numberWords || w.w in figureLexicon().vague)
  )
    return true;
  // "fired warning shots": a noun compound, no warning given.
  if (findPhrase(ws, verbLexicon().nounCompounds?.phrases ?? [], i, i + 1).length) return true;
  // "countered the report", "countered that …": not "countered the offensive".
  // ("“…,” countered the minister": what was said came before.)
  if (
    verbLexicon().clauseOnlyVerbs.claimObjectVerbs?.includes(v.entry.lemma) &&
    !claimObjectAt(ws, v.to) &&
    !(i > 0 && isCloseQuote(ws[i - 1]))
  )
    return true;
  // "have contested sovereignty over the islands": a dispute over what is held, no statement.
  if (
    v.entry.kind === 'denial' &&
    /^(?:contest|dispute)$/.test(v.entry.lemma) &&
    heldThing(ws.slice(v.to, v.to + 3).map((w) => w.w))
  )
    return true;
  // "its overtures had been rejected by X", "the offer was turned down": a decision, no claim.
  if (v.entry.kind === 'denial' && v.past && proposalSubject(ws, i)) return true;
  return false;
}
