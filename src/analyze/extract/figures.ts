/**
 * Casualty and damage figures: every stated count of people killed, wounded, missing, displaced,
 * captured, and of equipment or buildings destroyed — one figure per (measure, group) stated,
 * with qualifier, reporter (through attribution), side, asOf and period. Pure.
 */
import type { FigureGroup, Measure } from '../../report/contract.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import type { ClaimItem, EntityMention, FigureItem, Span, TimeMention } from '../types.ts';
import { isHistorical, openingDay, periodFor, reporterFor, sideFor, statedDay } from './figure-fields.ts';
import {
  armedPhraseEnd,
  COUNT_ADJECTIVE,
  countsOther,
  type FigureDraft,
  findGroup,
  groupAt,
  isAge,
  isDeathNoun,
  isYearLike,
  lastGroupBefore,
  measureAfterAt,
  measureBeforeEnding,
  singles,
} from './figure-groups.ts';
import {
  AUX,
  appositionMeasure,
  BE,
  CLAUSE_STOP,
  hospitalAt,
  isOwnVerb,
  ownVerbAfter,
  passable,
  relativeMeasure,
  totalBefore,
} from './figure-words.ts';
import { figureLexicon } from './lexicon.ts';
import { findQuantities } from './quantity.ts';
import { isSourceNoun, verbAt } from './verbs.ts';
import { matchBefore, phraseWords, type Word, words } from './words.ts';

export interface FigureInput {
  text: string;
  published: string | null;
  sentences: Span[];
  entities: EntityMention[];
  times: TimeMention[];
  /** Attributed statements: a figure inside a claim's content is reported by its speaker. */
  claims: ClaimItem[];
}

/** Links that introduce a part of the count before: "of whom", "among them". */
const PARTITIVE = ['of whom', 'of them', 'among whom', 'among them'];

/** Words between a part and its measure: "were declared dead", "were later confirmed killed". */
const PART_VERBS = /^(?:declared|confirmed|pronounced|reported|later)$/;

/** A measure within a few words after a part's group: "were declared dead", "were later confirmed killed". */
function partMeasureAt(ws: Word[], from: number): ReturnType<typeof measureAfterAt> {
  for (let k = from; k < Math.min(ws.length, from + 4); k++) {
    const m = measureAfterAt(ws, k);
    if (m) return m;
    if (!AUX.has(ws[k].w) && !PART_VERBS.test(ws[k].w) && !/^\p{Ll}+ly$/u.test(ws[k].w)) return null;
  }
  return null;
}

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

/**
 * A sentence that goes on with the count before: "were also killed", "another 18"; or breaks it
 * down: "The dead include 38 civilians", "A nurse was among those hurt", "Of the 200, 40 …".
 */
const CONTINUED =
  /\b(?:also|another|additional)\b|\ba\s+further\b|\bfurther\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds)\b)|\bamong\s+(?:the|them|those)\b|\bthe\s+(?:dead|victims|wounded|injured|casualties|fatalities)\s+(?:include|included|including|were)\b|^\W*of\s+(?:the\s+\d[\d,]*|them|those|these)\b/i;

/** A toll's verb right before its number: "has risen to", "stood at", "reached". */
const TOLL_RISE =
  /\b(?:risen|rose|rises|climbed|climbs|jumped|increased|reached|reaches|stands|stood|hit|passed|topped|surpassed|exceeded)\s+(?:to\s+|at\s+)?$/i;
/** Verbs that raise a toll to a number named before the toll: "bringing to 60 the death toll". */
const RAISED_TO =
  /^(?:bring|brings|bringing|brought|raise|raises|raising|raised|push|pushes|pushing|pushed|take|takes|taking|took)$/;
/** The toll's word after "the": its dead, or (group 1) its wounded. */
const TOLL_WORDS = /^(?:toll|deaths|dead|killed|fatalities|(wounded|injured))$/;
/** Drafts one figure per quantity that has a group or a measure nearby. */
const PEOPLE_MEASURES = new Set(['killed', 'wounded', 'missing']);

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

/** "…, six of whom are in hospital": a share of the count before, with no measure of its own. */
function shareOfWhom(ws: Word[], q: { from: number; to: number }): boolean {
  if (ws[q.from - 1]?.w !== ',' || ws[q.to]?.w !== 'of' || !/^(?:whom|which)$/.test(ws[q.to + 1]?.w ?? ''))
    return false;
  // ("…, four of which were shot down": a measure of its own makes the share a figure.)
  for (let k = q.to + 2; k < Math.min(ws.length, q.to + 7); k++) if (measureAfterAt(ws, k)) return false;
  return true;
}

