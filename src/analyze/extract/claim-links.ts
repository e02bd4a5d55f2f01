/**
 * Claims linked after extraction: denials to what they deny (and disputes without a denial verb,
 * through claim-disputes.ts). What is read of the claims once is in claim-denial-context.ts, the
 * scoring of answers no cue names in claim-denial-scores.ts. Pure.
 */
import { contentWords, wordOverlap } from '../nlp/function-words.ts';
import type { ClaimItem, EntityMention, EventItem, Sentence } from '../types.ts';
import {
  anaphoricObject,
  chargesObject,
  claimAnsweredInSentence,
  claimOfNamed,
  nextClaimBy,
  pluralClaimObject,
  restatedCharges,
  samePartyClaims,
} from './claim-answers.ts';
import { type DenialContext, denialContext, MAX_GAP } from './claim-denial-context.ts';
import { denialCues, laterCharges, pickAnswers, sameAccount, scoreEarlier } from './claim-denial-scores.ts';
import {
  blameShifts,
  contrastedAccounts,
  counterCharges,
  higherTolls,
  numericDisputes,
  statedDisputes,
} from './claim-disputes.ts';
import { answerCivilianHarm, targetDisputes } from './claim-harm.ts';
import { oneSide, partyOf } from './claim-parties.ts';
import { identityDisputes, rivalTolls } from './claim-rivals.ts';

/** What linking needs of the claim input. */
export interface LinkInput {
  text: string;
  sentences: Sentence[];
}

/**
 * A denial contradicts the claim it answers: an earlier claim (same or two sentences back) by
 * someone else, preferring one that blames the denier's own side.
 */
export function contradictions(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text = '',
  events: readonly Pick<EventItem, 'claims'>[] = [],
): void {
  // Claims that report or deny one event answer each other ("accused X of breaking the truce" /
  // "denied violating the ceasefire"), whatever their words.
  const eventsOf = claims.map(() => new Set<number>());
  events.forEach((e, k) => {
    for (const i of e.claims) eventsOf[i]?.add(k);
  });
  const shareEvent = (a: number, b: number) => [...eventsOf[a]].some((k) => eventsOf[b].has(k));
  const cache = new Map<ClaimItem, Set<string>>();
  const words = (c: ClaimItem) => {
    let w = cache.get(c);
    if (!w) {
      w = contentWords(text.slice(c.content.start, c.content.end));
      cache.set(c, w);
    }
    return w;
  };
  const claimSentences = [...new Set(sentenceOf)].sort((a, b) => a - b);
  const rank = sentenceOf.map((si) => claimSentences.indexOf(si));
  statedDisputes(claims, sentenceOf, text);
  numericDisputes(claims, sentenceOf, entities, text, MAX_GAP);
  higherTolls(claims, sentenceOf, text, MAX_GAP);
  counterCharges(claims, sentenceOf, entities, text);
  identityDisputes(claims, sentenceOf, entities, text);
  blameShifts(claims, sentenceOf, entities, text, 2 * MAX_GAP);
  const x = denialContext(claims, sentenceOf, entities, text, shareEvent, words, rank);
  claims.forEach((c, i) => {
    if (c.kind !== 'denial') return;
    linkDenial(x, c, i);
  });
  // A denial of a charge answers every charge against the denier told before it of the same
  // deed: "X accused the rebels of killing 50. … A general said the rebels carried out
  // massacres. … The rebels rejected the allegations."
  claims.forEach((c, i) => {
    moreChargesOfDeed(x, c, i);
  });
  // "… But Y said …": another side's account of the same event set against the one before.
  contrastedAccounts(
    claims,
    sentenceOf,
    entities,
    text,
    (i, j) => shareEvent(i, j) || wordOverlap(words(claims[i]), words(claims[j])) >= 0.25,
  );
  rivalTolls(claims, sentenceOf, entities, text, MAX_GAP, shareEvent);
  answerCivilianHarm(claims, sentenceOf, entities, text, 3 * MAX_GAP);
  targetDisputes(claims, sentenceOf, entities, text, 2 * MAX_GAP, shareEvent);
  restatedCharges(claims, text);
}

