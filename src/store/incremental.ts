/**
 * A report kept up to date in memory as documents arrive, without re-reading or re-resolving the
 * whole store. What is incremental:
 *  - analysis: only documents without a stored analysis are analysed (once, stored);
 *  - loading: only analysis rows newer than the last one seen are read from the store (slim rows:
 *    no tokens or sentences);
 *  - resolution: the pipeline's CorpusResolver adds each new document in place (entity merging and
 *    the reuse index look only at the candidates the new document's signatures point at).
 * What is not: assembling the Report object (buildReport + cross-document passes) runs over all
 * items on `report()`. Documents are kept in the pipeline's order (by source); when new documents
 * sort before ones already held, the resolver is rebuilt from the store (mode 'rebuild').
 */
import { buildReport } from '../report/build.ts';
import type { InputError, Report } from '../report/contract.ts';
import { CorpusResolver } from '../resolve/corpus.ts';
import { resolveAcross } from '../resolve/crossdoc/index.ts';
import { bySource } from './order.ts';
import { analyzePending } from './report.ts';
import type { AnalyzedRow, Store } from './types.ts';

export interface RefreshResult {
  mode: 'unchanged' | 'incremental' | 'rebuild';
  /** Documents analysed in this process by this refresh. */
  analyzed: number;
  /** Documents added to the resolver. */
  added: number;
  ms: { analyze: number; load: number; resolve: number };
}

export class IncrementalReport {
  private corpus = new CorpusResolver();
  private lastSeq = 0;
  private lastSource: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly errors: InputError[] = [],
  ) {}

  get size(): number {
    return this.corpus.size;
  }

  /** Brings the resolver up to date with the store. */
  async refresh(opts: { analyzePending?: boolean } = {}): Promise<RefreshResult> {
    const t0 = performance.now();
    const analyzed = opts.analyzePending === false ? 0 : await analyzePending(this.store);
    const t1 = performance.now();
    const fresh = bySource(await this.store.analyzedSince(this.lastSeq));
    const t2 = performance.now();
    if (fresh.length === 0) {
      return { mode: 'unchanged', analyzed, added: 0, ms: { analyze: t1 - t0, load: t2 - t1, resolve: 0 } };
    }
    let mode: RefreshResult['mode'] = 'incremental';
    let rows: AnalyzedRow[] = fresh;
    if (this.lastSource !== null && fresh[0].doc.source < this.lastSource) {
      mode = 'rebuild';
      this.corpus = new CorpusResolver();
      rows = bySource(await this.store.analyzedSince(0));
    }
    for (const r of rows) this.corpus.add(r.doc, r.analysis);
    this.lastSeq = Math.max(this.lastSeq, ...fresh.map((r) => r.analysisSeq));
    this.lastSource = rows[rows.length - 1].doc.source;
    const t3 = performance.now();
    return { mode, analyzed, added: rows.length, ms: { analyze: t1 - t0, load: t2 - t1, resolve: t3 - t2 } };
  }

  /** The report over what the last refresh saw (same as the store's full report at that point). */
  report(generatedAt?: string): Report {
    const items = this.corpus.items;
    return resolveAcross(buildReport(items, this.corpus.resolution(), this.errors, generatedAt));
  }
}
