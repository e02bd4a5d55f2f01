/**
 * Scale bench: prints documents/s for analysis in one thread, on worker threads, and with 1, 2 and
 * 4 BullMQ worker processes over Redis + PostgreSQL (when SITREP_TEST_PG and SITREP_TEST_REDIS are
 * set — see scripts/ci-services.sh), then the time to bring the report up to date after adding one
 * document to a large SQLite store, then an HTTP load test of the API on loopback.
 *   node --import tsx bench/scale/run.ts [--docs 100000] [--arrivals 5] [--analyze 120] [--skip queue,big,assemble,http]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../src/analyze/index.ts';
import { enqueueDocuments } from '../../src/queue/index.ts';
import { IncrementalReport } from '../../src/store/incremental.ts';
import { openStore } from '../../src/store/index.ts';
import { freshPgUrl } from '../../test/store/services.ts';
import { httpLoad } from './http.ts';
import { examplesDocuments, paragraphPool, syntheticDocument } from './synth.ts';

const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const BIG = Number(arg('docs', '100000'));
const ARRIVALS = Number(arg('arrivals', '5'));
const N = Number(arg('analyze', '120'));
const skip = new Set(arg('skip', '').split(','));
const tmp = mkdtempSync(join(tmpdir(), 'sitrep-scale-'));
const fmt = (x: number, d = 1) => x.toFixed(d);

console.log('# sitrep scale bench');
const examples = await examplesDocuments();
analyzeDocument({ text: 'Warm-up: officials said talks resume on Monday.', published: null });
const pool = paragraphPool(examples);
console.log(`paragraph pool: ${pool.length} paragraphs from ${examples.length} example documents`);
const sample = Array.from({ length: N }, (_, i) => syntheticDocument(pool, 1_000_000 + i, false).doc);
const inputs = sample.map((d) => ({ text: d.text, published: d.published }));
const meanChars = sample.reduce((s, d) => s + d.text.length, 0) / sample.length;
console.log(`analysis sample: ${N} recombined documents, mean ${fmt(meanChars, 0)} characters`);

// 1. One thread.
let t = performance.now();
for (const i of inputs) analyzeDocument(i);
const oneThread = N / ((performance.now() - t) / 1000);
console.log(`analysis, 1 thread:            ${fmt(oneThread)} docs/s`);

// 2. Worker threads (the pipeline's pool).
try {
  const { analyzeParallel } = await import('../../src/analyze/pool.ts');
  const { availableParallelism } = await import('node:os');
  for (const w of [2, availableParallelism()].filter((v, i, a) => v > 1 && a.indexOf(v) === i)) {
    t = performance.now();
    await analyzeParallel(inputs, w);
    console.log(
      `analysis, ${w} worker threads:    ${fmt(N / ((performance.now() - t) / 1000))} docs/s (incl. worker start-up)`,
    );
  }
} catch (e) {
  console.log(`analysis, worker threads: not measured (${e instanceof Error ? e.message : e})`);
}

// 3. BullMQ worker processes over Redis + PostgreSQL.
const pgBase = process.env.SITREP_TEST_PG;
const redis = process.env.SITREP_TEST_REDIS;
if (skip.has('queue')) console.log('queue: skipped');
else if (!pgBase || !redis) console.log('queue: not measured (SITREP_TEST_PG / SITREP_TEST_REDIS unset)');
else {
  const workerScript = fileURLToPath(new URL('./worker.ts', import.meta.url));
  for (const k of [1, 2, 4]) {
    const db = await freshPgUrl(pgBase, `bench${k}`);
    const prefix = `sitrep-bench-${process.pid}-${k}`;
    const procs: ChildProcess[] = [];
    await Promise.all(
      Array.from({ length: k }, () => {
        const p = spawn(process.execPath, ['--import', 'tsx', workerScript], {
          env: { ...process.env, BENCH_REDIS: redis, BENCH_DB: db, BENCH_PREFIX: prefix },
          stdio: ['ignore', 'pipe', 'inherit'],
        });
        procs.push(p);
        return new Promise<void>((resolve) =>
          p.stdout?.on('data', (d) => String(d).includes('ready') && resolve()),
        );
      }),
    );
    const store = await openStore(db);
    t = performance.now();
    await enqueueDocuments(redis, store, sample, { prefix });
    while ((await store.counts()).analyzed < N) await new Promise((r) => setTimeout(r, 50));
    const rate = N / ((performance.now() - t) / 1000);
    console.log(
      `queue, ${k} worker process${k > 1 ? 'es' : '  '} (Redis+PostgreSQL): ${fmt(rate)} docs/s (store, queue, analyse, save)`,
    );
    await store.close();
    for (const p of procs) p.kill('SIGTERM');
    await Promise.all(
      procs.map((p) => new Promise((r) => (p.exitCode !== null ? r(null) : p.once('exit', r)))),
    );
  }
}

// 4. Report update after adding one document to a large store.
if (skip.has('big')) console.log('big store: skipped');
else {
  const path = join(tmp, 'big.db');
  const store = await openStore(path);
  t = performance.now();
  const BATCH = 2000;
  for (let i = 0; i < BIG; i += BATCH) {
    const batch = Array.from({ length: Math.min(BATCH, BIG - i) }, (_, k) => syntheticDocument(pool, i + k));
    const { ids } = await store.addDocuments(batch.map((b) => b.doc));
    for (let k = 0; k < batch.length; k++) await store.saveAnalysis(ids[k], batch[k].analysis);
  }
  console.log(
    `big store: ${BIG} documents with stored analyses written in ${fmt((performance.now() - t) / 1000)} s (SQLite)`,
  );
  // The whole path of one arrival, as `sitrep serve` / `sitrep watch` run it: the store holds BIG
  // documents and the live report follows it; a new document is stored, then one refresh
  // analyses it (only it), reads its analysis row and brings every section of the report up to date.
  const live = new IncrementalReport(store);
  t = performance.now();
  const first = await live.refresh({ analyzePending: false });
  const heap = process.memoryUsage();
  console.log(
    `live report: first load of ${first.added} documents ${fmt((performance.now() - t) / 1000)} s (heap ${fmt(heap.heapUsed / 2 ** 20, 0)} MB, RSS ${fmt(heap.rss / 2 ** 20, 0)} MB)`,
  );
  const times: number[] = [];
  for (let k = 0; k < ARRIVALS; k++) {
    const fresh = { ...examples[k % examples.length], source: `zz-arrivals/new-article-${k}.txt` };
    t = performance.now();
    await store.addDocuments([fresh]);
    const t1 = performance.now();
    const r = await live.refresh();
    const t2 = performance.now();
    const page = live.live.page('events', 0, 50).items.length + live.live.timeline().length;
    const t3 = performance.now();
    times.push(t2 - t);
    console.log(
      `+1 document at ${live.size - 1}: store ${fmt(t1 - t)} ms, refresh ${fmt(t2 - t1)} ms (${r.mode}: analyse ${fmt(r.ms.analyze)}, read ${fmt(r.ms.load)}, live report ${fmt(r.ms.resolve)} ms) → report current after ${fmt(t2 - t)} ms; first events page + timeline ${fmt(t3 - t2)} ms (${page} items)`,
    );
  }
  times.sort((a, b) => a - b);
  console.log(
    `report up to date after +1 document at ${BIG}: median ${fmt(times[Math.floor(times.length / 2)])} ms, max ${fmt(times[times.length - 1])} ms over ${ARRIVALS} arrivals (target < 200 ms)`,
  );
  if (!skip.has('assemble')) {
    t = performance.now();
    const report = live.report();
    const t1 = performance.now();
    const bytes = JSON.stringify(report).length;
    console.log(
      `whole report copy (report()) over ${report.documents.length} documents: ${fmt((t1 - t) / 1000, 2)} s; JSON ${fmt(bytes / 2 ** 20, 0)} MB in ${fmt((performance.now() - t1) / 1000, 2)} s`,
    );
  }
  await store.close();
}

// 5. HTTP API load on loopback.
if (skip.has('http')) console.log('http: skipped');
else await httpLoad(join(tmp, 'http.db'), examples);

rmSync(tmp, { recursive: true, force: true });