/**
 * Denial `i` linked to what it answers, cue by cue: the claim its sentence takes up ("…, a claim
 * the army rejected"), the claims told inside it ("denied claims by X that …"), the party it names
 * ("rejected Pakistan's claims"), the claim just told ("Hamas has denied such allegations"), else
 * the claims scored by nearness, words, events and blame ("denied shelling the market").
 */
function linkDenial(x: DenialContext, c: ClaimItem, i: number): void {
  const { claims, sentenceOf, entities, text } = x;
  const side = partyOf(c.speaker, entities);
  // "…, a claim the army rejected", "but the allegation was dismissed by …", "…, which X
  // denied": the denial takes up the claim just made in its sentence.
  // "…, the Kremlin said when asked about what Kyiv said were deadly strikes": the claim it was
  // asked to answer follows it.
  const taken = claimAnsweredInSentence(text, claims, sentenceOf, i, entities);
  if (taken !== null) {
    c.contradicts = [taken];
    return;
  }
  // "denied claims by X that …": the claims told inside the denial are what it answers.
  // ("has denied this and observers say …": not what follows a pronoun object.)
  const pronounObject = anaphoricObject(text.slice(c.content.start, c.content.end).trim());
  const plural = pluralClaimObject(text.slice(c.content.start, c.content.end));
  const inside = claimsInside(x, c, i, pronounObject);
  if (inside.length) {
    c.contradicts = answerInside(x, c, i, inside);
    return;
  }
  // "He refuted Gerasimov's statements", "rejected Pakistan's claims": the last claim of the
  // party the denial names as the one it answers (and its charge told in full further on).
  // ("dismissed X's accusations": X's charges, not all X said.)
  const charges = chargesObject(text.slice(c.content.start, c.content.end));
  const named = claimOfNamed(text, claims, sentenceOf, i, entities, charges);
  if (named !== null) {
    c.contradicts = answerNamed(x, c, i, named, plural, charges);
    return;
  }
  // "Hamas has denied such allegations", "X rejected the claim": the claim just told — for "the
  // accusation", the last charge, though an appeal or an aside came after it.
  if (pronounObject && answerTakenUp(x, c, i, charges, plural)) return;
  const cues = denialCues(text, c);
  let scored = scoreEarlier(x, c, i, side, cues);
  // A denial in the lead answers charges the article details further on ("X denied killing
  // civilians. … Y accused X of killing civilians."): with nothing before it but unrelated or
  // unattributed claims, the nearest later accusations of the denier that take up its words
  // or its event.
  if (!scored.some((x) => x.strong && claims[x.j].speaker !== null)) {
    const later = laterCharges(x, c, i, cues);
    if (later.length) scored = later;
  }
  // A denial that goes on from the same party's last one ("An army spokesman told AFP: 'we
  // did not strike it'") answers the same charge, unless it takes up another one's words.
  const prev = claims[i - 1];
  if (
    prev?.kind === 'denial' &&
    prev.contradicts?.length &&
    side !== null &&
    partyOf(prev.speaker, entities) === side &&
    sentenceOf[i] - sentenceOf[i - 1] <= 2 &&
    !scored.some((x) => x.strong)
  ) {
    c.contradicts = [...prev.contradicts];
    return;
  }
  if (!scored.length) return;
  c.contradicts = pickAnswers(x, c, scored);
}

/**
 * The claims told inside denial `i`, what it answers: "denied claims by X that …" (not what
 * follows a pronoun object: "has denied this and observers say …").
 */
function claimsInside(x: DenialContext, c: ClaimItem, i: number, pronounObject: boolean): number[] {
  const { claims, entities } = x;
  return claims
    .map((o, j) => ({ o, j }))
    .filter(
      ({ o, j }) =>
        j !== i &&
        o.kind !== 'denial' &&
        o.start >= c.content.start &&
        o.end <= c.content.end &&
        o.speaker !== null &&
        !pronounObject &&
        !oneSide(o, c, entities),
    )
    .map(({ j }) => j);
}

/**
 * The charge denial `i` answers told in full further on ("the army blamed the bombing on militants
 * backed by its neighbour"; "… denied the claim that nine soldiers died" and, later, "X said nine
 * soldiers were killed"), skipping the claims already linked; -1 without one.
 */
