/**
 * Country look-ups for the entity matchers over helper F's country table, indexed here by exact
 * fold and transliteration key only — no fuzzy fallback (a person's name must not read as a
 * country, and the matchers ask about every capitalised word, so each look-up must be a Map hit).
 */
import { allCountries, type Country } from '../geo/countries.ts';
import { foldName, translitKey } from '../names/fold.ts';

interface Index {
  names: Map<string, Country>;
  nameKeys: Map<string, Country>;
  acronyms: Map<string, Country>;
  demonyms: Map<string, Country>;
  capitals: Map<string, Country>;
  capitalKeys: Map<string, Country>;
  seats: Map<string, Country>;
}

let index: Index | null = null;

function better(a: Country | undefined, b: Country): boolean {
  if (!a) return true;
  if (a.independent !== b.independent) return b.independent;
  return b.area > a.area;
}

function put(m: Map<string, Country>, k: string, c: Country): void {
  if (k.length < 2) return;
  if (better(m.get(k), c)) m.set(k, c);
}

function getIndex(): Index {
  if (index) return index;
  const idx: Index = {
    names: new Map(),
    nameKeys: new Map(),
    acronyms: new Map(),
    demonyms: new Map(),
    capitals: new Map(),
    capitalKeys: new Map(),
    seats: new Map(),
  };
  for (const c of allCountries()) {
    for (const n of [c.name, ...c.aliases]) {
      if (/^[\p{Lu}\d.\s&-]+$/u.test(n)) put(idx.acronyms, n.replace(/[.\s]/g, ''), c);
      else {
        put(idx.names, foldName(n), c);
        const k = translitKey(n);
        if (k.length >= 4) put(idx.nameKeys, k, c);
      }
    }
    for (const d of c.demonyms) put(idx.demonyms, foldName(d), c);
    for (const cap of c.capitals) {
      put(idx.capitals, foldName(cap), c);
      const k = translitKey(cap);
      if (k.length >= 4) put(idx.capitalKeys, k, c);
    }
    for (const s of c.seats) put(idx.seats, foldName(s), c);
  }
  index = idx;
  return idx;
}

const memo = new Map<string, Country | null>();

function memoised(kind: string, s: string, f: (s: string) => Country | null): Country | null {
  const k = kind + s;
  const hit = memo.get(k);
  if (hit !== undefined) return hit;
  const out = f(s);
  if (memo.size > 200_000) memo.clear();
  memo.set(k, out);
  return out;
}

/** Country by name, alias or code ("U.S." and "US" only in capitals). */
export function countryNamed(name: string): Country | null {
  return memoised('n', name, named);
}

/** Country by demonym, singular or plural ("Sudanese", "Russians"). */
export function countryOfDemonym(word: string): Country | null {
  return memoised('d', word, demonym);
}

/**
 * The first country a run of words names by its name or its people's word ("an Eritrean
 * government spokesman", "Sudan Doctors Network"), none inside a compound ("Iran-backed",
 * "Britain-based": another's backing or seat, not its own).
 */
export function countryInWords(words: readonly string[]): Country | null {
  for (const w of words) {
    if (w.includes('-')) continue;
    const c = countryOfDemonym(w) ?? countryNamed(w);
    if (c) return c;
  }
  return null;
}

/** Country whose capital this is ("Kyiv", "Kiev", "Sanaa"). */
export function countryOfCapital(name: string): Country | null {
  return memoised('c', name, capital);
}

function named(name: string): Country | null {
  const idx = getIndex();
  const t = name.trim();
  if (/^[\p{Lu}\d.\s&-]+$/u.test(t)) {
    const hit = idx.acronyms.get(t.replace(/[.\s]/g, ''));
    if (hit) return hit;
  }
  const f = foldName(t);
  return idx.names.get(f) ?? (f.length >= 4 ? idx.nameKeys.get(translitKey(t)) : undefined) ?? null;
}

function demonym(word: string): Country | null {
  const idx = getIndex();
  const f = foldName(word);
  return idx.demonyms.get(f) ?? (f.endsWith('s') ? idx.demonyms.get(f.slice(0, -1)) : undefined) ?? null;
}

function capital(name: string): Country | null {
  const idx = getIndex();
  const f = foldName(name);
  return idx.capitals.get(f) ?? (f.length >= 4 ? idx.capitalKeys.get(translitKey(name)) : undefined) ?? null;
}

/** Country whose seat of government this is ("Kremlin", "White House"). */
export function countryOfSeat(name: string): Country | null {
  return getIndex().seats.get(foldName(name)) ?? null;
}
