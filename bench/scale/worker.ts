/** A BullMQ analysis worker process for the scale bench (prints "ready" once warm). */
import { runWorker } from '../../src/queue/index.ts';

const handle = await runWorker({
  queue: process.env.BENCH_REDIS ?? '',
  db: process.env.BENCH_DB ?? '',
  prefix: process.env.BENCH_PREFIX,
  concurrency: 1,
});
process.stdout.write('ready\n');
process.on('SIGTERM', () => {
  handle.close().then(() => process.exit(0));
});
