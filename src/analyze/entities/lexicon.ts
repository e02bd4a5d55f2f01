/** Entity lexicons (data/entities/*), loaded once per thread. */

import { existsSync, readFileSync } from 'node:fs';
import { mfold, mkey } from './memo.ts';

export interface OrgEntry {
  key: string;
  type: 'organization' | 'group';
  name: string;
  aliases: string[];
  /** ISO alpha-2 of the country the body belongs to. */
  affiliation?: string;
}

export interface Lexicon {
  /** Title and role heads, folded, multiword joined by one space. */
  titleHeads: Set<string>;
  titleModifiers: Set<string>;
  honorifics: Set<string>;
  /** Longest title head in words. */
  maxTitleWords: number;
  /** Group noun (folded) → normal form for keys. */
  groupNouns: Map<string, string>;
  groupModifiers: Set<string>;
  /** Service words that name a state body's domain: "health officials", "medical authorities". */
  groupDomains: Set<string>;
  agentVerbs: Set<string>;
  /** Nouns after a weapon or vehicle model name: "Chinook helicopter" (data/entities/model-nouns.txt). */
  modelNouns: Set<string>;
  /** Folded alias → entry, for names written in any case. */
  orgByFold: Map<string, OrgEntry>;
  /** Exact surface → entry, for acronyms (matched case-sensitively). */
  orgByAcronym: Map<string, OrgEntry>;
  /** Folded first words of all org aliases (fast filter). */
  orgFirstWords: Set<string>;
  /** Entry by key. */
  orgByKey: Map<string, OrgEntry>;
  maxOrgWords: number;
  /** Ministry words (folded) → kind ("ministry:defense"). */
  ministryWords: Map<string, string>;
  ministryAcronyms: Map<string, string>;
  ministryBodies: Map<string, string>;
  ministryBodyFirsts: Set<string>;
  maxMinistryWords: number;
  militaryNouns: Set<string>;
  governmentNouns: Set<string>;
}

let cached: Lexicon | null = null;

function dataFile(name: string): string {
  return readFileSync(new URL(`../../../data/entities/${name}`, import.meta.url), 'utf8');
}

/** Lines of a sectioned text file ("[section]" headers, "#" comments). */
function sections(text: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  let cur = '';
  for (const raw of text.split('\n')) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const m = /^\[([\w-]+)\]$/.exec(line);
    if (m) {
      cur = m[1];
      if (!out.has(cur)) out.set(cur, []);
      continue;
    }
    out.get(cur)?.push(line);
  }
  return out;
}

export function isAcronym(s: string): boolean {
  return (
    /^[\p{Lu}\d][\p{Lu}\d.&-]*$/u.test(s) && /\p{Lu}.*\p{Lu}|^\p{Lu}\d|\d\p{Lu}/u.test(s) && s.length <= 8
  );
}

function words(s: string): number {
  return s.split(/[\s-]+/).length;
}

/**
 * News agencies from data/wire-agencies.json (the ingest helper's list) when present: their
 * aliases join an agency of organizations.json with a shared name; the others become entries.
 */
function wireAgencies(entries: OrgEntry[]): OrgEntry[] {
  const url = new URL('../../../data/wire-agencies.json', import.meta.url);
  if (!existsSync(url)) return [];
  let data: { agencies?: { name: string; aliases?: string[] }[] };
  try {
    data = JSON.parse(readFileSync(url, 'utf8'));
  } catch {
    return [];
  }
  const byName = new Map<string, OrgEntry>();
  for (const e of entries) {
    if (!e.key.startsWith('agency:')) continue;
    for (const n of [e.name, ...e.aliases]) byName.set(mfold(n), e);
  }
  const added: OrgEntry[] = [];
  for (const a of data.agencies ?? []) {
    const names = [a.name, ...(a.aliases ?? [])];
    const known = names.map((n) => byName.get(mfold(n))).find((e) => e !== undefined);
    if (known) {
      for (const n of names) if (!byName.has(mfold(n))) known.aliases.push(n);
      continue;
    }
    const e: OrgEntry = {
      key: `agency:${mkey(a.name)}`,
      type: 'organization',
      name: a.name,
      aliases: a.aliases ?? [],
    };
    for (const n of names) byName.set(mfold(n), e);
    added.push(e);
  }
  return added;
}

/**
 * Newspapers, magazines and news sites from data/outlets.json (the ingest list) whose names run to
 * two words or more past "The", one of them a word of the press ("The Times of Israel", "Daily
 * Trust"), none marked ambiguous: bodies in running text, not a person or a country. A name one
 * word long, or one of ordinary words only ("Foreign Affairs"), may be no outlet at all.
 */
