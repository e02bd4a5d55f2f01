/**
 * Casualty and damage figures: every stated count of people killed, wounded, missing, displaced,
 * captured, and of equipment or buildings destroyed — one figure per (measure, group) stated,
 * with qualifier, reporter (through attribution), side, asOf and period. Pure.
 */
import type { FigureGroup, Measure } from '../../report/contract.ts';
import { countryByDemonym } from '../geo/countries.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import type { ClaimItem, EntityMention, FigureItem, Span, TimeMention } from '../types.ts';
import { figureLexicon } from './lexicon.ts';
import { findQuantities, type Quantity } from './quantity.ts';
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

/** Words that end the clause a figure's measure is looked for in. */
const CLAUSE_STOP = new Set([
  ';',
  ':',
  '.',
  '?',
  '!',
  'but',
  'while',
  'whereas',
  'who',
  'which',
  'when',
  'because',
  'although',
  'though',
  'after',
  'before',
  'said',
  'says',
  'say',
]);
/** Words that may stand between a number and its group noun. */
const SKIP_IN_GROUP = new Set([
  'of',
  'their',
  'its',
  'his',
  'her',
  'our',
  'the',
  'them',
  'other',
  'more',
  'additional',
  'further',
  'own',
  'fellow',
  'ethnic',
  'local',
  'innocent',
  'unarmed',
  'armed',
  'young',
  'elderly',
  'foreign',
  'enemy',
  'rival',
  'government',
  'pro-government',
  'multiple',
  'rocket',
  'residential',
  'military',
  'civilian',
]);
const AUX = new Set([
  'have',
  'has',
  'had',
  'been',
  'were',
  'was',
  'are',
  'is',
  'be',
  'being',
  'reportedly',
  'also',
  'so',
  'far',
  'now',
  'already',
  'since',
  'all',
  'either',
  'or',
  'both',
  'and',
  'apparently',
  'allegedly',
  'been',
  'later',
  'subsequently',
  'mostly',
  'mainly',
  'either',
  ',',
  'then',
]);
const PROPER = /^[\p{Lu}\d]/u;

interface Draft {
  q: Quantity;
  groupFrom: number;
  groupTo: number;
  group: FigureGroup | null;
  measure: Measure | null;
  measureFrom: number;
  measureTo: number;
  /** The measure word itself says what is counted ("270 wounded", "a death toll of 5,000"). */
  measureNamesGroup: boolean;
}

function groupAt(ws: Word[], i: number): { group: FigureGroup; len: number } | null {
  const m = figureLexicon().groupIndex.at(ws, i);
  return m ? { group: m.value, len: m.len } : null;
}

function measureAfterAt(ws: Word[], i: number): { measure: Measure; len: number } | null {
  const m = figureLexicon().afterIndex.at(ws, i);
  return m ? { measure: m.value, len: m.len } : null;
}

function measureBeforeEnding(ws: Word[], end: number): { measure: Measure; len: number } | null {
  const m = figureLexicon().beforeIndex.before(ws, end);
  return m ? { measure: m.value, len: m.len } : null;
}

