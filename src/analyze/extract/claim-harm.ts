/**
 * A denial that a party targets civilians ("denied targeting civilians", "our army hits only
 * military targets") answers the other side's account of civilians harmed — told in the lead,
 * often paragraphs before the denial and in no shared words. Pure.
 */
import type { ClaimItem, EntityMention } from '../types.ts';
import { CASUALTIES } from './claim-disputes.ts';
import { oneSide } from './claim-parties.ts';

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
