/**
 * Distributed analysis over BullMQ (Redis): documents are stored first, then their ids are queued;
 * any number of worker processes (on any machines) load each document from the shared store,
 * analyse it and save the analysis. Saving is idempotent (one analysis per document), and a job
 * whose worker died is handed to another worker by BullMQ's stalled-job check, so a SIGKILL loses
 * nothing and stores nothing twice.
 */
import { type Job, Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import type { IngestedDocument } from '../ingest/types.ts';
import { openStore } from '../store/index.ts';
import { analyzeSafely } from '../store/report.ts';
import type { AddResult, Store } from '../store/types.ts';

export const QUEUE_NAME = 'sitrep-analyze';

export interface AnalyzeJob {
  id: string;
}

function connection(redisUrl: string): Redis {
  // BullMQ workers need blocking commands to wait forever.
  return new Redis(redisUrl, { maxRetriesPerRequest: null });
}

/** Queue name with an optional prefix (separate deployments or tests on one Redis). */
export interface QueueOptions {
  name?: string;
  prefix?: string;
}

/**
 * Stores `docs` in the store at `db` (URL or an open Store), then queues an analysis job for each
 * new document (job id = document id, so queuing the same document twice is one job).
 */
export async function enqueueDocuments(
  redisUrl: string,
  db: string | Store,
  docs: IngestedDocument[],
  opts: QueueOptions = {},
): Promise<AddResult & { queued: number }> {
  const store = typeof db === 'string' ? await openStore(db) : db;
  const redis = connection(redisUrl);
  const queue = new Queue<AnalyzeJob>(opts.name ?? QUEUE_NAME, { connection: redis, prefix: opts.prefix });
  try {
    const res = await store.addDocuments(docs);
    await queue.addBulk(
      res.added.map((id) => ({
        name: 'analyze',
        data: { id },
        opts: {
          jobId: id,
          attempts: 5,
          backoff: { type: 'exponential', delay: 1000 },
          removeOnComplete: 10_000,
          removeOnFail: 10_000,
        },
      })),
    );
    return { ...res, queued: res.added.length };
  } finally {
    await queue.close();
    redis.disconnect();
    if (typeof db === 'string') await store.close();
  }
}

/** Queues every stored document that has no analysis yet (after a crash, or for documents added without a queue). */
export async function enqueuePending(
  redisUrl: string,
  store: Store,
  opts: QueueOptions = {},
): Promise<number> {
  const redis = connection(redisUrl);
  const queue = new Queue<AnalyzeJob>(opts.name ?? QUEUE_NAME, { connection: redis, prefix: opts.prefix });
  try {
    let n = 0;
    const pending = await store.pendingAnalysis(1_000_000);
    for (let i = 0; i < pending.length; i += 1000) {
      const jobs = pending.slice(i, i + 1000).map((p) => ({
        name: 'analyze',
        data: { id: p.id },
        opts: { jobId: p.id, attempts: 5, removeOnComplete: 10_000, removeOnFail: 10_000 },
      }));
      await queue.addBulk(jobs);
      n += jobs.length;
    }
    return n;
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

export interface WorkerOptions extends QueueOptions {
  /** Redis URL of the queue. */
  queue: string;
  /** Store URL (PostgreSQL for several machines; a SQLite file works for processes on one machine). */
  db: string;
  /** Jobs processed at once by this process (default 1: analysis is CPU-bound). */
  concurrency?: number;
  /** How long a job's lock lasts without renewal; a dead worker's job is retried after about this long. */
  lockDuration?: number;
  /** How often workers look for stalled jobs (of dead workers). */
  stalledInterval?: number;
  /** Called when a job starts and ends (logging, tests). */
  onJob?: (event: 'start' | 'done' | 'skip', id: string) => void;
  /** Test hook: wait this long before saving (to kill a worker mid-job). */
  holdMs?: number;
}

export interface WorkerHandle {
  worker: Worker<AnalyzeJob>;
  store: Store;
  /** Waits for running jobs, then disconnects. */
  close(): Promise<void>;
}

/** Starts a worker that analyses queued documents until `close()`. */
export async function runWorker(opts: WorkerOptions): Promise<WorkerHandle> {
  const store = await openStore(opts.db);
  // Load the language model and gazetteers before taking jobs: loading blocks the event loop for
  // seconds, which would starve the lock renewal of the first job.
  analyzeSafely({ text: 'Officials said the talks would resume on Monday.', published: null });
  const redis = connection(opts.queue);
  const process = async (job: Job<AnalyzeJob>): Promise<'analyzed' | 'already'> => {
    const { id } = job.data;
    opts.onJob?.('start', id);
    if (await store.hasAnalysis(id)) {
      opts.onJob?.('skip', id);
      return 'already';
    }
    const stored = await store.getDocument(id);
    if (!stored) throw new Error(`document ${id} is not in the store`);
    const { analysis: result, error } = analyzeSafely({
      text: stored.doc.text,
      published: stored.doc.published,
    });
    // A crash is retried (it may be the machine); on the last attempt the document is stored
    // with an empty analysis so that it cannot stay pending for ever.
    const last = job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
    if (error && !last) throw error;
    if (error)
      console.error(`sitrep worker: analysis of ${id} failed, stored without items: ${error.message}`);
    const analysis = result;
    if (opts.holdMs) await new Promise((r) => setTimeout(r, opts.holdMs));
    const saved = await store.saveAnalysis(id, analysis);
    opts.onJob?.(saved ? 'done' : 'skip', id);
    return saved ? 'analyzed' : 'already';
  };
  const worker = new Worker<AnalyzeJob>(opts.name ?? QUEUE_NAME, process, {
    connection: redis,
    prefix: opts.prefix,
    concurrency: opts.concurrency ?? 1,
    lockDuration: opts.lockDuration ?? 30_000,
    stalledInterval: opts.stalledInterval ?? 30_000,
    maxStalledCount: 5,
  });
  worker.on('error', (e) => console.error(`sitrep worker: ${e.message}`));
  await worker.waitUntilReady();
  return {
    worker,
    store,
    async close() {
      await worker.close();
      redis.disconnect();
      await store.close();
    },
  };
}

/** Jobs not yet finished (waiting, active, delayed) on the queue. */
export async function queueBacklog(redisUrl: string, opts: QueueOptions = {}): Promise<number> {
  const redis = connection(redisUrl);
  const queue = new Queue(opts.name ?? QUEUE_NAME, { connection: redis, prefix: opts.prefix });
  try {
    const c = await queue.getJobCounts('waiting', 'active', 'delayed', 'prioritized');
    return Object.values(c).reduce((s, n) => s + n, 0);
  } finally {
    await queue.close();
    redis.disconnect();
  }
}