/** The group noun phrase after a quantity: "13 civilians", "600 Nagorno-style soldiers", "1,119 of their troops". */
function findGroup(
  ws: Word[],
  text: string,
  from: number,
): { group: FigureGroup | 'inherit'; from: number; to: number } | null {
  for (let k = from, skipped = 0; k < ws.length && skipped <= 4; k++, skipped++) {
    const g = groupAt(ws, k);
    if (g) return { group: g.group, from: k, to: k + g.len };
    const w = ws[k];
    if (figureLexicon().inheritingGroupNouns.includes(w.w) && k === from)
      return { group: 'inherit', from: k, to: k + 1 };
    const raw = text.slice(w.start, w.end);
    // "27 Palestinians", "more than 60 Israelis", "40 Sudanese": people of that nation — not a
    // national adjective before a noun ("600 Ukrainian soldiers", "seven Afghan provinces").
    const next = ws[k + 1];
    if (
      PROPER.test(raw) &&
      demonymCountry(raw) &&
      (!next || !/^\p{L}/u.test(next.w) || isFunctionWord(next.w))
    )
      return { group: 'people', from: k, to: k + 1 };
    if (SKIP_IN_GROUP.has(w.w) || PROPER.test(raw) || /^[a-z]+-[a-z0-9]+$/.test(w.w)) continue;
    // "11 combat vehicles", "five residential buildings": a modifier or two before the group noun.
    const modifier = (x: Word | undefined, at: number) =>
      !!x && /^\p{Ll}+$/u.test(x.w) && !isFunctionWord(x.w) && !measureAfterAt(ws, at);
    const headAt = (at: number) => !!groupAt(ws, at) && !measureAfterAt(ws, at);
    if (modifier(w, k) && (headAt(k + 1) || (modifier(ws[k + 1], k + 1) && headAt(k + 2)))) continue;
    return null;
  }
  return null;
}

/** The country a plural demonym or national adjective names: "Palestinians" → ps. */
function demonymCountry(word: string): string | null {
  const c = countryByDemonym(word);
  return c ? `country:${c.iso2.toLowerCase()}` : null;
}

/** "death toll", "deaths of", "fatalities": the measure noun itself counts people. */
function isDeathNoun(ws: Word[], end: number): boolean {
  return figureLexicon().deathNouns.some((p) => {
    const pw = phraseWords(p);
    for (let k = end; k >= Math.max(0, end - 3); k--) if (matchBefore(ws, k, pw)) return true;
    return false;
  });
}

function isYearLike(ws: Word[], q: Quantity): boolean {
  return q.to - q.numberFrom === 1 && /^(1[89]\d\d|20\d\d)$/.test(ws[q.numberFrom].w);
}

/**
 * "killing a child", "wounding a US soldier": one person, counted by the article right after a
 * casualty verb and before a group noun.
 */
function singles(ws: Word[], text: string): Quantity[] {
  const out: Quantity[] = [];
  ws.forEach((w, i) => {
    if (w.w !== 'a' && w.w !== 'an') return;
    // ... or the last of a list after one: "killing two teachers and a child".
    let verb = measureBeforeEnding(ws, i);
    for (let k = i - 1; !verb && ws[i - 1]?.w === 'and' && k >= Math.max(0, i - 6); k--)
      verb = measureBeforeEnding(ws, k);
    if (!verb || verb.measure === 'displaced' || verb.measure === 'destroyed') return;
    const g = findGroup(ws, text, i + 1);
    if (!g || g.group === 'inherit' || g.group === 'equipment' || g.group === 'buildings') return;
    out.push({ from: i, to: i + 1, numberFrom: i, low: 1, high: null, qualifier: 'exact', vague: false });
  });
  return out;
}

/**
 * The quantity counts something that is no group: the first content word after it (past "or
 * three", "of the", adjectives) is a common noun that names no group and no measure.
 */
function countsOther(ws: Word[], d: Draft): boolean {
  if (d.measureNamesGroup && d.q.to === d.groupTo) {
    const next = ws[d.q.to];
    if (!next || !/^\p{Ll}/u.test(next.w) || isFunctionWord(next.w) || measureAfterAt(ws, d.q.to))
      return false;
  }
  for (let k = d.q.to; k < Math.min(ws.length, d.q.to + 5); k++) {
    const w = ws[k].w;
    if (!/^\p{Ll}[\p{Ll}-]*$/u.test(w)) return false;
    if (isFunctionWord(w) || /^(?:or|to|of)$/.test(w) || figureLexicon().numberWords[w] !== undefined)
      continue;
    if (measureAfterAt(ws, k) || groupAt(ws, k) || figureLexicon().inheritingGroupNouns.includes(w))
      return false;
    // "the deadliest days": skip the adjective, look at the noun.
    if (/(?:est|ful|al|ous|ive|ic)$/.test(w) && k + 1 < ws.length) continue;
    return true;
  }
  return false;
}