export function draftFigures(
  ws: Word[],
  text: string,
  prevWs: Word[] = [],
  armedNames: readonly Span[] = [],
): FigureDraft[] {
  const lex = figureLexicon();
  const drafts: FigureDraft[] = [];
  const found = findQuantities(ws);
  const quantities = [
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
  quantities.forEach((q, qi) => {
    // ("another was injured": one more of the group before, as "others" would be.)
    const another = ws[q.from].w === 'another' && q.to === q.from + 1;
    const g =
      findGroup(ws, text, q.to) ??
      (another ? { group: 'inherit' as const, from: q.from, to: q.to } : null) ??
      armedGroupAt(ws, text, q.to, armedNames);
    // "two rebel raids", "three jihadist assaults": a group word that modifies attacks counts no one.
    if (g && lex.countedAttacks.nouns.includes(ws[g.to]?.w ?? '')) return;
    // "One senior medic estimated …", "two witnesses said …": those who speak, not a count of harm.
    if (speakersCounted(ws, q.to)) return;
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
    // 1. A measure verb right before the number: "killing at least 13", "has killed 90", "deaths of about".
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
    if (first && before && new Set([first.measure, before.measure, 'killed', 'wounded']).size === 2) return;
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
    // "left two dead", "leaving five dead": the group word is itself the measure; "72 bodies were
    // recovered": bodies counted are the dead; "the blast claimed 14 lives".
    const head = g && g.group !== 'inherit' && !q.vague ? ws[g.from].w : '';
    const livesTaken =
      head === 'lives' &&
      /^(?:claimed|claiming|claims|took|taking|cost|costing)$/.test(ws[q.from - 1]?.w ?? '');
    if (!d.measure && (head === 'dead' || head === 'bodies' || head === 'body' || livesTaken)) {
      d.measure = 'killed';
      d.measureFrom = livesTaken ? q.from - 1 : d.measureFrom;
      d.measureNamesGroup = true;
    }
    // "…, bringing to at least 12 the death toll", "brought to 90 the number of people killed":
    // the toll named after the number it was raised to.
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
    if (!d.measure && !inList && !g && !measureAfterAt(ws, groupTo)) {
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
    if (!d.measure && !inList) {
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
        // "41,000 people, most of them civilians, have been killed": past the apposition too.
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
        if (!g && lex.countedAttacks.nouns.includes(ws[k].w)) return;
        const m = hospitalAt(ws, k) ?? measureAfterAt(ws, k);
        // "Two missiles hit Odesa": the counted things hit; only "were hit" counts them as hit.
        // ("Two shells also hit", "three of its rockets had hit": only a passive "be" makes them the hit.)
        if (m && /^(hit|struck)$/.test(ws[k].w) && !ws.slice(groupTo, k).some((w) => BE.test(w.w))) break;
        // "Two gunmen shot dead a police officer": the count is of those who killed, not the killed.
        // ("Three car bombers killed 20 shoppers": a subject the lexicon does not know, too.)
        const active =
          (g && (k === groupTo || (k === groupTo + 1 && ws[groupTo].w === 'shot'))) ||
          (!g && unknownPluralSubject(ws, groupTo, k) && !ws.slice(groupTo, k).some((w) => AUX.has(w.w)));
        if (m && active && m.measure === 'killed' && killsObject(ws, k + m.len)) return;
        if (m) {
          // "Dozens were killed or injured": the dead and the hurt in one count, neither measure.
          const other = /^(?:or|and)$/.test(ws[k + m.len]?.w ?? '')
            ? measureAfterAt(ws, k + m.len + 1)
            : null;
          if (other && other.measure !== m.measure && ['killed', 'wounded'].includes(other.measure)) return;
          d.measure = m.measure;
          d.measureTo = k + m.len;
          // "five “saboteurs” were killed": a plural noun the lexicon does not know, as the
          // subject of a casualty verb, counts people.
          if (!g && PEOPLE_MEASURES.has(m.measure) && unknownPluralSubject(ws, groupTo, k))
            d.group = 'people';
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
        if (!AUX.has(ws[k].w) && !lex.listLinks.includes(ws[k].w) && !passable(ws, text, k) && steps > 4)
          break;
        // "Five were martyred and 20 others injured": past a verb of their own, the next count is
        // another clause's.
        if (isOwnVerb(ws, k) && !passable(ws, text, k)) ownWords = true;
        k++;
      }
    }
    // 3. A death noun before: "the toll of the war had passed 3,000" — not for a
    //    figure inside a list, which takes the measure of the figure it hangs on (4.).
    if (!d.measure && !inList && !tookOther && !notPushed && !ownVerbAfter(ws, groupTo)) {
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
    drafts.push(d);
  });
  // 4. Lists inherit from the figure they hang on: "13 civilians, including three children",
  //    "one tank and three launchers", "killed 90 civilians and wounded 392".
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
  // "The attack involved 30 drones. Air defences downed 18 of them.": the
  // things last named, in this sentence or the one before (people stay people).
  for (const d of drafts) {
    if (d.group || d.groupTo - d.groupFrom !== 2 || ws[d.groupFrom].w !== 'of') continue;
    const g = lastGroupBefore(ws, d.q.from) ?? lastGroupBefore(prevWs, prevWs.length);
    if (g === 'equipment' || g === 'buildings') d.group = g;
  }
  for (const d of drafts) if (!d.group && d.groupTo > d.groupFrom) d.group = 'people';
  return drafts.filter((d) => d.measure !== null && (d.group !== null || d.measureNamesGroup));
}

export function extractFigures(input: FigureInput): FigureItem[] {
  const out: FigureItem[] = [];
  const asOfDefault = input.published ? input.published.slice(0, 10) : null;
  const armed = input.entities.filter((e) => e.type === 'group' && !e.key.startsWith('source:'));
  // The reporter of the last sentence's figures: "The observatory said 69 fighters were killed.
  // 40 civilians were also killed …" goes on with its count.
  let lastReported: { si: number; key: string; date: string | null } | null = null;
  for (const [si, sentence] of input.sentences.entries()) {
    const ws = words(input.text, sentence);
    const inTime = (w: { start: number; end: number }) =>
      input.times.some((t) => t.start <= w.start && w.end <= t.end);
    const prev = si > 0 ? words(input.text, input.sentences[si - 1]) : [];
    const drafts = draftFigures(ws, input.text, prev, armed).filter((d) => !inTime(ws[d.q.numberFrom]));
    if (!drafts.length) continue;
    const historical = isHistorical(input, sentence);
    const period = periodFor(input, sentence);
    const goesOn =
      lastReported?.si === si - 1 &&
      CONTINUED.test(input.text.slice(sentence.start, sentence.end)) &&
      !input.claims.some((c) => c.start < sentence.end && c.end > sentence.start);
    const carried = goesOn ? lastReported : null;
    lastReported = null;
    for (const d of drafts) {
      const fromW = Math.min(d.q.from, d.measureFrom);
      const toW = Math.max(d.groupTo, d.measureTo, d.q.to);
      const span = { start: ws[fromW].start, end: ws[toW - 1].end };
      const found = reporterFor(input, sentence, span);
      const rep: { key: string | null; date: string | null } =
        found.key === null && carried ? carried : found;
      if (rep.key !== null) lastReported = { si, key: rep.key, date: rep.date };
      const reporterMention = rep.key ? input.entities.find((e) => e.key === rep.key) : undefined;
      // "one was intercepted", "seven hit open areas": a count of things hit names what was hit.
      // "damaged kiosks … and several bodies": only things are destroyed.
      // "neutralised 45 terrorists", "fighters were eliminated": armed men killed, in army language.
      // (A list item's measure span runs from its head's count through the verb to the item.)
      const measureWords = ws.slice(d.measureFrom, Math.max(d.measureFrom + 1, d.measureTo));
      const jargon = measureWords.some((w) => /^(?:neutrali[sz]|eliminat)/.test(w.w));
      // ("10 fighters were neutralised, including three women": people of any group.)
      const things = d.group === 'equipment' || d.group === 'buildings';
      if (d.measure === 'destroyed' && jargon && d.group && !things) d.measure = 'killed';
      // "four crewmen were badly burned": people burned are hurt; "burned to death", "burnt alive" killed.
      const burnAt = measureWords.findIndex((w) => /^(?:burned|burnt)$/.test(w.w));
      if (d.measure === 'destroyed' && burnAt >= 0 && d.group && !things) {
        const after = ws.slice(d.measureFrom + burnAt + 1, d.measureFrom + burnAt + 3).map((w) => w.w);
        d.measure =
          after[0] === 'alive' || (after[0] === 'to' && after[1] === 'death') ? 'killed' : 'wounded';
      }
      // "Russia lost 12 tanks": machines lost are destroyed, men lost are killed.
      if (d.measure === 'killed' && things && /^(?:lost|losing)$/.test(ws[d.measureFrom]?.w ?? ''))
        d.measure = 'destroyed';
      if (d.measure === 'destroyed' && !things) continue;
      // "seized 14 villages": ground taken, no capture of people or arms
      if (d.measure === 'captured' && d.group === 'buildings') continue;
      // "hundreds of cars fleeing south": only people are displaced or missing.
      if ((d.measure === 'displaced' || d.measure === 'missing') && things) continue;
      // "more than a dozen rockets", "one of the deadliest days": a count of something else.
      if (!d.group && countsOther(ws, d)) continue;
      const group: FigureGroup = d.group ?? 'people';
      out.push({
        start: span.start,
        end: span.end,
        measure: d.measure as Measure,
        group,
        low: d.q.low,
        high: d.q.high,
        qualifier: d.q.qualifier,
        vague: d.q.vague || undefined,
        historical: historical || undefined,
        reporter: rep.key,
        side: sideFor(input, ws, d, reporterMention),
        asOf: historical
          ? null
          : (rep.date ??
            statedDay(input, sentence, span) ??
            openingDay(input, sentence, span) ??
            asOfDefault),
        period,
      });
    }
  }
  return out;
}
