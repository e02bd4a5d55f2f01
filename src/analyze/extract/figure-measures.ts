/**
 * The measure of one count being drafted — killed, wounded, captured, displaced, destroyed — read
 * around it: a verb right before the number ("killing at least 13"), a group word that is itself
 * the measure ("left two dead", "claimed 14 lives"), a toll raised to it or standing at it ("bringing
 * to 60 the death toll", "the toll stood at 9"), a verb after its group ("30 fighters who attacked
 * the town were killed"), a death noun before it ("the toll of the war had passed 3,000"). Pure.
 */
import type { FigureGroup } from '../../report/contract.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import {
  armedPhraseEnd,
  COUNT_ADJECTIVE,
  type FigureDraft,
  findGroup,
  groupAt,
  isDeathNoun,
  measureAfterAt,
  measureBeforeEnding,
} from './figure-groups.ts';
import {
  AUX,
  appositionMeasure,
  BE,
  CLAUSE_STOP,
  hospitalAt,
  isOwnVerb,
  passable,
  relativeMeasure,
} from './figure-words.ts';
import { figureLexicon } from './lexicon.ts';
import type { Quantity } from './quantity.ts';
import type { Word } from './words.ts';

/** Links that introduce a part of the count before: "of whom", "among them". */
export const PARTITIVE = ['of whom', 'of them', 'among whom', 'among them'];

/** Words between a part and its measure: "were declared dead", "were later confirmed killed". */
const PART_VERBS = /^(?:declared|confirmed|pronounced|reported|later)$/;

/** A measure within a few words after a part's group: "were declared dead", "were later confirmed killed". */
export function partMeasureAt(ws: Word[], from: number): ReturnType<typeof measureAfterAt> {
  for (let k = from; k < Math.min(ws.length, from + 4); k++) {
    const m = measureAfterAt(ws, k);
    if (m) return m;
    if (!AUX.has(ws[k].w) && !PART_VERBS.test(ws[k].w) && !/^\p{Ll}+ly$/u.test(ws[k].w)) return null;
  }
  return null;
}

/** A toll's verb right before its number: "has risen to", "stood at", "reached". */
const TOLL_RISE =
  /\b(?:risen|rose|rises|climbed|climbs|jumped|increased|reached|reaches|stands|stood|hit|passed|topped|surpassed|exceeded)\s+(?:to\s+|at\s+)?$/i;
/** Verbs that raise a toll to a number named before the toll: "bringing to 60 the death toll". */
const RAISED_TO =
  /^(?:bring|brings|bringing|brought|raise|raises|raising|raised|push|pushes|pushing|pushed|take|takes|taking|took)$/;
/** The toll's word after "the": its dead, or (group 1) its wounded. */
const TOLL_WORDS = /^(?:toll|deaths|dead|killed|fatalities|(wounded|injured))$/;
/** Measures of people: a plural noun the lexicon does not know, as their subject, counts people. */
const PEOPLE_MEASURES = new Set(['killed', 'wounded', 'missing']);
/** The two harms one count may be told of together: "killed and injured". */
const HARMS = new Set(['killed', 'wounded']);

/** "shot dead a police officer", "killed two civilians": an object follows the verb. */
function killsObject(ws: Word[], k: number): boolean {
  const w = ws[k]?.w ?? '';
  if (/^(?:a|an|his|her|their|its|\d[\d,]*)$/.test(w) || figureLexicon().numberWords[w] !== undefined)
    return true;
  return (
    w === 'the' &&
    !/^(?:day|night|week|month|year|previous|same|following|next|last)$/.test(ws[k + 1]?.w ?? '')
  );
}

