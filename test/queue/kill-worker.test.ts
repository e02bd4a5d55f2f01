import assert from 'node:assert/strict';
import { type ChildProcess, spawn } from 'node:child_process';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { enqueueDocuments, queueBacklog } from '../../src/queue/index.ts';
import { openStore } from '../../src/store/index.ts';
import { freshPgUrl, service } from '../store/services.ts';
import { testDocuments } from './docs.ts';

const CHILD = fileURLToPath(new URL('./worker-child.ts', import.meta.url));
const children: ChildProcess[] = [];
after(() => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
});

interface Child {
  proc: ChildProcess;
  lines: string[];
  waitFor(pred: (line: string) => boolean, ms: number): Promise<string>;
}

function startWorker(env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', CHILD], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  children.push(proc);
  const lines: string[] = [];
  const waiters: Array<{ pred: (l: string) => boolean; resolve: (l: string) => void }> = [];
  let buf = '';
  proc.stdout?.on('data', (chunk: Buffer) => {
    buf += chunk.toString();
    let nl = buf.indexOf('\n');
    while (nl >= 0) {
      const line = buf.slice(0, nl);
      buf = buf.slice(nl + 1);
      lines.push(line);
      for (const w of [...waiters]) {
        if (w.pred(line)) {
          waiters.splice(waiters.indexOf(w), 1);
          w.resolve(line);
        }
      }
      nl = buf.indexOf('\n');
    }
  });
  return {
    proc,
    lines,
    waitFor(pred, ms) {
      const seen = lines.find(pred);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`worker: no matching line in ${ms} ms`)), ms);
        waiters.push({
          pred,
          resolve: (l) => {
            clearTimeout(timer);
            resolve(l);
          },
        });
      });
    },
  };
}

async function until(cond: () => Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await cond()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${what}`);
}

test('a worker SIGKILLed mid-job loses nothing: its job is retried and every document is analysed once', {
  timeout: 180_000,
}, async (t) => {
  const pgBase = service('SITREP_TEST_PG', t);
  const redis = service('SITREP_TEST_REDIS', t);
  if (!pgBase || !redis) return;
  const db = await freshPgUrl(pgBase, 'kill');
  const prefix = `sitrep-test-${process.pid}-${Date.now()}`;
  const docs = testDocuments(10);
  const env = { WORKER_REDIS: redis, WORKER_DB: db, WORKER_PREFIX: prefix, WORKER_HOLD_MS: '700' };

  const a = startWorker(env);
  const b = startWorker(env);
  await Promise.all([a.waitFor((l) => l === 'ready', 60_000), b.waitFor((l) => l === 'ready', 60_000)]);

  const first = await enqueueDocuments(redis, db, docs, { prefix });
  assert.equal(first.added.length, docs.length);
  assert.equal(first.queued, docs.length);

  // Kill A while it holds a job (between analysis and save).
  const startLine = await a.waitFor((l) => l.startsWith('start '), 60_000);
  const killedJob = startLine.slice('start '.length);
  a.proc.kill('SIGKILL');
  await new Promise((r) => a.proc.once('exit', r));
  assert.equal(a.proc.signalCode, 'SIGKILL');

  const store = await openStore(db);
  try {
    await until(async () => (await store.counts()).analyzed === docs.length, 120_000, 'all analyses');
    await until(async () => (await queueBacklog(redis, { prefix })) === 0, 30_000, 'an empty queue');

    const counts = await store.counts();
    assert.deepEqual(counts, { documents: docs.length, analyzed: docs.length });
    // The killed worker's job was taken over by the survivor.
    assert.ok(b.lines.includes(`done ${killedJob}`), `survivor did not finish ${killedJob}`);
    assert.ok(!a.lines.includes(`done ${killedJob}`));
    // Each document's analysis was saved by exactly one worker.
    const done = [...a.lines, ...b.lines].filter((l) => l.startsWith('done ')).map((l) => l.slice(5));
    assert.equal(done.length, docs.length);
    assert.equal(new Set(done).size, docs.length);
    for (const id of first.added) assert.ok(await store.getAnalysis(id), `no analysis for ${id}`);

    // Re-ingesting the same documents stores and queues nothing.
    const again = await enqueueDocuments(redis, db, docs, { prefix });
    assert.equal(again.added.length, 0);
    assert.equal(again.skipped, docs.length);
    assert.equal(again.queued, 0);
    assert.equal((await store.counts()).documents, docs.length);
  } finally {
    await store.close();
    b.proc.kill('SIGTERM');
    await new Promise((r) => b.proc.once('exit', r));
  }
});
