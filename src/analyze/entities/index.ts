/**
 * Entity mentions of one document: people, organisations, groups, countries and places, each
 * with an in-document canonical name and a key for merging across documents. Pattern- and
 * lexicon-driven over wink-nlp tokens (no neural model): see the matcher modules.
 */

import { isPlaceName } from '../geo/gazetteer.ts';
import type { EntityMention, Sentence, Token } from '../types.ts';
import { classifyRuns } from './classify.ts';
import { type Cand, type Doc, findRuns, makeDoc, type Run, spanText } from './context.ts';
import { countryNamed, countryOfDemonym } from './country.ts';
import { settle } from './document.ts';
import { matchGroups } from './groups.ts';
import { matchLexiconOrgs, matchMinistries, matchNamedOrgs } from './orgs.ts';

export function findEntities(
  text: string,
  nlp: { sentences: Sentence[]; tokens: Token[] },
  _ctx?: { published?: string | null },
): EntityMention[] {
  const doc = makeDoc(text, nlp.tokens, nlp.sentences);
  const cands: Cand[] = [];
  matchLexiconOrgs(doc, cands);
  matchMinistries(doc, cands);
  matchNamedOrgs(doc, cands);
  const absorbed = new Set<Cand>();
  const groups = matchGroups(doc, cands, absorbed);
  if (absorbed.size > 0) cands.splice(0, cands.length, ...cands.filter((c) => !absorbed.has(c)));
  cands.push(...groups);
  const runs = joinOfNames(doc, findRuns(doc));
  const countries = focusCountries(doc, runs, cands);
  const { cands: more, unknown } = classifyRuns(doc, runs, cands, countries);
  cands.push(...more);
  const settled = ownedBodies(text, branchesJoined(text, settle(doc, cands, unknown, countries)));
  return settled.map((c) => {
    // "the Israel-Hamas war", "Russia-Ukraine talks": a name ends before the hyphen that joins it to the next.
    let end = c.end;
    while (end > c.start + 1 && /[-‐]/.test(text[end - 1])) end--;
    const name = end < c.end ? c.name.replace(/[-‐]+$/, '') : c.name;
    const m: EntityMention = { start: c.start, end, type: c.type, name, key: c.key };
    if (c.role) m.role = c.role;
    if (c.affiliation) m.affiliation = c.affiliation;
    if (c.geo) m.geo = c.geo;
    return m;
  });
}

/**
 * "the Horn of Africa", "the Gulf of Aden", "the Strait of Hormuz": two runs of capitals joined by
 * "of" are one run when the gazetteer knows the whole as a place's name.
 */
function joinOfNames(doc: Doc, runs: Run[]): Run[] {
  const out: Run[] = [];
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k];
    const next = runs[k + 1];
    if (next && next.a === r.b + 1 && doc.lower[r.b] === 'of' && isPlaceName(spanText(doc, r.a, next.b))) {
      out.push({ a: r.a, b: next.b, joined: true });
      k++;
    } else out.push(r);
  }
  return out;
}

/** ISO alpha-2 codes of the countries a document mentions, most mentioned first. */
function focusCountries(doc: Doc, runs: { a: number; b: number }[], cands: Cand[]): string[] {
  const count = new Map<string, number>();
  const add = (iso: string) => count.set(iso, (count.get(iso) ?? 0) + 1);
  for (const r of runs) {
    for (let i = r.a; i < r.b; i++) {
      const c = countryNamed(doc.words[i]) ?? countryOfDemonym(doc.words[i]);
      if (c) add(c.iso2);
    }
    if (r.b - r.a > 1) {
      const c = countryNamed(doc.text.slice(doc.tokens[r.a].start, doc.tokens[r.b - 1].end));
      if (c) add(c.iso2);
    }
  }
  for (const c of cands) {
    const m = /^country:([a-z]{2})$/.exec(c.affiliation ?? '');
    if (m) add(m[1].toUpperCase());
  }
  return [...count.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1)).map(([iso]) => iso);
}

/**
 * "Russia's Federal Security Service", "Turkey's presidency's communications centre": a body named
 * as a country's (or as a body's of a country) speaks for that country. Along a chain of
 * possessives, so each owned body passes its country on.
 */
const OWNED = /^['’]s?(?:\s+\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3}['’]s)?\s+$/u;
function ownedBodies(text: string, cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  for (let i = 1; i < sorted.length; i++) {
    const c = sorted[i];
    const owner = sorted[i - 1];
    // ("Turkey's Presidency's Centre": a title between the two owns the body too.)
    if (c.type !== 'organization' || c.affiliation || !OWNED.test(text.slice(owner.end, c.start))) continue;
    // ("the Turkish Presidency's centre": a national body owning another.)
    const national = owner.type === 'organization' ? countryOfDemonym(owner.name.split(/\s+/)[0]) : null;
    const side =
      owner.type === 'country'
        ? owner.key
        : (owner.affiliation ?? (national ? `country:${national.iso2.toLowerCase()}` : null));
    if (side) c.affiliation = side;
  }
  return cands;
}

/**
 * "Amnesty International Nigeria": a country named right after an organisation is its national
 * branch — one mention of the organisation, not the country speaking.
 */
function branchesJoined(text: string, cands: Cand[]): Cand[] {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const dropped = new Set<Cand>();
  for (let i = 0; i + 1 < sorted.length; i++) {
    const org = sorted[i];
    const next = sorted[i + 1];
    if (org.type !== 'organization' || next.type !== 'country' || text.slice(org.end, next.start) !== ' ')
      continue;
    org.end = next.end;
    dropped.add(next);
  }
  return dropped.size ? cands.filter((c) => !dropped.has(c)) : cands;
}
