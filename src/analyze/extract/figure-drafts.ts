/**
 * Drafts of figures in one sentence: the counts that are figures (no year, age, model number or
 * share of a count before), each with its group and measure (figure-measures.ts); then lists that
 * inherit from the figure they hang on ("13 civilians, including three children"), and "of them"
 * after the things last named. Pure.
 */
import type { FigureGroup } from '../../report/contract.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import type { Span } from '../types.ts';
import {
  countsOther,
  type FigureDraft,
  findGroup,
  isAge,
  isYearLike,
  lastGroupBefore,
  measureAfterAt,
  singles,
} from './figure-groups.ts';
import {
  type Drafting,
  deadNamed,
  deathNounBefore,
  measureAfter,
  measureBefore,
  PARTITIVE,
  partMeasureAt,
  tollBefore,
  tollRaisedTo,
} from './figure-measures.ts';
import { AUX, isOwnVerb, ownVerbAfter, totalBefore } from './figure-words.ts';
import { figureLexicon } from './lexicon.ts';
import { findQuantities, type Quantity } from './quantity.ts';
import { isSourceNoun, verbAt, verbLexicon } from './verbs.ts';
import { matchBefore, phraseWords, type Word } from './words.ts';

/** "200 Taliban were killed": an armed group's name counts its fighters. */
function armedGroupAt(
  ws: Word[],
  text: string,
  from: number,
  armedNames: readonly Span[],
): { group: FigureGroup; from: number; to: number } | null {
  const start = ws[from]?.start;
  // ("16 Afghan Taliban": past one capitalised adjective before the armed body's name.)
  const next = ws[from + 1]?.start;
  const name =
    start === undefined
      ? undefined
      : (armedNames.find((e) => e.start === start) ??
        (next !== undefined && /^\p{Lu}\p{Ll}+$/u.test(text.slice(ws[from].start, ws[from].end))
          ? armedNames.find((e) => e.start === next)
          : undefined));
  if (!name) return null;
  const to = ws.findIndex((w, k) => k >= from && w.end >= name.end);
  return to < 0 ? null : { group: 'military', from, to: to + 1 };
}

/** A weekday or month name: "On Sunday 14 soldiers …" is a count, not a model number. */
const calendarWord = (w: string) => WEEKDAYS.has(w.replace(/\.$/, '')) || MONTHS.has(w.replace(/\.$/, ''));

/** "a Beech King Air 350 plane", "Patriot PAC 3": digits that end a capitalised name are a model, no count. */
function modelNumber(ws: Word[], text: string, q: { from: number; to: number; numberFrom: number }): boolean {
  if (q.numberFrom !== q.from || !/^\d+$/.test(ws[q.from].w)) return false;
  const cap = (k: number) =>
    k > 0 && /^\p{Lu}/u.test(text.slice(ws[k].start, ws[k].end)) && !calendarWord(ws[k].w);
  if (cap(q.from - 1) && cap(q.from - 2)) return true;
  // "a MiG 21 jet", "a BM 21 launcher": a type's letters, capitals inside, then its number — unless
  // people follow ("UN 30 staff" is no model).
  const before = q.from > 0 ? text.slice(ws[q.from - 1].start, ws[q.from - 1].end) : '';
  if (!/^\p{Lu}\p{Ll}?\p{Lu}\p{L}*$/u.test(before)) return false;
  const group = findGroup(ws, text, q.to)?.group;
  return group === undefined || group === 'equipment';
}

/** The words after a count from `k` are a speaker's role and its verb of saying ("senior medic estimated"). */
function speakersCounted(ws: Word[], k: number): boolean {
  let j = k;
  while (j < ws.length && j - k < 3 && /^\p{L}+$/u.test(ws[j].w) && !verbAt(ws, j)) j++;
  if (j === k || j >= ws.length || !verbAt(ws, j)) return false;
  return isSourceNoun(ws[j - 1].w);
}

/**
 * "…, two men who helped carry the bodies said.": the people counted are the ones who speak,
 * told by a relative clause that ends on their verb of saying.
 */
