/**
 * Commands over a store: ingest, report, search, watch (embedded SQLite by default, PostgreSQL
 * with a postgres:// URL), and worker (BullMQ over Redis) for analysis on other processes.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Command } from 'commander';
import { runWorker } from '../queue/index.ts';
import { renderMarkdown } from '../report/render/markdown.ts';
import { formatHits, ingestCommand, reportCommand, searchCommand } from '../store/commands.ts';
import { watchFolder } from '../store/watch.ts';
import { byteCount } from './analyze.ts';
import { positiveInt } from './args.ts';
import { makeProgress } from './progress.ts';

const DEFAULT_DB = 'sitrep.db';
const dbHelp = `store: a SQLite file (default ${DEFAULT_DB}) or a postgres:// URL`;

function write(path: string, content: string): void {
  if (path === '-') {
    process.stdout.write(content);
    return;
  }
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, content);
}

interface IngestOpts {
  db: string;
  queue?: string;
  workers?: number;
  maxBytes?: number;
  quiet?: boolean;
}

export function registerStoreCommands(program: Command): void {
  program
    .command('ingest')
    .description('add documents to a store (re-ingesting the same text is a no-op) and analyse them')
    .argument('<inputs...>', 'files, folders, glob patterns, URLs, or - for standard input')
    .option('--db <url>', dbHelp, DEFAULT_DB)
    .option('--queue <redis-url>', 'put new documents on a queue for `sitrep worker` processes instead')
    .option('--workers <n>', 'worker threads for analysis in this process', positiveInt)
    .option('--max-bytes <n>', 'largest input file accepted, in bytes (default 20 MB)', byteCount)
    .option('-q, --quiet', 'no progress on the terminal')
    .action(async (inputs: string[], opts: IngestOpts) => {
      const progress = makeProgress({ quiet: opts.quiet });
      const r = await ingestCommand(inputs, {
        db: opts.db,
        queue: opts.queue,
        workers: opts.workers,
        maxBytes: opts.maxBytes,
        onProgress: (stage, done, total) => progress.update({ stage, done: done - 1, total }),
      }).finally(() => progress.stop());
      for (const e of r.errors) process.stderr.write(`sitrep: ${e.source}: ${e.message}\n`);
      process.stdout.write(
        `sitrep: ${r.read} read, ${r.added.length} added, ${r.skipped} already in the store` +
          (opts.queue ? `, ${r.queued} queued\n` : `, ${r.analyzed} analysed\n`),
      );
      if (r.read === 0) process.exitCode = 2;
    });

  program
    .command('report')
    .description('build the report from a store')
    .option('--db <url>', dbHelp, DEFAULT_DB)
    .option('--json <file>', 'write the report JSON (- for stdout)')
    .option('--md <file>', 'write the Markdown situation report')
    .action(async (opts: { db: string; json?: string; md?: string }) => {
      const report = await reportCommand({ db: opts.db });
      if (opts.md) write(opts.md, renderMarkdown(report));
      if (opts.json || !opts.md) write(opts.json ?? '-', `${JSON.stringify(report, null, 2)}\n`);
    });

  program
    .command('search')
    .description('full-text search over documents, claims and events in a store')
    .argument('<query>', 'words to find')
    .option('--db <url>', dbHelp, DEFAULT_DB)
    .option('--limit <n>', 'most hits to show', positiveInt, 20)
    .action(async (query: string, opts: { db: string; limit: number }) => {
      const hits = await searchCommand(query, { db: opts.db, limit: opts.limit });
      process.stdout.write(hits.length ? `${formatHits(hits)}\n` : 'no hits\n');
    });

  program
    .command('watch')
    .description('ingest new files as they appear in a folder (Ctrl-C to stop)')
    .argument('<folder>', 'folder to watch (recursively)')
    .option('--db <url>', dbHelp, DEFAULT_DB)
    .option('--queue <redis-url>', 'queue new documents for `sitrep worker` processes')
    .action(async (folder: string, opts: { db: string; queue?: string }) => {
      const w = watchFolder(folder, {
        db: opts.db,
        queue: opts.queue,
        onAdded: (e) => {
          for (const err of e.errors) process.stderr.write(`sitrep: ${err.source}: ${err.message}\n`);
          if (e.added.length)
            process.stdout.write(`sitrep: ${e.file}: ${e.added.length} document(s) added\n`);
        },
        onError: (e) => process.stderr.write(`sitrep: ${e.message}\n`),
      });
      await w.ready;
      process.stdout.write(`sitrep: watching ${folder} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => process.once('SIGINT', resolve));
      await w.close();
    });

  program
    .command('worker')
    .description('analyse queued documents (BullMQ over Redis) and store the results')
    .requiredOption('--queue <redis-url>', 'the Redis queue, e.g. redis://127.0.0.1:6379')
    .option('--db <url>', dbHelp, DEFAULT_DB)
    .option('--concurrency <n>', 'jobs at once in this process', positiveInt, 1)
    .action(async (opts: { queue: string; db: string; concurrency: number }) => {
      const w = await runWorker({ queue: opts.queue, db: opts.db, concurrency: opts.concurrency });
      process.stdout.write(`sitrep: worker on ${opts.queue} → ${opts.db} (Ctrl-C to stop)\n`);
      await new Promise<void>((resolve) => {
        process.once('SIGINT', resolve);
        process.once('SIGTERM', resolve);
      });
      await w.close();
    });
}
