/**
 * Assembles a `sitrep.report/1` object from ingested documents, their per-document analyses and
 * the cross-document resolution. Pure: no I/O, deterministic for the same input and `generatedAt`.
 */
import { createHash } from 'node:crypto';
import type { DocAnalysis } from '../analyze/types.ts';
import type { IngestedDocument } from '../ingest/types.ts';
import type {
  Claim,
  Entity,
  Event,
  Figure,
  InputError,
  Report,
  ReportDocument,
  Story,
  TimelineEntry,
} from './contract.ts';
import { SCHEMA_ID } from './contract.ts';

export interface AnalyzedDocument {
  doc: IngestedDocument;
  analysis: DocAnalysis;
}

/** Everything resolution across documents produces; later stages fill more of it. */
export interface Resolution {
  entities: Entity[];
  /** Entity key (from EntityMention.key) → report entity id. */
  keyToId: Map<string, string>;
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
  const entityId = (key: string | null | undefined): string | null =>
    key ? (resolution.keyToId.get(key) ?? null) : null;

  const figures: Figure[] = [];
  const claims: Claim[] = [];
  const claimById = new Map<string, Claim>();
  const events: Event[] = [];
  items.forEach((it, i) => {
    const docId = documentId(i);
    const claimIds = it.analysis.claims.map((_, k) => `c${claims.length + k + 1}`);
    it.analysis.claims.forEach((c, k) => {
      const claim: Claim = {
        id: claimIds[k],
        speaker: entityId(c.speaker),
        kind: c.kind,
        quote: c.quote,
        text: it.doc.text.slice(c.content.start, c.content.end),
        date: c.date,
        about: [],
        contradicts: (c.contradicts ?? []).map((j) => claimIds[j]).filter(Boolean),
        mentions: [{ doc: docId, start: c.start, end: c.end }],
      };
      claims.push(claim);
      claimById.set(claim.id, claim);
    });
    for (const e of it.analysis.events) {
      const id = `v${events.length + 1}`;
      const myClaims = e.claims.map((j) => claimIds[j]).filter(Boolean);
      for (const cid of myClaims) claimById.get(cid)?.about.push(id);
      events.push({
        id,
        type: e.type,
        mode: e.mode ?? null,
        date: e.date,
        actors: e.actors.map(entityId).filter((x): x is string => x !== null),
        targets: e.targets.map(entityId).filter((x): x is string => x !== null),
        place: entityId(e.place),
        status: 'reported',
        claims: myClaims,
        mentions: [{ start: e.start, end: e.end }, ...(e.more ?? [])].map((m) => ({ doc: docId, ...m })),
        sources: [docId],
      });
    }
    for (const f of it.analysis.figures) {
      figures.push({
        id: `f${figures.length + 1}`,
        measure: f.measure,
        group: f.group,
        side: entityId(f.side),
        reporter: entityId(f.reporter),
        low: f.low,
        high: f.high,
        qualifier: f.qualifier,
        period: f.period,
        asOf: f.asOf,
        place: entityId(f.place),
        historical: f.historical,
        vague: f.vague,
        mentions: [{ doc: docId, start: f.start, end: f.end }],
      });
    }
  });

  return {
    schema: SCHEMA_ID,
    generatedAt,
    documents,
    entities: resolution.entities,
    events,
    claims,
    figures,
    timeline: buildTimeline(events),
    stories: resolution.stories ?? [],
    errors,
  };
}

/** One entry per day with events, in date order. A fuller timeline comes with cross-document resolution. */
function buildTimeline(events: Event[]): TimelineEntry[] {
  const byDay = new Map<string, Event[]>();
  for (const e of events) {
    const day = e.date?.start;
    if (!day || e.date?.precision !== 'day') continue;
    const list = byDay.get(day) ?? [];
    list.push(e);
    byDay.set(day, list);
  }
  return [...byDay.keys()].sort().map((date) => {
    const evs = byDay.get(date) ?? [];
    const types = [...new Set(evs.map((e) => e.type))];
    return {
      date,
      summary: types.join(', '),
      events: evs.map((e) => e.id),
      sources: [...new Set(evs.flatMap((e) => e.sources))],
    };
  });
}
