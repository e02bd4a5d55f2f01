/**
 * Contradictions across documents: a denial in one outlet linked to the claim it answers in
 * another — a claim by another party, about the same event or with the same content words.
 * Copies of one report (wire copies) are one source: their in-document links already stand.
 */
import { readFileSync } from 'node:fs';
import type { Claim, Entity, Report } from '../../report/contract.ts';
import { copyFamilies } from './families.ts';

let functionWords: Set<string> | null = null;
function stop(): Set<string> {
  functionWords ??= new Set(
    readFileSync(new URL('../../../data/reuse/function-words.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((l) => l.replace(/#.*/, '').trim())
      .filter(Boolean),
  );
  return functionWords;
}

function contentWords(text: string): Set<string> {
  const s = stop();
  return new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? [])
      .map((w) => w.replace(/(?:'s|s|ed|ing)$/, ''))
      .filter((w) => !s.has(w)),
  );
}

function overlap(a: Set<string>, b: Set<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}

/** The party a speaker stands for: a country or armed group itself, or an organisation's affiliation. */
function sideOf(id: string | null, entities: Map<string, Entity>): string | null {
  if (!id) return null;
  const e = entities.get(id);
  if (!e) return id;
  return e.type === 'country' || e.type === 'group' ? e.id : (e.affiliation ?? e.id);
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const list = m.get(k);
  if (list) list.push(v);
  else m.set(k, [v]);
}

const MIN_OVERLAP = 0.4;

export function linkContradictions(report: Report): Report {
  const entities = new Map(report.entities.map((e) => [e.id, e]));
  const family = copyFamilies(report.documents);
  const docOf = (c: Claim) => c.mentions[0]?.doc ?? '';
  const words = new Map(report.claims.map((c) => [c.id, contentWords(c.text)]));
  const claims = report.claims.map((c) => ({ ...c, contradicts: [...c.contradicts] }));
  // Candidates share a content word or an event with the denial: an inverted index keeps this
  // near-linear in the number of claims (words in very many claims say nothing and are skipped).
  const byWord = new Map<string, number[]>();
  const byEvent = new Map<string, number[]>();
  claims.forEach((c, i) => {
    if (c.kind === 'denial' || c.kind === 'appeal') return;
    for (const w of words.get(c.id) ?? []) push(byWord, w, i);
    for (const v of c.about) push(byEvent, v, i);
  });
  const maxPosting = Math.max(50, Math.ceil(claims.length / 20));
  for (const d of claims) {
    // A denial already answered in its own document is linked there; look further only for the others.
    if (d.kind !== 'denial' || d.contradicts.length) continue;
    const dFamily = family.get(docOf(d));
    const mySide = sideOf(d.speaker, entities);
    const scored: { c: Claim; score: number }[] = [];
    const cand = new Set<number>();
    for (const w of words.get(d.id) ?? []) {
      const list = byWord.get(w);
      if (list && list.length <= maxPosting) for (const i of list) cand.add(i);
    }
    for (const v of d.about) for (const i of byEvent.get(v) ?? []) cand.add(i);
    for (const i of cand) {
      const c = claims[i];
      if (family.get(docOf(c)) === dFamily) continue;
      if (mySide && sideOf(c.speaker, entities) === mySide) continue;
      const sameEvent = d.about.some((v) => c.about.includes(v));
      const score =
        overlap(words.get(d.id) ?? new Set(), words.get(c.id) ?? new Set()) + (sameEvent ? 0.5 : 0);
      if (score >= MIN_OVERLAP) scored.push({ c, score });
    }
    scored.sort((a, b) => b.score - a.score);
    for (const { c } of scored.slice(0, 2)) if (!d.contradicts.includes(c.id)) d.contradicts.push(c.id);
  }
  return { ...report, claims };
}
