import assert from 'node:assert/strict';
import { test } from 'node:test';
import { findPlace, type PlaceHit } from '../../../src/analyze/geo/gazetteer.ts';
import { VARIANT_CASES } from './variant-cases.ts';

function km(a: PlaceHit, b: PlaceHit): number {
  const r = Math.PI / 180;
  const x = (b.lon - a.lon) * r * Math.cos(((a.lat + b.lat) / 2) * r);
  const y = (b.lat - a.lat) * r;
  return Math.sqrt(x * x + y * y) * 6371;
}

/**
 * Spelling variants absent from the alias table must resolve like their reference spelling
 * through rules alone. Measured: 78% without document countries, 84% with them; the bars
 * below sit just under that so a regression in the rules fails the test.
 */
test('unlisted spelling variants resolve like the reference spelling', () => {
  const rates: Record<string, number> = {};
  for (const mode of ['plain', 'with document countries'] as const) {
    let ok = 0;
    const misses: string[] = [];
    for (const [variant, ref, countries] of VARIANT_CASES) {
      const refAlone = findPlace(ref, countries ? { countries } : undefined);
      const docCountries = countries ?? (refAlone ? [refAlone.country] : []);
      const ctx = mode === 'plain' ? (countries ? { countries } : undefined) : { countries: docCountries };
      const a = findPlace(variant, ctx);
      const b = findPlace(ref, ctx);
      if (a && b && km(a, b) <= 25) ok++;
      else
        misses.push(
          `${variant} → ${a ? `${a.name} (${a.country})` : 'none'} vs ${ref} → ${b?.name ?? 'none'}`,
        );
    }
    rates[mode] = ok / VARIANT_CASES.length;
    console.log(`variants, ${mode}: ${ok}/${VARIANT_CASES.length}`);
    for (const m of misses) console.log(`  miss: ${m}`);
  }
  assert.ok(VARIANT_CASES.length >= 100);
  assert.ok(rates.plain! >= 0.75, `plain rate ${rates.plain}`);
  assert.ok(rates['with document countries']! >= 0.8, `ctx rate ${rates['with document countries']}`);
});

test('fuzzy matches never leave the document countries', () => {
  // "Tubruq" is spelled unlike any table entry; it resolves only by the vowel-tolerant rule.
  const hit = findPlace('Tubruq', { countries: ['LY'] });
  const ref = findPlace('Tobruk');
  assert.ok(hit && ref && km(hit, ref) <= 25);
  // In a Brazil story the same spelling finds nothing rather than a look-alike elsewhere.
  assert.equal(findPlace('Tubruq', { countries: ['BR'] }), null);
});
