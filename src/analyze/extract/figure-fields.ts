/**
 * The fields of a figure beyond its count, for figures.ts: who reports it (the speaker of the claim
 * holding it, or "according to X"), whose side the counted belong to, the day it was stated, the
 * period it covers ("since …") and whether the sentence is about history. Pure.
 */
import type { EntityMention, Span } from '../types.ts';
import { demonymCountry, type FigureDraft } from './figure-groups.ts';
import type { FigureInput } from './figures.ts';
import { figureLexicon } from './lexicon.ts';
import type { Word } from './words.ts';

/** Words for armed men that a reporting party uses of its enemies rather than its own. */
const ENEMY_NOUNS =
  /^(?:fighters?|militants?|insurgents?|rebels?|attackers?|assailants?|gunm[ae]n|jihadists?|terrorists?|mercenar(?:y|ies)|enemy|militiam[ae]n|combatants?)$/;

const REPORTED_SIDE_TYPES = new Set(['country', 'group', 'organization']);

/** Reporter: the speaker of the claim that contains the figure, else "according to X" in the sentence. */
export function reporterFor(
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

export function sideFor(
  input: FigureInput,
  ws: Word[],
  d: FigureDraft,
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

export function isHistorical(input: FigureInput, sentence: Span): boolean {
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
/** A since-clause open up to the time after it: "since the offensive resumed on". */
const SINCE_CLAUSE = /\bsince\b[^,;]{0,60}$/i;

export function statedDay(input: FigureInput, sentence: Span, figure: Span): string | null {
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

export function periodFor(
  input: FigureInput,
  sentence: Span,
): { start: string | null; end: string | null } | null {
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
