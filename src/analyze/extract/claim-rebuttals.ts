/**
 * Rebuttals without a denial verb: the speaker's side kept the truce, nothing of the kind
 * happened, the strike hit only military targets, the ground said lost is still held. Pure.
 */

import { countryNamed, countryOfDemonym } from '../entities/country.ts';
import type { EntityMention } from '../types.ts';
import { verbLexicon } from './verbs.ts';

/** The speaker's own side as a subject: "it", "we", "its forces", "our own army units". */
const OWN_FORCES =
  '(?:it|we|they|(?:its|our|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:forces|troops|army|soldiers|units|fighters|defenders))';

let rebuttalRe: RegExp[] | null = null;
/** The lexicon's phrases as one alternation, a space matching any run of spaces. */
export const alt = (xs: string[]) =>
  xs.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/**
 * A rebuttal without a denial verb, from the start of the content: the speaker's side kept the
 * truce ("its forces had observed the ceasefire") or nothing of the kind happened ("no aircraft
 * had been lost").
 */
export function isRebuttal(t: string): boolean {
  rebuttalRe ??= rebuttalPatterns(verbLexicon().rebuttals);
  // ("was “targeting only the rebels and not civilians”": words quoted inside the content read as the rest.)
  const u = t.replace(/(?<=\s)[“"«](?=\p{L})|(?<=\p{L}[.,]?)[”"»]/gu, '');
  return rebuttalRe.some((re) => re.test(u)) || deniesOwnDeed(u);
}

