/**
 * Scoring of per-document items (figures, claims, events) by evidence overlap and key agreement.
 *
 * Unit of the report side: one report item *in one annotated document* (an item with mentions in
 * two annotated documents — a merged event, say — is one unit in each), so merging the same event
 * across articles is neither rewarded nor punished. Precision = hits / units, recall = hits / gold
 * items. Hits come from a maximum bipartite matching per document (see matching.ts): each gold
 * item hit at most once, each unit hitting at most one gold item, and among maximum matchings the
 * one whose hits agree on most secondary fields.
 */
import type { Mention, Report, ReportDocument } from '../report/contract.ts';
import { type EvalContext, evidenceSpans, mentionsOverlap } from './context.ts';
import type { GoldDoc } from './gold.ts';
import type { Span } from './locate.ts';
import { maxWeightMatching, type WeightedEdge } from './matching.ts';
import { Tally } from './metrics.ts';
import type { FieldError, ItemKind, Miss } from './types.ts';

/** A secondary field scored over hits; `check` returns undefined when gold does not annotate it. */
export interface FieldSpec<G, R> {
  metric: string;
  check(ctx: EvalContext, g: G, r: R): boolean | undefined;
  expected(ctx: EvalContext, g: G): string;
  got(ctx: EvalContext, r: R): string;
  /** Optional sub-tally label (e.g. "gold null"), counted as `<metric>[<label>]` as well. */
  bucket?(g: G): string | undefined;
}

export interface KindSpec<G extends { evidence: string }, R extends { id: string; mentions: Mention[] }> {
  kind: ItemKind;
  gold(d: GoldDoc): G[];
  items(r: Report): R[];
  keyAgrees(ctx: EvalContext, g: G, r: R): boolean;
  /** The key fields of a report item, for miss messages. */
  keyOf(ctx: EvalContext, r: R): string;
  fields: FieldSpec<G, R>[];
}

export interface KindScore {
  tp: number;
  reported: number;
  gold: number;
  fields: Tally;
  misses: Miss[];
  unmatched: string[];
  fieldErrors: FieldError[];
}

const EDGE = 1000;

function spansOf(ctx: EvalContext, doc: ReportDocument | undefined, evidence: string): Span[] {
  return doc ? evidenceSpans(ctx, doc, evidence).spans : [];
}

export function scoreKind<G extends { evidence: string }, R extends { id: string; mentions: Mention[] }>(
  ctx: EvalContext,
  spec: KindSpec<G, R>,
): KindScore {
  const out: KindScore = {
    tp: 0,
    reported: 0,
    gold: 0,
    fields: new Tally(),
    misses: [],
    unmatched: [],
    fieldErrors: [],
  };
  const all = spec.items(ctx.report);
  for (const gdoc of ctx.gold.docs) {
    const golds = spec.gold(gdoc);
    out.gold += golds.length;
    const rdoc = ctx.docFor.get(gdoc.doc);
    const units = rdoc ? all.filter((r) => r.mentions.some((m) => m.doc === rdoc.id)) : [];
    out.reported += units.length;
    const spans = golds.map((g) => spansOf(ctx, rdoc, g.evidence));
    const overlapping: number[][] = golds.map(() => []);
    const edges: WeightedEdge[] = [];
    golds.forEach((g, gi) => {
      units.forEach((r, ri) => {
        if (!rdoc || !mentionsOverlap(r.mentions, rdoc.id, spans[gi])) return;
        overlapping[gi].push(ri);
        if (!spec.keyAgrees(ctx, g, r)) return;
        const agreement = spec.fields.filter((f) => f.check(ctx, g, r) === true).length;
        edges.push({ left: gi, right: ri, weight: EDGE + agreement });
      });
    });
    const pairs = maxWeightMatching(golds.length, units.length, edges);
    const hitGold = new Set<number>();
    const hitUnit = new Set<number>();
    for (const [gi, ri] of pairs) {
      hitGold.add(gi);
      hitUnit.add(ri);
      out.tp += 1;
      const g = golds[gi];
      const r = units[ri];
      for (const f of spec.fields) {
        const ok = f.check(ctx, g, r);
        if (ok === undefined) continue;
        out.fields.add(f.metric, ok);
        const label = f.bucket?.(g);
        if (label !== undefined) out.fields.add(`${f.metric}[${label}]`, ok);
        if (!ok)
          out.fieldErrors.push({
            metric: f.metric,
            doc: gdoc.doc,
            evidence: g.evidence,
            reportItem: r.id,
            expected: f.expected(ctx, g),
            got: f.got(ctx, r),
          });
      }
    }
    golds.forEach((g, gi) => {
      if (hitGold.has(gi)) return;
      let reason: string;
      if (!rdoc) reason = 'document not in the report';
      else if (spans[gi].length === 0) reason = 'evidence not found in the report text';
      else if (overlapping[gi].length === 0) reason = `no report ${spec.kind} overlaps the evidence`;
      else if (!edges.some((e) => e.left === gi))
        reason = `overlapping ${spec.kind}s disagree on key fields: ${overlapping[gi]
          .slice(0, 3)
          .map((ri) => `${units[ri].id} ${spec.keyOf(ctx, units[ri])}`)
          .join('; ')}`;
      else reason = `its matching ${spec.kind}s hit other gold items`;
      out.misses.push({ kind: spec.kind, doc: gdoc.doc, evidence: g.evidence, reason });
    });
    units.forEach((r, ri) => {
      if (!hitUnit.has(ri)) out.unmatched.push(`${spec.kind} ${r.id} in ${gdoc.doc}`);
    });
  }
  return out;
}
