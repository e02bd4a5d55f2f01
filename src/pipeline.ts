/**
 * The whole job as a library call: read inputs → analyze each document → resolve across
 * documents → assemble the report. The CLI, the store and the server all go through here.
 */
import { analyzeDocument } from './analyze/index.ts';
import { analyzeParallel, emptyAnalysis } from './analyze/pool.ts';
import { readInputs } from './ingest/index.ts';
import type { IngestedDocument } from './ingest/types.ts';
import { type AnalyzedDocument, buildReport, type Resolution } from './report/build.ts';
import type { InputError, Report } from './report/contract.ts';
import { CorpusResolver } from './resolve/corpus.ts';
import { resolveAcross } from './resolve/crossdoc/index.ts';

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
  /** Worker threads for analysis (default: by corpus size and cores). */
  workers?: number;
}

/** Stable order: by source as given, so ids do not depend on file-system listing order. */
export function orderDocuments(docs: IngestedDocument[]): IngestedDocument[] {
  return [...docs].sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
}

/** A document the analyser failed on: kept with no items, the failure listed with the input errors. */
function analysisFailed(doc: IngestedDocument, message: string): InputError {
  return { source: doc.source, message: `analysis failed, document kept without items: ${message}` };
}

export function analyzeAll(
  docs: IngestedDocument[],
  opts: PipelineOptions = {},
  errors: InputError[] = [],
): AnalyzedDocument[] {
  return docs.map((doc, i) => {
    opts.onProgress?.({ stage: 'analyze', done: i, total: docs.length, item: doc.source });
    try {
      return { doc, analysis: analyzeDocument({ text: doc.text, published: doc.published }) };
    } catch (e) {
      errors.push(analysisFailed(doc, e instanceof Error ? e.message : String(e)));
      return { doc, analysis: emptyAnalysis() };
    }
  });
}

export function resolveAll(items: AnalyzedDocument[]): Resolution {
  const corpus = new CorpusResolver();
  for (const it of items) corpus.add(it.doc, it.analysis);
  return corpus.resolution();
}

/**
 * The report from documents already analysed, in order: resolution across the corpus, then
 * assembly and the cross-document passes. The store and the server build reports through here.
 */
export function reportFromAnalyzed(
  items: AnalyzedDocument[],
  errors: InputError[],
  opts: { generatedAt?: string } = {},
): Report {
  return resolveAcross(buildReport(items, resolveAll(items), errors, opts.generatedAt));
}

export function reportFrom(
  docs: IngestedDocument[],
  errors: InputError[],
  opts: PipelineOptions = {},
): Report {
  const failed: InputError[] = [];
  const items = analyzeAll(orderDocuments(docs), opts, failed);
  opts.onProgress?.({ stage: 'resolve', done: 0, total: 1 });
  return reportFromAnalyzed(items, [...errors, ...failed], opts);
}

/** Like `reportFrom`, with analysis spread over worker threads. */
export async function reportFromParallel(
  docs: IngestedDocument[],
  errors: InputError[],
  opts: PipelineOptions = {},
): Promise<Report> {
  const ordered = orderDocuments(docs);
  const failed: InputError[] = [];
  const analyses = await analyzeParallel(
    ordered.map((d) => ({ text: d.text, published: d.published })),
    opts.workers,
    (done, total) => opts.onProgress?.({ stage: 'analyze', done: done - 1, total }),
    (i, message) => failed.push(analysisFailed(ordered[i], message)),
  );
  const items = ordered.map((doc, i) => ({ doc, analysis: analyses[i] }));
  opts.onProgress?.({ stage: 'resolve', done: 0, total: 1 });
  return reportFromAnalyzed(items, [...errors, ...failed], opts);
}

export async function runPipeline(specs: string[], opts: PipelineOptions = {}): Promise<Report> {
  const read = await readInputs(specs, {
    stdin: opts.stdin,
    maxBytes: opts.maxBytes,
    onProgress: (done, total, source) => opts.onProgress?.({ stage: 'read', done, total, item: source }),
  });
  return reportFromParallel(read.documents, read.errors, opts);
}
