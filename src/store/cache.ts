/**
 * A report kept current for a store: rebuilt only when the store's revision changed, with
 * concurrent callers sharing one rebuild.
 */
import type { Report } from '../report/contract.ts';
import type { Store } from './types.ts';

export interface CachedReport {
  revision: string;
  report: Report;
}

export class ReportCache {
  private current: CachedReport | null = null;
  private building: Promise<CachedReport> | null = null;

  constructor(
    private readonly store: Store,
    private readonly build: (store: Store) => Promise<Report> = (s) => s.report(),
  ) {}

  async get(): Promise<CachedReport> {
    const revision = await this.store.revision();
    if (this.current && this.current.revision === revision) return this.current;
    if (this.building) return this.building;
    this.building = (async () => {
      try {
        const report = await this.build(this.store);
        // Analysing pending documents while building moves the revision: record the one after.
        this.current = { revision: await this.store.revision(), report };
        return this.current;
      } finally {
        this.building = null;
      }
    })();
    return this.building;
  }
}
