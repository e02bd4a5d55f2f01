/**
 * Contradiction scoring. A gold pair {a, b} (two evidence strings, possibly in different documents)
 * is hit by a report link X–Y (X.contradicts names Y, or Y names X) when X has a mention overlapping
 * one evidence and Y one overlapping the other, in either order. Evidence is searched in the texts
 * of all annotated documents. Report links are unordered and deduplicated; precision counts the
 * links whose two claims both have a mention in an annotated document (a link to a claim of an
 * unannotated document cannot be in gold). Maximum matching as for items.
 */
import type { Claim } from '../report/contract.ts';
import { type EvalContext, evidenceSpans, mentionsOverlap } from './context.ts';
import type { Span } from './locate.ts';
import { maxWeightMatching, type WeightedEdge } from './matching.ts';
import type { Miss } from './types.ts';

interface DocSpans {
  doc: string;
  spans: Span[];
}

export interface ContradictionScore {
  tp: number;
  reported: number;
  gold: number;
  misses: Miss[];
  unmatched: string[];
}

function spansEverywhere(ctx: EvalContext, evidence: string): DocSpans[] {
  const out: DocSpans[] = [];
  for (const d of ctx.report.documents) {
    if (!ctx.annotated.has(d.id)) continue;
    const found = evidenceSpans(ctx, d, evidence);
    if (found.spans.length > 0) out.push({ doc: d.id, spans: found.spans });
  }
  return out;
}

function claimTouches(c: Claim, where: DocSpans[]): boolean {
  return where.some((w) => mentionsOverlap(c.mentions, w.doc, w.spans));
}

/** Unordered report links X–Y between claims with mentions in annotated documents. */
export function reportLinks(ctx: EvalContext): [Claim, Claim][] {
  const byId = new Map(ctx.report.claims.map((c) => [c.id, c]));
  const inAnnotated = (c: Claim) => c.mentions.some((m) => ctx.annotated.has(m.doc));
  const seen = new Set<string>();
  const links: [Claim, Claim][] = [];
  for (const x of ctx.report.claims) {
    for (const yid of x.contradicts) {
      const y = byId.get(yid);
      if (!y || y.id === x.id) continue;
      const key = x.id < y.id ? `${x.id}\u0000${y.id}` : `${y.id}\u0000${x.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      if (inAnnotated(x) && inAnnotated(y)) links.push([x, y]);
    }
  }
  return links;
}

export function scoreContradictions(ctx: EvalContext): ContradictionScore {
  const golds: { doc: string; a: string; b: string }[] = [];
  const seenGold = new Set<string>();
  for (const g of ctx.gold.docs) {
    for (const c of g.contradictions) {
      const key = [c.a, c.b].sort().join('\u0000');
      if (seenGold.has(key)) continue;
      seenGold.add(key);
      golds.push({ doc: g.doc, a: c.a, b: c.b });
    }
  }
  const links = reportLinks(ctx);
  const where = golds.map((g) => ({ a: spansEverywhere(ctx, g.a), b: spansEverywhere(ctx, g.b) }));
  const edges: WeightedEdge[] = [];
  where.forEach((w, gi) => {
    links.forEach(([x, y], li) => {
      const forward = claimTouches(x, w.a) && claimTouches(y, w.b);
      const backward = claimTouches(x, w.b) && claimTouches(y, w.a);
      if (forward || backward) edges.push({ left: gi, right: li, weight: 1 });
    });
  });
  const pairs = maxWeightMatching(golds.length, links.length, edges);
  const hitGold = new Set(pairs.map(([g]) => g));
  const hitLink = new Set(pairs.map(([, l]) => l));
  const misses: Miss[] = [];
  golds.forEach((g, gi) => {
    if (hitGold.has(gi)) return;
    const w = where[gi];
    let reason: string;
    if (w.a.length === 0 || w.b.length === 0)
      reason = `evidence ${w.a.length === 0 ? 'a' : 'b'} not found in the annotated report texts`;
    else {
      const touchA = ctx.report.claims.filter((c) => claimTouches(c, w.a)).map((c) => c.id);
      const touchB = ctx.report.claims.filter((c) => claimTouches(c, w.b)).map((c) => c.id);
      if (touchA.length === 0 || touchB.length === 0)
        reason = `no report claim overlaps evidence ${touchA.length === 0 ? 'a' : 'b'}`;
      else if (edges.some((e) => e.left === gi)) reason = 'its matching links hit other gold pairs';
      else reason = `no contradicts link between claims [${touchA.join(', ')}] and [${touchB.join(', ')}]`;
    }
    misses.push({ kind: 'contradiction', doc: g.doc, evidence: `${g.a} ⟷ ${g.b}`, reason });
  });
  const unmatched = links
    .filter((_, li) => !hitLink.has(li))
    .map(([x, y]) => `contradiction ${x.id}–${y.id}`);
  return { tp: pairs.length, reported: links.length, gold: golds.length, misses, unmatched };
}
