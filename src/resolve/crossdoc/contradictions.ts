/**
 * Contradictions across documents: a denial in one outlet linked to the claim it answers in
 * another of the same story — a claim by another party, about the same event or with the same
 * content words.
 * Copies of one report (wire copies) are one source: their in-document links already stand.
 */

import { contentWords, wordOverlap } from '../../analyze/nlp/function-words.ts';
import type { Claim, Entity, Report } from '../../report/contract.ts';
import { copyFamilies } from './families.ts';

/** The party a speaker stands for: a country or armed group itself, or an organisation's affiliation. */
export function sideOf(
  id: string | null,
  entity: (id: string) => Pick<Entity, 'id' | 'type' | 'affiliation'> | undefined,
): string | null {
  if (!id) return null;
  const e = entity(id);
  if (!e) return id;
  return e.type === 'country' || e.type === 'group' ? e.id : (e.affiliation ?? e.id);
}

const MIN_OVERLAP = 0.4;
/**
 * A word or an event in more claims than this is too common to suggest a pairing (candidates then
 * come from rarer words and events). Fixed, so a new claim never changes the candidates of claims
 * that share none of its words or events.
 */
export const MAX_POSTING = 50;

export function sizeOf(list: readonly number[] | ReadonlySet<number>): number {
  return 'size' in list ? list.size : list.length;
}

/** Claims a denial may answer: not denials or appeals. */
export function answerable(c: Claim): boolean {
  return c.kind !== 'denial' && c.kind !== 'appeal';
}

/** A denial that needs pairing across documents: one not already answered in its own document. */
export function needsAnswer(c: Claim): boolean {
  return c.kind === 'denial' && c.contradicts.length === 0;
}

export interface ContradictionContext {
  claims: Claim[];
  words: (i: number) => Set<string>;
  /** Answerable claims by content word and by event (indexes into `claims`). */
  byWord: (w: string) => readonly number[] | undefined;
  byEvent: (v: string) => readonly number[] | ReadonlySet<number> | undefined;
  family: (doc: string) => string;
  /** The story a document is in: a denial answers claims of its own story only. */
  story: (doc: string) => string;
  /** The side a claim's speaker stands for. */
  side: (i: number) => string | null;
  /** The day a document was published, when known. */
  published: (doc: string) => string | null;
}

const docOf = (c: Claim) => c.mentions[0]?.doc ?? '';

/** Days between the sayings of a denial and a claim in another outlet beyond which one answers not the other. */
const ANSWER_DAYS = 7;

/** Both claims dated (by their own day, else their document's), said more than `ANSWER_DAYS` apart. */
function saidApart(a: Claim, b: Claim, ctx: ContradictionContext): boolean {
  const x = a.date ?? ctx.published(docOf(a));
  const y = b.date ?? ctx.published(docOf(b));
  if (!x || !y) return false;
  return Math.abs(Date.parse(x.slice(0, 10)) - Date.parse(y.slice(0, 10))) > ANSWER_DAYS * 86_400_000;
}

/** The (at most two) claims in other outlets the denial at index `di` answers, best first. */
export function answersOf(di: number, ctx: ContradictionContext): string[] {
  const d = ctx.claims[di];
  const dFamily = ctx.family(docOf(d));
  const dStory = ctx.story(docOf(d));
  const mySide = ctx.side(di);
  const mine = ctx.words(di);
  const cand = new Set<number>();
  for (const w of mine) {
    const list = ctx.byWord(w);
    if (list && list.length <= MAX_POSTING) for (const i of list) cand.add(i);
  }
  for (const v of d.about) {
    const list = ctx.byEvent(v);
    if (list && sizeOf(list) <= MAX_POSTING) for (const i of list) cand.add(i);
  }
  const scored: { c: Claim; score: number }[] = [];
  for (const i of [...cand].sort((a, b) => a - b)) {
    const c = ctx.claims[i];
    if (ctx.family(docOf(c)) === dFamily) continue;
    if (ctx.story(docOf(c)) !== dStory) continue;
    if (mySide && ctx.side(i) === mySide) continue;
    const sameEvent = d.about.some((v) => c.about.includes(v));
    // Said weeks apart, they answer nothing of each other ("denied a role in the attack on the
    // base in Jordan" is no answer to last month's strikes in Iraq).
    if (!sameEvent && saidApart(d, c, ctx)) continue;
    const score = wordOverlap(mine, ctx.words(i)) + (sameEvent ? 0.5 : 0);
    if (score >= MIN_OVERLAP) scored.push({ c, score });
  }
  scored.sort((a, b) => b.score - a.score);
  return [...new Set(scored.slice(0, 2).map((x) => x.c.id))];
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

export function linkContradictions(report: Report): Report {
  const entities = new Map(report.entities.map((e) => [e.id, e]));
  const family = copyFamilies(report.documents);
  const storyOf = new Map<string, string>();
  for (const s of report.stories) for (const d of s.documents) storyOf.set(d, s.id);
  const claims = report.claims.map((c) => ({ ...c, contradicts: [...c.contradicts] }));
  const published = new Map(report.documents.map((d) => [d.id, d.published]));
  const words = claims.map((c) => contentWords(c.text));
  // Candidates share a content word or an event with the denial: an inverted index keeps this
  // near-linear in the number of claims.
  const byWord = new Map<string, number[]>();
  const byEvent = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (!answerable(c)) return;
    for (const w of words[i]) push(byWord, w, i);
    for (const v of c.about) push(byEvent, v, i);
  });
  const ctx: ContradictionContext = {
    claims,
    words: (i) => words[i],
    byWord: (w) => byWord.get(w),
    byEvent: (v) => byEvent.get(v),
    family: (doc) => family.get(doc) ?? doc,
    // A report without stories (built by hand) is one story.
    story: (doc) => storyOf.get(doc) ?? '',
    side: (i) => sideOf(claims[i].speaker, (id) => entities.get(id)),
    published: (doc) => published.get(doc) ?? null,
  };
  const answers = claims.map((c, i) => (needsAnswer(c) ? answersOf(i, ctx) : []));
  claims.forEach((c, i) => {
    c.contradicts.push(...answers[i]);
  });
  return { ...report, claims };
}
