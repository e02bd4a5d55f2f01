/**
 * World gazetteer: resolves a place name to coordinates and a country.
 *
 * Data: data/geo/places.json.gz (built by scripts/build-gazetteer.ts from GeoNames-derived
 * packages, first-level divisions, the territories/regions table and the city alias table)
 * plus the countries table. Loaded lazily on first use, once per thread.
 *
 * Matching tiers: exact fold (foldName) → transliteration key (translitKey, either reading
 * of q) → national-orthography reading (Turkic c = j, Somali x = h …, only for places in
 * countries using that orthography) → the name without a generic division word
 * ("Kharkiv Oblast", "Shan State", "Gaza City"). Candidates are ranked by the document's
 * countries first, then match tier, kind and population.
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import {
  foldName,
  letterCount,
  looseKeyMatch,
  skeletonOfKey,
  translitKey,
  translitKeyAlt,
} from '../names/fold.ts';
import { allCountries, type Country, findCountry, findCountryStrict } from './countries.ts';
import { coreDivisionName } from './divisions.ts';
import { orthographyReadings } from './orthography.ts';
import type { PlaceTable, Rows, SkeletonTable } from './place-table.ts';

export type PlaceKind = 'city' | 'region' | 'country' | 'territory';

export interface PlaceHit {
  name: string;
  lat: number;
  lon: number;
  /** ISO alpha-2 code ('XX' when the place has none). */
  country: string;
  /** 'geonames:ID' when known, else 'iso:CC' for countries or '' . */
  ref: string;
  kind: PlaceKind;
  population?: number;
}

export interface PlaceContext {
  /** ISO alpha-2 codes of the countries the document is about, most important first. */
  countries?: string[];
}

interface Index {
  t: PlaceTable;
  exact: Record<string, Rows>;
  key: Record<string, Rows>;
}

const DATA_URL = new URL('../../../data/geo/places.json.gz', import.meta.url);
let index: Index | null = null;

function build(): Index {
  const t = JSON.parse(gunzipSync(readFileSync(DATA_URL)).toString('utf8')) as PlaceTable;
  return { t, exact: t.exact, key: t.key };
}

const SKEL_URL = new URL('../../../data/geo/places-skel.json.gz', import.meta.url);
let skeletons: Record<string, Rows> | null = null;

/** The vowel-blind index, loaded on first use (most lookups never need it). */
function skeletonIndex(): Record<string, Rows> {
  if (!skeletons) {
    const raw = JSON.parse(gunzipSync(readFileSync(SKEL_URL)).toString('utf8')) as SkeletonTable;
    skeletons = raw.skel;
  }
  return skeletons;
}

function rows(m: Record<string, Rows>, k: string): number[] {
  if (!Object.hasOwn(m, k)) return [];
  const r = m[k]!;
  return typeof r === 'number' ? [r] : r;
}

function getIndex(): Index {
  if (!index) index = build();
  return index;
}

/** Load the index now (e.g. at worker start) instead of on the first lookup. */
export function loadGazetteer(): void {
  getIndex();
}

const KIND: Record<string, PlaceKind> = { c: 'city', r: 'region', t: 'territory', g: 'region' };
const DIVISION_HINT =
  /\b(?:oblast|province|state|region|regional state|governorate|prefecture|district|county|department|krai|republic|territory|municipality|canton|wilaya)\b/;
const CITY_HINT = /^(?:city of )|(?: city)$/;

interface Cand {
  i: number;
  tier: number;
}

function score(ix: Index, c: Cand, ctx: Set<string>, wantRegion: boolean): number {
  const t = ix.t;
  const cc = t.cc.slice(c.i * 2, c.i * 2 + 2);
  const kind = t.kind[c.i];
  let s = c.tier + Math.log10(t.pop[c.i]! + 1) * 3;
  if (ctx.has(cc)) s += 100;
  if (kind === 'c') s += wantRegion ? 0 : 4;
  else if (kind === 't' || kind === 'g')
    s += 22; // curated territories and regions
  else if (wantRegion) s += 12;
  return s;
}

function hitOf(ix: Index, i: number): PlaceHit {
  const t = ix.t;
  const pop = t.pop[i]!;
  const id = t.id[i]!;
  const hit: PlaceHit = {
    name: t.names[i]!,
    lat: t.lat[i]!,
    lon: t.lon[i]!,
    country: t.cc.slice(i * 2, i * 2 + 2),
    ref: id > 0 ? `geonames:${id}` : '',
    kind: KIND[t.kind[i]!] ?? 'city',
  };
  if (pop > 0) hit.population = pop;
  return hit;
}

