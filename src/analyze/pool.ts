/**
 * Per-document analysis on worker threads. Each worker loads the language models once; jobs
 * are handed out one at a time so a slow document never holds up a whole batch. Results come
 * back in input order. With one worker (or few documents) it runs in this thread.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { type AnalysisInput, analyzeDocument } from './index.ts';
import type { DocAnalysis } from './types.ts';

/** Below this many documents per worker, starting workers costs more than it saves. */
const MIN_DOCS_PER_WORKER = 40;

export function defaultWorkers(docs: number): number {
  return Math.max(1, Math.min(availableParallelism(), Math.floor(docs / MIN_DOCS_PER_WORKER)));
}

export async function analyzeParallel(
  inputs: AnalysisInput[],
  workers: number = defaultWorkers(inputs.length),
  onDone?: (done: number, total: number) => void,
): Promise<DocAnalysis[]> {
  const n = Math.max(1, Math.min(workers, inputs.length));
  if (n === 1) {
    return inputs.map((input, i) => {
      const a = analyzeDocument(input);
      onDone?.(i + 1, inputs.length);
      return a;
    });
  }
  const results: DocAnalysis[] = new Array(inputs.length);
  let next = 0;
  let done = 0;
  const pool = Array.from({ length: n }, () => new Worker(new URL('./worker-entry.mjs', import.meta.url)));
  try {
    await Promise.all(
      pool.map(
        (w) =>
          new Promise<void>((resolve, reject) => {
            const feed = () => {
              if (next >= inputs.length) {
                resolve();
                return;
              }
              const id = next++;
              w.postMessage({ id, text: inputs[id].text, published: inputs[id].published });
            };
            w.on('message', (m: { id: number; analysis?: DocAnalysis; error?: string }) => {
              if (m.error || !m.analysis) {
                reject(new Error(`analysis failed on document ${m.id + 1}: ${m.error}`));
                return;
              }
              results[m.id] = m.analysis;
              onDone?.(++done, inputs.length);
              feed();
            });
            w.on('error', reject);
            feed();
          }),
      ),
    );
  } finally {
    await Promise.all(pool.map((w) => w.terminate()));
  }
  return results;
}
