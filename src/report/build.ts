/**
 * Assembles a `sitrep.report/1` object from ingested documents, their per-document analyses and
 * the cross-document resolution. Pure: no I/O, deterministic for the same input and `generatedAt`.
 */
import { createHash } from 'node:crypto';
import type { ClaimItem, DocAnalysis, EventItem, FigureItem } from '../analyze/types.ts';
import type { IngestedDocument } from '../ingest/types.ts';
import type { Claim, Entity, Event, Figure, InputError, Report, ReportDocument, Story } from './contract.ts';
import { SCHEMA_ID } from './contract.ts';

export interface AnalyzedDocument {
  doc: IngestedDocument;
  analysis: DocAnalysis;
}

/** Everything resolution across documents produces; later stages fill more of it. */
export interface Resolution {
  entities: Entity[];
  /** Entity key (from EntityMention.key) in a document → report entity id. */
  idOf: EntityIdOf;
  reuse?: Map<number, ReportDocument['reuse']>;
  stories?: Story[];
}

export function textHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

export function documentId(index: number): string {
  return `d${index + 1}`;
}

export function toReportDocument(doc: IngestedDocument, index: number): ReportDocument {
  return {
    id: documentId(index),
    source: doc.source,
    format: doc.format,
    title: doc.title,
    outlet: doc.outlet,
    url: doc.url,
    authors: doc.authors,
    published: doc.published,
    language: doc.language,
    text: doc.text,
    reuse: [],
    wire: doc.wire,
    description: doc.description,
    hash: textHash(doc.text),
  };
}

/** An analysis entity key in a document → report entity id (null when it did not resolve). */
export type EntityIdOf = (docId: string, key: string | null | undefined) => string | null;

/** Ids of a document's claims (`c<n>`), given the number of claims in earlier documents. */
export function claimIdsOf(analysis: DocAnalysis, before: number): string[] {
  return analysis.claims.map((_, k) => `c${before + k + 1}`);
}

export function claimOf(
  c: ClaimItem,
  id: string,
  docId: string,
  text: string,
  claimIds: string[],
  idOf: EntityIdOf,
): Claim {
  return {
    id,
    speaker: idOf(docId, c.speaker),
    kind: c.kind,
    quote: c.quote,
    text: text.slice(c.content.start, c.content.end),
    date: c.date,
    about: [],
    contradicts: (c.contradicts ?? []).map((j) => claimIds[j]).filter(Boolean),
    mentions: [{ doc: docId, start: c.start, end: c.end }],
  };
}

export function eventOf(
  e: EventItem,
  id: string,
  docId: string,
  claimIds: string[],
  idOf: EntityIdOf,
): Event {
  const ids = (keys: string[]) => keys.map((k) => idOf(docId, k)).filter((x): x is string => x !== null);
  return {
    id,
    type: e.type,
    mode: e.mode ?? null,
    date: e.date,
    actors: ids(e.actors),
    targets: ids(e.targets),
    place: idOf(docId, e.place),
    status: 'reported',
    claims: e.claims.map((j) => claimIds[j]).filter(Boolean),
    mentions: [{ start: e.start, end: e.end }, ...(e.more ?? [])].map((m) => ({ doc: docId, ...m })),
    sources: [docId],
  };
}

export function figureOf(f: FigureItem, id: string, docId: string, idOf: EntityIdOf): Figure {
  return {
    id,
    measure: f.measure,
    group: f.group,
    side: idOf(docId, f.side),
    reporter: idOf(docId, f.reporter),
    low: f.low,
    high: f.high,
    qualifier: f.qualifier,
    period: f.period,
    asOf: f.asOf,
    place: idOf(docId, f.place),
    historical: f.historical,
    vague: f.vague,
    mentions: [f, ...(f.more ?? [])].map((m) => ({ doc: docId, start: m.start, end: m.end })),
  };
}

export function buildReport(
  items: AnalyzedDocument[],
  resolution: Resolution,
  errors: InputError[],
  generatedAt: string = new Date().toISOString(),
): Report {
  const documents = items.map((it, i) => {
    const d = toReportDocument(it.doc, i);
    d.reuse = resolution.reuse?.get(i) ?? [];
    return d;
  });
  const figures: Figure[] = [];
  const claims: Claim[] = [];
  const claimById = new Map<string, Claim>();
  const events: Event[] = [];
  items.forEach((it, i) => {
    const docId = documentId(i);
    const claimIds = claimIdsOf(it.analysis, claims.length);
    it.analysis.claims.forEach((c, k) => {
      const claim = claimOf(c, claimIds[k], docId, it.doc.text, claimIds, resolution.idOf);
      claims.push(claim);
      claimById.set(claim.id, claim);
    });
    for (const e of it.analysis.events) {
      const ev = eventOf(e, `v${events.length + 1}`, docId, claimIds, resolution.idOf);
      for (const cid of ev.claims) claimById.get(cid)?.about.push(ev.id);
      events.push(ev);
    }
    for (const f of it.analysis.figures)
      figures.push(figureOf(f, `f${figures.length + 1}`, docId, resolution.idOf));
  });

  return {
    schema: SCHEMA_ID,
    generatedAt,
    documents,
    entities: resolution.entities,
    events,
    claims,
    figures,
    // The timeline is built from the merged events by the cross-document passes (resolveAcross).
    timeline: [],
    stories: resolution.stories ?? [],
    errors,
  };
}
