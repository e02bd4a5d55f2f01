/**
 * The whole job as a library call: read inputs → analyze each document → resolve across
 * documents → assemble the report. The CLI, the store and the server all go through here.
 */
import { analyzeDocument } from './analyze/index.ts';
import { readInputs } from './ingest/index.ts';
import type { IngestedDocument } from './ingest/types.ts';
import { type AnalyzedDocument, buildReport, documentId, type Resolution } from './report/build.ts';
import type { Entity, InputError, Report } from './report/contract.ts';

export interface PipelineProgress {
  stage: 'read' | 'analyze' | 'resolve';
  done: number;
  total: number;
  item?: string;
}

export interface PipelineOptions {
  onProgress?: (p: PipelineProgress) => void;
  stdin?: NodeJS.ReadableStream;
  generatedAt?: string;
  /** Largest input accepted, in bytes (ingest's default when unset). */
  maxBytes?: number;
}

/** Stable order: by source as given, so ids do not depend on file-system listing order. */
export function orderDocuments(docs: IngestedDocument[]): IngestedDocument[] {
  return [...docs].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

export function analyzeAll(docs: IngestedDocument[], opts: PipelineOptions = {}): AnalyzedDocument[] {
  return docs.map((doc, i) => {
    opts.onProgress?.({ stage: 'analyze', done: i, total: docs.length, item: doc.source });
    const analysis = analyzeDocument({ text: doc.text, published: doc.published });
    return { doc, analysis };
  });
}

export function resolveAll(items: AnalyzedDocument[]): Resolution {
  // Interim: one entity per mention key. Replaced by the cross-document resolver.
  const byKey = new Map<string, Entity>();
  items.forEach((it, i) => {
    for (const m of it.analysis.entities) {
      let e = byKey.get(m.key);
      if (!e) {
        e = { id: `e${byKey.size + 1}`, type: m.type, name: m.name, aliases: [], mentions: [] };
        byKey.set(m.key, e);
      }
      const surface = it.doc.text.slice(m.start, m.end);
      if (surface !== e.name && !e.aliases.includes(surface)) e.aliases.push(surface);
      if (m.name !== e.name && !e.aliases.includes(m.name)) e.aliases.push(m.name);
      if (m.geo && !e.geo) e.geo = m.geo;
      e.mentions.push({ doc: documentId(i), start: m.start, end: m.end });
    }
  });
  const keyToId = new Map([...byKey].map(([k, e]) => [k, e.id]));
  return { entities: [...byKey.values()], keyToId };
}

export function reportFrom(
  docs: IngestedDocument[],
  errors: InputError[],
  opts: PipelineOptions = {},
): Report {
  const items = analyzeAll(orderDocuments(docs), opts);
  opts.onProgress?.({ stage: 'resolve', done: 0, total: 1 });
  const resolution = resolveAll(items);
  return buildReport(items, resolution, errors, opts.generatedAt);
}

export async function runPipeline(specs: string[], opts: PipelineOptions = {}): Promise<Report> {
  const read = await readInputs(specs, {
    stdin: opts.stdin,
    maxBytes: opts.maxBytes,
    onProgress: (done, total, source) => opts.onProgress?.({ stage: 'read', done, total, item: source }),
  });
  return reportFrom(read.documents, read.errors, opts);
}