function countryHit(c: Country): PlaceHit {
  return { name: c.name, lat: c.lat, lon: c.lon, country: c.iso2, ref: `iso:${c.iso2}`, kind: 'country' };
}

function keyRows(ix: Index, name: string): number[] {
  const k = translitKey(name);
  if (k.length < 3) return [];
  const ka = translitKeyAlt(name);
  const a = rows(ix.key, k);
  return ka === k ? a : [...new Set([...a, ...rows(ix.key, ka)])];
}

function collect(ix: Index, name: string): Cand[] {
  const out: Cand[] = [];
  for (const i of rows(ix.exact, foldName(name))) out.push({ i, tier: 30 });
  if (out.length > 0) {
    // A division that shares its name with its capital ("Zaporizhzhia", "Mykolaiv") means the
    // city unless the text says region: bring in same-country cities spelled differently.
    if (out.every((c) => ix.t.kind[c.i] === 'r')) {
      const ccs = new Set(out.map((c) => ix.t.cc.slice(c.i * 2, c.i * 2 + 2)));
      for (const i of keyRows(ix, name))
        if (ix.t.kind[i] === 'c' && ccs.has(ix.t.cc.slice(i * 2, i * 2 + 2))) out.push({ i, tier: 30 });
    }
    return out;
  }
  for (const i of keyRows(ix, name)) out.push({ i, tier: 15 });
  return out;
}

/**
 * Last resort: same consonant skeleton and compatible vowels, same number of syllables
 * (Tobruk/Tubruq, Kunduz/Kondoz, Debre Berhan/Debre Birhan), checked against each
 * candidate's primary name. Only places in the document's countries qualify, or — when the
 * document's countries are unknown — cities of 100,000 people or more.
 */
const FUZZY_MIN_POP = 100_000;

function fuzzy(ix: Index, name: string, ctx: Set<string>): Cand[] {
  const k = translitKey(name);
  if (k.length < 4) return [];
  const letters = letterCount(foldName(name));
  const out: Cand[] = [];
  for (const i of rows(skeletonIndex(), skeletonOfKey(k))) {
    const ok =
      ctx.size > 0
        ? ctx.has(ix.t.cc.slice(i * 2, i * 2 + 2))
        : ix.t.kind[i] === 'c' && ix.t.pop[i]! >= FUZZY_MIN_POP;
    if (!ok) continue;
    const other = ix.t.names[i]!;
    const ko = translitKey(other);
    if (looseKeyMatch(k, ko, Math.max(letters, letterCount(foldName(other))), 5, false))
      out.push({ i, tier: 8 });
  }
  return out;
}

function best(ix: Index, cands: Cand[], ctx: Set<string>, wantRegion: boolean): Cand | null {
  let top: Cand | null = null;
  let topScore = Number.NEGATIVE_INFINITY;
  for (const c of cands) {
    const s = score(ix, c, ctx, wantRegion);
    if (s > topScore) {
      top = c;
      topScore = s;
    }
  }
  return top;
}

/**
 * Resolve a place name. Countries ("Burma", "U.S.") resolve to the country unless the
 * document's countries hold a same-named place elsewhere ("Georgia" in a US story).
 */
export function findPlace(name: string, ctx?: PlaceContext): PlaceHit | null {
  const ckey = `${name}\u0000${(ctx?.countries ?? []).join(',')}`;
  const cached = cache.get(ckey);
  if (cached !== undefined) return cached === null ? null : { ...cached };
  const hit = resolve(name, ctx);
  if (cache.size >= CACHE_SIZE) cache.clear();
  cache.set(ckey, hit);
  return hit === null ? null : { ...hit };
}

/** Results per name and context; news repeats names, and lookups are pure. */
const cache = new Map<string, PlaceHit | null>();
const CACHE_SIZE = 20_000;