function newspapers(entries: OrgEntry[]): OrgEntry[] {
  const data = JSON.parse(readFileSync(new URL('../../../data/outlets.json', import.meta.url), 'utf8')) as {
    outlets: { name: string; aliases?: string[]; kind: string; ambiguous?: boolean }[];
    pressWords: { words: string[] };
  };
  const press = new Set(data.pressWords.words);
  const pressTitle = (n: string) => {
    const ws = n.replace(/^the\s+/i, '').split(/\s+/);
    return ws.length >= 2 && ws.some((w) => press.has(w.toLowerCase()));
  };
  const taken = new Set(entries.flatMap((e) => [e.name, ...e.aliases].map(mfold)));
  const added: OrgEntry[] = [];
  for (const o of data.outlets) {
    if (!/^(?:newspaper|magazine|site)$/.test(o.kind) || o.ambiguous) continue;
    const names = [o.name, ...(o.aliases ?? [])].filter(pressTitle).filter((n) => !taken.has(mfold(n)));
    if (!names.length) continue;
    for (const n of names) taken.add(mfold(n));
    added.push({
      key: `outlet:${mkey(o.name)}`,
      type: 'organization',
      name: names[0],
      aliases: names.slice(1),
    });
  }
  return added;
}

export function lexicon(): Lexicon {
  if (cached) return cached;
  const titles = sections(dataFile('titles.txt'));
  const titleHeads = new Set((titles.get('head') ?? []).map((s) => mfold(s)));
  const groups = sections(dataFile('group-nouns.txt'));
  const groupNouns = new Map<string, string>();
  for (const line of groups.get('noun') ?? []) {
    const [noun, norm] = line.split('\t');
    groupNouns.set(mfold(noun), (norm ?? noun).trim());
  }
  const wordList = (file: string) => {
    const out = new Set<string>();
    for (const line of dataFile(file).split('\n')) {
      if (line.startsWith('#')) continue;
      for (const w of line.split(/\s+/)) if (w) out.add(w);
    }
    return out;
  };
  const agentVerbs = wordList('agent-verbs.txt');
  const modelNouns = wordList('model-nouns.txt');
  const orgs = JSON.parse(dataFile('organizations.json')) as { entries: OrgEntry[] };
  orgs.entries.push(...wireAgencies(orgs.entries));
  orgs.entries.push(...newspapers(orgs.entries));
  const orgByFold = new Map<string, OrgEntry>();
  const orgByAcronym = new Map<string, OrgEntry>();
  const orgFirstWords = new Set<string>();
  let maxOrgWords = 1;
  for (const e of orgs.entries) {
    for (const alias of [e.name, ...e.aliases]) {
      if (isAcronym(alias)) orgByAcronym.set(alias, e);
      else if (!orgByFold.has(mfold(alias))) orgByFold.set(mfold(alias), e);
      const f = mfold(alias);
      const first = f.split(/[\s-]/)[0];
      orgFirstWords.add(first);
      // "People's …" starts with the token "People" (the possessive is a token of its own).
      orgFirstWords.add(first.replace(/'s?$/, ''));
      maxOrgWords = Math.max(maxOrgWords, words(f) * 2);
    }
  }
  const min = JSON.parse(dataFile('ministries.json')) as {
    ministries: Record<string, string[]>;
    acronyms: Record<string, string>;
    bodies: Record<string, string>;
    military: string[];
    government: string[];
  };
  const ministryWords = new Map<string, string>();
  let maxMinistryWords = 1;
  for (const [kind, ws] of Object.entries(min.ministries)) {
    for (const w of ws) {
      ministryWords.set(mfold(w), kind);
      maxMinistryWords = Math.max(maxMinistryWords, words(w));
    }
  }
  cached = {
    titleHeads,
    titleModifiers: new Set((titles.get('modifier') ?? []).map((s) => mfold(s))),
    honorifics: new Set((titles.get('honorific') ?? []).map((s) => mfold(s))),
    maxTitleWords: Math.max(...[...titleHeads].map(words)),
    groupNouns,
    groupModifiers: new Set((groups.get('modifier') ?? []).map((s) => mfold(s))),
    groupDomains: new Set((groups.get('domain') ?? []).map((s) => mfold(s))),
    agentVerbs,
    modelNouns,
    orgByFold,
    orgByAcronym,
    orgFirstWords,
    orgByKey: new Map(orgs.entries.map((e) => [e.key, e])),
    maxOrgWords,
    ministryWords,
    ministryAcronyms: new Map(Object.entries(min.acronyms)),
    ministryBodies: new Map(Object.entries(min.bodies).map(([k, v]) => [mfold(k), v])),
    ministryBodyFirsts: new Set(Object.keys(min.bodies).map((k) => mfold(k).split(' ')[0])),
    maxMinistryWords,
    militaryNouns: new Set(min.military.map((s) => mfold(s))),
    governmentNouns: new Set(min.government.map((s) => mfold(s))),
  };
  return cached;
}