/** Words from `from` to `to` are one to three lower-case words ending in a plural noun, quotes and auxiliaries aside. */
function unknownPluralSubject(ws: Word[], from: number, to: number): boolean {
  const content = ws.slice(from, to).filter((w) => !/^["“”‘’']$/.test(w.w) && !AUX.has(w.w));
  if (content.length < 1 || content.length > 3) return false;
  const lastAt = ws.slice(from, to).findLastIndex((w) => w === content[content.length - 1]);
  const tail = ws.slice(from + lastAt + 1, to);
  return (
    content.every((w) => /^\p{Ll}[\p{Ll}-]*$/u.test(w.w) && !isFunctionWord(w.w)) &&
    /[^s]s$/.test(content[content.length - 1].w) &&
    tail.every((w) => /^["“”‘’']$/.test(w.w) || AUX.has(w.w))
  );
}

/** A group found after a count: its kind ("inherit": the group of the count before) and its words. */
export type FoundGroup = { group: FigureGroup | 'inherit'; from: number; to: number };

/** One count being drafted: its sentence's words and counts, its group, and its draft so far. */
export interface Drafting {
  ws: Word[];
  text: string;
  quantities: Quantity[];
  qi: number;
  q: Quantity;
  g: FoundGroup | null;
  groupTo: number;
  d: FigureDraft;
}

/**
 * A measure verb right before the number ("killing at least 13", "has killed 90", "deaths of
 * about"), past a quotation's opening mark or "a family of": sets the draft's measure. Null when
 * the count is of the dead and the hurt at once ("killed and injured about 300 people"): no figure.
 */
export function measureBefore(x: Drafting): { tookOther: boolean; notPushed: boolean } | null {
  const { ws, q, g, groupTo, d } = x;
  const lex = figureLexicon();
  // ("killed “six pupils and wounded 14”": the verb before a quotation's opening mark.)
  // ("killed a family of four": the family counted, the verb before it.)
  const family =
    ws[q.from - 1]?.w === 'of' &&
    ws[q.from - 2]?.w === 'family' &&
    /^(?:a|an)$/.test(ws[q.from - 3]?.w ?? '');
  const own = measureBeforeEnding(ws, q.from);
  const overFamily = !own && family ? measureBeforeEnding(ws, q.from - 3) : null;
  const direct = own ?? overFamily;
  const bEnd = overFamily
    ? q.from - 3
    : !direct && /^["“‘«]$/.test(ws[q.from - 1]?.w ?? '')
      ? q.from - 1
      : q.from;
  let before = bEnd === q.from || overFamily ? direct : measureBeforeEnding(ws, bEnd);
  // "killed and injured about 300 people": the dead and the hurt in one count, neither measure.
  const first =
    before && /^(?:and|or)$/.test(ws[bEnd - before.len - 1]?.w ?? '')
      ? measureBeforeEnding(ws, bEnd - before.len - 1)
      : null;
  if (first && before && new Set([first.measure, before.measure, 'killed', 'wounded']).size === 2)
    return null;
  // "took two pickups": taking counts captured things; "took 12 soldiers to hospital" is no capture.
  const tookOther =
    !!before &&
    /^(?:took|taking)$/.test(ws[q.from - 1]?.w ?? '') &&
    g?.group !== 'equipment' &&
    !/^(?:hostages?|prisoners?|captives?)$/.test(ws[groupTo]?.w ?? '');
  // "sent 500 soldiers to the border" is no displacement: "sent 10,000 fleeing", "forced 5,000
  // from their homes", "driven more than a million from their homes" are.
  const pushVerb =
    !!before && /^(?:sent|driven|drove|driving|pushed|forced|forcing)$/.test(ws[q.from - 1]?.w ?? '');
  const fled = ws
    .slice(groupTo, groupTo + 5)
    .some((w) => /^(?:fleeing|flee|from|out|across|into|homes|exile|leave)$/.test(w.w));
  const notPushed = pushVerb && !fled;
  if (notPushed) before = null;
  // "evacuated 12 wounded people": a count the words after it measure is theirs, not the verb's.
  if (before?.measure === 'displaced' && measureAfterAt(ws, q.to)) before = null;
  if (before && !tookOther) {
    d.measure = before.measure;
    d.measureFrom = bEnd - before.len;
    // "has killed 705", "displaced more than one million,": the verb says people are counted.
    const after = ws[q.to]?.w;
    const bare =
      !g &&
      (after === undefined ||
        /^[,.;:]$/.test(after) ||
        after === 'according' ||
        after === 'and' ||
        after === 'in' ||
        after === 'since' ||
        // "driven more than a million from their homes", "sent 300,000 fleeing"
        after === 'from' ||
        (pushVerb && fled) ||
        // "wounded 45 on Sunday", "killed 12 overnight", "injured 30 near the market"
        /^(?:on|at|near|overnight|during|when|after|before|across|around|inside|outside)$/.test(after));
    d.measureNamesGroup =
      isDeathNoun(ws, q.from) || (bare && lex.groupless.measures.includes(before.measure));
  }
  return { tookOther, notPushed };
}

/**
 * "left two dead", "leaving five dead": the group word is itself the measure; "72 bodies were
 * recovered": bodies counted are the dead; "the blast claimed 14 lives".
 */
export function deadNamed(x: Drafting): void {
  const { ws, q, g, d } = x;
  // ("left hundreds dead": a vague count too, its group word right after it.)
  const head = g && g.group !== 'inherit' && (!q.vague || g.from === q.to) ? ws[g.from].w : '';
  const livesTaken =
    head === 'lives' &&
    /^(?:claimed|claiming|claims|took|taking|cost|costing)$/.test(ws[q.from - 1]?.w ?? '');
  if (!d.measure && (head === 'dead' || head === 'bodies' || head === 'body' || livesTaken)) {
    d.measure = 'killed';
    d.measureFrom = livesTaken ? q.from - 1 : d.measureFrom;
    d.measureNamesGroup = true;
  }
}

/**
 * "…, bringing to at least 12 the death toll", "brought to 90 the number of people killed": the toll
 * named after the number it was raised to.
 */
export function tollRaisedTo(x: Drafting): void {
  const { ws, q, g, d } = x;
  if (
    !d.measure &&
    !g &&
    ws[q.from - 1]?.w === 'to' &&
    RAISED_TO.test(ws[q.from - 2]?.w ?? '') &&
    ws[q.to]?.w === 'the'
  ) {
    for (let k = q.to + 1; k < Math.min(ws.length, q.to + 8) && /^[\p{L}-]+$/u.test(ws[k].w); k++) {
      const m = TOLL_WORDS.exec(ws[k].w);
      if (!m) continue;
      d.measure = m[1] ? 'wounded' : 'killed';
      d.measureTo = k + 1;
      d.measureNamesGroup = true;
      break;
    }
  }
}

/**
 * "the toll stood at 9 and four hurt", "The death toll from the strike on the port city has risen
 * to 35": a toll just before the number, or across a long subject after a toll's verb, counts it.
 */
export function tollBefore(x: Drafting): void {
  const { ws, text, quantities, q, d } = x;
  // "The death toll from the strike on the port city has risen to 35": a toll's verb right
  // before the number carries it across a long subject.
  const reach = TOLL_RISE.test(text.slice(ws[Math.max(0, q.from - 3)].start, ws[q.from].start)) ? 25 : 6;
  for (let k = q.from - 1; k >= 0 && k >= q.from - reach; k--) {
    if (CLAUSE_STOP.has(ws[k].w) || quantities.some((q2) => q2 !== q && q2.from <= k && k < q2.to)) break;
    const m = measureBeforeEnding(ws, k + 1);
    if (m && /^(?:toll|tolls|deaths|fatalities)$/.test(ws[k].w) && isDeathNoun(ws, k + 1)) {
      d.measure = m.measure;
      d.measureFrom = k + 1 - m.len;
      d.measureNamesGroup = true;
      break;
    }
  }
}

/**
 * A measure after the group, skipping auxiliaries and coordinated "and 36 civilians": "Seven were
 * killed", "30 fighters who attacked the town were killed", "41,000 people, most of them civilians,
 * have been killed". Sets the draft's measure; false when the count is no figure ("two rebel raids
 * killed 30", "Two gunmen shot dead a police officer", "Dozens were killed or injured").
 */
export function measureAfter(x: Drafting, ownPart: boolean): boolean {
  const { ws, text, quantities, qi, g, groupTo, d } = x;
  const lex = figureLexicon();
  let k = groupTo;
  let nq = qi + 1;
  let ownWords = false;
  for (let steps = 0; k < ws.length && steps < 14; steps++) {
    const nextQ = quantities[nq];
    if (nextQ && k === nextQ.from) {
      if (ownWords) break;
      // a coordinated figure ("40 men, 9 women and 6 children were shot"): jump over it
      // and its group
      const g2 = findGroup(ws, text, nextQ.to);
      k = g2 ? g2.to : nextQ.to;
      // ("… and five members of the Red Hand rebel group died": past the body they belong to.)
      if (g2 && ws[g2.to - 1]?.w === 'members') k = Math.max(k, armedPhraseEnd(ws, k, text));
      nq++;
      steps--;
      continue;
    }
    // "…, and air defences shot down 31": a new clause with its own subject; "the toll is 115,
    // with bodies still unidentified": a clause of its own too.
    // ("14 civilians, including a boy, and one policeman were killed": a count joined after the
    // list goes on with the same subject.)
    if (
      ws[k].w === ',' &&
      /^(and|but|while|as|whereas|with)$/.test(ws[k + 1]?.w ?? '') &&
      !(ws[k + 1].w === 'and' && quantities.some((q2) => q2.from === k + 2))
    )
      break;
    // "95 people, of whom 9 were pronounced dead": the count after is a part with its own measure.
    if (ws[k].w === ',' && ws[k + 1]?.w === 'of' && /^(whom|which|them)$/.test(ws[k + 2]?.w ?? '')) break;
    // "30 fighters who attacked the town were killed": past the relative clause to its verb.
    // "38,000 people, most of them women, have been killed": past the apposition too.
    const app = k === groupTo && g ? appositionMeasure(ws, k) : null;
    const rel =
      (k === groupTo && g ? relativeMeasure(ws, k) : null) ??
      (app && !quantities.some((q2) => q2.from > k && q2.from < app.close) ? app : null);
    if (rel) {
      d.measure = rel.measure;
      d.measureTo = rel.at + rel.len;
      break;
    }
    // "two rebel raids killed 30 herders": the count is of attacks, not of the dead.
    if (!g && lex.countedAttacks.nouns.includes(ws[k].w)) return false;
    const m = hospitalAt(ws, k) ?? measureAfterAt(ws, k);
    // "Two missiles hit Odesa": the counted things hit; only "were hit" counts them as hit.
    // ("Two shells also hit", "three of its rockets had hit": only a passive "be" makes them the hit.)
    if (m && /^(hit|struck)$/.test(ws[k].w) && !ws.slice(groupTo, k).some((w) => BE.test(w.w))) break;
    // "Two gunmen shot dead a police officer": the count is of those who killed, not the killed.
    // ("Three car bombers killed 20 shoppers": a subject the lexicon does not know, too.)
    const active =
      (g && (k === groupTo || (k === groupTo + 1 && ws[groupTo].w === 'shot'))) ||
      (!g && unknownPluralSubject(ws, groupTo, k) && !ws.slice(groupTo, k).some((w) => AUX.has(w.w)));
    if (m && active && m.measure === 'killed' && killsObject(ws, k + m.len)) return false;
    if (m) {
      // "Dozens were killed or injured": the dead and the hurt in one count, neither measure;
      // "Dozens were killed and injured": a count of each (figure-drafts.ts adds the other).
      const joint = ws[k + m.len]?.w;
      const other = joint === 'or' || joint === 'and' ? measureAfterAt(ws, k + m.len + 1) : null;
      const harms = other && other.measure !== m.measure && HARMS.has(other.measure) ? other : null;
      if (harms && joint === 'or') return false;
      d.measure = m.measure;
      d.measureTo = k + m.len;
      if (harms && HARMS.has(m.measure)) d.also = { measure: harms.measure, to: k + m.len + 1 + harms.len };
      // "five “saboteurs” were killed": a plural noun the lexicon does not know, as the
      // subject of a casualty verb, counts people.
      if (!g && PEOPLE_MEASURES.has(m.measure) && unknownPluralSubject(ws, groupTo, k)) d.group = 'people';
      // "Seven were killed", "five were badly wounded": only auxiliaries and adverbs between.
      d.measureNamesGroup = ws.slice(groupTo, k).every(
        (w, n) =>
          AUX.has(w.w) ||
          /^\p{Ll}+ly$/u.test(w.w) ||
          (ownPart && PART_VERBS.test(w.w)) ||
          // "36 reported injuries": an adjective right before a death or injury noun.
          (n === k - groupTo - 1 &&
            COUNT_ADJECTIVE.test(w.w) &&
            /^(?:deaths|fatalities|injuries)$/.test(ws[k].w)),
      );
      break;
    }
    if (CLAUSE_STOP.has(ws[k].w)) break;
    if (!AUX.has(ws[k].w) && !lex.listLinks.includes(ws[k].w) && !passable(ws, text, k) && steps > 4) break;
    // "Five were martyred and 20 others injured": past a verb of their own, the next count is
    // another clause's.
    if (isOwnVerb(ws, k) && !passable(ws, text, k)) ownWords = true;
    k++;
  }
  return true;
}

/**
 * A death noun before the count: "the toll of the war had passed 3,000" — not past a comma after an
 * adjective of a noun ("a shelter for displaced families, two medics said"), nor past a verb of its
 * own before another count ("killed 35 bandits and rescued 20 hostages").
 */
export function deathNounBefore(x: Drafting): void {
  const { ws, quantities, q, g, d } = x;
  let sawVerb = false;
  for (let k = q.from - 1; k >= 0 && k >= q.from - 10; k--) {
    if (CLAUSE_STOP.has(ws[k].w)) break;
    // "a shelter for displaced families, two medics said": past a comma, a measure that is only
    // an adjective of the noun after it ("displaced people") counts no one.
    if (ws[k].w === ',' && g) {
      const m = measureBeforeEnding(ws, k - 1);
      if (m && (groupAt(ws, k - 1) || /^\p{Ll}{3,}s$/u.test(ws[k - 1].w))) break;
    }
    // "killed 35 bandits and rescued 20 hostages": past a verb of its own, a measure before
    // another count is that count's.
    if (isOwnVerb(ws, k)) sawVerb = true;
    if (sawVerb && quantities.some((q2) => q2 !== q && q2.from <= k && k < q2.to)) break;
    const m = measureBeforeEnding(ws, k + 1);
    if (m) {
      d.measure = m.measure;
      d.measureFrom = k + 1 - m.len;
      d.measureNamesGroup = isDeathNoun(ws, k + 1);
      break;
    }
  }
}