/** A trailing possessive is not part of the name: "Ukraine's", "Gaza’s". */
function stripPossessive(name: string): string {
  return name.trim().replace(/['’]s$/, '');
}

function resolve(name: string, ctx?: PlaceContext): PlaceHit | null {
  const raw = stripPossessive(name);
  const f = foldName(raw);
  if (f.length < 2) return null;
  const ix = getIndex();
  const ctxSet = new Set((ctx?.countries ?? []).map((c) => c.toUpperCase()));
  const wantRegion = DIVISION_HINT.test(f);

  let cands = collect(ix, raw);
  // Orthography signatures are non-ASCII letters: a plain ASCII name that matched needs no reading.
  const readings = cands.length > 0 && /^[\x00-\x7f]*$/.test(raw) ? [] : orthographyReadings(raw);
  for (const r of readings) {
    // A reading counts at once when the name carries letters of that orthography (Şəki):
    // then same-spelled places outside its countries drop out. Otherwise it is tried only
    // when nothing else matched (Muqdisho).
    if (!r.marked && cands.length > 0) continue;
    const inScope = (i: number): boolean => r.countries.has(ix.t.cc.slice(i * 2, i * 2 + 2));
    const found = collect(ix, r.text).filter((c) => inScope(c.i));
    if (found.length === 0) continue;
    if (r.marked) cands = cands.filter((c) => inScope(c.i));
    for (const c of found) cands.push({ i: c.i, tier: r.marked ? 30 : 12 });
  }
  if (cands.length === 0 && (wantRegion || CITY_HINT.test(f))) {
    const core = coreDivisionName(f).replace(CITY_HINT, '').trim();
    if (core.length >= 3 && core !== f) cands = collect(ix, core);
  }
  const inCtx = (c: Cand): boolean => ctxSet.has(ix.t.cc.slice(c.i * 2, c.i * 2 + 2));
  // Nothing in the document's countries yet: a looser spelling match there beats an exact
  // one elsewhere ("Sirt" in a Libya story is Sirte, not Siirt in Turkey).
  if (cands.length === 0 || (ctxSet.size > 0 && !cands.some(inCtx)))
    cands = [...cands, ...fuzzy(ix, raw, ctxSet)];

  const country = findCountryStrict(raw) ?? (cands.length === 0 ? findCountry(raw) : null);
  const top = best(ix, cands, ctxSet, wantRegion);
  if (country) {
    if (!top || ctxSet.has(country.iso2) || ctxSet.size === 0) return countryHit(country);
    const topCc = ix.t.cc.slice(top.i * 2, top.i * 2 + 2);
    return ctxSet.has(topCc) && top.tier >= 30 ? hitOf(ix, top.i) : countryHit(country);
  }
  return top ? hitOf(ix, top.i) : null;
}

const WORDS_URL = new URL('../../../data/geo/not-place-words.json', import.meta.url);
let notPlaceWords: Set<string> | null = null;

function commonWords(): Set<string> {
  if (!notPlaceWords) {
    const raw = JSON.parse(readFileSync(WORDS_URL, 'utf8')) as { words: string[] };
    notPlaceWords = new Set(raw.words);
  }
  return notPlaceWords;
}

/** A spelling-variant match counts for isPlaceName only when the place is notable. */
const KEY_MATCH_MIN_POP = 20_000;

/**
 * True when the name is a country, or a place the gazetteer knows under this spelling, or a
 * notable place (territory, region, town of 20,000+) under a transliteration variant.
 * Common English words that also name some hamlet ("Police", "Union", "May") are not
 * place names on their own. Fast: a few map lookups after the one-time load.
 */
export function isPlaceName(name: string): boolean {
  let v = placeNameCache.get(name);
  if (v === undefined) {
    v = placeNameUncached(name);
    if (placeNameCache.size >= CACHE_SIZE) placeNameCache.clear();
    placeNameCache.set(name, v);
  }
  return v;
}

const placeNameCache = new Map<string, boolean>();

function placeNameUncached(original: string): boolean {
  const name = stripPossessive(original);
  const f = foldName(name);
  if (f.length < 2) return false;
  if (findCountryStrict(name)) return true;
  if (commonWords().has(f)) return false;
  const ix = getIndex();
  if (Object.hasOwn(ix.exact, f)) return true;
  const k = translitKey(name);
  if (k.length < 4) return false;
  return keyRows(ix, name).some((i) => ix.t.kind[i] !== 'c' || ix.t.pop[i]! >= KEY_MATCH_MIN_POP);
}

/** Number of rows in the place table (for benches and diagnostics). */
export function gazetteerSize(): number {
  return getIndex().t.names.length + allCountries().length;
}
