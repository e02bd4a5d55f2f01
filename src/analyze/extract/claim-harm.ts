/**
 * A denial that a party targets civilians ("denied targeting civilians", "our army hits only
 * military targets") answers the other side's account of civilians harmed — told in the lead,
 * often paragraphs before the denial and in no shared words. Pure.
 */
import type { ClaimItem, EntityMention } from '../types.ts';
import { CASUALTIES } from './claim-disputes.ts';
import { oneSide } from './claim-parties.ts';
import { verbLexicon } from './verbs.ts';

/** A denial about civilians: harming them, or striking anything but military objects. */
const CIVILIANS_DENIED =
  /\b(?:civilians?|residential|non-?combatants?|(?:only|exclusively|solely)\s+(?:[^.;]{0,100}?\s)?(?:military|legitimate|armed|[\p{L}]+-(?:related|linked))\s+(?:targets?|objects?|objectives?|facilities|sites|positions|infrastructure))\b/iu;

/** People harmed beyond the casualty words: a massacre, fire opened on a crowd. */
const HARMED =
  /\b(?:injuring|massacre\w*|(?:fired|opened\s+fire|shot)\s+(?:at|on)\s+(?:\p{L}+\s+){0,2}(?:civilians|people|crowds?|residents))\b/iu;
/** … or a place where civilians live or gather struck. */
const CIVIL_SITE =
  /\b(?:shell\w*|struck|strikes?|hit|hitting|bomb\w*|destroy\w*|damag\w*|attack\w*)\b[^.;]{0,60}\b(?:schools?|hospitals?|homes?|houses?|residential|markets?|kindergartens?|churches?|mosques?|shelters?)\b/iu;

/**
 * Each civilian denial also answers the first claim, by someone not on the denier's side, of
 * civilians harmed within `maxGap` sentences before it (or, for a denial told first, the first
 * such claim after it).
 */
export function answerCivilianHarm(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
  maxGap: number,
): void {
  const harm = claims.map((o) => {
    if (o.kind === 'denial' || o.kind === 'appeal' || o.speaker === null) return false;
    const t = text.slice(o.content.start, o.content.end);
    return CASUALTIES.test(t) || HARMED.test(t) || CIVIL_SITE.test(t);
  });
  claims.forEach((c, i) => {
    if (c.kind !== 'denial' || !CIVILIANS_DENIED.test(text.slice(c.content.start, c.content.end))) return;
    const fits = (j: number) =>
      harm[j] && Math.abs(sentenceOf[j] - sentenceOf[i]) <= maxGap && !oneSide(claims[j], c, entities);
    let j = claims.findIndex((_, k) => k < i && fits(k));
    if (j < 0) j = claims.findIndex((_, k) => k > i && fits(k));
    if (j < 0 || c.contradicts?.includes(j)) return;
    c.contradicts = [...(c.contradicts ?? []), j].sort((a, b) => a - b);
  });
}

let targetRe: { military: RegExp; civil: RegExp } | null = null;
/** What a strike hit, said to be a fighting force or its site, or a place where civilians were. */
function targets(): { military: RegExp; civil: RegExp } {
  if (targetRe) return targetRe;
  const T = verbLexicon().strikeTargets;
  const alt = (xs: string[]) => xs.map((x) => x.replace(/\s+/g, '\\s+')).join('|');
  targetRe = {
    military: new RegExp(`\\b(?:${alt(T.military)})\\b`, 'i'),
    civil: new RegExp(`\\b(?:${alt(T.civil)})\\b`, 'i'),
  };
  return targetRe;
}
/** The strike a claim speaks of, by its noun. */
const STRIKE_NOUN = /\b(air\s*strike|drone\s+strike|strike|raid|attack|bombardment|shelling)s?\b/i;
/** A verb of striking a target. */
const STRUCK =
  /\b(?:target(?:ed|ing)?|struck|strikes?\s+(?:on|at)|hit|bomb(?:ed|ing)|shell(?:ed|ing)|attack(?:ed)?\s+(?:on|at)?|air\s*strikes?\s+on)\b/i;

/**
 * Two parties telling one strike as a hit on civilians and as a hit on fighters ("the strike targeted
 * a town-hall meeting" / "its strike had targeted opposition fighters") contradict each other: the
 * later account answers the earlier one, within `maxGap` sentences, when they share the event.
 */
export function targetDisputes(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
  maxGap: number,
  shareEvent: (a: number, b: number) => boolean,
): void {
  const kindOf = claims.map((o) => {
    if (o.kind === 'appeal' || o.speaker === null) return null;
    const t = text.slice(o.content.start, o.content.end);
    const hit = STRUCK.exec(t);
    if (!hit) return null;
    // What the strike was aimed at: the words right after its verb.
    const aim = t.slice(hit.index + hit[0].length, hit.index + hit[0].length + 60).split(/[.;:]/)[0];
    const mil = targets().military.test(aim);
    const civ = targets().civil.test(aim);
    return mil === civ ? null : mil ? 'military' : 'civil';
  });
  claims.forEach((c, i) => {
    if (c.contradicts?.length || !kindOf[i]) return;
    // (One strike: the same event, or the later account's strike noun told by both.)
    const noun = STRIKE_NOUN.exec(text.slice(c.content.start, c.content.end))?.[1];
    const told = noun ? new RegExp(`\\b${noun}`, 'i') : null;
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= maxGap; j--) {
      if (!kindOf[j] || kindOf[j] === kindOf[i] || oneSide(claims[j], c, entities)) continue;
      if (!shareEvent(i, j) && !told?.test(text.slice(claims[j].content.start, claims[j].content.end)))
        continue;
      c.contradicts = [j];
      return;
    }
  });
}