function relativeSpeakers(ws: Word[], k: number): boolean {
  let j = k;
  while (j < ws.length && j - k < 3 && /^\p{L}+$/u.test(ws[j].w) && ws[j].w !== 'who') j++;
  if (j === k || ws[j]?.w !== 'who') return false;
  for (let n = j + 1; n < ws.length && n - j <= 12; n++) {
    if (/^[.,;:!?]$/.test(ws[n].w)) return false;
    const v = verbAt(ws, n);
    if (v && verbLexicon().sayVerbs.includes(v.entry.lemma))
      return v.to >= ws.length || /^[.,;]$/.test(ws[v.to].w);
  }
  return false;
}

/**
 * "home to some 90,000 people", "a population of 40,000": those who live there, no one harmed.
 * (`from` is where the count starts, its qualifier included: "some", "more than".)
 */
function populationCount(ws: Word[], from: number): boolean {
  return figureLexicon().populationCues.before.some((p) => matchBefore(ws, from, phraseWords(p)) > 0);
}

/** "…, six of whom are in hospital": a share of the count before, with no measure of its own. */
function shareOfWhom(ws: Word[], q: { from: number; to: number }): boolean {
  if (ws[q.from - 1]?.w !== ',' || ws[q.to]?.w !== 'of' || !/^(?:whom|which)$/.test(ws[q.to + 1]?.w ?? ''))
    return false;
  // ("…, four of which were shot down": a measure of its own makes the share a figure.)
  for (let k = q.to + 2; k < Math.min(ws.length, q.to + 7); k++) if (measureAfterAt(ws, k)) return false;
  return true;
}

/**
 * The counts of a sentence that may be figures, in order — not "no one was killed", "among those 15
 * killed", "31 of 34 drones", "…, seven of whom are still in hospital", "three of them seriously".
 */
function countedQuantities(ws: Word[], text: string): Quantity[] {
  const found = findQuantities(ws);
  return [
    // "no one was killed", "not one soldier": no figure.
    // "among those 15 killed": a count stated before; "how many people were killed": a question.
    ...found.filter(
      (q) =>
        !isYearLike(ws, q) &&
        !isAge(ws, q) &&
        !modelNumber(ws, text, q) &&
        !/^(?:no|not|those|how|so|too)$/.test(ws[q.numberFrom - 1]?.w ?? '') &&
        // "shot down 31 of 34 drones": 34 is the whole the share is taken from
        !(ws[q.from - 1]?.w === 'of' && found.some((p) => p.to === q.from - 1)) &&
        // "65 were wounded, seven of whom are still in hospital": a share of the count before,
        // unless the share died ("…, six of whom later died").
        !shareOfWhom(ws, q) &&
        // "Eleven were injured, three of them seriously": how badly some of them were hurt.
        !(ws[q.to]?.w === 'of' && ws[q.to + 1]?.w === 'them' && /^\p{L}+ly$/u.test(ws[q.to + 2]?.w ?? '')),
    ),
    ...singles(ws, text),
  ].sort((a, b) => a.from - b.from);
}

/**
 * One count's draft: its group ("200 Taliban", "another was injured") and its measure, step by step
 * — or null for a count of attacks ("two rebel raids") or of those who speak ("two witnesses said").
 */
