import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { gunzipSync } from 'node:zlib';
import { findPlace, isPlaceName } from '../../../src/analyze/geo/gazetteer.ts';
import { orthographyReadings } from '../../../src/analyze/geo/orthography.ts';
import type { PlaceTable } from '../../../src/analyze/geo/place-table.ts';
import { foldName, translitKey } from '../../../src/analyze/names/fold.ts';
import { GEO_CASES } from './gazetteer-cases.ts';

function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(a));
}

/**
 * Cities must land within 25 km. Countries and regions are areas whose "centre" differs by
 * source (the table's centroid, the mean of a division's settlements), so they are checked
 * loosely: 400 km for countries, 100 km for regions and territories.
 */
const TOLERANCE_KM: Record<string, number> = { city: 25, region: 100, territory: 100, country: 400 };

test('gazetteer resolves at least 95% of 200+ world place names within 25 km', () => {
  assert.ok(GEO_CASES.length >= 200, `only ${GEO_CASES.length} cases`);
  const misses: string[] = [];
  let cityTotal = 0;
  let cityOk = 0;
  for (const [name, lat, lon, countries] of GEO_CASES) {
    const hit = findPlace(name, countries ? { countries } : undefined);
    if (!hit) {
      misses.push(`${name}: not found`);
      continue;
    }
    const d = km(lat, lon, hit.lat, hit.lon);
    const tol = TOLERANCE_KM[hit.kind] ?? 25;
    if (hit.kind === 'city') {
      cityTotal++;
      if (d <= 25) cityOk++;
    }
    if (d > tol) misses.push(`${name}: ${hit.name} (${hit.country}, ${hit.kind}) is ${Math.round(d)} km off`);
  }
  const rate = 1 - misses.length / GEO_CASES.length;
  console.log(`gazetteer: ${(rate * 100).toFixed(1)}% of ${GEO_CASES.length} within tolerance`);
  console.log(`gazetteer: ${cityOk}/${cityTotal} city hits within 25 km`);
  for (const m of misses) console.log(`  miss: ${m}`);
  assert.ok(rate >= 0.95, `resolution rate ${(rate * 100).toFixed(1)}% < 95%`);
});

test('document countries steer ambiguous names', () => {
  assert.equal(findPlace('Paris')?.country, 'FR');
  assert.equal(findPlace('Paris', { countries: ['US'] })?.country, 'US');
  assert.equal(findPlace('Georgia')?.kind, 'country');
  const us = findPlace('Georgia', { countries: ['US'] });
  assert.equal(us?.country, 'US');
  assert.equal(us?.kind, 'region');
  assert.equal(findPlace('Tripoli', { countries: ['LB'] })?.country, 'LB');
  assert.equal(findPlace('Tripoli', { countries: ['LY'] })?.country, 'LY');
});

test('hits carry kind, country and GeoNames reference', () => {
  const kyiv = findPlace('Kiev');
  assert.equal(kyiv?.country, 'UA');
  assert.equal(kyiv?.kind, 'city');
  assert.match(kyiv?.ref ?? '', /^geonames:\d+$/);
  assert.ok((kyiv?.population ?? 0) > 1_000_000);
  assert.equal(findPlace('Kharkiv Oblast')?.kind, 'region');
  assert.equal(findPlace('Abkhazia')?.kind, 'territory');
  assert.equal(findPlace('U.S.')?.kind, 'country');
  assert.equal(findPlace(''), null);
  assert.equal(findPlace("Ukraine's")?.country, 'UA');
  assert.equal(findPlace('South Darfur')?.kind, 'region');
  assert.equal(findPlace('Arakan')?.country, 'MM');
  assert.equal(findPlace('Qwxzrtplk'), null);
});

test('national orthography readings stay within their countries', () => {
  // Azerbaijani c = j, ş = sh, x = kh, q = g: Cəlilabad → Jalilabad, Şəki → Shaki.
  assert.equal(findPlace('Cəlilabad')?.country, 'AZ');
  assert.equal(findPlace('Şəki')?.country, 'AZ');
  assert.equal(findPlace('Xaçmaz')?.country, 'AZ');
  // Readings are scoped to the orthography's countries; plain names get no reading priority.
  const r = orthographyReadings('Cəlilabad').find((x) => x.text === 'jalilabad');
  assert.ok(r?.marked && r.countries.has('AZ') && !r.countries.has('ES'));
  assert.ok(orthographyReadings('Cali').every((x) => !x.marked));
  assert.equal(findPlace('Cali')?.country, 'CO');
});

test('isPlaceName knows spellings and rejects non-names', () => {
  assert.ok(isPlaceName('Kharkov'));
  assert.ok(isPlaceName('Mogadishu'));
  assert.ok(isPlaceName('Burma'));
  assert.ok(isPlaceName('Tobruk'));
  assert.ok(isPlaceName('Abkhazia'));
  assert.ok(!isPlaceName('Qwxzrtplk'));
  assert.ok(!isPlaceName(''));
  // Common words that also name a hamlet somewhere are not place names on their own.
  for (const w of ['Police', 'Union', 'May', 'Monday', 'Said', 'Council']) assert.ok(!isPlaceName(w), w);
  // ... but findPlace still resolves them when a caller insists.
  assert.equal(findPlace('Police')?.country, 'PL');
});

test('the precomputed index matches the current folding rules (rebuild after changing fold.ts)', () => {
  const table = JSON.parse(
    gunzipSync(readFileSync(new URL('../../../data/geo/places.json.gz', import.meta.url))).toString('utf8'),
  ) as PlaceTable;
  const has = (m: Record<string, number | number[]>, k: string, i: number): boolean => {
    if (!Object.hasOwn(m, k)) return false;
    const r = m[k]!;
    return typeof r === 'number' ? r === i : r.includes(i);
  };
  let stale = 0;
  let checked = 0;
  for (let i = 0; i < table.names.length; i += 97) {
    const name = table.names[i]!;
    checked++;
    if (!has(table.exact, foldName(name), i)) stale++;
    const k = translitKey(name);
    if (k.length >= 3 && !has(table.key, k, i)) stale++;
  }
  assert.ok(checked > 1000);
  assert.equal(stale, 0, `${stale} index entries disagree with fold.ts: run scripts/build-gazetteer.ts`);
});