function toldLater(x: DenialContext, c: ClaimItem, i: number, skip: number[]): number {
  const { claims, sentenceOf, entities, bothCountDead } = x;
  // (Through the common nouns that name the denier's side too: "an army spokesman denied …".)
  const blamesMe = (o: ClaimItem) => x.blamesSideOf(c, o);
  return claims.findIndex(
    (o, j) =>
      j > i &&
      o.kind !== 'denial' &&
      o.kind !== 'appeal' &&
      sentenceOf[j] - sentenceOf[i] <= 3 * MAX_GAP &&
      !skip.includes(j) &&
      o.speaker !== c.speaker &&
      !oneSide(o, c, entities) &&
      ((o.kind === 'accusation' && blamesMe(o)) || bothCountDead(c, o)),
  );
}

/**
 * What a denial answers with claims told inside it: the first (two), and the account itself told
 * later ("disputed X's version of the shooting. … X insisted its guards returned fire"; "rejected
 * the navy's claims that its gunboats sank a ferry … the navy later said its boats sank the ferry").
 */
function answerInside(x: DenialContext, c: ClaimItem, i: number, inside: number[]): number[] {
  const { claims, sentenceOf, entities, text, words } = x;
  // ("disputed X's version of the shooting. … X insisted its guards returned fire": the
  // account itself, told next by its owner.)
  const owner = claims[inside[0]].speaker;
  let told = toldLater(x, c, i, inside);
  if (
    told < 0 &&
    owner !== null &&
    VERSION_OF.test(text.slice(c.content.start, claims[inside[0]].content.start))
  )
    told = nextClaimBy(
      sentenceOf,
      i,
      MAX_GAP,
      (j) => claims[j].speaker === owner && claims[j].kind !== 'denial' && claims[j].kind !== 'appeal',
    );
  // ("rejected the navy's claims that its gunboats sank a ferry … the navy later said its boats
  // sank the ferry": the owner's account told in full later, in the same words.)
  if (told < 0 && owner !== null && inside.length === 1) {
    const ownerSide = partyOf(owner, entities);
    const insideWords = words(claims[inside[0]]);
    told = nextClaimBy(
      sentenceOf,
      i,
      3 * MAX_GAP,
      (j) =>
        claims[j].kind !== 'denial' &&
        claims[j].kind !== 'appeal' &&
        (claims[j].speaker === owner ||
          (ownerSide !== null && partyOf(claims[j].speaker, entities) === ownerSide)) &&
        [...insideWords].filter((w) => words(claims[j]).has(w)).length >= 3,
    );
  }
  const answers = told >= 0 ? [inside[0], told] : inside.slice(0, 2);
  // ("rejected RSF statements that it had seized the airport" after a commander's video saying
  // his men had seized the airport and the bridge: the account told in full by another teller,
  // before or after, in the same words.)
  const retold = retoldInFull(x, c, i, inside[0], answers);
  return retold >= 0 ? [...answers, retold].sort((a, b) => a - b) : answers;
}

/**
 * The claim told inside a denial, told in full elsewhere: the nearest claim within reach, before
 * or after, not by the denier's side and not inside the denial, sharing three content words with
 * it; -1 without one.
 */
function retoldInFull(x: DenialContext, c: ClaimItem, i: number, inside: number, skip: number[]): number {
  const { claims, sentenceOf, entities, words } = x;
  const told = words(claims[inside]);
  let best = -1;
  let bestGap = Infinity;
  claims.forEach((o, j) => {
    const gap = Math.abs(sentenceOf[j] - sentenceOf[i]);
    if (j === i || skip.includes(j) || gap === 0 || gap > 3 * MAX_GAP || gap >= bestGap) return;
    if (o.kind === 'denial' || o.kind === 'appeal' || o.speaker === null || oneSide(o, c, entities)) return;
    if (o.start >= c.start && o.end <= c.end) return;
    if ([...told].filter((w) => words(o).has(w)).length >= 3) {
      best = j;
      bestGap = gap;
    }
  });
  return best;
}

/**
 * What a denial answers that names the party it answers ("He refuted Gerasimov's statements",
 * "rejected Pakistan's claims"): that party's last claim, its charge told in full further on, and
 * for "the Ukrainian claims" each of that party's claims told with the last one.
 */
