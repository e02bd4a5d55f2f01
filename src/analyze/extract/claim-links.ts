/**
 * Claims linked after extraction: denials to what they deny (and disputes without a denial verb,
 * through claim-disputes.ts). Pure.
 */
import { contentWords, wordOverlap } from '../nlp/function-words.ts';
import type { ClaimItem, EntityMention, EventItem, Sentence } from '../types.ts';
import { namesNation, namesNationAttack, OWN, partyNouns } from './claim-agents.ts';
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
import {
  blameShifts,
  CASUALTIES,
  COUNT,
  contrastedAccounts,
  counterCharges,
  higherTolls,
  numericDisputes,
  statedDisputes,
} from './claim-disputes.ts';
import { answerCivilianHarm, targetDisputes } from './claim-harm.ts';
import { namesSide, oneSide, partyOf } from './claim-parties.ts';
import { STILL_HOLDING, UNDER_CONTROL } from './claim-rebuttals.ts';
import { identityDisputes, rivalTolls } from './claim-rivals.ts';
import { claimNounAlternation } from './verbs.ts';

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
  // Which claims speak of the dead or hurt, and which give a count: read once per claim, after the
  // disputes above have ended any content early.
  const ofDead = new Map(claims.map((c) => [c, CASUALTIES.test(text.slice(c.content.start, c.content.end))]));
  const counts = new Map(claims.map((c) => [c, COUNT.test(text.slice(c.content.start, c.content.end))]));
  /** `x` speaks of casualties and `y` counts them. */
  const bothCountDead = (x: ClaimItem, y: ClaimItem) => !!ofDead.get(x) && !!ofDead.get(y) && !!counts.get(y);
  /**
   * Denial `c` is what report `o` tells ("a source told AFP the army rejected the charges"): inside
   * its content with no clause break before it (not "accused X of …, but the charge was dismissed").
   */
  const reportedIn = (o: ClaimItem, c: ClaimItem): boolean =>
    o.content.start <= c.start &&
    c.end <= o.content.end &&
    !/[,;:]|\bbut\b/i.test(text.slice(o.content.start, c.content.start));
  /** A denier's side and the common nouns that name it ("an army spokesman"), read once per denial. */
  const sides = new Map<ClaimItem, { side: string | null; nouns: Set<string> }>();
  const sideOf = (c: ClaimItem) => {
    let x = sides.get(c);
    if (!x) {
      x = { side: partyOf(c.speaker, entities), nouns: partyNounsIn(speakerName(c.speaker, entities)) };
      sides.set(c, x);
    }
    return x;
  };
  /** Whether claim `o` blames the side of denial `c` (its party, its nouns, its nation). */
  const blamesSideOf = (c: ClaimItem, o: ClaimItem): boolean => {
    const { side, nouns } = sideOf(c);
    return (
      (side !== null &&
        // "targeted radars in Pakistan": the side struck, not blamed.
        namesSide(
          o,
          side,
          entities,
          (e) => !TARGETED.test(text.slice(Math.max(o.content.start, e.start - 40), e.start)),
        )) ||
      namesParty(text.slice(o.content.start, o.content.end), nouns) ||
      (side?.startsWith('country:') === true &&
        namesNationAttack(text.slice(o.content.start, o.content.end), side))
    );
  };
  claims.forEach((c, i) => {
    if (c.kind !== 'denial') return;
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
    // (Through the common nouns that name the denier's side too: "an army spokesman denied …".)
    const blamesMe = (o: ClaimItem) => blamesSideOf(c, o);
    // "denied claims by X that …": the claims told inside the denial are what it answers.
    // ("has denied this and observers say …": not what follows a pronoun object.)
    const pronounObject = anaphoricObject(text.slice(c.content.start, c.content.end).trim());
    const plural = pluralClaimObject(text.slice(c.content.start, c.content.end));
    const inside = claims
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
    // ... and the charge itself when the article tells it in full further on ("the army
    // blamed the bombing on militants backed by its neighbour").
    // ("… denied the claim that nine soldiers died" and, later, "X said nine soldiers were killed".)
    const toldLater = (skip: number[]) =>
      claims.findIndex(
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
    if (inside.length) {
      // ("disputed X's version of the shooting. … X insisted its guards returned fire": the
      // account itself, told next by its owner.)
      const owner = claims[inside[0]].speaker;
      let told = toldLater(inside);
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
      c.contradicts = told >= 0 ? [inside[0], told] : inside.slice(0, 2);
      return;
    }
    // "He refuted Gerasimov's statements", "rejected Pakistan's claims": the last claim of the
    // party the denial names as the one it answers (and its charge told in full further on).
    // ("dismissed X's accusations": X's charges, not all X said.)
    const charges = chargesObject(text.slice(c.content.start, c.content.end));
    const named = claimOfNamed(text, claims, sentenceOf, i, entities, charges);
    if (named !== null) {
      const told = toldLater([named]);
      c.contradicts = told >= 0 ? [named, told] : [named];
      // "rejected the Ukrainian claims": each of that party's claims told with the last one.
      if (plural)
        c.contradicts = [
          ...new Set([...c.contradicts, ...samePartyClaims(claims, sentenceOf, i, named, 2, charges)]),
        ];
      return;
    }
    /** An earlier claim by another that told the account of claim j (one event, or its words). */
    const sameAccount = (j: number) =>
      claims.findLastIndex(
        (p, k) =>
          k < j &&
          sentenceOf[j] - sentenceOf[k] <= 2 &&
          p.kind !== 'denial' &&
          p.kind !== 'appeal' &&
          p.speaker !== null &&
          p.speaker !== claims[j].speaker &&
          !oneSide(p, c, entities) &&
          (shareEvent(j, k) || wordOverlap(words(claims[j]), words(p)) >= 0.5),
      );
    // "Hamas has denied such allegations", "X rejected the claim": the claim just told — for "the
    // accusation", the last charge, though an appeal or an aside came after it.
    if (pronounObject) {
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
          c.contradicts = [
            ...new Set([charge, ...samePartyClaims(claims, sentenceOf, i, charge, 2, true)]),
          ].sort((a, b) => a - b);
        return;
      }
      for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= 1; j--) {
        const o = claims[j];
        if (o.kind === 'denial' || o.kind === 'appeal' || oneSide(o, c, entities) || o.speaker === null)
          continue;
        // (Not the report the denial is told in: "a source said the army rejected these charges".)
        if (reportedIn(o, c)) continue;
        // "…, X reported. Y said its fighters had taken the town. The army said the claim was not
        // true": the account it answers was told by both.
        const also = sameAccount(j);
        c.contradicts = also >= 0 ? [also, j] : [j];
        // "dismissed the reports": the claims its teller made just before, with the last one.
        if (plural)
          c.contradicts = [...new Set([...c.contradicts, ...samePartyClaims(claims, sentenceOf, i, j)])];
        return;
      }
    }
    // "the town remains under the control of our forces" answers a claim that it was taken.
    const holdsGround =
      UNDER_CONTROL.test(text.slice(c.content.start, c.content.end)) ||
      STILL_HOLDING.test(text.slice(c.content.start, c.content.end)) ||
      NOT_TAKEN.test(text.slice(c.content.start, c.content.end));
    const denialOfCount = COUNT_DENIED.test(text.slice(c.content.start, c.content.end));
    // "denied responsibility for the attack", "denied launching any strikes": it answers whoever
    // blamed the denier for it, however far back.
    const deedDenied = DEED_DENIED.test(text.slice(c.content.start, c.content.end));
    // "denied reports that …", "allegations about … are baseless": what others say is denied.
    const deniesReports = REPORTS_DENIED.test(text.slice(c.start, c.content.end));
    let scored: {
      j: number;
      score: number;
      strong: boolean;
      relevant: boolean;
      blamed?: boolean;
      counted?: boolean;
    }[] = [];
    for (let j = 0; j < claims.length; j++) {
      const o = claims[j];
      if (j === i || o.kind === 'denial' || o.kind === 'appeal') continue;
      if (oneSide(o, c, entities)) continue;
      // The quotation or report a denial is told in is not what it answers ("a source said the army
      // denied the reports").
      if ((o.quote && o.content.start <= c.start && c.end <= o.content.end) || reportedIn(o, c)) continue;
      // Distance in sentences that attribute something: an aside between a charge and its
      // denial ("The footage could not be verified.") does not put them further apart.
      const dist = rank[i] - rank[j];
      // "It said the casualty reports were untrue": a denial of the count answers the counts given
      // before, however far back.
      const countDenied = denialOfCount && bothCountDead(c, o) && dist > 0;
      const blames = blamesMe(o);
      const blamed = deedDenied && blames && o.kind !== 'statement';
      // "the casualty reports are untrue" answers "gave a toll of 12 dead": one concept, other words.
      const overlap = Math.max(wordOverlap(words(c), words(o)), bothCountDead(c, o) ? 0.5 : 0);
      // A charge in the denial's own words may stand twice as far back as another.
      const reach =
        countDenied || (blamed && dist > 0)
          ? 3 * MAX_GAP
          : dist > 0 && wordOverlap(words(c), words(o)) >= 0.5
            ? 2 * MAX_GAP
            : MAX_GAP;
      if (Math.abs(sentenceOf[i] - sentenceOf[j]) > reach) continue;
      // The charge comes before its denial — or, as a counter-charge against the denier, right after.
      const after = dist < 0 || (dist === 0 && o.start > c.start);
      const shared =
        shareEvent(i, j) || (holdsGround && CAPTURE.test(text.slice(o.content.start, o.content.end)));
      // Further back, only a charge in the denial's own words or about its event (the lead's
      // claim answered paragraphs later).
      if (
        dist > 2 &&
        !countDenied &&
        !blamed &&
        !(dist <= MAX_GAP && (shared || overlap >= 0.5 || (blames && o.kind !== 'statement')))
      )
        continue;
      // "X denies it has troops there, but observers say …": the counterpoint joined to it.
      const counterpoint =
        dist === 0 &&
        o.start > c.end &&
        BUT.test(text.slice(c.end, o.start)) &&
        (blames ||
          (side?.startsWith('country:') === true &&
            namesNation(text.slice(o.content.start, o.content.end), side)));
      if (after && !counterpoint && !(dist >= -1 && o.kind === 'accusation' && blames)) continue;
      const score =
        // The charge of the deed denied counts for more than nearness.
        -Math.abs(dist) * (blamed ? 1.5 : 5) -
        (after ? 2 : 0) +
        // The words of the charge come back in its denial ("shelled the market" / "shelling").
        6 * overlap +
        // A denial answers an accusation or an assertion; between two equally near, the accusation.
        (o.kind === 'accusation' ? 3.5 : o.kind === 'assertion' ? 3 : 0) +
        (blames ? 4 : 0) +
        (shared ? 4 : 0) +
        j / 1000;
      scored.push({
        j,
        score,
        strong: shared || overlap >= 0.5,
        relevant: shared || blames || overlap > 0,
        blamed,
        counted: countDenied,
      });
    }
    // A denial in the lead answers charges the article details further on ("X denied killing
    // civilians. … Y accused X of killing civilians."): with nothing before it but unrelated or
    // unattributed claims, the nearest later accusations of the denier that take up its words
    // or its event.
    if (!scored.some((x) => x.strong && claims[x.j].speaker !== null)) {
      const later: typeof scored = [];
      for (let j = i + 1; j < claims.length; j++) {
        const o = claims[j];
        // "says it still holds the port" answers the later "reports that it had
        // fallen", whoever tells them and however they are told.
        const lost =
          holdsGround && o.kind !== 'denial' && CAPTURE.test(text.slice(o.content.start, o.content.end));
        // "Nobody died in the skirmish" answers the later "six policemen were killed".
        const counted = o.kind !== 'denial' && o.kind !== 'appeal' && bothCountDead(c, o);
        // "denied reports that drones targeted a spy agency's headquarters" answers the later "claimed
        // to have destroyed the headquarters of the agency": the report denied, told in its words.
        const retold =
          deniesReports &&
          o.kind !== 'denial' &&
          o.kind !== 'appeal' &&
          wordOverlap(words(c), words(o)) >= 0.3;
        if (!lost && !counted && !retold && (o.kind !== 'accusation' || !blamesMe(o))) continue;
        if (oneSide(o, c, entities)) continue;
        const overlap = wordOverlap(words(c), words(o));
        // A charge that names the denier as the attacker needs fewer of the denial's words.
        if (!lost && !counted && overlap < 0.25 && !shareEvent(i, j)) continue;
        if (rank[j] - rank[i] > 2 * MAX_GAP) break;
        // Further on, the charge in the denial's own words rather than the nearest.
        later.push({ j, score: -(rank[j] - rank[i]) * 1.5 + 8 * overlap, strong: true, relevant: true });
      }
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
    // A claim that shares no word, event or party with the denial is not what it answers when
    // another one does ("denied hitting the building" answers the strike, not the hospital visit).
    if (scored.some((x) => x.relevant)) scored = scored.filter((x) => x.relevant);
    scored.sort((a, b) => b.score - a.score);
    // "X denied the attack": the charge that blamed X for it, before a detail of the attack nearer by.
    const best = scored.find((x) => x.blamed) ?? scored[0];
    // A denial may answer two charges ("denied breaking the truce" after two accusations of it):
    // a second one close in score and tied to the denier or its subject.
    // "The casualty reports are untrue": every toll given before, the first one told included.
    const firstCount = best.counted
      ? scored.filter((x) => x.counted).sort((a, b) => a.j - b.j)[0]
      : undefined;
    const second =
      (firstCount !== best ? firstCount : undefined) ??
      scored.find(
        (x) =>
          x !== best &&
          x.score >= best.score - SECOND_MARGIN &&
          // With the charge of the deed denied, another charge of it — not a claim that blames no one.
          (best.blamed ? x.blamed : x.strong),
      ) ??
      // … or the charge's own continuation ("'Up to 100 were killed,' it said. It said civilians
      // were among the dead."): the same speaker's next claim, in the denial's words.
      scored.find(
        (x) =>
          x !== best &&
          claims[x.j].speaker === claims[best.j].speaker &&
          Math.abs(x.j - best.j) === 1 &&
          Math.abs(sentenceOf[x.j] - sentenceOf[best.j]) <= 1 &&
          wordOverlap(words(c), words(claims[x.j])) > 0,
      );
    // "that claim is not true": the claim just told, and the same account told before it by another.
    const also =
      !second && anaphoricSubject(text.slice(c.content.start, c.content.end)) ? sameAccount(best.j) : -1;
    const other = second?.j ?? (also >= 0 ? also : undefined);
    c.contradicts = other !== undefined ? [best.j, other].sort((a, b) => a - b) : [best.j];
  });
  // A denial of a charge answers every charge against the denier told before it of the same
  // deed: "X accused the rebels of killing 50. … A general said the rebels carried out
  // massacres. … The rebels rejected the allegations."
  claims.forEach((c, i) => {
    if (c.kind !== 'denial' || !c.contradicts?.length) return;
    // (A charge may be told as a plain account that names the denier: "X were carrying out massacres".)
    const charge = (o: ClaimItem) =>
      (o.kind === 'accusation' || o.kind === 'assertion') && blamesSideOf(c, o);
    const linked = c.contradicts;
    if (!linked.some((j) => charge(claims[j]))) return;
    const more: number[] = [];
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= 3 * MAX_GAP; j--) {
      const o = claims[j];
      if (linked.includes(j) || o.speaker === null || !charge(o) || oneSide(o, c, entities)) continue;
      if (linked.some((k) => shareEvent(k, j) || wordOverlap(words(claims[k]), words(o)) >= 0.25))
        more.push(j);
    }
    if (more.length) c.contradicts = [...linked, ...more].sort((a, b) => a - b);
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

/** "X's version of the shooting", "their account of the raid": an account named, not told. */
const VERSION_OF = /\b(?:version|account)s?\s+of\b/i;

/** A denial of what others report: "denied reports that", "claims of …", "allegations about …". */
const REPORTS_DENIED =
  /\b(?:reports?|claims?|allegations?|accusations?|assertions?|suggestions?)\s+(?:that|of|about|which|saying)\b/i;

/** Ground said not lost: "we have not been overrun", "the town has not fallen". */
const NOT_TAKEN =
  /(?:\b(?:has|have|had)|['’]ve)\s+not\s+been\s+(?:overrun|captured|taken|seized|occupied)\b|\b(?:is|are|was|were)\s+not\s+(?:overrun|captured|taken|seized)\b|\b(?:has|have|had|did|does)\s+not\s+(?:yet\s+)?(?:fallen|fall)\b/i;

/** Ground said taken: what a party saying it still holds the place answers. */
const CAPTURE =
  /\b(?:captur\w*|seiz\w*|occup\w*|liberat\w*|encircl\w*|took|taken|fell|overr[au]n|control)\b/i;

/** A denial of the count itself: "reports of fatalities were false", "claims of mass casualties". */
const COUNT_DENIED =
  /\b(?:reports?|claims?|figures?|numbers?|tolls?|allegations?)\s+(?:of\s+)?(?:\p{L}+\s+)?(?:fatalit\w*|casualt\w*|deaths?|dead|killings?)\b|\b(?:casualty|fatality|death)\s+(?:reports?|figures?|claims?|numbers?)\b|\b(?:death\s+)?toll\b/iu;

/** Before a party named as the one struck: "strikes on India", "near Basra, Iraq's main port". */
const TARGETED =
  /\b(?:in|on|against|at|into|inside|across|over|towards?)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*,\s*)?$/u;

/** A denial of having done it: responsibility, involvement, an attack. */
const DEED_DENIED =
  /\b(?:the\s+(?:attack|assault|raid|strike|shelling|bombing|massacre|killings?)\b|responsib\w*|involve\w*|behind|role\s+in|connect(?:ed|ion)\s+(?:to|with)|link(?:ed|s)?\s+(?:to|with)|complicit\w*|orchestrat\w*|perpetrat\w*|carr(?:y|ied|ying)\s+out|launch(?:ed|ing)?|attack(?:ed|ing)|striking|struck|shell(?:ed|ing)|bomb(?:ed|ing)|target(?:ed|ing)|fir(?:ed|ing)\s+(?:on|at)|los(?:ing|t)\s+(?:an?|any|its|their|the)\b)\b/i;

let anaphoricSubjectRe: RegExp | null = null;
/** A content whose subject takes up a statement: "the claim was not true", "such reports are false". */
function anaphoricSubject(t: string): boolean {
  anaphoricSubjectRe ??= new RegExp(
    `^\\s*(?:(?:on|late|early|last)\\s+\\p{L}+\\s+)?(?:the|this|that|these|those|such)\\s+(?:[\\p{L}-]+\\s+)?(?:${claimNounAlternation()})\\s+(?:was|were|is|are|had|has|have)\\b`,
    'iu',
  );
  return anaphoricSubjectRe.test(t);
}

/** Words that join a counterpoint to a denial in one sentence. */
const BUT = /^[\s,;—–]*(?:but|while|whereas|though|although|yet|however)\b/i;

/** Sentences between a denial and the charge it answers, at most (asides included). */
const MAX_GAP = 4;

/** How far below the best answer a second charge may score and still be answered too. */
const SECOND_MARGIN = 3;

function speakerName(key: string | null, entities: EntityMention[]): string {
  if (!key) return '';
  return entities.find((e) => e.key === key)?.name ?? key.slice(key.indexOf(':') + 1);
}

function partyNounsIn(name: string): Set<string> {
  return new Set([...name.matchAll(partyNouns())].map((m) => m[0].toLowerCase()));
}

/** Whether a text names one of these party nouns as someone else's ("the army", not "its army"). */
function namesParty(t: string, nouns: ReadonlySet<string>): boolean {
  if (!nouns.size) return false;
  for (const m of t.matchAll(partyNouns()))
    if (nouns.has(m[0].toLowerCase()) && !OWN.test(t.slice(0, m.index ?? 0))) return true;
  return false;
}

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
