/**
 * What a hit means for each item kind (spec/GOLD.md) and which fields are scored over hits.
 *
 * Decisions where GOLD.md leaves room:
 * - figure high: compared only where gold gives one (gold null or absent accepts any report high).
 * - null in gold for a scored field means "none": figure reporter null = the outlet's voice (report
 *   reporter must be null); asOf null = report asOf must be null; event place null = the text
 *   states no place, so the report's place must be null (a guessed place counts as wrong); event
 *   mode null = not an attack mode, so the report's mode must be null or absent; event date null =
 *   the report's date.start must be null. A field absent from gold is not scored.
 * - an event's date is its `date.start`; gold may list several acceptable days. Where gold marks
 *   its date `precision: "month"` or `"year"` (e.g. "since July", "the 1994 ceasefire"), only that
 *   part is compared, since "2020-07-01" and "2020-07-15" both render "July 2020".
 */
import type { Claim, Event, Figure } from '../report/contract.ts';
import { type EvalContext, entityLabel, entityMatches } from './context.ts';
import type { GoldClaim, GoldEvent, GoldFigure, Names } from './gold.ts';
import type { KindSpec } from './items.ts';

const show = (v: unknown): string => (v === undefined ? 'absent' : JSON.stringify(v));
const showNames = (n: Names | null | undefined): string =>
  n === null || n === undefined ? show(n) : n.map((x) => (x === null ? 'null (outlet)' : x)).join(' | ');

export const figureSpec: KindSpec<GoldFigure, Figure> = {
  kind: 'figure',
  gold: (d) => d.figures,
  items: (r) => r.figures,
  keyAgrees: (_ctx, g, r) =>
    g.measure === r.measure &&
    g.low === r.low &&
    (g.high === null || g.high === undefined || g.high === r.high),
  keyOf: (_ctx, r) => `${r.measure} low=${r.low} high=${r.high}`,
  fields: [
    {
      metric: 'figures.reporter',
      check: (ctx, g, r) =>
        g.reporter === undefined ? undefined : entityMatches(ctx, r.reporter, g.reporter),
      expected: (_ctx, g) => showNames(g.reporter),
      got: (ctx, r) => entityLabel(ctx, r.reporter),
    },
    {
      metric: 'figures.qualifier',
      check: (_ctx, g, r) => (g.qualifier === undefined ? undefined : g.qualifier === r.qualifier),
      expected: (_ctx, g) => show(g.qualifier),
      got: (_ctx, r) => show(r.qualifier),
    },
    {
      metric: 'figures.asOf',
      check: (_ctx, g, r) => (g.asOf === undefined ? undefined : g.asOf === r.asOf),
      expected: (_ctx, g) => show(g.asOf),
      got: (_ctx, r) => show(r.asOf),
    },
  ],
};

export const claimSpec: KindSpec<GoldClaim, Claim> = {
  kind: 'claim',
  gold: (d) => d.claims,
  items: (r) => r.claims,
  keyAgrees: (ctx, g, r) => entityMatches(ctx, r.speaker, g.speaker),
  keyOf: (ctx, r) => `speaker=${entityLabel(ctx, r.speaker)}`,
  fields: [
    {
      metric: 'claims.kind',
      check: (_ctx, g, r) => (g.kind === undefined ? undefined : g.kind === r.kind),
      expected: (_ctx, g) => show(g.kind),
      got: (_ctx, r) => show(r.kind),
    },
  ],
};

function placeOk(ctx: EvalContext, g: GoldEvent, r: Event): boolean | undefined {
  if (g.place === undefined) return undefined;
  if (g.place === null) return r.place === null;
  return r.place !== null && entityMatches(ctx, r.place, g.place);
}

/** Characters of a day compared at gold's precision: year 4, month 7, otherwise the whole day. */
const PREFIX: Record<string, number> = { year: 4, month: 7 };

function dateOk(g: GoldEvent, r: Event): boolean | undefined {
  if (g.date === undefined) return undefined;
  const start = r.date?.start ?? null;
  if (g.date === null || start === null) return g.date === null && start === null;
  const n = PREFIX[g.precision ?? 'day'] ?? 10;
  return g.date.some((d) => d.slice(0, n) === start.slice(0, n));
}

export const eventSpec: KindSpec<GoldEvent, Event> = {
  kind: 'event',
  gold: (d) => d.events,
  items: (r) => r.events,
  keyAgrees: (_ctx, g, r) => g.type === r.type,
  keyOf: (_ctx, r) => `type=${r.type}`,
  fields: [
    {
      metric: 'events.date',
      check: (_ctx, g, r) => dateOk(g, r),
      expected: (_ctx, g) => (g.date ? g.date.join(' | ') : show(g.date)),
      got: (_ctx, r) => show(r.date?.start ?? null),
    },
    {
      metric: 'events.place',
      check: placeOk,
      bucket: (g) => (g.place === null ? 'gold null' : undefined),
      expected: (_ctx, g) => (g.place ? g.place.join(' | ') : show(g.place)),
      got: (ctx, r) => entityLabel(ctx, r.place),
    },
    {
      metric: 'events.mode',
      check: (_ctx, g, r) => (g.mode === undefined ? undefined : g.mode === (r.mode ?? null)),
      expected: (_ctx, g) => show(g.mode),
      got: (_ctx, r) => show(r.mode ?? null),
    },
  ],
};
