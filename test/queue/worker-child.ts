/** A worker process for the queue tests: runs `runWorker` and prints one line per job event. */
import { runWorker } from '../../src/queue/index.ts';

const env = (k: string): string => {
  const v = process.env[k];
  if (!v) throw new Error(`worker-child: ${k} is not set`);
  return v;
};

const handle = await runWorker({
  queue: env('WORKER_REDIS'),
  db: env('WORKER_DB'),
  prefix: env('WORKER_PREFIX'),
  concurrency: 1,
  lockDuration: 1500,
  stalledInterval: 1000,
  holdMs: Number(process.env.WORKER_HOLD_MS ?? 0),
  onJob: (event, id) => process.stdout.write(`${event} ${id}\n`),
});
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  handle.close().then(() => process.exit(0));
});
