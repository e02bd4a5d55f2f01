/**
 * The fields of a figure beyond its count, for figures.ts: who reports it (the speaker of the claim
 * holding it, or "according to X"), whose side the counted belong to, the day it was stated, the
 * period it covers ("since …") and whether the sentence is about history. Pure.
 */
import type { EntityMention, Span } from '../types.ts';
import { demonymCountry, type FigureDraft } from './figure-groups.ts';
import type { FigureInput } from './figures.ts';
import { figureLexicon } from './lexicon.ts';
import { verbAt } from './verbs.ts';
import { type Word, words } from './words.ts';

/** Words for armed men that a reporting party uses of its enemies rather than its own. */
const ENEMY_NOUNS =
  /^(?:fighters?|militants?|insurgents?|rebels?|attackers?|assailants?|gunm[ae]n|jihadists?|terrorists?|mercenar(?:y|ies)|enemy|militiam[ae]n|combatants?)$/;

const REPORTED_SIDE_TYPES = new Set(['country', 'group', 'organization']);

/** A claim of a deed, and a relative clause or participle telling its toll: "responsibility for the blast that killed". */
const RESPONSIBILITY =
  /^\s*(?:full\s+)?(?:responsibility|credit)\s+for\b[^.;:“”"]*?(?:\b(?:that|which)\b[^.;:“”"]*|,\s*)$/i;

/** Reporter: the speaker of the claim that contains the figure, else "according to X" in the sentence. */
export function reporterFor(
  input: FigureInput,
  sentence: Span,
  at: Span,
): { key: string | null; date: string | null } {
  const claim =
    input.claims
      .filter((c) => c.content.start <= at.start && at.end <= c.content.end)
      .sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start))[0] ??
    // "gave a new toll of 52": the figure's words reach into the verb's own phrase.
    input.claims.find(
      (c) => c.start <= at.start && at.end <= c.end && at.end > c.content.start && at.start < c.content.start,
    );
  // "X claimed responsibility for an attack that killed 24": the toll of the deed claimed is the
  // outlet's account; what X claims is the deed.
  if (claim && RESPONSIBILITY.test(input.text.slice(claim.content.start, at.start)))
    return { key: null, date: null };
  if (claim) return { key: claim.speaker, date: claim.date };
  // "according to X", "citing X", "in line with X": the marker after the figure, else the last one
  // before it ("…killed 705, according to the WHO, and displaced a million, according to the UN").
  const sentenceText = input.text.slice(sentence.start, sentence.end);
  const sources = [...sentenceText.matchAll(/\b(?:according to|citing|quoting|in line with)\b/gi)]
    .map((m) => {
      const from = sentence.start + (m.index ?? 0) + m[0].length;
      const e = input.entities
        .filter((x) => x.start >= from && x.start <= from + 40 && x.type !== 'place')
        .sort((a, b) => a.start - b.start)[0];
      return e ? { at: from, key: e.key } : null;
    })
    .filter((x): x is { at: number; key: string } => x !== null);
  const source = sources.find((x) => x.at >= at.end) ?? sources.filter((x) => x.at < at.start).at(-1);
  if (source) return { key: source.key, date: null };
  return sentenceSource(input, sentence, at);
}

/** Verbs by which a source gives a toll without a reporting verb of the claim lexicon. */
const TOLL_VERBS = /^(?:published|publishes|released|releases|gave|gives|issued|issues|recorded|records)$/;
/** Words between a source and its verb: "The ministry on Friday said", "The army has also reported". */
const BETWEEN_SOURCE_AND_VERB =
  /^(?:has|have|had|also|earlier|later|then|on|late|early|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|,)$/;

function sourceVerbAt(ws: Word[], i: number): boolean {
  if (i >= ws.length) return false;
  // "The army denied shelling the market, which killed 12": a denial does not give the toll.
  const v = verbAt(ws, i);
  return (!!v && v.entry.kind !== 'denial') || TOLL_VERBS.test(ws[i].w);
}

