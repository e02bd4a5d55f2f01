/**
 * The charge a denial answers when no cue names it: the earlier claims scored by nearness, shared
 * words and events and blame of the denier; a lead's denial answered by charges told further on;
 * the best and a second answer picked. Pure.
 */
import { wordOverlap } from '../nlp/function-words.ts';
import type { ClaimItem } from '../types.ts';
import { namesNation } from './claim-agents.ts';
import { type DenialContext, MAX_GAP } from './claim-denial-context.ts';
import { oneSide } from './claim-parties.ts';
import { STILL_HOLDING, UNDER_CONTROL } from './claim-rebuttals.ts';
import { claimNounAlternation } from './verbs.ts';

/** An answer a denial may have, scored. */
export interface Scored {
  j: number;
  score: number;
  strong: boolean;
  relevant: boolean;
  blamed?: boolean;
  counted?: boolean;
}

/** What a denial's words say it denies: ground lost, a count, a deed, others' reports. */
export interface DenialCues {
  holdsGround: boolean;
  denialOfCount: boolean;
  deedDenied: boolean;
  deniesReports: boolean;
}

/**
 * The cues of denial `c`: "the town remains under the control of our forces", "the casualty
 * reports are untrue", "denied responsibility for the attack", "denied reports that …".
 */
export function denialCues(text: string, c: ClaimItem): DenialCues {
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
  return { holdsGround, denialOfCount, deedDenied, deniesReports };
}

/**
 * The claims denial `i` may answer, before it or as a counter-charge right after, each scored:
 * "X denied shelling the market" after "Y said X shelled the market"; "X denies it has troops
 * there, but observers say …".
 */
export function scoreEarlier(
  x: DenialContext,
  c: ClaimItem,
  i: number,
  side: string | null,
  cues: DenialCues,
): Scored[] {
  const { claims, sentenceOf, entities, text, rank, shareEvent, words, bothCountDead, reportedIn } = x;
  const { holdsGround, denialOfCount, deedDenied } = cues;
  const blamesMe = (o: ClaimItem) => x.blamesSideOf(c, o);
  const scored: Scored[] = [];
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
  return scored;
}

/**
 * A denial in the lead answered by charges the article details further on ("X denied killing
 * civilians. … Y accused X of killing civilians."; "says it still holds the port" … "reports
 * that it had fallen"; "Nobody died in the skirmish" … "six policemen were killed").
 */
export function laterCharges(x: DenialContext, c: ClaimItem, i: number, cues: DenialCues): Scored[] {
  const { claims, entities, text, rank, shareEvent, words, bothCountDead } = x;
  const { holdsGround, deniesReports } = cues;
  const blamesMe = (o: ClaimItem) => x.blamesSideOf(c, o);
  const later: Scored[] = [];
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
      deniesReports && o.kind !== 'denial' && o.kind !== 'appeal' && wordOverlap(words(c), words(o)) >= 0.3;
    if (!lost && !counted && !retold && (o.kind !== 'accusation' || !blamesMe(o))) continue;
    if (oneSide(o, c, entities)) continue;
    const overlap = wordOverlap(words(c), words(o));
    // A charge that names the denier as the attacker needs fewer of the denial's words.
    if (!lost && !counted && overlap < 0.25 && !shareEvent(i, j)) continue;
    if (rank[j] - rank[i] > 2 * MAX_GAP) break;
    // Further on, the charge in the denial's own words rather than the nearest.
    later.push({ j, score: -(rank[j] - rank[i]) * 1.5 + 8 * overlap, strong: true, relevant: true });
  }
  return later;
}

/**
 * The claims a denial answers, of those scored: the best ("X denied the attack": the charge that
 * blamed X), and a second close in score, every toll given before ("the casualty reports are
 * untrue"), the charge's own continuation, or the same account told by another ("that claim is
 * not true").
 */
export function pickAnswers(x: DenialContext, c: ClaimItem, all: Scored[]): number[] {
  const { claims, sentenceOf, text, words } = x;
  // A claim that shares no word, event or party with the denial is not what it answers when
  // another one does ("denied hitting the building" answers the strike, not the hospital visit).
  const scored = all.some((s) => s.relevant) ? all.filter((s) => s.relevant) : all;
  scored.sort((a, b) => b.score - a.score);
  // "X denied the attack": the charge that blamed X for it, before a detail of the attack nearer by.
  const best = scored.find((x) => x.blamed) ?? scored[0];
  // A denial may answer two charges ("denied breaking the truce" after two accusations of it):
  // a second one close in score and tied to the denier or its subject.
  // "The casualty reports are untrue": every toll given before, the first one told included.
  const firstCount = best.counted ? scored.filter((x) => x.counted).sort((a, b) => a.j - b.j)[0] : undefined;
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
    !second && anaphoricSubject(text.slice(c.content.start, c.content.end)) ? sameAccount(x, c, best.j) : -1;
  const other = second?.j ?? (also >= 0 ? also : undefined);
  return other !== undefined ? [best.j, other].sort((a, b) => a - b) : [best.j];
}

/** An earlier claim by another that told the account of claim j (one event, or its words). */
export function sameAccount(x: DenialContext, c: ClaimItem, j: number): number {
  const { claims, sentenceOf, entities, shareEvent, words } = x;
  return claims.findLastIndex(
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
}

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

/** How far below the best answer a second charge may score and still be answered too. */
const SECOND_MARGIN = 3;
