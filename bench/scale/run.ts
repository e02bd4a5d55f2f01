/**
 * Scale bench: prints documents/s for analysis in one thread, on worker threads, and with 1, 2 and
 * 4 BullMQ worker processes over Redis + PostgreSQL (when SITREP_TEST_PG and SITREP_TEST_REDIS are
 * set — see scripts/ci-services.sh), then the time to bring the report up to date after adding one
 * document to a large SQLite store, then an HTTP load test of the API on loopback.
 *   node --import tsx bench/scale/run.ts [--docs 100000] [--analyze 120] [--skip queue,big,http]
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument } from '../../src/analyze/index.ts';
import { enqueueDocuments } from '../../src/queue/index.ts';
import { buildReport } from '../../src/report/build.ts';
import { CorpusResolver } from '../../src/resolve/corpus.ts';
import { resolveAcross } from '../../src/resolve/crossdoc/index.ts';
import { openStore } from '../../src/store/index.ts';
import { analyzePending } from '../../src/store/report.ts';
import { freshPgUrl } from '../../test/store/services.ts';
import { httpLoad } from './http.ts';
import { examplesDocuments, paragraphPool, syntheticDocument } from './synth.ts';

const args = process.argv.slice(2);
const arg = (name: string, dflt: string): string => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : dflt;
};
const BIG = Number(arg('docs', '100000'));
const RESOLVE = Number(arg('resolve', String(Math.min(BIG, 5000))));
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
  // Store side of one arrival: store it, analyse it (only it), read the new analysis row.
  const seqBefore = Number((await store.revision()).split(':')[1]);
  const fresh = { ...examples[0], source: 'zz-arrivals/new-article.txt' };
  t = performance.now();
  await store.addDocuments([fresh]);
  const t1 = performance.now();
  const analysed = await analyzePending(store);
  const t2 = performance.now();
  const rows = await store.analyzedSince(seqBefore);
  const t3 = performance.now();
  console.log(
    `big store: +1 document to ${BIG}: stored ${fmt(t1 - t)} ms, analysed ${analysed} (${fmt(t2 - t1)} ms), new rows read ${rows.length} (${fmt(t3 - t2)} ms): ${fmt(t3 - t)} ms`,
  );
  await store.close();

  // Resolution side: the pipeline's incremental CorpusResolver with RESOLVE documents, then one more.
  const corpus = new CorpusResolver();
  t = performance.now();
  for (let i = 0; i < RESOLVE; i++) {
    const s = syntheticDocument(pool, i);
    corpus.add(s.doc, s.analysis);
  }
  corpus.resolution();
  console.log(`resolver: ${RESOLVE} documents added in ${fmt((performance.now() - t) / 1000)} s`);
  t = performance.now();
  corpus.add(rows[0].doc, rows[0].analysis);
  const tAdd = performance.now() - t;
  const resolution = corpus.resolution();
  const tRes = performance.now() - t - tAdd;
  console.log(
    `resolver: +1 document → add ${fmt(tAdd)} ms, resolution() ${fmt(tRes)} ms (at ${RESOLVE + 1} documents)`,
  );
  if (!skip.has('assemble')) {
    t = performance.now();
    const report = resolveAcross(buildReport(corpus.items, resolution, []));
    console.log(
      `report: assembling the Report object over ${report.documents.length} documents ${fmt((performance.now() - t) / 1000)} s (not incremental)`,
    );
  }
}

// 5. HTTP API load on loopback.
if (skip.has('http')) console.log('http: skipped');
else await httpLoad(join(tmp, 'http.db'), examples);

rmSync(tmp, { recursive: true, force: true });