/** The rebuttal patterns, built once from the lexicon. */
function rebuttalPatterns(R: ReturnType<typeof verbLexicon>['rebuttals']): RegExp[] {
  // Verbs of striking, and "launch(es) their strikes".
  const STRIKING = `${alt(R.strikeVerbs)}|launch(?:es|ed)?(?:\\s+\\p{L}+)?\\s+(?:air\\s*)?strikes`;
  return [
    new RegExp(
      `^(?:that\\s+)?(?:it|we|they|(?:its|our|their)(?:\\s+own)?(?:\\s+[\\p{L}-]+){1,2})\\s+(?:had\\s+|has\\s+|have\\s+)?(?:always\\s+|fully\\s+|strictly\\s+)?(?:${alt(R.keptVerbs)})\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(R.agreements)})\\b`,
      'iu',
    ),
    // "our units took no steps violating the accord": the truce kept, told by what was not done.
    new RegExp(
      `^(?:that\\s+)?(?:it|we|they|(?:its|our|their)(?:\\s+own)?(?:\\s+[\\p{L}-]+){1,2})\\s+(?:had\\s+|has\\s+|have\\s+)?(?:taken|took|made|committed)\\s+no\\s+(?:[\\p{L}-]+\\s+)?(?:actions?|steps?|moves?)\\s+(?:breaching|violating|breaking|that\\s+(?:breached|violated|broke))\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(R.agreements)})\\b`,
      'iu',
    ),
    new RegExp(
      `^(?:that\\s+)?no\\s+(?:[\\p{L}-]+\\s+){1,2}(?:had|has|have|was|were)\\s+(?:been\\s+)?(?:${alt(R.nothingParticiples)})\\b`,
      'iu',
    ),
    // "there were no fighters inside the clinic": denies that those charged were there.
    /^(?:that\s+)?there\s+(?:was|were|had\s+been)\s+no\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:at|in|inside|among|within)\s+(?:the|that|this)\b/iu,
    // "the rifles were not produced by us", "the attack was not carried out by us": not its doing.
    /\b(?:had|has|have|was|were|is|are)\s+not\s+(?:been\s+)?(?:\p{L}+ed|made|done|built)\s+by\s+(?:it|us|them|him|her|the\s+company|the\s+group|the\s+movement|its\s+forces|our\s+forces)\b/iu,
    // "missile production has remained unaffected", "the plant is intact": nothing was hit.
    /\b(?:remained|remains|remain|was|were|is|are)\s+(?:\p{L}+ly\s+)?(?:unaffected|intact|undamaged|unharmed|unscathed|fully\s+operational)\b/iu,
    // "it had never rejected talks", "we have never used such weapons": the speaker's own side
    // says it never did what it is charged with.
    /^(?:in\s+response,?\s+)?(?:that\s+)?(?:it|we|they)\s+(?:had|has|have)\s+never\s+\p{L}+ed\b/iu,
    // "the military does not target civilians", "hasn't conducted any airstrikes", "didn't strike
    // the compound": a strike of one's own side denied.
    new RegExp(
      `^[“"']?(?:that\\s+)?(?:[^.;:!?]{0,120}?\\s)?(?:does\\s+not|do\\s+not|did\\s+not|doesn['’]t|don['’]t|didn['’]t|has\\s+not|have\\s+not|hasn['’]t|haven['’]t|had\\s+not|hadn['’]t|never)\\s+(?:\\p{L}+\\s+){0,2}?(?:${alt(R.strikeVerbs)}|target|strike|hit|attack|bomb|shell|conduct(?:ed)?|carr(?:y|ied)\\s+out|perform(?:ed)?)\\b`,
      'iu',
    ),
    // "Russia is not targeting civilians", "we are not attacking anyone".
    /^[“"']?(?:that\s+)?(?:[^.;:!?]{0,120}?\s)?(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:\p{L}+ly\s+)?(?:targeting|striking|attacking|bombing|shelling|hitting|firing\s+(?:on|at))\b/iu,
    // "we have no soldiers in that country", "it does not have any forces stationed there".
    new RegExp(
      `^[“"']?(?:that\\s+)?(?:[^.;:!?]{0,120}?\\s)?(?:(?:does|do|did)\\s+not\\s+have|(?:doesn|don|didn)['’]t\\s+have|has\\s+no|have\\s+no|had\\s+no)\\s+(?:any\\s+)?(?:${alt(R.presenceNouns)})\\s+(?:\\p{L}+ly\\s+)?(?:in|on|at|inside|deployed|stationed|present|based|fighting)\\b`,
      'iu',
    ),
    // "…, contrary to earlier claims that the base was lost": the speaker sets its account against
    // another's.
    /\bcontrary\s+to\s+(?:the\s+|some\s+|media\s+|earlier\s+)?(?:reports?|claims?|allegations?|statements?|rumou?rs?)\b/iu,
    // "we are firmly in control of the port", "it remained in charge of the valley".
    new RegExp(
      `^(?:that\\s+)?${OWN_FORCES}\\s+(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|firmly\\s+|fully\\s+)?in\\s+(?:full\\s+|firm\\s+)?(?:control|charge)\\s+of\\b`,
      'iu',
    ),
    // "it struck an army depot and not the clinic": the strike admitted, the charge denied.
    /\b(?:military|legitimate|army)\s+(?:[\p{L}-]+\s+)?(?:targets?|bases?|sites?|objectives?|facilit(?:y|ies)|positions?)\b[^.;]{0,30}?\b(?:and|but)\s+not\b/iu,
    // "there was no violence at the sites", "…, but there were no clashes": nothing happened.
    new RegExp(
      `(?:^[“"']?|\\b(?:but|and)\\s+)(?:that\\s+)?there\\s+(?:was|were|is|are|had\\s+been|has\\s+been|have\\s+been)\\s+no\\s+(?:such\\s+)?(?:${alt([...R.noneHappened, ...R.noneSeen])})\\b`,
      'iu',
    ),
    // "shot in the air and did not see any casualties": the harm said done was not seen.
    new RegExp(
      `\\b(?:did\\s+not|didn['’]t|had\\s+not|hadn['’]t|has\\s+not|hasn['’]t)\\s+(?:see|find|observe|record|register|detect|witness)\\s+any\\s+(?:${alt([...R.noneSeen, ...R.noneHappened])})\\b`,
      'iu',
    ),
    // "there is no evidence of civilian deaths", "has seen no evidence of any strike": the
    // harm or deed others report is not borne out.
    new RegExp(
      `\\b(?:(?:have|has|had)\\s+(?:seen\\s+|found\\s+)?no|(?:do|does|did)\\s+not\\s+have|(?:don|doesn|didn)['’]t\\s+have|there\\s+(?:is|was)\\s+no)\\s+(?:any\\s+)?evidence\\s+(?:of|for)\\s+(?:any\\s+|such\\s+)?(?:civilian\\s+)?(?:${alt([...R.noneHappened, ...R.noneSeen])})\\b`,
      'iu',
    ),
    // "the navy is not aware of any shooting", "had no knowledge of such a strike": the deed
    // others report is unknown to the side said to have done it.
    new RegExp(
      `\\b(?:(?:was|were|is|are)(?:\\s+not|n['’]t)\\s+aware|(?:had|has|have)\\s+no\\s+(?:knowledge|record|information))\\s+(?:of|about)\\s+(?:any|such(?:\\s+an?)?)\\s+(?:${alt([...R.noneHappened, ...R.noneSeen])})\\b`,
      'iu',
    ),
    // "the ship was headed for Egypt, not Israel", "stray rocket fire and not our missiles were
    // responsible", "they were not fighters but farmers": a correction of what others said.
    // (Not "…, not far from the office", "not long after": a measure of distance or time.)
    /(?:,\s*|\s+and\s+)not\s+(?!(?:far|long|only|least|yet|just|quite|immediately|clear)\b)(?:a|an|the|by|our|its|their)?\s*(?!\p{L}+ing\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,5}\s*(?:[.,;]|$|(?:was|were|is|are)\s+(?:responsible|to\s+blame|behind))|\b(?:was|were|are|is)\s+not\s+(?!\p{L}+ing\b)[\p{L}-]+,?\s+but\s+/iu,
    // "the city has not yet fallen", "the base had not been captured": the ground said lost is not.
    /\b(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:fallen|been\s+(?:captured|taken|seized|overrun|lost))\b/iu,
    // "aid was distributed without incident": nothing of the kind happened.
    /\bwithout\s+(?:any\s+)?(?:incidents?|casualties|injuries|loss(?:es)?\s+of\s+life)\b/iu,
    // "the attack was thwarted": what the other side claims never succeeded.
    // "a raid by armed speedboats was foiled": the attacker may be named between.
    /\b(?:attack|assault|attempt|raid|incursion)s?(?:\s+(?:by|from|on|with)(?:\s+[\p{L}-]+){1,4})?\s+(?:was|were|had\s+been|has\s+been)\s+(?:thwarted|foiled|repelled|repulsed)\b/iu,
    // "its troops are still fighting in the town": the ground said lost is not.
    STILL_HOLDING,
    // "all targets were chosen in areas where there are no civilians": civilian harm denied.
    /\btargets?\b[^.;]{0,120}?\bno\s+civilians\b/iu,
    // "the uniforms did not belong to its army", "the dead were not members of the group".
    /\b(?:(?:did|do|does)\s+not|(?:didn|don|doesn)['’]t)\s+belong\s+to\b|\b(?:were|was|are|is)\s+not\s+(?:members?|part)\s+of\b/iu,
    // "the air force struck only military targets", "it had only hit an army camp": the strike
    // admitted, the charge rejected.
    new RegExp(
      `\\b(?:(?:${alt(R.strikeVerbs)})\\s+only|only\\s+(?:${alt(R.strikeVerbs)}))\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alt(R.legitimateTargets)}|(?:military|army)[\\p{L}-]*\\s+(?:targets|objectives|sites|facilities|infrastructure|camps?|bases?|posts?|barracks))\\b`,
      'iu',
    ),
    // "we only carry out our raids against … legitimate military targets", "its jets hit
    // solely military and military-linked objects": a longer telling of the same.
    new RegExp(
      `\\b(?:(?:${STRIKING})\\s+(?:\\p{L}+\\s+)?(?:only|exclusively|solely)|(?:only|exclusively|solely)\\s+(?:\\p{L}+\\s+)?(?:${STRIKING}))\\b[^.;]{0,100}?\\b(?:legitimate|military)(?:[\\s-]+(?:and|or)\\s+[\\p{L}-]+)?\\s+(?:targets|objectives|objects|sites|facilities|infrastructure)\\b`,
      'iu',
    ),
  ];
}

let ownDeedRe: RegExp | null = null;
/**
 * "it had not ordered families out", "we did not order the shelling": the speaker's side says
 * it did not do something — a denial, unless the verb only tells what it did not know or decide.
 */
function deniesOwnDeed(t: string): boolean {
  ownDeedRe ??=
    /^[“"']?(?:that\s+)?(?:it|we|they|(?:its|our|their)(?:\s+own)?(?:\s+[\p{L}-]+){1,2})\s+(?:had|has|have|did|does|do)(?:\s+not|n['’]t|\s+never)\s+(?:\p{L}+ly\s+)?(\p{L}+)/iu;
  const m = ownDeedRe.exec(t.trim());
  return m !== null && !verbLexicon().rebuttals.notDenialVerbs.includes(m[1].toLowerCase());
}

/** The speaker's side still fighting for or holding the ground: "its troops are still fighting there". */
export const STILL_HOLDING = new RegExp(
  `^(?:that\\s+)?${OWN_FORCES}\\s+(?:(?:is|are|was|were)\\s+)?(?:still\\s+(?:fighting|holding|holds?|defending)|continu(?:e|es|ed|ing)\\s+to\\s+(?:fight|hold|defend))\\b`,
  'iu',
);

/** "… remains under the control of X": X is whoever holds the place. */
export const UNDER_CONTROL =
  /\b(?:(?:is|are|was|were|remains?|remained)\s+(?:still\s+|firmly\s+|fully\s+)?in\s+(?:full\s+|firm\s+)?(?:control|charge)\s+of\b|(?:remains?|remained|is|was|are|were|stays?|stayed)\s+(?:\p{L}+ly\s+|still\s+|now\s+)?(?:in|under)\s+(?:the\s+)?(?:full\s+|firm\s+|complete\s+|total\s+)?(?:([\p{L}'’-]+)\s+)?(?:control|hands)\b(?:\s+of\s+(?:the\s+)?([\p{L}'’-]+))?)/iu;

/**
 * "the port remains under the control of our forces", "the city is under the control of Kenya's
 * defence forces": the speaker's side says it still holds the ground — the answer to a claim that
 * it was lost.
 */
export function holdsOwnGround(t: string, speaker: string, entity: EntityMention | undefined): boolean {
  const m = UNDER_CONTROL.exec(t);
  const owner = m?.[2] ?? m?.[1];
  if (!owner) return false;
  if (/^(?:its|our|their)$/i.test(owner)) return true;
  const mine = ownCountry(speaker, entity);
  const word = owner.replace(/['’]s?$/, '');
  const named = countryNamed(word) ?? countryOfDemonym(word);
  return mine !== null && named !== null && `country:${named.iso2.toLowerCase()}` === mine;
}

/** The country a speaker speaks for, when it is one or belongs to one. */
export function ownCountry(key: string, e: EntityMention | undefined): string | null {
  if (key.startsWith('country:')) return key;
  return e?.affiliation?.startsWith('country:') ? e.affiliation : null;
}
