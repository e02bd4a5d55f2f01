/**
 * Rival accounts told with no denial verb and no word of contrast: one side says the dead or
 * struck were fighters, another that they were civilians; two sources give other counts of the
 * dead of one deed. Pure.
 */
import { contentWords, wordOverlap } from '../nlp/function-words.ts';
import type { ClaimItem, EntityMention } from '../types.ts';
import { firstCount, MEASURES, rivalCounts } from './claim-disputes.ts';
import { oneSide } from './claim-parties.ts';
import { figureLexicon } from './lexicon.ts';

let identityRes: { civil: RegExp; armed: RegExp } | null = null;

/**
 * Who the dead or struck were, told of either kind: "they were civilians", "civilians were
 * killed", "killed seven villagers"; "the dead were militants", "it targeted insurgents".
 */
function identityPatterns(): { civil: RegExp; armed: RegExp } {
  if (identityRes) return identityRes;
  const lex = figureLexicon();
  const alt = (xs: string[]) =>
    [...xs]
      .sort((a, b) => b.length - a.length)
      .map((x) => x.replace(/[-\s]/g, '[-\\s]'))
      .join('|');
  const civil = alt(
    [...lex.groups.civilians, ...lex.groups.children].filter(
      (x) => !/^(?:staff|colleagues|workers|worker|visitors)$/.test(x),
    ),
  );
  const armed = alt(lex.armedSides.nonState);
  const was = `\\b(?:were|was|are|is|been)\\s+(?:(?:all|mostly|mainly|only|just|innocent|unarmed|ordinary|armed|also|in\\s+fact|actually|not|some)\\s+){0,3}`;
  // (Up to three words of the object between: "killed 20 suspected militants", not a clause: "killed
  // were traders", "targeted because rebel groups …".)
  const struck = `\\b(?:targeted|targeting|struck|hit|killed|killing|attacked)\\s+(?:(?!(?:because|by|as|when|after|before|while|and|but|that|which|who|to|in|on|at|from|with|for|were|was|are|is|had|have|has)\\s)\\p{L}+\\s+){0,3}?`;
  const dead = `\\s+(?:(?:were|had\\s+been|have\\s+been|was)\\s+)?(?:killed|died|dead)\\b`;
  identityRes = {
    civil: new RegExp(`${was}(?:${civil})\\b|${struck}(?:${civil})\\b|\\b(?:${civil})${dead}`, 'iu'),
    armed: new RegExp(`${was}(?:${armed})\\b|${struck}(?:${armed})\\b`, 'iu'),
  };
  return identityRes;
}

/**
 * "The army said the men were gunmen. Villagers said most of them were farmers": one party
 * says the dead or struck were fighters, another that they were civilians — rival accounts of
 * one deed, in the same sentence or the next. The later answers the earlier.
 */
export function identityDisputes(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
): void {
  const { civil, armed } = identityPatterns();
  const said = (x: ClaimItem) => text.slice(x.content.start, x.content.end);
  const kindOf = (x: ClaimItem) => {
    const t = said(x);
    const c = civil.test(t);
    const a = armed.test(t);
    return c === a ? null : c ? 'civil' : 'armed';
  };
  claims.forEach((c, i) => {
    if (c.contradicts?.length || !c.speaker || c.kind === 'appeal') return;
    const mine = kindOf(c);
    if (!mine) return;
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= 1; j--) {
      const o = claims[j];
      if (!o.speaker || o.kind === 'appeal' || oneSide(o, c, entities)) continue;
      const theirs = kindOf(o);
      if (theirs && theirs !== mine) {
        c.contradicts = [j];
        return;
      }
    }
  });
}

/**
 * A count that is part of another ("six of the dead", "were among the wounded", "including 12
 * troops"), deaths added to others ("another officer was killed", "one more died"), or a war's
 * total ("the war has left more than 9,000 dead", "since 2012"): no rival of a deed's toll.
 */
const PART_OR_MORE =
  /\b(?:of\s+(?:the|those|them|whom)|among|including|another|more\s+(?:people|person|civilians?|soldiers?)|also|further|separate|war|conflict|insurgency|since|alone)\b/i;

/** Word stems of harm itself, which every toll shares whatever deed it counts. */
const HARM_STEMS = contentWords('killed wounded hurt toll casualties fatalities lives');

/**
 * "The hospital's director said 25 were killed. Residents said 20 died … The rebels said 33 had
 * been killed": two sources' counts of the dead (or hurt) of one deed that differ are rival
 * accounts, cue or no cue — each later count answers the nearest earlier one by a source of
 * another side, within `maxGap` sentences, that tells of the same deed (`related`).
 */
export function rivalTolls(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
  maxGap: number,
  related: (i: number, j: number) => boolean,
): void {
  const said = (x: ClaimItem) => text.slice(x.content.start, x.content.end);
  const measureOf = (t: string) => MEASURES.find(([, re]) => re.test(t))?.[0] ?? null;
  /** The words of a toll besides those of the harm itself: "people", "shell", "wedding" (read once). */
  const deeds = new Map<ClaimItem, Set<string>>();
  const deedWords = (x: ClaimItem) => {
    let w = deeds.get(x);
    if (!w) {
      w = new Set([...contentWords(said(x))].filter((k) => !HARM_STEMS.has(k)));
      deeds.set(x, w);
    }
    return w;
  };
  /** One deed: a quarter of its words shared (besides the harm), or one event told. */
  const oneDeed = (i: number, j: number) => {
    const overlap = wordOverlap(deedWords(claims[i]), deedWords(claims[j]));
    return overlap >= 0.25 || related(i, j);
  };
  /** A whole toll of the deed: not a part of one, more deaths, or the war's total. */
  const wholeToll = (t: string) => !PART_OR_MORE.test(t);
  claims.forEach((c, i) => {
    if (c.contradicts?.length || !c.speaker || c.kind === 'appeal' || c.kind === 'denial') return;
    const t = said(c);
    const mine = firstCount(t);
    const measure = measureOf(t);
    if (!mine || !measure || !wholeToll(t)) return;
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= maxGap; j--) {
      const o = claims[j];
      if (!o.speaker || o.speaker === c.speaker || o.kind === 'appeal' || o.kind === 'denial') continue;
      if (oneSide(o, c, entities) && entities.find((e) => e.key === o.speaker)?.type !== 'person') continue;
      const ot = said(o);
      const theirs = firstCount(ot);
      if (!theirs || theirs.group !== mine.group || measureOf(ot) !== measure || !wholeToll(ot)) continue;
      if (!rivalCounts(mine, theirs) || !oneDeed(i, j)) continue;
      c.contradicts = [j];
      return;
    }
  });
}
