/**
 * Disputes without a denial verb: a party answering another's toll with a lower one, and a claim
 * told as "contradicting X, who said …". Pure.
 */
import { contentWords, wordOverlap } from '../nlp/function-words.ts';
import type { ClaimItem, EntityMention } from '../types.ts';
import { namesSide, oneSide, partyOf } from './claim-parties.ts';
import { trimSpan } from './claim-tidy.ts';
import { findGroup } from './figure-groups.ts';
import { findQuantities } from './quantity.ts';
import { verbLexicon } from './verbs.ts';
import { sentenceStart, words } from './words.ts';

/** Words for the dead and hurt: a denial of casualties answers a count of them in other words. */
export const CASUALTIES =
  /\b(?:fatalit\w*|casualt\w*|deaths?|dead|killed|killing|died|toll|wounded|injured|injuries)\b/i;

/** "said just three policemen died": a count lowered with "only"/"just"/"no more than". */
const LOWERED =
  /\b(?:only|just|merely|no more than|not more than)\s+(?:(?:killed|wounded|injured|lost)\s+)?["“]?(?:(?:a|about|some)\s+)?(?:\d[\d,]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|a handful)\b/i;
export const MEASURES: [string, RegExp][] = [
  [
    'killed',
    /\b(?:killed|killing|dead|died|deaths?|death toll|toll|lives|executed|massacred|loss of|losses)\b/i,
  ],
  ['wounded', /\b(?:wounded|injured|injuries|hurt)\b/i],
];
/** "gave a lower death toll", "a higher casualty figure": a toll told as another's rival. */
const RIVAL_TOLL =
  /\b(?:lower|higher|smaller|larger|different)\s+(?:official\s+)?(?:death\s+|casualty\s+)?(?:toll|figure|count|tally)\b/i;

/**
 * The sentence just before `at`'s, in the same paragraph, when it announces a rival toll without
 * giving one: "The army gave a smaller toll. A colonel said 12 had died."
 */
function rivalTollBefore(text: string, at: number): boolean {
  const start = sentenceStart(text, at);
  if (start === 0 || text[start - 1] === '\n') return false;
  const prev = text.slice(sentenceStart(text, start - 1), start);
  return RIVAL_TOLL.test(prev) && !/\d/.test(prev);
}

/**
 * Words that set what follows against what was said before: "X however said …", "but Y said …",
 * ", while Y said …", "This is while Y put the number at …".
 */
const CONTRAST = /\b(?:however|but|instead|whereas)\b|,\s*while\b|\bthis\s+is\s+while\b/i;

/**
 * "put the number at eleven", "put the toll closer to 1,000": a count of the people another counted,
 * in the words of the tally alone — the measure is the one of the toll it answers.
 */
const PUT_TALLY =
  /\b(?:put|puts|putting|placed|places|estimated|estimates)\s+(?:the|their|its)\s+(?:(?:death|casualty|overall|total)\s+)?(?:toll|number|figure|count|tally)\b/i;

/** The first exact count told in a text, with whom it counts when the words say ("troops"), or null. */
export function firstCount(t: string): { value: number; group: string | null } | null {
  const ws = words(t);
  const q = findQuantities(ws).find((x) => !x.vague);
  if (!q) return null;
  // The figure lexicon's groups: fighters on one hand, civilians and children on the other.
  const g = findGroup(ws, t, q.to)?.group;
  const group = g === 'military' ? 'armed' : g === 'civilians' || g === 'children' ? 'civilian' : null;
  return { value: q.low, group };
}

/** Two counts that may count the same people with other numbers. */
export function rivalCounts(a: ReturnType<typeof firstCount>, b: ReturnType<typeof firstCount>): boolean {
  return !!a && !!b && a.value !== b.value && (a.group === null || b.group === null || a.group === b.group);
}

/** A count in digits or words: "31 dead", "eight soldiers", "dozens". */
export const COUNT =
  /\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a dozen|dozens|scores|hundreds|thousands)\b/i;

/**
 * A party that answers another's toll with a lower one ("X said 15 were killed … Y said only four
 * soldiers were killed") contradicts it: the nearest earlier claim by someone else on the same
 * side of the count (killed, wounded) with a number of its own.
 */
