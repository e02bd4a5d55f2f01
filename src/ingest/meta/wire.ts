/**
 * Wire-agency credits: bylines ("By X for AFP"), "Via AP news wire", datelines ("KYIV (Reuters) —"),
 * copyright lines, "Associated Press writer X contributed", sign-offs ("— AFP"). Agencies and their
 * aliases come from data/wire-agencies.json. Mentions in running prose ("an AFP correspondent said")
 * are not credits.
 */
import { readDataFile } from './data.ts';

interface Agency {
  name: string;
  aliases: string[];
}

interface WireIndex {
  byAlias: Map<string, string>;
  alt: string;
  /** Any alias as a whole word (global, for listing the agencies inside a matched credit). */
  aliasRe: RegExp;
}

let index: WireIndex | null = null;

const NB = String.raw`(?<![\p{L}\p{N}])`;
const NA = String.raw`(?![\p{L}\p{N}])`;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function wireIndex(): WireIndex {
  if (index) return index;
  const data = JSON.parse(readDataFile('wire-agencies.json')) as { agencies: Agency[] };
  const byAlias = new Map<string, string>();
  for (const a of data.agencies) {
    for (const n of [a.name, ...a.aliases]) if (!byAlias.has(n)) byAlias.set(n, a.name);
  }
  const alt = [...byAlias.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRe)
    .join('|');
  index = { byAlias, alt, aliasRe: new RegExp(`${NB}(?:${alt})${NA}`, 'gu') };
  return index;
}

/** Canonical agency name for an alias as written ("The Associated Press" → "AP"), or null. */
export function wireName(alias: string): string | null {
  const t = alias.trim().replace(/^the\s+/i, '');
  const { byAlias } = wireIndex();
  return byAlias.get(alias.trim()) ?? byAlias.get(t) ?? byAlias.get(`The ${t}`) ?? null;
}

let patterns: RegExp[] | null = null;

function creditPatterns(): RegExp[] {
  if (patterns) return patterns;
  const W = `(?:the\\s+)?(${wireIndex().alt})`;
  patterns = [
    // byline or credit line: "By Jane Doe and John Roe for AFP", "Via AP news wire", "Source: Reuters"
    new RegExp(
      String.raw`^[ \t]*(?:by|via|from|source|sources|credit|with|text|written by|additional reporting by|reporting by)\b[^\n]{0,120}?${NB}(?:for|via|from|by|with|:|,|/|and)?\s*${W}${NA}[^\n]{0,40}$`,
      'gimu',
    ),
    // dateline: "KHARTOUM, Sudan (AP) —", "GAZA (Reuters) -"
    new RegExp(String.raw`^[^\n]{0,80}?\(\s*${W}\s*\)\s*[-–—]`, 'gmu'),
    // copyright: "Copyright 2020 The Associated Press", "© AFP 2024"
    new RegExp(String.raw`(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}\s*)?${W}${NA}`, 'giu'),
    // contribution line: "Associated Press writer X contributed to this report"
    new RegExp(
      String.raw`${NB}${W}\s+(?:staff\s+)?(?:writers?|correspondents?|reporters?|journalists?|staff)${NA}[^\n]{0,200}?\bcontributed\b`,
      'gu',
    ),
    // sign-off line: "— AFP", "(Reuters)", "With AFP", "AFP/dpa"
    new RegExp(
      String.raw`^[ \t]*[(\[]?\s*(?:[-–—]\s*)?(?:with\s+)?${W}(?:\s*(?:,|/|and|&)\s*(?:the\s+)?(?:${wireIndex().alt}))*\s*[)\]]?\.?[ \t]*$`,
      'gimu',
    ),
  ];
  return patterns;
}

/** Canonical names of the wire agencies credited in `text`, in order of first credit, no repeats. */
export function findWireCredits(text: string): string[] {
  const { byAlias, aliasRe } = wireIndex();
  const hits: { at: number; name: string }[] = [];
  // most text names no agency at all: one scan decides
  aliasRe.lastIndex = 0;
  const any = aliasRe.test(text);
  aliasRe.lastIndex = 0; // matchAll below copies lastIndex
  if (!any) return [];
  const all = creditPatterns();
  for (const re of all) {
    re.lastIndex = 0;
    for (const m of text.matchAll(re)) {
      // a byline / credit line is short; a long line starting "From …" is prose
      if (re === all[0] && (m[0].match(/[\p{L}\p{N}]+/gu)?.length ?? 0) > 16) continue;
      // collect every agency named inside the matched credit ("AFP/dpa", "for AP and Reuters")
      for (const a of m[0].matchAll(aliasRe)) {
        const name = byAlias.get(a[0]);
        if (name) hits.push({ at: (m.index ?? 0) + (a.index ?? 0), name });
      }
    }
  }
  hits.sort((a, b) => a.at - b.at);
  return [...new Set(hits.map((h) => h.name))];
}
