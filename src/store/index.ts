/**
 * `openStore(url)`: a SQLite file (`path`, `sqlite:path`, `file:path`, `:memory:`) or a PostgreSQL
 * database (`postgres://…`, `postgresql://…`). Migrations are applied on open.
 */
import { PostgresStore } from './postgres.ts';
import { SqliteStore } from './sqlite.ts';
import type { Store } from './types.ts';

export type {
  AddResult,
  AnalyzedRow,
  ReportOptions,
  SearchHit,
  SearchKind,
  Store,
  StoreCounts,
  StoredDocument,
} from './types.ts';

export function isPostgresUrl(url: string): boolean {
  return /^postgres(ql)?:\/\//i.test(url);
}

export async function openStore(url: string): Promise<Store> {
  if (isPostgresUrl(url)) {
    const store = new PostgresStore(url);
    try {
      await store.ensureReady();
    } catch (e) {
      await store.pool.end().catch(() => {});
      throw e;
    }
    return store;
  }
  const path = url.replace(/^(sqlite|file):(\/\/)?/i, '');
  if (path === '') throw new Error(`not a store location: ${url}`);
  return new SqliteStore(path);
}