export function numericDisputes(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
  maxGap: number,
): void {
  claims.forEach((c, i) => {
    if (c.kind === 'denial' || c.contradicts?.length) return;
    const t = text.slice(c.content.start, c.content.end);
    // "X however put the dead at seven": a toll set against another by a word of contrast,
    // when the two counts differ.
    // "… gave a lower casualty figure of 38", or a sentence announcing it: set against the tolls
    // given before, further back than a plain contrast.
    // (The claim's frame and words: "gave a lower toll of 38" says "toll" before the count.)
    const framed = text.slice(Math.min(c.start, c.content.start), c.content.end);
    const cued = RIVAL_TOLL.test(framed) || rivalTollBefore(text, c.start);
    const mine =
      cued || CONTRAST.test(text.slice(sentenceStart(text, c.start), c.content.start)) ? firstCount(t) : null;
    const low = LOWERED.exec(t) ?? (mine !== null ? { index: 0 } : null);
    if (!low) return;
    // ("admitted the loss of only two of its fighters": the measure may come before the count.)
    const measure = (MEASURES.find(([, re]) => re.test(t.slice(low.index))) ??
      MEASURES.find(([, re]) => re.test(t)) ??
      (cued ? MEASURES.find(([, re]) => re.test(framed)) : undefined))?.[0];
    const tally = mine !== null && PUT_TALLY.test(framed);
    if (!measure && !tally) return;
    const re = measure ? MEASURES.find(([m]) => m === measure)?.[1] : CASUALTIES;
    const found: { j: number; overlap: number }[] = [];
    const reach = cued ? 2 * maxGap : maxGap;
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= reach; j--) {
      const o = claims[j];
      if (!o.speaker || o.speaker === c.speaker || o.kind === 'appeal' || o.kind === 'denial') continue;
      if (
        partyOf(o.speaker, entities) !== null &&
        partyOf(o.speaker, entities) === partyOf(c.speaker, entities) &&
        entities.find((e) => e.key === o.speaker)?.type !== 'person'
      )
        continue;
      const ot = text.slice(o.content.start, o.content.end);
      if (!COUNT.test(ot) || !re?.test(ot)) continue;
      if (mine !== null && !LOWERED.test(t)) {
        if (!rivalCounts(mine, firstCount(ot))) continue;
      }
      const overlap = wordOverlap(contentWords(t), contentWords(ot));
      found.push({ j, overlap });
    }
    // The one counting the same people; between equals, the two nearest.
    const top = Math.max(...found.map((x) => x.overlap));
    // ("put the number at eleven": the tally has no words of its own; it answers the toll just told.)
    const answered = found.filter((x) => x.overlap === top).slice(0, tally && !measure ? 1 : 2);
    if (answered.length) c.contradicts = answered.map((x) => x.j).sort((a, b) => a - b);
  });
}

