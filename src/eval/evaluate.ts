/**
 * `evaluate(gold, report)`: scores a report against a gold set as spec/GOLD.md describes. Pure:
 * no I/O, the same inputs give the same result. Metric lines come in a fixed order.
 */
import type { Report } from '../report/contract.ts';
import { buildContext } from './context.ts';
import { scoreContradictions } from './contradictions.ts';
import { scoreCorpus } from './corpus.ts';
import type { GoldSet } from './gold.ts';
import { scoreKind } from './items.ts';
import { claimSpec, eventSpec, figureSpec } from './kinds.ts';
import { scoreMeta } from './meta.ts';
import { prf, Tally } from './metrics.ts';
import type { EvalResult, FieldError } from './types.ts';

export function evaluate(gold: GoldSet, report: Report): EvalResult {
  const ctx = buildContext(gold, report);
  const fieldErrors: FieldError[] = [];

  const meta = new Tally();
  scoreMeta(ctx, meta, fieldErrors);

  const figures = scoreKind(ctx, figureSpec);
  const claims = scoreKind(ctx, claimSpec);
  const events = scoreKind(ctx, eventSpec);
  const contradictions = scoreContradictions(ctx);
  const placeNull = events.fields.get('events.place[gold null]');

  const metrics = [
    meta.metric('meta.published'),
    meta.metric('meta.title'),
    meta.metric('meta.outlet'),
    meta.metric('meta.url'),
    meta.metric('clean.keep'),
    meta.metric('clean.drop'),
    ...prf('figures', figures.tp, figures.reported, figures.gold),
    figures.fields.metric('figures.reporter'),
    figures.fields.metric('figures.qualifier'),
    figures.fields.metric('figures.asOf'),
    ...prf('claims', claims.tp, claims.reported, claims.gold),
    claims.fields.metric('claims.kind'),
    ...prf('events', events.tp, events.reported, events.gold),
    events.fields.metric('events.date'),
    events.fields.metric('events.place', `gold null ${placeNull.hits}/${placeNull.total}`),
    events.fields.metric('events.mode'),
    ...prf('contradictions', contradictions.tp, contradictions.reported, contradictions.gold),
    ...scoreCorpus(ctx, fieldErrors),
  ];

  const misses = [...figures.misses, ...claims.misses, ...events.misses, ...contradictions.misses];
  const notFound = misses.filter((m) => m.reason.includes('not found')).length;
  if (notFound > 0) ctx.warnings.push(`${notFound} gold item(s) whose evidence is not in the report's texts`);

  return {
    gold: gold.folder,
    metrics,
    documents: ctx.matches,
    misses,
    unmatched: [...figures.unmatched, ...claims.unmatched, ...events.unmatched, ...contradictions.unmatched],
    fieldErrors: [...fieldErrors, ...figures.fieldErrors, ...claims.fieldErrors, ...events.fieldErrors],
    warnings: [...new Set(ctx.warnings)],
  };
}
