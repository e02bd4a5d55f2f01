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

/** The analysis of a document the analyser failed on: no items, the text kept. */
export function emptyAnalysis(): DocAnalysis {
  return { sentences: [], tokens: [], entities: [], times: [], figures: [], claims: [], events: [] };
}

/**
 * Analyses every input. With `onError`, a document the analyser fails on gets an empty analysis
 * and the failure is reported through it (the run goes on); without it, the run fails.
 */
export async function analyzeParallel(
  inputs: AnalysisInput[],
  workers: number = defaultWorkers(inputs.length),
  onDone?: (done: number, total: number) => void,
  onError?: (index: number, message: string) => void,
): Promise<DocAnalysis[]> {
  const n = Math.max(1, Math.min(workers, inputs.length));
  if (n === 1) {
    return inputs.map((input, i) => {
      let a: DocAnalysis;
      try {
        a = analyzeDocument(input);
      } catch (e) {
        if (!onError) throw e;
        onError(i, e instanceof Error ? e.message : String(e));
        a = emptyAnalysis();
      }
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
              if ((m.error || !m.analysis) && !onError) {
                reject(new Error(`analysis failed on document ${m.id + 1}: ${m.error}`));
                return;
              }
              if (m.error || !m.analysis) onError?.(m.id, (m.error ?? 'no analysis').split('\n')[0]);
              results[m.id] = m.analysis ?? emptyAnalysis();
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
