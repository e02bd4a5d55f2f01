/**
 * Store-backed commands for the CLI: ingest inputs into a store (or onto the analysis queue),
 * print the report of a store, search it. Each opens the store, does one job and closes it.
 */
import { readInputs } from '../ingest/index.ts';
import type { InputError, Report } from '../report/contract.ts';
import { openStore } from './index.ts';
import { analyzePending } from './report.ts';
import type { SearchHit } from './types.ts';

export interface IngestCommandOptions {
  /** Store URL: SQLite path / `sqlite:path`, or `postgres://…`. */
  db: string;
  /** Redis URL: queue the new documents for `sitrep worker` processes instead of analysing here. */
  queue?: string;
  /** Analyse new documents in this process when there is no queue (default true). */
  analyze?: boolean;
  workers?: number;
  maxBytes?: number;
  onProgress?: (stage: 'read' | 'analyze', done: number, total: number) => void;
}

export interface IngestCommandResult {
  read: number;
  added: string[];
  skipped: number;
  /** Jobs put on the queue (with `queue`). */
  queued: number;
  /** Documents analysed in this process (without `queue`). */
  analyzed: number;
  errors: InputError[];
}

export async function ingestCommand(
  inputs: string[],
  opts: IngestCommandOptions,
): Promise<IngestCommandResult> {
  const read = await readInputs(inputs, {
    maxBytes: opts.maxBytes,
    onProgress: (done, total) => opts.onProgress?.('read', done, total),
  });
  const store = await openStore(opts.db);
  try {
    if (opts.queue) {
      const { enqueueDocuments } = await import('../queue/index.ts');
      const r = await enqueueDocuments(opts.queue, store, read.documents);
      return {
        read: read.documents.length,
        added: r.added,
        skipped: r.skipped,
        queued: r.queued,
        analyzed: 0,
        errors: read.errors,
      };
    }
    const r = await store.addDocuments(read.documents);
    const analyzed =
      opts.analyze === false
        ? 0
        : await analyzePending(store, {
            workers: opts.workers,
            onProgress: (done) => opts.onProgress?.('analyze', done, r.added.length),
          });
    return {
      read: read.documents.length,
      added: r.added,
      skipped: r.skipped,
      queued: 0,
      analyzed,
      errors: read.errors,
    };
  } finally {
    await store.close();
  }
}

/** The report over everything in the store (documents still pending are analysed first). */
export async function reportCommand(opts: { db: string; generatedAt?: string }): Promise<Report> {
  const store = await openStore(opts.db);
  try {
    return await store.report({ generatedAt: opts.generatedAt });
  } finally {
    await store.close();
  }
}

export async function searchCommand(q: string, opts: { db: string; limit?: number }): Promise<SearchHit[]> {
  const store = await openStore(opts.db);
  try {
    return await store.search(q, opts.limit ?? 20);
  } finally {
    await store.close();
  }
}

/** One line per hit for a terminal: kind, id, then the snippet with matches in «». */
export function formatHits(hits: SearchHit[]): string {
  return hits
    .map((h) => {
      let s = h.snippet;
      for (const [a, b] of [...h.highlights].reverse()) s = `${s.slice(0, a)}«${s.slice(a, b)}»${s.slice(b)}`;
      return `${h.kind.padEnd(8)} ${h.id}\n  ${s.replace(/\s+/g, ' ').trim()}`;
    })
    .join('\n');
}
