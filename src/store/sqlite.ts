/** SQLite store (better-sqlite3, WAL): one file, safe for several processes on one machine. */
import Database from 'better-sqlite3';
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
  seq: number;
  id: string;
  hash: string;
  source: string;
  metadata: string;
  text: string;
  ingested_at: string;
}

function toStored(r: DocRecord): StoredDocument {
  return {
    id: r.id,
    hash: r.hash,
    seq: r.seq,
    doc: fromRow(r.source, r.metadata, r.text),
    ingestedAt: r.ingested_at,
  };
}

/** FTS5 query from free text: every word must occur (quoted, so no operator can be injected); last word as a prefix. */
export function ftsQuery(q: string): string | null {
  const terms = queryTerms(q);
  if (terms.length === 0) return null;
  return terms.map((t, i) => `"${t}"${i === terms.length - 1 && t.length >= 3 ? '*' : ''}`).join(' ');
}

export class SqliteStore implements Store {
  readonly kind = 'sqlite' as const;
  readonly db: Database.Database;

  constructor(path: string) {
    this.db = new Database(path);
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('synchronous = NORMAL');
    this.db.pragma('busy_timeout = 10000');
    this.db.pragma('foreign_keys = ON');
    this.migrate();
  }

  private migrate(): void {
    this.db.exec(
      'CREATE TABLE IF NOT EXISTS schema_migrations (version TEXT PRIMARY KEY, applied_at TEXT NOT NULL)',
    );
    const run = this.db.transaction(() => {
      const applied = this.db.prepare('SELECT version FROM schema_migrations').pluck().all() as string[];
      for (const m of pendingMigrations(loadMigrations('sqlite'), applied)) {
        this.db.exec(m.sql);
        this.db
          .prepare('INSERT INTO schema_migrations (version, applied_at) VALUES (?, ?)')
          .run(m.version, new Date().toISOString());
      }
    });
    run.immediate();
  }

  private insertSearch(rows: SearchRow[]): void {
    const ins = this.db.prepare(
      'INSERT INTO search_fts (body, kind, ref, doc, span_start) VALUES (?, ?, ?, ?, ?)',
    );
    for (const r of rows) ins.run(r.body, r.kind, r.ref, r.doc, r.start);
  }

  async addDocuments(docs: IngestedDocument[]): Promise<AddResult> {
    const ins = this.db.prepare(
      'INSERT INTO documents (id, hash, source, metadata, text, ingested_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING',
    );
    const run = this.db.transaction((list: IngestedDocument[]): AddResult => {
      const added: string[] = [];
      const ids: string[] = [];
      const now = new Date().toISOString();
      for (const doc of list) {
        const row = toRow(doc);
        ids.push(row.id);
        if (ins.run(row.id, row.hash, row.source, row.metadata, row.text, now).changes === 1) {
          added.push(row.id);
          this.insertSearch([documentSearchRow(row.id, doc)]);
        }
      }
      return { added, skipped: list.length - added.length, ids };
    });
    return run.immediate(docs);
  }

  async getDocument(id: string): Promise<StoredDocument | null> {
    const r = this.db.prepare('SELECT * FROM documents WHERE id = ?').get(id) as DocRecord | undefined;
    return r ? toStored(r) : null;
  }

  async pendingAnalysis(limit: number): Promise<StoredDocument[]> {
    const rows = this.db
      .prepare('SELECT * FROM documents WHERE analyzed = 0 ORDER BY seq LIMIT ?')
      .all(limit) as DocRecord[];
    return rows.map(toStored);
  }

  async saveAnalysis(id: string, analysis: DocAnalysis): Promise<boolean> {
    const { items, nlp } = splitAnalysis(analysis);
    const run = this.db.transaction((): boolean => {
      const text = this.db.prepare('SELECT text FROM documents WHERE id = ?').pluck().get(id) as
        | string
        | undefined;
      if (text === undefined) throw new Error(`no stored document ${id}`);
      const res = this.db
        .prepare(
          'INSERT INTO analyses (doc_id, items, nlp, analyzed_at) VALUES (?, ?, ?, ?) ON CONFLICT (doc_id) DO NOTHING',
        )
        .run(id, JSON.stringify(items), JSON.stringify(nlp), new Date().toISOString());
      if (res.changes !== 1) return false;
      this.db.prepare('UPDATE documents SET analyzed = 1 WHERE id = ?').run(id);
      this.insertSearch(itemSearchRows(id, text, analysis));
      return true;
    });
    return run.immediate();
  }

