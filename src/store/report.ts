/**
 * The report over a store: analyse what is pending, then the pipeline's own resolve + build over
 * the stored documents and analyses (so it equals `reportFrom` on the same documents).
 */
import { type AnalysisInput, analyzeDocument } from '../analyze/index.ts';
import { analyzeParallel, emptyAnalysis } from '../analyze/pool.ts';
import type { DocAnalysis } from '../analyze/types.ts';
import * as pipeline from '../pipeline.ts';
import type { AnalyzedDocument } from '../report/build.ts';
import type { InputError, Report } from '../report/contract.ts';
import type { ReportOptions, Store } from './types.ts';

export interface AnalyzePendingOptions {
  /** Worker threads (default: by batch size, see analyzeParallel); 1 = this thread. */
  workers?: number;
  batch?: number;
  onProgress?: (done: number) => void;
  /** A document whose analysis threw: it is stored with an empty analysis so it cannot block reports. */
  onError?: (id: string, source: string, error: Error) => void;
}

/** Analyses one document; a crash of the analyser gives an empty analysis and the error. */
export function analyzeSafely(input: AnalysisInput): { analysis: DocAnalysis; error: Error | null } {
  try {
    return { analysis: analyzeDocument(input), error: null };
  } catch (e) {
    return { analysis: emptyAnalysis(), error: e instanceof Error ? e : new Error(String(e)) };
  }
}

function warn(id: string, source: string, error: Error): void {
  console.error(`sitrep: analysis of ${source} (${id}) failed, stored without items: ${error.message}`);
}

/**
 * Analyses every pending document in this process (worker threads for large batches); returns
 * how many analyses this call stored. Safe next to queue workers: saving is idempotent.
 */
export async function analyzePending(store: Store, opts: AnalyzePendingOptions = {}): Promise<number> {
  const batch = opts.batch ?? 256;
  const onError = opts.onError ?? warn;
  let n = 0;
  for (;;) {
    const pending = await store.pendingAnalysis(batch);
    if (pending.length === 0) return n;
    const inputs = pending.map((p) => ({ text: p.doc.text, published: p.doc.published }));
    let analyses: DocAnalysis[] | null = null;
    if (pending.length > 1 && opts.workers !== 1)
      analyses = await analyzeParallel(inputs, opts.workers).catch(() => null);
    for (let i = 0; i < pending.length; i++) {
      let analysis = analyses?.[i];
      if (!analysis) {
        const r = analyzeSafely(inputs[i]);
        if (r.error) onError(pending[i].id, pending[i].doc.source, r.error);
        analysis = r.analysis;
      }
      if (await store.saveAnalysis(pending[i].id, analysis)) n++;
    }
    opts.onProgress?.(n);
    if (pending.length < batch) return n;
  }
}

/** Analysed documents (in pipeline order) → report, through the pipeline's own last step. */
export function reportFromItems(
  items: AnalyzedDocument[],
  errors: InputError[],
  generatedAt?: string,
): Report {
  return pipeline.reportFromAnalyzed(items, errors, { generatedAt });
}

export async function storeReport(store: Store, opts: ReportOptions = {}): Promise<Report> {
  if (opts.analyzePending !== false) await analyzePending(store);
  const items = await store.allAnalyzed();
  return reportFromItems(items, opts.errors ?? [], opts.generatedAt);
}
