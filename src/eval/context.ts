/**
 * What every part of the scorer needs from the report: which report document each gold document
 * is, entity names for alias matching, and cached evidence spans.
 */
import type { Entity, Mention, Report, ReportDocument } from '../report/contract.ts';
import { foldName } from './fold.ts';
import type { GoldDoc, GoldSet, Names } from './gold.ts';
import { type Located, locate, overlaps, type Span } from './locate.ts';
import type { DocMatch } from './types.ts';

export interface EvalContext {
  report: Report;
  gold: GoldSet;
  /** Gold document name → its report document (undefined: not in the report). */
  docFor: Map<string, ReportDocument | undefined>;
  /** Report document ids that a gold file annotates. */
  annotated: Set<string>;
  /** Report document id → gold document name. */
  goldNameOf: Map<string, string>;
  entities: Map<string, Entity>;
  /** Entity id → folded name and aliases. */
  entityKeys: Map<string, Set<string>>;
  /** Folded name → ids of the entities carrying it. */
  entitiesByKey: Map<string, Set<string>>;
  matches: DocMatch[];
  warnings: string[];
  evidenceCache: Map<string, Located>;
}

/**
 * True when `source` (a path or URL as given) names the file `doc`: equal, or ending with `doc`
 * right after a path separator. Query strings and fragments of URLs are ignored.
 */
export function sourceMatches(source: string, doc: string): boolean {
  const d = doc.replace(/\\/g, '/').replace(/^\.?\/+/, '');
  const raw = source.replace(/\\/g, '/');
  return [raw, raw.replace(/[?#].*$/, '')].some((s) => s === d || s.endsWith(`/${d}`));
}

export function findReportDoc(report: Report, doc: string, warnings: string[]): ReportDocument | undefined {
  const hits = report.documents.filter((d) => sourceMatches(d.source, doc));
  if (hits.length > 1)
    warnings.push(
      `gold ${doc}: ${hits.length} report documents match (${hits.map((h) => h.id).join(', ')}); using the first`,
    );
  return hits[0];
}

export function buildContext(gold: GoldSet, report: Report): EvalContext {
  const warnings: string[] = [];
  const docFor = new Map<string, ReportDocument | undefined>();
  const annotated = new Set<string>();
  const goldNameOf = new Map<string, string>();
  const matches: DocMatch[] = [];
  for (const g of gold.docs) {
    const d = findReportDoc(report, g.doc, warnings);
    docFor.set(g.doc, d);
    matches.push({ doc: g.doc, reportDoc: d?.id ?? null, source: d?.source ?? null });
    if (!d) {
      warnings.push(
        `gold ${g.doc}: no report document has a source ending with it (all its items count as missed)`,
      );
      continue;
    }
    if (goldNameOf.has(d.id))
      warnings.push(`report document ${d.id} matches gold ${goldNameOf.get(d.id)} and ${g.doc}`);
    annotated.add(d.id);
    goldNameOf.set(d.id, g.doc);
  }
  const entities = new Map<string, Entity>();
  const entityKeys = new Map<string, Set<string>>();
  const entitiesByKey = new Map<string, Set<string>>();
  for (const e of report.entities) {
    entities.set(e.id, e);
    const keys = new Set([e.name, ...e.aliases].map(foldName).filter((k) => k.length > 0));
    entityKeys.set(e.id, keys);
    for (const k of keys) {
      const ids = entitiesByKey.get(k) ?? new Set<string>();
      ids.add(e.id);
      entitiesByKey.set(k, ids);
    }
  }
  return {
    report,
    gold,
    docFor,
    annotated,
    goldNameOf,
    entities,
    entityKeys,
    entitiesByKey,
    matches,
    warnings,
    evidenceCache: new Map(),
  };
}

/** Occurrences of `evidence` in the text of report document `doc` (cached). */
export function evidenceSpans(ctx: EvalContext, doc: ReportDocument, evidence: string): Located {
  const key = `${doc.id}\u0000${evidence}`;
  let found = ctx.evidenceCache.get(key);
  if (!found) {
    found = locate(doc.text, evidence);
    ctx.evidenceCache.set(key, found);
  }
  return found;
}

/** True when any mention in `docId` overlaps any of `spans`. */
export function mentionsOverlap(mentions: Mention[], docId: string, spans: Span[]): boolean {
  return mentions.some((m) => m.doc === docId && spans.some((s) => overlaps(m, s)));
}

/**
 * Whether the entity `id` (null = the outlet's own voice) matches an alias list: null matches a
 * list containing null; an entity matches when its name or an alias folds to one of the names.
 */
export function entityMatches(ctx: EvalContext, id: string | null | undefined, names: Names): boolean {
  if (id === null || id === undefined) return names.includes(null);
  const keys = ctx.entityKeys.get(id);
  if (!keys) return false;
  return names.some((n) => n !== null && keys.has(foldName(n)));
}

/** A short label of an entity reference for messages. */
export function entityLabel(ctx: EvalContext, id: string | null | undefined): string {
  if (id === null || id === undefined) return 'null';
  const e = ctx.entities.get(id);
  return e ? `${e.name} (${id})` : `${id} (no such entity)`;
}

export function goldDocByName(ctx: EvalContext, name: string): GoldDoc | undefined {
  return ctx.gold.docs.find((g) => g.doc === name);
}