/**
 * A figure no claim holds, in a sentence whose subject is a source followed by a reporting verb
 * ("X said forces repelled the assault, killing 10 fighters"; "The ministry published a toll …,
 * showing 970 deaths") or that ends in one ("…, killing three people, medics reported.";
 * "…, denounces Human Rights Watch."): that source reports it.
 */
function sentenceSource(
  input: FigureInput,
  sentence: Span,
  at: Span,
): { key: string | null; date: string | null } {
  const ws = words(input.text, sentence);
  const sources = input.entities.filter(
    (e) => e.start >= sentence.start && e.end <= sentence.end && e.type !== 'place',
  );
  const firstWordAt = (pos: number) => ws.findIndex((w) => w.start >= pos);
  // Leading: a source at the start of the sentence (after at most a determiner), then its verb.
  for (const e of sources) {
    if (e.end > at.start) break;
    const before = ws.filter((w) => w.end <= e.start);
    if (before.length > 1 || (before.length === 1 && !/^(?:the|a|an)$/.test(before[0].w))) continue;
    let j = firstWordAt(e.end);
    for (let n = 0; j >= 0 && j < ws.length && n < 3 && BETWEEN_SOURCE_AND_VERB.test(ws[j].w); n++) j++;
    if (j < 0 || !sourceVerbAt(ws, j) || ws[j].start >= at.start) continue;
    const day = input.times.find(
      (t) => t.start >= sentence.start && t.end <= at.start && t.date.precision === 'day' && !t.future,
    );
    return { key: e.key, date: day?.date.start ?? null };
  }
  // Trailing: ", <verb> <source>." or ", <source> <verb>." after the figure.
  const tailComma = input.text.lastIndexOf(',', sentence.end);
  if (tailComma >= at.end) {
    const tail = ws.filter((w) => w.start > tailComma && !/^[.)("”]$/.test(w.w));
    const e = sources.find((x) => x.start > tailComma);
    if (e && tail.length) {
      const inE = (w: Word) => w.start >= e.start && w.end <= e.end;
      const rest = tail.filter(
        (w) => !inE(w) && !/^(?:the|a|an)$/.test(w.w) && !/^\p{Lu}+$/u.test(input.text.slice(w.start, w.end)),
      );
      const vi = ws.indexOf(rest[0]);
      if (rest.length === 1 && vi >= 0 && sourceVerbAt(ws, vi)) return { key: e.key, date: null };
    }
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

/** A since-clause open up to the time after it: "since the offensive resumed on". */
const SINCE_CLAUSE = /\bsince\b[^,;]{0,60}$/i;

/** A past day stated right after the figure ("were killed on Tuesday"), other than a period's start. */
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
    // "died in the raid, which happened on 3 May": the day of what a relative clause
    // describes, not of the figure.
    if (/,\s*(?:which|that|where|who)\b/i.test(input.text.slice(figure.end, t.start))) continue;
    // "increasing Sunday's death toll to 19": a day that qualifies another noun.
    if (/^['’]s\b/.test(input.text.slice(t.end, t.end + 3))) continue;
    // "overnight", "early hours": when it happened, not a day the figure was given.
    if (/night|early hours|dawn|evening/.test(own)) continue;
    // "in the past 24 hours": counted up to the end of that stretch.
    const day = t.date.end ?? t.date.start;
    if (day && (!pub || day <= pub)) return day;
  }
  return null;
}

/** "On Wednesday a drone hit a house, killing five": a past day that opens the sentence. */
export function openingDay(input: FigureInput, sentence: Span, figure: Span): string | null {
  const pub = input.published?.slice(0, 10) ?? null;
  const t = input.times.find((x) => x.start >= sentence.start && x.end <= figure.start);
  if (t?.date.precision !== 'day' || t.future) return null;
  const lead = input.text.slice(sentence.start, t.start).trim().toLowerCase();
  if (!/^(?:(?:late|early) )?(?:on)?$/.test(lead)) return null;
  if (/night|early hours|dawn|evening/i.test(input.text.slice(t.start, t.end))) return null;
  const day = t.date.end ?? t.date.start;
  return day && (!pub || day <= pub) ? day : null;
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