  async hasAnalysis(id: string): Promise<boolean> {
    return this.db.prepare('SELECT 1 FROM analyses WHERE doc_id = ?').get(id) !== undefined;
  }

  async getAnalysis(id: string): Promise<DocAnalysis | null> {
    const r = this.db.prepare('SELECT items, nlp FROM analyses WHERE doc_id = ?').get(id) as
      | { items: string; nlp: string }
      | undefined;
    return r ? joinAnalysis(JSON.parse(r.items) as AnalysisItems, JSON.parse(r.nlp) as AnalysisNlp) : null;
  }

  private analyzedRows(where: string, param: number, full: boolean): AnalyzedRow[] {
    const rows = this.db
      .prepare(
        `SELECT d.id, d.seq, d.source, d.metadata, d.text, a.seq AS aseq, a.items${full ? ', a.nlp' : ''}
         FROM analyses a JOIN documents d ON d.id = a.doc_id ${where} ORDER BY a.seq`,
      )
      .all(param) as Array<{
      id: string;
      seq: number;
      source: string;
      metadata: string;
      text: string;
      aseq: number;
      items: string;
      nlp?: string;
    }>;
    return rows.map((r) => ({
      id: r.id,
      analysisSeq: r.aseq,
      doc: fromRow(r.source, r.metadata, r.text),
      analysis: joinAnalysis(
        JSON.parse(r.items) as AnalysisItems,
        r.nlp ? (JSON.parse(r.nlp) as AnalysisNlp) : null,
      ),
    }));
  }

  async allAnalyzed(): Promise<AnalyzedDocument[]> {
    const rows = this.analyzedRows('WHERE a.seq > ?', 0, true);
    return bySource(rows).map(({ doc, analysis }) => ({ doc, analysis }));
  }

  async analyzedSince(seq: number, opts: { full?: boolean } = {}): Promise<AnalyzedRow[]> {
    return this.analyzedRows('WHERE a.seq > ?', seq, opts.full ?? false);
  }

  async counts(): Promise<StoreCounts> {
    const documents = this.db.prepare('SELECT count(*) FROM documents').pluck().get() as number;
    const analyzed = this.db.prepare('SELECT count(*) FROM analyses').pluck().get() as number;
    return { documents, analyzed };
  }

  async revision(): Promise<string> {
    const r = this.db
      .prepare(
        "SELECT (SELECT coalesce(max(seq), 0) FROM documents) || ':' || (SELECT coalesce(max(seq), 0) FROM analyses)",
      )
      .pluck()
      .get() as string;
    return r;
  }

  async search(q: string, limit = 20): Promise<SearchHit[]> {
    const match = ftsQuery(q);
    if (!match) return [];
    const rows = this.db
      .prepare(
        `SELECT kind, ref, doc, span_start, snippet(search_fts, 0, ?, ?, '…', 24) AS snip, bm25(search_fts) AS rank
         FROM search_fts WHERE search_fts MATCH ? ORDER BY rank LIMIT ?`,
      )
      .all(MARK_OPEN, MARK_CLOSE, match, Math.max(1, Math.min(limit, 500))) as Array<{
      kind: SearchKind;
      ref: string;
      doc: string;
      span_start: number;
      snip: string;
      rank: number;
    }>;
    return rows.map((r) => ({
      kind: r.kind,
      id: r.ref,
      doc: r.doc,
      ...unmark(r.snip),
      start: r.span_start,
      score: -r.rank,
    }));
  }

  report(opts?: ReportOptions): Promise<Report> {
    return storeReport(this, opts);
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
