/** PostgreSQL store (`pg`): shared by any number of ingesting processes and analysis workers. */
import pg from 'pg';
import type { DocAnalysis } from '../analyze/types.ts';
import type { IngestedDocument } from '../ingest/types.ts';
import type { AnalyzedDocument } from '../report/build.ts';
import type { Report } from '../report/contract.ts';
import { loadMigrations, pendingMigrations } from './migrate.ts';
import { bySource } from './order.ts';
import { storeReport } from './report.ts';
import {
  type AnalysisItems,
  type AnalysisNlp,
  documentSearchRow,
  fromRow,
  itemSearchRows,
  joinAnalysis,
  MARK_CLOSE,
  MARK_OPEN,
  queryTerms,
  type SearchRow,
  splitAnalysis,
  toRow,
  unmark,
} from './rows.ts';
import type {
  AddResult,
  AnalyzedRow,
  ReportOptions,
  SearchHit,
  SearchKind,
  Store,
  StoreCounts,
  StoredDocument,
} from './types.ts';

interface DocRecord {
  seq: string;
  id: string;
  hash: string;
  source: string;
  metadata: Record<string, unknown>;
  text: string;
  ingested_at: Date;
}

// JSON columns come back as text and are parsed here (keeps key order, one parser for both stores).
const types = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === 114 || oid === 3802) return (v: string) => v;
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

function toStored(r: DocRecord): StoredDocument {
  return {
    id: r.id,
    hash: r.hash,
    seq: Number(r.seq),
    doc: fromRow(r.source, r.metadata as unknown as string, r.text),
    ingestedAt: r.ingested_at.toISOString(),
  };
}

/** Lock key for migrations, so processes starting together do not migrate twice. */
const MIGRATION_LOCK = 727_361_001;
/** Lock key serialising document inserts (cheap; analyses are not serialised). */
const INGEST_LOCK = 727_361_002;