/** "the toll may be much higher", "the real number of dead is far greater": a toll said to be too low. */
const HIGHER =
  /\b(?:toll|number|numbers|figure|figures|fatalities|casualties|dead|deaths)\b(?:\s+[\p{L}'’-]+){0,4}?\s+(?:(?:much|far|significantly|considerably|many\s+times|even)\s+)?(?:higher|greater|larger)\b/iu;

/**
 * "X said 10 soldiers were killed … but rights groups say the toll may be much higher": a claim
 * that the toll is higher answers the tolls others gave before it (within `maxGap` sentences; the
 * nearest two).
 */
export function higherTolls(claims: ClaimItem[], sentenceOf: number[], text: string, maxGap: number): void {
  claims.forEach((c, i) => {
    if (c.kind === 'denial' || c.contradicts?.length) return;
    if (!HIGHER.test(text.slice(c.content.start, c.content.end))) return;
    const found: number[] = [];
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= maxGap && found.length < 2; j--) {
      const o = claims[j];
      if (!o.speaker || o.speaker === c.speaker || o.kind === 'appeal' || o.kind === 'denial') continue;
      const ot = text.slice(o.content.start, o.content.end);
      if (COUNT.test(ot) && CASUALTIES.test(ot)) found.push(j);
    }
    if (found.length) c.contradicts = found.sort((a, b) => a - b);
  });
}

/** "…, contradicting the army, which said …": the words that set a claim against the next one. */
const AGAINST =
  /[,;]?\s*(?:contradicting|disputing|contrary to|at odds with|in contrast to|in contradiction (?:to|with))\s+$/i;

/** A sentence opened by what it contradicts: "This contradicts …", "The figure is at odds with …". */
const THIS_AGAINST =
  /^\W*(?:this|that|it|the\s+(?:figure|toll|account|claim|tally|number))\s+(?:\p{L}+\s+)?(?:contradicts|contradicted|disputes|disputed|differs\s+from|differed\s+from|conflicts\s+with|conflicted\s+with|(?:is|was)\s+at\s+odds\s+with|runs\s+counter\s+to|ran\s+counter\s+to)\b/iu;

/**
 * "The rebels admitted killing nine, contradicting the army, which said four had died": the
 * claim told inside another's content after a word of contradiction ends that content and is
 * what it contradicts.
 */
export function statedDisputes(claims: ClaimItem[], sentenceOf: number[], text: string): void {
  claims.forEach((c, i) => {
    if (c.contradicts?.length) return;
    // "This contradicts the count X gave, which said …": the sentence sets X's claim against
    // the account told just before it.
    if (THIS_AGAINST.test(text.slice(sentenceStart(text, c.start), c.start))) {
      const j = claims.findLastIndex(
        (o, k) =>
          k < i &&
          sentenceOf[k] < sentenceOf[i] &&
          sentenceOf[i] - sentenceOf[k] <= 1 &&
          o.speaker !== c.speaker &&
          o.kind !== 'appeal',
      );
      if (j >= 0) {
        c.contradicts = [j];
        return;
      }
    }
    for (let j = i + 1; j < claims.length && sentenceOf[j] === sentenceOf[i]; j++) {
      const o = claims[j];
      if (o.speaker === c.speaker || o.start <= c.content.start || o.start >= c.content.end) continue;
      const cue = AGAINST.exec(text.slice(c.content.start, o.start));
      if (!cue) continue;
      c.content = trimSpan(text, { start: c.content.start, end: c.content.start + cue.index });
      c.end = Math.max(c.content.end, Math.min(c.end, c.content.start + cue.index));
      c.contradicts = [j];
      return;
    }
  });
}

/** A sentence that sets itself against the one before: "But Bangkok blamed Cambodian troops …". */
const BUT_OPENING = /^\W*(?:but|however|yet)\b/i;

/**
 * "Phnom Penh said one civilian was killed. But Bangkok blamed Cambodian troops …": a charge that
 * opens with "But" against what another party just said answers it — a counter-charge is a
 * disagreement users must see. The nearest claim before, within two sentences, by a party of the
 * other side.
 */
export function counterCharges(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
): void {
  claims.forEach((c, i) => {
    if (c.kind !== 'accusation' || c.contradicts?.length) return;
    if (!BUT_OPENING.test(text.slice(sentenceStart(text, c.start), c.start))) return;
    const mine = partyOf(c.speaker, entities);
    if (mine === null) return;
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= 2; j--) {
      const o = claims[j];
      if (sentenceOf[j] === sentenceOf[i] || o.kind === 'appeal' || o.kind === 'statement') continue;
      const theirs = partyOf(o.speaker, entities);
      if (theirs === null || theirs === mine) continue;
      c.contradicts = [j];
      return;
    }
  });
}

/** A charge that says the speaker's side is blamed falsely: "… and putting the blame on our troops". */
const BLAME_SHIFTED =
  /\b(?:put(?:s|ting)?|plac(?:e|es|ed|ing)|lay(?:s|ing)?|laid|shift(?:s|ed|ing)?|pin(?:s|ned|ning)?)\s+(?:the\s+)?blame\s+on\b|\b(?:falsely|wrongly)\s+(?:blam|accus)\w*/i;

/**
 * "X charged that the rebels staged the massacre and laid the blame on its soldiers": a charge
 * that shifts the blame answers the earlier claims (by others, within `maxGap` sentences) that laid
 * the deed on the speaker's side — the nearest two.
 */
