/** Gazetteer look-up for place mentions (helper F's gazetteer), as a report Geo. */
import type { Geo } from '../../report/contract.ts';
import { findPlace } from '../geo/gazetteer.ts';
import { foldName } from '../names/fold.ts';

/**
 * The place `name` refers to, preferring the countries the document is about (ISO alpha-2, most
 * mentioned first). A loose (transliterated) match to a small place outside those countries is
 * refused: it is more often a different word than that place.
 */
export interface PlaceGeo extends Geo {
  /** The gazetteer's name of the place (keys places without a GeoNames id). */
  name: string;
  population: number;
}

export function lookupPlace(name: string, countries: string[]): PlaceGeo | null {
  let p = findPlace(name, { countries });
  if (!p || p.kind === 'country') return null;
  // A world city beats a small namesake in a country the document merely mentions (London, Ohio).
  const global = countries.length > 0 ? findPlace(name) : null;
  if (global && global.ref !== p.ref && (global.population ?? 0) >= 100_000) {
    if ((global.population ?? 0) >= 5 * (p.population ?? 0) && foldName(global.name) === foldName(p.name))
      p = global;
    else if ((global.population ?? 0) >= 5 * (p.population ?? 0) && (p.population ?? 0) < 50_000) p = global;
  }
  const exact = foldName(p.name) === foldName(name);
  if (!exact && !countries.includes(p.country) && (p.population ?? 0) < 100_000) return null;
  return {
    lat: p.lat,
    lon: p.lon,
    country: p.country && p.country !== 'XX' ? p.country : null,
    ref: p.ref ? p.ref : null,
    population: p.population ?? 0,
    name: p.name,
  };
}
