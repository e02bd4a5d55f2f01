/**
 * Corpus-level checks (corpus.json).
 *
 * - same_entity: a group is right when one report entity carries every name (as name or alias,
 *   folded).
 * - different_entity: a pair is right when both names exist in the report and no single entity
 *   carries both. A name the report lacks makes the pair wrong: the report cannot show they differ.
 * - reuse: unordered document pairs among the annotated documents (and documents named in gold
 *   reuse); a report pair exists when either document lists the other in `reuse`. Kind agreement
 *   of the hits (either direction's kind) is given as detail.
 * - places: a gold place is right when an entity with `geo` whose name/alias folds to the gold name
 *   or an alias lies within 25 km (haversine, mean Earth radius 6371.0088 km; 25.000 km counts).
 * - timeline.dates: share of gold timeline dates that some report timeline entry has.
 */
import type { EvalContext } from './context.ts';
import { findReportDoc } from './context.ts';
import { foldName } from './fold.ts';
import { GoldCorpusSchema } from './gold.ts';
import { prf, ratio } from './metrics.ts';
import type { FieldError, Metric } from './types.ts';

export const PLACE_RADIUS_KM = 25;
const EARTH_RADIUS_KM = 6371.0088;

/** Great-circle distance in km. */
export function haversineKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

function idsFor(ctx: EvalContext, name: string): Set<string> {
  return ctx.entitiesByKey.get(foldName(name)) ?? new Set();
}

const pairKey = (a: string, b: string) => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export function scoreCorpus(ctx: EvalContext, errors: FieldError[]): Metric[] {
  // Without corpus.json every corpus metric is still listed, with nothing to score (n/a).
  const corpus = ctx.gold.corpus ?? GoldCorpusSchema.parse({});
  const fail = (metric: string, evidence: string, expected: string, got: string) =>
    errors.push({ metric, doc: 'corpus.json', evidence, reportItem: '', expected, got });

  let same = 0;
  for (const group of corpus.same_entity) {
    const sets = group.map((n) => idsFor(ctx, n));
    const common = [...sets[0]].filter((id) => sets.every((s) => s.has(id)));
    if (common.length > 0) same += 1;
    else
      fail(
        'entity.same',
        group.join(' = '),
        'one entity',
        group.map((n, i) => `${n}: [${[...sets[i]].join(', ')}]`).join('; '),
      );
  }

  let different = 0;
  for (const [a, b] of corpus.different_entity) {
    const sa = idsFor(ctx, a);
    const sb = idsFor(ctx, b);
    const shared = [...sa].filter((id) => sb.has(id));
    const ok = sa.size > 0 && sb.size > 0 && shared.length === 0;
    if (ok) different += 1;
    else
      fail(
        'entity.different',
        `${a} ≠ ${b}`,
        'two entities',
        sa.size === 0 || sb.size === 0 ? `missing: ${sa.size === 0 ? a : b}` : `shared: ${shared.join(', ')}`,
      );
  }

  // Reuse: documents in scope are the annotated ones plus those named by gold reuse pairs.
  const inScope = new Map<string, string>(ctx.goldNameOf); // report id → gold name
  const goldPairs = new Map<string, string | undefined>(); // key over report ids → kind
  let unresolved = 0;
  for (const p of corpus.reuse) {
    const da = findReportDoc(ctx.report, p.a, ctx.warnings);
    const db = findReportDoc(ctx.report, p.b, ctx.warnings);
    if (!da || !db) {
      unresolved += 1;
      fail('reuse.recall', `${p.a} ~ ${p.b}`, p.kind ?? 'reuse', 'document missing from the report');
      continue;
    }
    inScope.set(da.id, p.a);
    inScope.set(db.id, p.b);
    goldPairs.set(pairKey(da.id, db.id), p.kind);
  }
  const reportPairs = new Map<string, Set<string>>(); // key → kinds given
  for (const d of ctx.report.documents) {
    if (!inScope.has(d.id)) continue;
    for (const r of d.reuse) {
      if (r.doc === d.id || !inScope.has(r.doc)) continue;
      const key = pairKey(d.id, r.doc);
      const kinds = reportPairs.get(key) ?? new Set<string>();
      kinds.add(r.kind);
      reportPairs.set(key, kinds);
    }
  }
  let reuseHits = 0;
  let kindOk = 0;
  for (const [key, kind] of goldPairs) {
    const kinds = reportPairs.get(key);
    const [a, b] = key.split('\u0000');
    if (!kinds) {
      fail('reuse.recall', `${inScope.get(a)} ~ ${inScope.get(b)}`, kind ?? 'reuse', 'not found');
      continue;
    }
    reuseHits += 1;
    if (kind === undefined || kinds.has(kind)) kindOk += 1;
    else fail('reuse.kind', `${inScope.get(a)} ~ ${inScope.get(b)}`, kind, [...kinds].join(', '));
  }
  for (const key of reportPairs.keys()) {
    if (goldPairs.has(key)) continue;
    const [a, b] = key.split('\u0000');
    fail(
      'reuse.precision',
      `${inScope.get(a)} ~ ${inScope.get(b)}`,
      'no reuse',
      [...reportPairs.get(key)!].join(', '),
    );
  }
  const goldReuse = goldPairs.size + unresolved;
  const [reuseP, reuseR] = prf('reuse', reuseHits, reportPairs.size, goldReuse);
  reuseP.detail += `; kind ${kindOk}/${reuseHits}`;
  reuseR.detail += `; kind ${kindOk}/${reuseHits}`;

  let places = 0;
  for (const p of corpus.places) {
    const keys = new Set([p.name, ...p.aliases].map(foldName));
    let best = Number.POSITIVE_INFINITY;
    for (const e of ctx.report.entities) {
      if (!e.geo) continue;
      const eKeys = ctx.entityKeys.get(e.id);
      if (!eKeys || ![...keys].some((k) => eKeys.has(k))) continue;
      best = Math.min(best, haversineKm(p.lat, p.lon, e.geo.lat, e.geo.lon));
    }
    if (best <= PLACE_RADIUS_KM) places += 1;
    else
      fail(
        'places.25km',
        p.name,
        `${p.lat},${p.lon}`,
        Number.isFinite(best)
          ? `nearest same-named entity ${best.toFixed(1)} km away`
          : 'no entity with geo by that name',
      );
  }

  const reportDates = new Set(ctx.report.timeline.map((t) => t.date));
  let dates = 0;
  for (const t of corpus.timeline) {
    if (reportDates.has(t.date)) dates += 1;
    else fail('timeline.dates', t.what ?? '', t.date, 'no timeline entry on that date');
  }

  return [
    ratio('entity.same', same, corpus.same_entity.length),
    ratio('entity.different', different, corpus.different_entity.length),
    reuseP,
    reuseR,
    ratio('places.25km', places, corpus.places.length),
    ratio('timeline.dates', dates, corpus.timeline.length),
  ];
}