export function blameShifts(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
  maxGap: number,
): void {
  claims.forEach((c, i) => {
    if (c.kind !== 'accusation' || c.contradicts?.length) return;
    const t = text.slice(c.content.start, c.content.end);
    const shift = BLAME_SHIFTED.exec(t);
    if (!shift) return;
    const mine = partyOf(c.speaker, entities);
    // The ones said to be blamed, in the words after "blame on": "junta troops".
    const blamed = contentWords(t.slice(shift.index + shift[0].length).split(/[,.;:]/)[0] ?? '');
    const found: number[] = [];
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= maxGap && found.length < 2; j--) {
      const o = claims[j];
      if (o.kind === 'appeal' || o.kind === 'denial' || !o.speaker || oneSide(o, c, entities)) continue;
      const ot = contentWords(text.slice(o.content.start, o.content.end));
      const blamesMine =
        (blamed.size > 0 && [...blamed].every((w) => ot.has(w))) ||
        (mine !== null && namesSide(o, mine, entities));
      if (blamesMine) found.push(j);
    }
    if (found.length) c.contradicts = found.sort((a, b) => a - b);
  });
}

/** ", while Y said …": another account told beside the one before. */
const WHILE_OTHER = /[,;]\s*while\b[^,;:.!?]*$/i;

/** "But Y said …", "…, but Y said …", "However, Y said …": the words that set Y's account against the one before. */
const SET_AGAINST = /(?:^\W*|[,;—–]\s*)(?:but|however|yet|whereas)\b[^,;:.!?]*$/i;

/**
 * "X said the strike killed militants. But Y said the dead were villagers": an account set
 * against another's by "but" or "however" answers it when the two tell of one event or in the
 * same words — the nearest claim before it (same sentence or the one before), by a speaker of
 * another side. Only accounts: appeals and claims already linked are left alone.
 */
export function contrastedAccounts(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
  related: (i: number, j: number) => boolean,
): void {
  const said = (x: ClaimItem) => text.slice(x.content.start, x.content.end);
  claims.forEach((c, i) => {
    // (A statement only against a claim in its own sentence: "X says A, but Y insists B".)
    if (c.contradicts?.length || !c.speaker || !/^(?:assertion|accusation|statement)$/.test(c.kind)) return;
    const from = Math.max(sentenceStart(text, c.start), i > 0 ? claims[i - 1].end : 0);
    const lead = from <= c.start ? text.slice(from, c.content.start) : '';
    const cue = SET_AGAINST.exec(lead);
    // ("X said A, while Y said B": "while" sets accounts side by side, a rival one only when the two
    // tell of one event or in the same words.)
    const alongside = !cue && WHILE_OTHER.test(lead);
    if (!cue && !alongside) return;
    // ("X has not given its losses, but says …": the same speaker going on, no one else's account.)
    const next = cue
      ? /^\W*(?:but|however|yet|whereas)\W+(?:also\s+|then\s+)?(\p{L}+)/iu.exec(
          cue[0].replace(/^[,;—–]\s*/, ''),
        )
      : null;
    if (next && verbLexicon().forms.has(next[1].toLowerCase())) return;
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= 1; j--) {
      const o = claims[j];
      if (o.kind === 'appeal' || o.kind === 'denial' || !o.speaker || oneSide(o, c, entities)) continue;
      if (o.start === c.start) continue;
      // ("X said A, but Y said B": in one sentence the contrast is enough.)
      // ("X claimed to have killed four soldiers. But Y said only three were wounded": a count
      // lowered against the other's casualties, whatever the measure.)
      const lowered = LOWERED.test(said(c)) && CASUALTIES.test(said(o)) && COUNT.test(said(o));
      if (alongside) {
        if (sentenceOf[j] === sentenceOf[i] && c.kind !== 'statement' && (related(i, j) || lowered))
          c.contradicts = [j];
      } else if (sentenceOf[j] === sentenceOf[i] || (c.kind !== 'statement' && (related(i, j) || lowered)))
        c.contradicts = [j];
      return;
    }
  });
}
