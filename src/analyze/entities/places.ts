/** Gazetteer look-up for place mentions (helper F's gazetteer), as a report Geo. */
import type { Geo } from '../../report/contract.ts';
import { findPlace, isPlaceName, type PlaceHit } from '../geo/gazetteer.ts';
import { orthographyReadings } from '../geo/orthography.ts';
import { mfold } from './memo.ts';

/**
 * The place `name` refers to, preferring the countries the document is about (ISO alpha-2, most
 * mentioned first). A loose (transliterated) match to a small place outside those countries is
 * refused: it is more often a different word than that place.
 */
export interface PlaceGeo extends Geo {
  /** The gazetteer's name of the place (keys places without a GeoNames id). */
  name: string;
  population: number;
  kind: PlaceHit['kind'];
}

const cache = new Map<string, PlaceGeo | null>();
const known_ = new Map<string, boolean>();

/**
 * `lookupPlace` for a name seen in a place context (`likely`), or any name the gazetteer
 * knows at all; memoised, since the same names recur across a corpus.
 */
export function lookupPlace(name: string, countries: string[], likely = true): PlaceGeo | null {
  if (cache.get(name) === null) return null;
  let known = known_.get(name);
  if (known === undefined) {
    known = isPlaceName(name);
    if (known_.size > 100_000) known_.clear();
    known_.set(name, known);
  }
  // Names the index does not hold can still match through a division word ("Kharkiv Oblast") or a
  // national orthography (Turkic c = j, Somali x = h); anything else is not worth the full search.
  if (
    !known &&
    (!likely || !(DIVISION.test(name) || orthographyReadings(name).some((r) => isPlaceName(r.text))))
  )
    return null;
  const k = `${name}|${countries.slice(0, 4).join(',')}`;
  const hit = cache.get(k);
  if (hit !== undefined) return hit;
  const out = lookup(name, countries.slice(0, 4));
  if (cache.size > 100_000) cache.clear();
  cache.set(out === null && !known ? name : k, out);
  return out;
}

const DIVISION =
  /\b(region|province|oblast|state|governorate|district|county|city|prefecture|municipality|raion|rayon|wilaya|department)\b/i;

const globals = new Map<string, PlaceHit | null>();

/** findPlace without document context, memoised by name. */
function globalHit(name: string): PlaceHit | null {
  let g = globals.get(name);
  if (g === undefined) {
    g = findPlace(name);
    if (globals.size > 100_000) globals.clear();
    globals.set(name, g);
  }
  return g;
}

/** Population under which a place outside the document's countries is not taken on a name alone. */
const SMALL_ABROAD = 5_000;

function lookup(name: string, countries: string[]): PlaceGeo | null {
  const global = globalHit(name);
  // The context-free hit already lies in a country of the document: no second search needed.
  let p =
    global && (countries.length === 0 || countries.includes(global.country))
      ? global
      : findPlace(name, { countries });
  if (!p || p.kind === 'country') return null;
  // A world city beats a small namesake in a country the document merely mentions (London, Ohio).
  if (
    global &&
    global.ref !== p.ref &&
    (global.population ?? 0) >= 100_000 &&
    (global.population ?? 0) >= 5 * (p.population ?? 0) &&
    (p.population ?? 0) < 50_000
  )
    p = global;
  const exact = mfold(p.name) === mfold(name);
  if (!exact && !countries.includes(p.country) && (p.population ?? 0) < 100_000) return null;
  // A hamlet abroad that shares the name of something in a story about other countries ("Nigeria's
  // Borno" is no village in Italy): more likely a region or place the gazetteer lacks.
  if (
    countries.length > 0 &&
    !countries.includes(p.country) &&
    p.kind === 'city' &&
    (p.population ?? 0) < SMALL_ABROAD
  )
    return null;
  return {
    lat: p.lat,
    lon: p.lon,
    country: p.country && p.country !== 'XX' ? p.country : null,
    ref: p.ref ? p.ref : null,
    population: p.population ?? 0,
    name: p.name,
    kind: p.kind,
  };
}