function draftAt(
  ws: Word[],
  text: string,
  quantities: Quantity[],
  q: Quantity,
  qi: number,
  armedNames: readonly Span[],
): FigureDraft | null {
  const lex = figureLexicon();
  // ("another was injured": one more of the group before, as "others" would be.)
  const another = ws[q.from].w === 'another' && q.to === q.from + 1;
  const g =
    findGroup(ws, text, q.to) ??
    (another ? { group: 'inherit' as const, from: q.from, to: q.to } : null) ??
    armedGroupAt(ws, text, q.to, armedNames);
  // "two rebel raids", "three jihadist assaults": a group word that modifies attacks counts no one.
  if (g && lex.countedAttacks.nouns.includes(ws[g.to]?.w ?? '')) return null;
  // "One senior medic estimated …", "two witnesses said …": those who speak, not a count of harm.
  if (speakersCounted(ws, q.to) || relativeSpeakers(ws, q.to) || populationCount(ws, q.from)) return null;
  const groupTo = g ? g.to : q.to;
  const d: FigureDraft = {
    q,
    groupFrom: g ? g.from : q.to,
    groupTo,
    group: g && g.group !== 'inherit' ? g.group : null,
    measure: null,
    measureFrom: q.from,
    measureTo: groupTo,
    measureNamesGroup: false,
  };
  const x: Drafting = { ws, text, quantities, qi, q, g, groupTo, d };
  // 1. A measure verb right before the number: "killing at least 13", "has killed 90", "deaths of about".
  const told = measureBefore(x);
  if (!told) return null;
  const { tookOther, notPushed } = told;
  deadNamed(x);
  tollRaisedTo(x);
  // 2. A measure after the group, skipping auxiliaries and coordinated "and 36 civilians" — not
  //    for a figure inside a list ("nine civilians, including four children, and injured 21"):
  //    that one takes the measure of the figure it hangs on (4.).
  // ("95 people, of whom 9 were pronounced dead": a part with a measure of its own right after it
  // is no list item.)
  const ownPart =
    PARTITIVE.some((l) => matchBefore(ws, q.from, phraseWords(l))) && partMeasureAt(ws, groupTo) !== null;
  const inList =
    !ownPart && lex.listLinks.some((l) => l !== 'and' && matchBefore(ws, q.from, phraseWords(l)) && qi > 0);
  // "the toll stood at 9 and four hurt": a toll just before the number counts it, whatever
  // measure the coordinated count after it has.
  if (!d.measure && !inList && !g && !measureAfterAt(ws, groupTo)) tollBefore(x);
  if (!d.measure && !inList && !measureAfter(x, ownPart)) return null;
  // 3. A death noun before: "the toll of the war had passed 3,000" — not for a
  //    figure inside a list, which takes the measure of the figure it hangs on (4.).
  if (!d.measure && !inList && !tookOther && !notPushed && !ownVerbAfter(ws, groupTo)) deathNounBefore(x);
  return d;
}

/**
 * 4. Lists inherit from the figure they hang on: "13 civilians, including three children", "one tank
 * and three launchers", "killed 70 civilians and wounded 310"; "others" from the nearest head ("and
 * 20 others"); a running total from the figure before ("bringing the total since the war began to
 * 3,400").
 */
