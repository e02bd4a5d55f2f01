/**
 * The report over a store: analyse what is pending, then the pipeline's own resolve + build over
 * the stored documents and analyses (so it equals `reportFrom` on the same documents).
 */
import { analyzeDocument } from '../analyze/index.ts';
import { analyzeParallel } from '../analyze/pool.ts';
import * as pipeline from '../pipeline.ts';
import { type AnalyzedDocument, buildReport } from '../report/build.ts';
import type { InputError, Report } from '../report/contract.ts';
import { resolveAcross } from '../resolve/crossdoc/index.ts';
import type { ReportOptions, Store } from './types.ts';

export interface AnalyzePendingOptions {
  /** Worker threads (default: by batch size, see analyzeParallel); 1 = this thread. */
  workers?: number;
  batch?: number;
  onProgress?: (done: number) => void;
}

/**
 * Analyses every pending document in this process (worker threads for large batches); returns
 * how many analyses this call stored. Safe next to queue workers: saving is idempotent.
 */
export async function analyzePending(store: Store, opts: AnalyzePendingOptions = {}): Promise<number> {
  const batch = opts.batch ?? 256;
  let n = 0;
  for (;;) {
    const pending = await store.pendingAnalysis(batch);
    if (pending.length === 0) return n;
    const inputs = pending.map((p) => ({ text: p.doc.text, published: p.doc.published }));
    const analyses =
      pending.length === 1 || opts.workers === 1
        ? inputs.map((i) => analyzeDocument(i))
        : await analyzeParallel(inputs, opts.workers);
    for (let i = 0; i < pending.length; i++) {
      if (await store.saveAnalysis(pending[i].id, analyses[i])) n++;
    }
    opts.onProgress?.(n);
    if (pending.length < batch) return n;
  }
}

type FromAnalyzed = (
  items: AnalyzedDocument[],
  errors: InputError[],
  opts?: { generatedAt?: string },
) => Report;

/**
 * Analysed documents (in pipeline order) → report: the pipeline's own step when it exports one
 * (`reportFromAnalyzed`), else the same composition `reportFrom` uses after analysis.
 */
export function reportFromItems(
  items: AnalyzedDocument[],
  errors: InputError[],
  generatedAt?: string,
): Report {
  const own = (pipeline as { reportFromAnalyzed?: FromAnalyzed }).reportFromAnalyzed;
  if (own) return own(items, errors, { generatedAt });
  return resolveAcross(buildReport(items, pipeline.resolveAll(items), errors, generatedAt));
}

export async function storeReport(store: Store, opts: ReportOptions = {}): Promise<Report> {
  if (opts.analyzePending !== false) await analyzePending(store);
  const items = await store.allAnalyzed();
  return reportFromItems(items, opts.errors ?? [], opts.generatedAt);
}
