/**
 * Countries of the world: lookup by name, alias, ISO code, demonym, capital and seat of
 * government. Data: data/geo/countries.json (built by scripts/build-gazetteer.ts).
 * Loaded lazily on first use; every lookup is a Map hit on folded text.
 */
import { readFileSync } from 'node:fs';
import { foldName, letterCount, looseKeyMatch, skeletonOfKey, translitKey } from '../names/fold.ts';

export interface Country {
  iso2: string;
  iso3: string;
  /** Common English short name. */
  name: string;
  /** Official name, other short names, abbreviations (U.S., UAE, DRC …), former names. */
  aliases: string[];
  /** Adjectives and nouns for the people: Russian, Russians, Emirati, Burmese … */
  demonyms: string[];
  /** Primary capital ('' for uninhabited territories). */
  capital: string;
  /** Every capital and alternative spelling of it (for metonymy: "Moscow said"). */
  capitals: string[];
  /** Seats of government used as metonyms: Kremlin, White House, Élysée … */
  seats: string[];
  /** Approximate centroid. */
  lat: number;
  lon: number;
  /** Sovereign state (false for dependencies and territories). */
  independent: boolean;
  /** Area in km² (ranks ambiguous demonyms such as "Congolese", "Dominican"). */
  area: number;
}

interface Index {
  all: Country[];
  byIso: Map<string, Country>;
  byName: Map<string, Country>;
  byNameKey: Map<string, Country>;
  acronyms: Map<string, Country>;
  byDemonym: Map<string, Country>;
  byCapital: Map<string, Country>;
  byCapitalKey: Map<string, Country>;
  bySeat: Map<string, Country>;
}

let index: Index | null = null;

const DATA_URL = new URL('../../../data/geo/countries.json', import.meta.url);

/** An all-capitals short alias ("US", "U.A.E.", "DRC") is matched case-sensitively. */
function acronymKey(s: string): string | null {
  const t = s.replace(/[.\s]/g, '');
  if (t.length < 2 || t.length > 5 || !/^[A-Z]+$/.test(t)) return null;
  return t;
}

/** Put `c` under `key` unless a larger country already holds it. */
function put(m: Map<string, Country>, key: string, c: Country): void {
  if (key === '') return;
  const old = m.get(key);
  if (!old || (c.independent && !old.independent) || (c.independent === old.independent && c.area > old.area))
    m.set(key, c);
}

function build(): Index {
  const raw = JSON.parse(readFileSync(DATA_URL, 'utf8')) as { countries: Country[] };
  const idx: Index = {
    all: raw.countries,
    byIso: new Map(),
    byName: new Map(),
    byNameKey: new Map(),
    acronyms: new Map(),
    byDemonym: new Map(),
    byCapital: new Map(),
    byCapitalKey: new Map(),
    bySeat: new Map(),
  };
  for (const c of raw.countries) {
    idx.byIso.set(c.iso2, c);
    idx.byIso.set(c.iso3, c);
    for (const n of [c.name, ...c.aliases]) {
      const ac = acronymKey(n);
      if (ac) {
        put(idx.acronyms, ac, c);
        continue;
      }
      put(idx.byName, foldName(n), c);
      put(idx.byNameKey, translitKey(n), c);
    }
    for (const d of c.demonyms) {
      const ac = acronymKey(d);
      if (ac) put(idx.acronyms, ac, c);
      else put(idx.byDemonym, foldName(d), c);
    }
    for (const cap of c.capitals) {
      put(idx.byCapital, foldName(cap), c);
      put(idx.byCapitalKey, translitKey(cap), c);
    }
    for (const s of c.seats) put(idx.bySeat, foldName(s), c);
  }
  return idx;
}

function getIndex(): Index {
  if (!index) index = build();
  return index;
}

/** Every country and territory (250), sorted by ISO alpha-2. */
export function allCountries(): readonly Country[] {
  return getIndex().all;
}

/** Country by ISO alpha-2 or alpha-3 code (upper case). */
export function countryByIso(code: string): Country | null {
  return getIndex().byIso.get(code.toUpperCase()) ?? null;
}

/**
 * Country by name, alias or ISO code: "Burma", "Türkiye", "Ivory Coast", "U.S.", "DRC",
 * "the Netherlands", "UKR". Codes and all-capital abbreviations match only when written in
 * capitals ("US" yes, "us" no). Falls back to the transliteration key ("Kirgizia").
 */