/** tsquery text from free text: every word (lexemes only, no operators), the last one as a prefix. */
export function tsQueryText(q: string): string | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `'${t}'${i === terms.length - 1 && t.length >= 3 ? ':*' : ''}`).join(' & ');
}

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  readonly pool: pg.Pool;
  private ready: Promise<void>;

  constructor(url: string, poolSize = 8) {
    this.pool = new pg.Pool({ connectionString: url, max: poolSize, types });
    this.ready = this.migrate();
    this.ready.catch(() => {});
  }

  private async migrate(): Promise<void> {
    const c = await this.pool.connect();
    try {
      await c.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
      try {
        await c.query(
          'CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TIMESTAMPTZ NOT NULL DEFAULT now())',
        );
        const applied = (await c.query('SELECT version FROM schema_migrations')).rows.map(
          (r) => r.version as string,
        );
        for (const m of pendingMigrations(loadMigrations('postgres'), applied)) {
          await c.query('BEGIN');
          try {
            await c.query(m.sql);
            await c.query('INSERT INTO schema_migrations (version) VALUES ($1)', [m.version]);
            await c.query('COMMIT');
          } catch (e) {
            await c.query('ROLLBACK');
            throw e;
          }
        }
      } finally {
        await c.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
      }
    } finally {
      c.release();
    }
  }

  /** Resolves once migrations are applied; every call waits for it. */
  async ensureReady(): Promise<void> {
    await this.ready;
  }

  private async tx<T>(fn: (c: pg.PoolClient) => Promise<T>): Promise<T> {
    await this.ready;
    const c = await this.pool.connect();
    try {
      await c.query('BEGIN');
      const out = await fn(c);
      await c.query('COMMIT');
      return out;
    } catch (e) {
      await c.query('ROLLBACK').catch(() => {});
      throw e;
    } finally {
      c.release();
    }
  }

  private async q<R extends pg.QueryResultRow>(sql: string, params: unknown[] = []): Promise<R[]> {
    await this.ready;
    return (await this.pool.query<R>(sql, params)).rows;
  }

  private async insertSearch(c: pg.PoolClient, rows: SearchRow[]): Promise<void> {
    if (rows.length === 0) return;
    await c.query(
      `INSERT INTO search_items (kind, ref, doc_id, span_start, body)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::int[], $5::text[]) ON CONFLICT (ref) DO NOTHING`,
      [
        rows.map((r) => r.kind),
        rows.map((r) => r.ref),
        rows.map((r) => r.doc),
        rows.map((r) => r.start),
        rows.map((r) => r.body),
      ],
    );
  }

  async addDocuments(docs: IngestedDocument[]): Promise<AddResult> {
    const rows = docs.map(toRow);
    const ids = rows.map((r) => r.id);
    if (rows.length === 0) return { added: [], skipped: 0, ids };
    // One row per id, in input order (seq follows arrival). Writers take a transaction lock so
    // two of them inserting overlapping texts in different orders cannot deadlock; ON CONFLICT
    // skips texts already stored.
    const firstOf = new Map<string, number>();
    rows.forEach((r, k) => {
      if (!firstOf.has(r.id)) firstOf.set(r.id, k);
    });
    const order = [...firstOf.values()];
    const fresh = await this.tx(async (c) => {
      await c.query('SELECT pg_advisory_xact_lock($1)', [INGEST_LOCK]);
      const got = new Set<string>();
      for (let i = 0; i < order.length; i += 500) {
        const batch = order.slice(i, i + 500).map((k) => rows[k]);
        const res = await c.query<{ id: string }>(
          `INSERT INTO documents (id, hash, source, metadata, text)
           SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::json[], $5::text[])
           ON CONFLICT DO NOTHING RETURNING id`,
          [
            batch.map((r) => r.id),
            batch.map((r) => r.hash),
            batch.map((r) => r.source),
            batch.map((r) => r.metadata),
            batch.map((r) => r.text),
          ],
        );
        const batchFresh = new Set(res.rows.map((r) => r.id));
        const searchRows: SearchRow[] = [];
        for (const k of order.slice(i, i + 500)) {
          if (batchFresh.has(rows[k].id)) searchRows.push(documentSearchRow(rows[k].id, docs[k]));
        }
        await this.insertSearch(c, searchRows);
        for (const id of batchFresh) got.add(id);
      }
      return got;
    });
    const added = [...firstOf.keys()].filter((id) => fresh.has(id));
    return { added, skipped: docs.length - added.length, ids };
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const rows = await this.q<DocRecord>('SELECT * FROM documents WHERE id = $1', [id]);
    return rows[0] ? toStored(rows[0]) : null;
  }

  async pendingAnalysis(limit: number): Promise<StoredDocument[]> {
    const rows = await this.q<DocRecord>('SELECT * FROM documents WHERE NOT analyzed ORDER BY seq LIMIT $1', [
      limit,
    ]);
    return rows.map(toStored);
  }

  async saveAnalysis(id: string, analysis: DocAnalysis): Promise<boolean> {
    const { items, nlp } = splitAnalysis(analysis);
    return this.tx(async (c) => {
      const doc = await c.query<{ text: string }>('SELECT text FROM documents WHERE id = $1', [id]);
      if (doc.rows.length === 0) throw new Error(`no stored document ${id}`);
      const res = await c.query(
        'INSERT INTO analyses (doc_id, items, nlp) VALUES ($1, $2, $3) ON CONFLICT (doc_id) DO NOTHING',
        [id, JSON.stringify(items), JSON.stringify(nlp)],
      );
      if (res.rowCount !== 1) return false;
      await c.query('UPDATE documents SET analyzed = true WHERE id = $1', [id]);
      await this.insertSearch(c, itemSearchRows(id, doc.rows[0].text, analysis));
      return true;
    });
  }

  async hasAnalysis(id: string): Promise<boolean> {
    return (await this.q('SELECT 1 FROM analyses WHERE doc_id = $1', [id])).length > 0;
  }

  async getAnalysis(id: string): Promise<DocAnalysis | null> {
    const rows = await this.q<{ items: string; nlp: string }>(
      'SELECT items, nlp FROM analyses WHERE doc_id = $1',
      [id],
    );
    return rows[0]
      ? joinAnalysis(JSON.parse(rows[0].items) as AnalysisItems, JSON.parse(rows[0].nlp) as AnalysisNlp)
      : null;
  }

  private async analyzedRows(since: number, full: boolean): Promise<AnalyzedRow[]> {
    const rows = await this.q<{
      id: string;
      source: string;
      metadata: string;
      text: string;
      aseq: string;
      items: string;
      nlp?: string;
    }>(
      `SELECT d.id, d.source, d.metadata, d.text, a.seq AS aseq, a.items${full ? ', a.nlp' : ''}
       FROM analyses a JOIN documents d ON d.id = a.doc_id WHERE a.seq > $1 ORDER BY a.seq`,
      [since],
    );
    return rows.map((r) => ({
      id: r.id,
      analysisSeq: Number(r.aseq),
      doc: fromRow(r.source, r.metadata, r.text),
      analysis: joinAnalysis(
        JSON.parse(r.items) as AnalysisItems,
        r.nlp ? (JSON.parse(r.nlp) as AnalysisNlp) : null,
      ),
    }));
  }

  async allAnalyzed(): Promise<AnalyzedDocument[]> {
    return bySource(await this.analyzedRows(0, true)).map(({ doc, analysis }) => ({ doc, analysis }));
  }

  analyzedSince(seq: number, opts: { full?: boolean } = {}): Promise<AnalyzedRow[]> {
    return this.analyzedRows(seq, opts.full ?? false);
  }

  async counts(): Promise<StoreCounts> {
    const rows = await this.q<{ d: string; a: string }>(
      'SELECT (SELECT count(*) FROM documents) AS d, (SELECT count(*) FROM analyses) AS a',
    );
    return { documents: Number(rows[0].d), analyzed: Number(rows[0].a) };
  }

  async revision(): Promise<string> {
    const rows = await this.q<{ r: string }>(
      "SELECT (SELECT coalesce(max(seq), 0) FROM documents) || ':' || (SELECT coalesce(max(seq), 0) FROM analyses) AS r",
    );
    return rows[0].r;
  }

  async search(q: string, limit = 20): Promise<SearchHit[]> {
    const tsq = tsQueryText(q);
    if (!tsq) return [];
    const rows = await this.q<{
      kind: SearchKind;
      ref: string;
      doc_id: string;
      span_start: number;
      snip: string;
      rank: number;
    }>(
      `WITH query AS (SELECT to_tsquery('english', sitrep_fold($1)) AS tq)
       SELECT s.kind, s.ref, s.doc_id, s.span_start, s.rank,
              ts_headline('english', s.body, query.tq, $3) AS snip
       FROM (SELECT kind, ref, doc_id, span_start, body, ts_rank_cd(tsv, query.tq) AS rank
             FROM search_items, query WHERE tsv @@ query.tq ORDER BY rank DESC, id LIMIT $2) s, query
       ORDER BY s.rank DESC`,
      [
        tsq,
        Math.max(1, Math.min(limit, 500)),
        `StartSel=${MARK_OPEN}, StopSel=${MARK_CLOSE}, MaxWords=30, MinWords=12, MaxFragments=1`,
      ],
    );
    return rows.map((r) => ({
      kind: r.kind,
      id: r.ref,
      doc: r.doc_id,
      ...unmark(r.snip),
      start: r.span_start,
      score: Number(r.rank),
    }));
  }

  report(opts?: ReportOptions): Promise<Report> {
    return storeReport(this, opts);
  }

  async close(): Promise<void> {
    await this.ready.catch(() => {});
    await this.pool.end();
  }
}