function answerNamed(
  x: DenialContext,
  c: ClaimItem,
  i: number,
  named: number,
  plural: boolean,
  charges: boolean,
): number[] {
  const { claims, sentenceOf } = x;
  const told = toldLater(x, c, i, [named]);
  const answers = told >= 0 ? [named, told] : [named];
  // "rejected the Ukrainian claims": each of that party's claims told with the last one.
  if (plural) return [...new Set([...answers, ...samePartyClaims(claims, sentenceOf, i, named, 2, charges)])];
  return answers;
}

/**
 * What a denial with a pronoun object takes up ("Hamas has denied such allegations", "X rejected
 * the claim", "dismissed the reports"): for "the accusation" the last charge, else the claim just
 * told and the same account told before it by another. Whether it found one.
 */
function answerTakenUp(
  x: DenialContext,
  c: ClaimItem,
  i: number,
  charges: boolean,
  plural: boolean,
): boolean {
  const { claims, sentenceOf, entities, reportedIn } = x;
  const charge = charges
    ? claims.findLastIndex(
        (o, j) =>
          j < i &&
          sentenceOf[i] - sentenceOf[j] <= 3 &&
          o.kind === 'accusation' &&
          o.speaker !== null &&
          !oneSide(o, c, entities) &&
          !reportedIn(o, c),
      )
    : -1;
  if (charge >= 0) {
    c.contradicts = [charge];
    // ("denied the allegations": each charge its teller made with the last one.)
    if (plural)
      c.contradicts = [...new Set([charge, ...samePartyClaims(claims, sentenceOf, i, charge, 2, true)])].sort(
        (a, b) => a - b,
      );
    return true;
  }
  for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= 1; j--) {
    const o = claims[j];
    if (o.kind === 'denial' || o.kind === 'appeal' || oneSide(o, c, entities) || o.speaker === null) continue;
    // (Not the report the denial is told in: "a source said the army rejected these charges".)
    if (reportedIn(o, c)) continue;
    // "…, X reported. Y said its fighters had taken the town. The army said the claim was not
    // true": the account it answers was told by both.
    const also = sameAccount(x, c, j);
    c.contradicts = also >= 0 ? [also, j] : [j];
    // "dismissed the reports": the claims its teller made just before, with the last one.
    if (plural)
      c.contradicts = [...new Set([...c.contradicts, ...samePartyClaims(claims, sentenceOf, i, j)])];
    return true;
  }
  return false;
}

/**
 * Denial `i`, linked to a charge against the denier, answers every charge against it told before
 * of the same deed: "X accused the rebels of killing 50. … A general said the rebels carried out
 * massacres. … The rebels rejected the allegations."
 */
function moreChargesOfDeed(x: DenialContext, c: ClaimItem, i: number): void {
  const { claims, sentenceOf, entities, shareEvent, words } = x;
  if (c.kind !== 'denial' || !c.contradicts?.length) return;
  // (A charge may be told as a plain account that names the denier: "X were carrying out massacres".)
  const charge = (o: ClaimItem) =>
    (o.kind === 'accusation' || o.kind === 'assertion') && x.blamesSideOf(c, o);
  const linked = c.contradicts;
  if (!linked.some((j) => charge(claims[j]))) return;
  const more: number[] = [];
  for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= 3 * MAX_GAP; j--) {
    const o = claims[j];
    if (linked.includes(j) || o.speaker === null || !charge(o) || oneSide(o, c, entities)) continue;
    if (linked.some((k) => shareEvent(k, j) || wordOverlap(words(claims[k]), words(o)) >= 0.25)) more.push(j);
  }
  if (more.length) c.contradicts = [...linked, ...more].sort((a, b) => a - b);
}

/** "X's version of the shooting", "their account of the raid": an account named, not told. */
const VERSION_OF = /\b(?:version|account)s?\s+of\b/i;

/**
 * Denials linked once the document's events are known: a shared event is evidence of an answer
 * that shares no words with the charge.
 */
export function relinkDenials(
  claims: ClaimItem[],
  input: LinkInput & { entities: EntityMention[] },
  events: readonly Pick<EventItem, 'claims'>[],
): void {
  const sentenceOf = claims.map((c) => {
    let lo = 0;
    let hi = input.sentences.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (input.sentences[mid].start <= c.start) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  });
  for (const c of claims) if (c.kind === 'denial') delete c.contradicts;
  contradictions(claims, sentenceOf, input.entities, input.text, events);
}