export function findCountry(name: string): Country | null {
  const hit = findCountryStrict(name);
  return hit ?? scan(name.trim(), (c) => [c.name, ...c.aliases], 'name');
}

/** Like `findCountry` but without the loose `sameName` scan: exact names, codes and keys only. */
export function findCountryStrict(name: string): Country | null {
  const idx = getIndex();
  const trimmed = name.trim();
  const ac = acronymKey(trimmed);
  if (ac) {
    const hit = idx.acronyms.get(ac) ?? (ac.length <= 3 ? idx.byIso.get(ac) : undefined);
    if (hit) return hit;
  }
  const f = foldName(trimmed);
  if (f === '') return null;
  const hit = idx.byName.get(f);
  if (hit) return hit;
  const k = translitKey(trimmed);
  return (k.length >= 4 ? idx.byNameKey.get(k) : undefined) ?? null;
}

/** Loose scans are linear in the number of countries: remember their answers (misses too). */
const scanMemo = new Map<string, Country | null>();

function scan(name: string, names: (c: Country) => string[], tag: string): Country | null {
  const memoKey = `${tag}:${name}`;
  const memo = scanMemo.get(memoKey);
  if (memo !== undefined) return memo;
  const found = scanUncached(name, names, tag);
  if (scanMemo.size > 50_000) scanMemo.clear();
  scanMemo.set(memoKey, found);
  return found;
}

interface KeyedName {
  country: Country;
  key: string;
  skeleton: string;
  letters: number;
}

const keyedNames = new Map<string, KeyedName[]>();

/** Transliteration keys and skeletons of every country's names (or capitals), computed once. */
function keyed(tag: string, names: (c: Country) => string[]): KeyedName[] {
  let list = keyedNames.get(tag);
  if (!list) {
    list = [];
    for (const c of getIndex().all)
      for (const n of names(c)) {
        const key = translitKey(n);
        if (key.length < 4) continue;
        list.push({ country: c, key, skeleton: skeletonOfKey(key), letters: letterCount(foldName(n)) });
      }
    keyedNames.set(tag, list);
  }
  return list;
}

function scanUncached(name: string, names: (c: Country) => string[], tag: string): Country | null {
  if (letters(name) < 6) return null;
  const key = translitKey(name);
  if (key.length < 4) return null;
  const skeleton = skeletonOfKey(key);
  const own = letterCount(foldName(name));
  let best: Country | null = null;
  for (const k of keyed(tag, names)) {
    if (k.skeleton !== skeleton || !looseKeyMatch(key, k.key, Math.max(own, k.letters), 6)) continue;
    const c = k.country;
    if (!best || (c.independent && !best.independent) || c.area > best.area) best = c;
  }
  return best;
}

function letters(s: string): number {
  return s.replace(/[^\p{L}]/gu, '').length;
}

/**
 * Country by demonym or national adjective, singular or plural: "Russian", "Russians",
 * "Emirati", "Burmese", "Azeri", "Filipinos". Ambiguous forms ("Congolese") go to the
 * larger sovereign state.
 */
export function countryByDemonym(adj: string): Country | null {
  const idx = getIndex();
  const trimmed = adj.trim();
  const ac = acronymKey(trimmed);
  if (ac) return idx.acronyms.get(ac) ?? null;
  const f = foldName(trimmed);
  if (f === '') return null;
  const hit = idx.byDemonym.get(f);
  if (hit) return hit;
  if (f.endsWith('s')) return idx.byDemonym.get(f.slice(0, -1)) ?? null;
  return null;
}

/** Country whose capital this is: "Moscow", "Kiev", "Sanaa", "Washington" → that country. */
export function countryByCapital(city: string): Country | null {
  const idx = getIndex();
  const f = foldName(city);
  if (f === '') return null;
  const hit = idx.byCapital.get(f);
  if (hit) return hit;
  const k = translitKey(city);
  const byKey = k.length >= 4 ? idx.byCapitalKey.get(k) : undefined;
  return byKey ?? scan(city, (c) => c.capitals, 'capital');
}

/** Country whose seat of government this is: "Kremlin", "White House", "Élysée", "Downing Street". */
export function countryBySeat(name: string): Country | null {
  const f = foldName(name);
  if (f === '') return null;
  return getIndex().bySeat.get(f) ?? null;
}
