/** Runs analyzeDocument for the parent thread: one message in, one message out. */
import { parentPort } from 'node:worker_threads';
import { analyzeDocument } from './index.ts';

interface Job {
  id: number;
  text: string;
  published: string | null;
}

parentPort?.on('message', (job: Job) => {
  try {
    parentPort?.postMessage({ id: job.id, analysis: analyzeDocument(job) });
  } catch (err) {
    parentPort?.postMessage({
      id: job.id,
      error: err instanceof Error ? `${err.message}\n${err.stack}` : String(err),
    });
  }
});