/** "two children, ages 4 and 11", "aged between 8 and 15": ages, not counts. */
function isAge(ws: Word[], q: Quantity): boolean {
  for (let k = q.from - 1; k >= Math.max(0, q.from - 4); k--) {
    if (/^(aged?|ages)$/.test(ws[k].w)) return true;
    if (!/^(and|or|to|between|of|the|\d+|,)$/.test(ws[k].w)) break;
  }
  return false;
}

/** Drafts one figure per quantity that has a group or a measure nearby. */
function draftFigures(ws: Word[], text: string): Draft[] {
  const lex = figureLexicon();
  const drafts: Draft[] = [];
  const quantities = [
    ...findQuantities(ws).filter((q) => !isYearLike(ws, q) && !isAge(ws, q)),
    ...singles(ws, text),
  ].sort((a, b) => a.from - b.from);
  quantities.forEach((q, qi) => {
    const g = findGroup(ws, text, q.to);
    const groupTo = g ? g.to : q.to;
    const d: Draft = {
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
    const before = measureBeforeEnding(ws, q.from);
    if (before) {
      d.measure = before.measure;
      d.measureFrom = q.from - before.len;
      // "has killed 705", "displaced more than one million,": the verb says people are counted.
      const after = ws[q.to]?.w;
      const bare =
        !g &&
        (after === undefined ||
          /^[,.;:]$/.test(after) ||
          after === 'according' ||
          after === 'and' ||
          after === 'in' ||
          after === 'since');
      d.measureNamesGroup =
        isDeathNoun(ws, q.from) || (bare && !q.vague && lex.groupless.measures.includes(before.measure));
    }
    // 2. A measure after the group, skipping auxiliaries and coordinated "and 36 civilians" — not
    //    for a figure inside a list ("six civilians, including three children, and injured 15"):
    //    that one takes the measure of the figure it hangs on (4.).
    const inList = lex.listLinks.some(
      (l) => l !== 'and' && matchBefore(ws, q.from, phraseWords(l)) && qi > 0,
    );
    if (!d.measure && !inList) {
      let k = groupTo;
      const nextQ = quantities[qi + 1];
      for (let steps = 0; k < ws.length && steps < 12; steps++) {
        if (nextQ && k === nextQ.from) {
          // a coordinated figure: jump over it and its group
          const g2 = findGroup(ws, text, nextQ.to);
          k = g2 ? g2.to : nextQ.to;
          continue;
        }
        const m = measureAfterAt(ws, k);
        if (m) {
          d.measure = m.measure;
          d.measureTo = k + m.len;
          d.measureNamesGroup = k <= groupTo + 1;
          break;
        }
        if (CLAUSE_STOP.has(ws[k].w)) break;
        if (!AUX.has(ws[k].w) && !lex.listLinks.includes(ws[k].w) && steps > 4) break;
        k++;
      }
    }
    // 3. A death noun before: "the death toll from the fighting was nearing 5,000".
    if (!d.measure) {
      for (let k = q.from - 1; k >= 0 && k >= q.from - 10; k--) {
        if (CLAUSE_STOP.has(ws[k].w)) break;
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
  for (let i = 1; i < drafts.length; i++) {
    const prev = drafts[i - 1];
    const d = drafts[i];
    const gap = d.q.from - prev.groupTo;
    const linked = gap >= 0 && gap <= 4;
    if (!d.measure && linked) {
      d.measure = prev.measure;
      d.measureFrom = prev.measureFrom;
    }
    // "others" refers back to the head of the list (the sentence's first figure).
    const coordinated = ws[d.q.from - 1]?.w === 'and' && d.groupTo === d.groupFrom;
    const head = d.groupTo > d.groupFrom && !d.group ? drafts[0] : linked || coordinated ? prev : null;
    if (!d.group && head?.group && !countsOther(ws, d))
      d.group = head.group === 'children' ? 'civilians' : head.group;
  }
  for (const d of drafts) if (!d.group && d.groupTo > d.groupFrom) d.group = 'people';
  return drafts.filter((d) => d.measure !== null && (d.group !== null || d.measureNamesGroup));
}

/** Words for armed men that a reporting party uses of its enemies rather than its own. */
const ENEMY_NOUNS =
  /^(?:fighters?|militants?|insurgents?|rebels?|attackers?|assailants?|gunm[ae]n|jihadists?|terrorists?|mercenar(?:y|ies)|enemy|militiam[ae]n|combatants?)$/;

const REPORTED_SIDE_TYPES = new Set(['country', 'group', 'organization']);

/** Reporter: the speaker of the claim that contains the figure, else "according to X" in the sentence. */
function reporterFor(
  input: FigureInput,
  sentence: Span,
  at: Span,
): { key: string | null; date: string | null } {
  const claim = input.claims
    .filter((c) => c.content.start <= at.start && at.end <= c.content.end)
    .sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start))[0];
  if (claim) return { key: claim.speaker, date: claim.date };
  const sentenceText = input.text.slice(sentence.start, sentence.end);
  const acc = /\baccording to\b/i.exec(sentenceText);
  if (acc) {
    const from = sentence.start + acc.index + acc[0].length;
    const e = input.entities
      .filter((x) => x.start >= from && x.start <= from + 40 && x.type !== 'place')
      .sort((a, b) => a.start - b.start)[0];
    if (e) return { key: e.key, date: null };
  }
  return { key: null, date: null };
}

function sideFor(
  input: FigureInput,
  ws: Word[],
  d: Draft,
  reporter: EntityMention | undefined,
): string | null {
  // Stated in the group phrase: "600 <demonym> soldiers", "two <demonym> warplanes".
  const phrase = {
    start: ws[d.q.to]?.start ?? ws[d.q.from].start,
    end: ws[d.groupTo - 1]?.end ?? ws[d.q.to - 1].end,
  };
  const own = input.entities.find(
    (e) => e.start >= phrase.start && e.end <= phrase.end && REPORTED_SIDE_TYPES.has(e.type),
  );
  if (own) return own.affiliation && own.type === 'organization' ? own.affiliation : own.key;
  for (const w of ws.slice(d.q.to, d.groupTo)) {
    const c = /^\p{Lu}/u.test(input.text.slice(w.start, w.end))
      ? demonymCountry(input.text.slice(w.start, w.end))
      : null;
    if (c) return c;
  }
  const possessive = ws.slice(d.q.to, d.groupTo).some((w) => w.w === 'their' || w.w === 'our');
  // The reporter's own losses: "1,119 of their troops", "four soldiers were killed", civilians a
  // party counts among its own. "Fighters", "militants", "attackers" a party reports killed are
  // the enemy's: no side.
  const enemyWord = ws.slice(d.groupFrom, d.groupTo).some((w) => ENEMY_NOUNS.test(w.w));
  if (
    reporter &&
    !reporter.key.startsWith('source:') &&
    (possessive ||
      d.group === 'civilians' ||
      d.group === 'children' ||
      (d.group === 'military' && !enemyWord))
  ) {
    if (reporter.type === 'country' || reporter.type === 'group') return reporter.key;
    if (reporter.affiliation) return reporter.affiliation;
  }
  return null;
}

function isHistorical(input: FigureInput, sentence: Span): boolean {
  const s = input.text.slice(sentence.start, sentence.end).toLowerCase();
  const pubYear = input.published ? Number(input.published.slice(0, 4)) : null;
  if (pubYear) {
    for (const m of s.matchAll(/\b(1[89]\d\d|20\d\d)(s)?\b/g)) {
      if (Number(m[1]) <= pubYear - 5) return true;
    }
  }
  return figureLexicon().historicalCues.some((c) => s.includes(c));
}

/** A past day stated right after the figure ("were killed on Tuesday"), other than a period's start. */
/** A since-clause open up to the time after it: "since Israel resumed its offensive on". */
const SINCE_CLAUSE = /\bsince\b[^,;]{0,60}$/i;

function statedDay(input: FigureInput, sentence: Span, figure: Span): string | null {
  const pub = input.published?.slice(0, 10) ?? null;
  for (const t of input.times) {
    if (t.start < sentence.start || t.end > sentence.end || t.date.precision !== 'day' || t.future) continue;
    if (t.start < figure.start || t.start > figure.end + 40) continue;
    const before = input.text.slice(Math.max(sentence.start, t.start - 8), t.start).toLowerCase();
    const own = input.text.slice(t.start, t.end).toLowerCase();
    if (/\b(since|from|until|before)\s*$/.test(before) || /^(since|from|until|before)\b/.test(own)) continue;
    // "killed since the offensive resumed on 12 May": the day of a since-clause starts the period.
    if (SINCE_CLAUSE.test(input.text.slice(figure.end, t.start))) continue;
    // "overnight", "early hours": when it happened, not a day the figure was given.
    if (/night|early hours|dawn|evening/.test(own)) continue;
    // "in the past 24 hours": counted up to the end of that stretch.
    const day = t.date.end ?? t.date.start;
    if (day && (!pub || day <= pub)) return day;
  }
  return null;
}

function periodFor(input: FigureInput, sentence: Span): { start: string | null; end: string | null } | null {
  for (const t of input.times) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    const before = input.text.slice(Math.max(sentence.start, t.start - 8), t.start).toLowerCase();
    if (
      (/\bsince\s*$/.test(before) || SINCE_CLAUSE.test(input.text.slice(sentence.start, t.start))) &&
      t.date.start
    )
      return { start: t.date.start, end: null };
  }
  return null;
}

export function extractFigures(input: FigureInput): FigureItem[] {
  const out: FigureItem[] = [];
  const asOfDefault = input.published ? input.published.slice(0, 10) : null;
  for (const sentence of input.sentences) {
    const ws = words(input.text, sentence);
    if (
      !ws.some((w) => /\d/.test(w.w)) &&
      !/\b(one|two|three|four|five|six|seven|eight|nine|ten|dozen|hundred|thousand|several|scores|eleven|twelve|twenty|thirty|forty|fifty|an?\s)/i.test(
        input.text.slice(sentence.start, sentence.end),
      )
    )
      continue;
    const inTime = (w: { start: number; end: number }) =>
      input.times.some((t) => t.start <= w.start && w.end <= t.end);
    const drafts = draftFigures(ws, input.text).filter((d) => !inTime(ws[d.q.numberFrom]));
    if (!drafts.length) continue;
    const historical = isHistorical(input, sentence);
    const period = periodFor(input, sentence);
    for (const d of drafts) {
      const fromW = Math.min(d.q.from, d.measureFrom);
      const toW = Math.max(d.groupTo, d.measureTo, d.q.to);
      const span = { start: ws[fromW].start, end: ws[toW - 1].end };
      const rep = reporterFor(input, sentence, span);
      const reporterMention = rep.key ? input.entities.find((e) => e.key === rep.key) : undefined;
      // "one was intercepted", "seven hit open areas": a count of things hit names what was hit.
      // "damaged kiosks … and several bodies": only things are destroyed.
      if (d.measure === 'destroyed' && d.group !== 'equipment' && d.group !== 'buildings') continue;
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
        asOf: historical ? null : (rep.date ?? statedDay(input, sentence, span) ?? asOfDefault),
        period,
      });
    }
  }
  return out;
}