function inheritFromHeads(ws: Word[], drafts: FigureDraft[]): void {
  const lex = figureLexicon();
  // "… killed 600 people in Lebanon, mostly fighters but including at least 116 civilians": a
  // figure that a list word introduces hangs on the figure before it, however far.
  const listed = drafts.map((d) =>
    lex.listLinks.some((l) => l !== 'and' && matchBefore(ws, d.q.from, phraseWords(l))),
  );
  for (let i = 1; i < drafts.length; i++) {
    const prev = drafts[i - 1];
    const d = drafts[i];
    const gap = d.q.from - prev.groupTo;
    // "killed 35 bandits and rescued 20 hostages": a verb of its own between them breaks the link.
    // ("31 deaths were registered, including 9 women": the head's own passive is no break
    // for a figure a list word introduces; nor is "adding that" before a share of the dead.)
    let ownVerb = false;
    for (let k = prev.groupTo; k < d.q.from; k++)
      ownVerb ||= isOwnVerb(ws, k) && !(listed[i] && AUX.has(ws[k - 1]?.w ?? '')) && ws[k + 1]?.w !== 'that';
    // "…, and 20 hostages were rescued": a passive verb of its own after the count too.
    // ("21 died at the old jail on the coast and six in Tumbes": a bare count and a place after
    // "and" takes the measure of the count before it, however far.)
    const gapped =
      ws[d.q.from - 1]?.w === 'and' &&
      d.groupTo === d.groupFrom &&
      /^(?:in|at|near)$/.test(ws[d.q.to]?.w ?? '') &&
      gap <= 12;
    const linked =
      ((gap >= 0 && gap <= 4) || ((listed[i] || gapped) && gap >= 0 && gap <= 12)) &&
      !ownVerb &&
      !ownVerbAfter(ws, d.groupTo);
    if (!d.measure && linked) {
      d.measure = prev.measure;
      d.measureFrom = prev.measureFrom;
    }
    // "4 people were killed, bringing the total since the war began to 3,400": a running total of
    // what the figure before counts.
    if (!d.group && d.groupTo === d.groupFrom && totalBefore(ws, d.q.from)) {
      d.measure = prev.measure;
      d.measureFrom = d.q.from;
      d.measureTo = d.groupTo;
      d.group = d.group ?? prev.group;
      d.measureNamesGroup = prev.measureNamesGroup;
    }
    // "others" refers back to the nearest figure that is no part of a list before it: "killing 10
    // fighters, destroying five vehicles and seizing three others" (vehicles); "13 civilians,
    // including three children, and 20 others" (civilians).
    const coordinated = ws[d.q.from - 1]?.w === 'and' && d.groupTo === d.groupFrom;
    const lastHead = drafts.slice(0, i).findLast((_, k) => !listed[k]);
    const head =
      d.groupTo > d.groupFrom && !d.group ? (lastHead ?? drafts[0]) : linked || coordinated ? prev : null;
    if (!d.group && head?.group && !countsOther(ws, d))
      d.group = head.group === 'children' ? 'civilians' : head.group;
    // "21 deaths in A and 18 in B": the second count takes the noun the first one's measure named.
    if (
      !d.group &&
      coordinated &&
      linked &&
      prev.measureNamesGroup &&
      /^(?:in|at|near|on|from)$/.test(ws[d.q.to]?.w ?? '')
    )
      d.measureNamesGroup = true;
  }
}

/**
 * "The attack involved 30 drones. Air defences downed 18 of them.": the things last named, in this
 * sentence or the one before (people stay people).
 */
function thingsOfThem(ws: Word[], prevWs: Word[], drafts: FigureDraft[]): void {
  for (const d of drafts) {
    if (d.group || d.groupTo - d.groupFrom !== 2 || ws[d.groupFrom].w !== 'of') continue;
    const g = lastGroupBefore(ws, d.q.from) ?? lastGroupBefore(prevWs, prevWs.length);
    if (g === 'equipment' || g === 'buildings') d.group = g;
  }
}

/**
 * "Scores of villagers were killed and injured": one count told of both harms is a figure of each —
 * the one drafted, and the other its measure found (`also`).
 */
function bothHarms(drafts: FigureDraft[]): void {
  for (const d of [...drafts])
    if (d.also)
      drafts.push({
        ...d,
        measure: d.also.measure,
        measureTo: Math.max(d.measureTo, d.also.to),
        also: undefined,
      });
  drafts.sort((a, b) => a.q.from - b.q.from);
}

/** Drafts one figure per quantity that has a group or a measure nearby. */
export function draftFigures(
  ws: Word[],
  text: string,
  prevWs: Word[] = [],
  armedNames: readonly Span[] = [],
): FigureDraft[] {
  const drafts: FigureDraft[] = [];
  const quantities = countedQuantities(ws, text);
  quantities.forEach((q, qi) => {
    const d = draftAt(ws, text, quantities, q, qi, armedNames);
    if (d) drafts.push(d);
  });
  // 4. Lists inherit from the figure they hang on: "13 civilians, including three children",
  //    "one tank and three launchers", "killed 70 civilians and wounded 310".
  inheritFromHeads(ws, drafts);
  thingsOfThem(ws, prevWs, drafts);
  bothHarms(drafts);
  for (const d of drafts) if (!d.group && d.groupTo > d.groupFrom) d.group = 'people';
  return drafts.filter((d) => d.measure !== null && (d.group !== null || d.measureNamesGroup));
}
