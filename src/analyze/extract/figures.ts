/**
 * Casualty and damage figures: every stated count of people killed, wounded, missing, displaced,
 * captured, and of equipment or buildings destroyed — one figure per (measure, group) stated,
 * with qualifier, reporter (through attribution), side, asOf and period. Pure. One sentence's
 * drafts (which counts are figures, their groups, lists) are made in figure-drafts.ts, the measure
 * of each count read in figure-measures.ts.
 */
import type { FigureGroup, Measure } from '../../report/contract.ts';
import type { ClaimItem, EntityMention, FigureItem, Span, TimeMention } from '../types.ts';
import { draftFigures } from './figure-drafts.ts';
import { isHistorical, openingDay, periodFor, reporterFor, sideFor, statedDay } from './figure-fields.ts';
import { countsOther } from './figure-groups.ts';
import { words } from './words.ts';

export { draftFigures } from './figure-drafts.ts';

export interface FigureInput {
  text: string;
  published: string | null;
  sentences: Span[];
  entities: EntityMention[];
  times: TimeMention[];
  /** Attributed statements: a figure inside a claim's content is reported by its speaker. */
  claims: ClaimItem[];
}

/**
 * A sentence that goes on with the count before: "were also killed", "another 18"; or breaks it
 * down: "The dead include 38 civilians", "A nurse was among those hurt", "Of the 200, 40 …".
 */
const CONTINUED =
  /\b(?:also|another|additional)\b|\ba\s+further\b|\bfurther\s+(?=\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|scores|hundreds)\b)|\bamong\s+(?:the|them|those)\b|\bthe\s+(?:dead|victims|wounded|injured|casualties|fatalities)\s+(?:include|included|including|were)\b|^\W*of\s+(?:the\s+\d[\d,]*|them|those|these)\b/i;

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
