/**
 * A report kept up to date in memory as documents arrive, without re-reading or re-resolving the
 * whole store:
 *  - analysis: only documents without a stored analysis are analysed (once, stored);
 *  - loading: only analysis rows newer than the last one seen are read from the store (slim rows:
 *    no tokens or sentences);
 *  - resolution and assembly: each new document goes into a `LiveReport`, which updates only
 *    what it touches (its entities, event buckets, timeline days, series, denials).
 * `report()` copies the current state into a Report (linear in the corpus); `live` gives the
 * sections without that copy. Documents are kept in the pipeline's order (by source); when new
 * documents sort before ones already held, the live report is rebuilt from the store ('rebuild').
 */
import type { InputError, Report } from '../report/contract.ts';
import { LiveReport } from '../resolve/live/index.ts';
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
  private current = new LiveReport();
  private lastSeq = 0;
  private lastSource: string | null = null;

  constructor(
    private readonly store: Store,
    private readonly errors: InputError[] = [],
  ) {}

  get size(): number {
    return this.current.size;
  }

  /** The live report as of the last refresh (its sections can be read without a full copy). */
  get live(): LiveReport {
    return this.current;
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
      this.current = new LiveReport();
      rows = bySource(await this.store.analyzedSince(0));
    }
    for (const r of rows) this.current.add(r.doc, r.analysis);
    this.lastSeq = Math.max(this.lastSeq, ...fresh.map((r) => r.analysisSeq));
    this.lastSource = rows[rows.length - 1].doc.source;
    const t3 = performance.now();
    return { mode, analyzed, added: rows.length, ms: { analyze: t1 - t0, load: t2 - t1, resolve: t3 - t2 } };
  }

  /** The report over what the last refresh saw (same as the store's full report at that point). */
  report(generatedAt?: string): Report {
    return this.current.report(this.errors, generatedAt);
  }
}
