/**
 * Reuse-index benchmark: builds the index over generated corpora of 1k, 10k and 100k documents
 * (recombined news sentences with ~20% near copies: verbatim, edited wire, spun) and prints the
 * build time, memory (RSS / heap), pairs verified, the cost of one incremental add at the largest
 * size, the growth from 10k to 100k, and how many of the planted copies were found.
 * Run: node --import tsx bench/resolve/run.ts [sizes…]   (default 1000 10000 100000)
 * Each size runs in its own process so memory figures do not mix.
 */
import { spawnSync } from 'node:child_process';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { ReuseIndex } from '../../src/resolve/reuse/index.ts';
import { generateCorpus, loadPool } from './gen/corpus.ts';
import { loadWordNet } from './gen/wordnet.ts';

const EXTRA = 200;
const mb = (b: number) => `${(b / 1048576).toFixed(0)} MB`;

interface SizeResult {
  size: number;
  buildMs: number;
  buildCpuMs: number;
  rss: number;
  heap: number;
  /** Typed arrays (posting tables) live outside the JS heap. */
  buffers: number;
  verified: number;
  postings: number;
  addMs: number;
  addP99Ms: number;
  copies: number;
  copiesFound: number;
  kinds: Record<string, number>;
  unplanted: number;
  unplantedKinds: Record<string, number>;
  genMs: number;
}

function runSize(size: number): SizeResult {
  const wn = loadWordNet();
  const pool = loadPool();
  const t0 = performance.now();
  const docs = generateCorpus(size + EXTRA, pool, wn, 7);
  const genMs = performance.now() - t0;
  const base = docs.slice(0, size);
  const extra = docs.slice(size);
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const before = process.memoryUsage();
  const index = new ReuseIndex();
  const t1 = performance.now();
  const c1 = process.cpuUsage();
  for (const d of base) index.add(d.id, d.text);
  const buildMs = performance.now() - t1;
  const cpu = process.cpuUsage(c1);
  const buildCpuMs = (cpu.user + cpu.system) / 1000;
  gc?.();
  const after = process.memoryUsage();
  const stats = index.stats();
  // Incremental adds at this size: the next documents of the same stream (copies included).
  const times: number[] = [];
  for (const d of extra) {
    const t = performance.now();
    index.add(d.id, d.text);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  // Planted copies found (either direction), and links between documents with no planted relation.
  const links = index.links();
  const root = new Map<string, string>();
  for (const d of docs) root.set(d.id, d.copyOf ? (root.get(d.copyOf.id) ?? d.copyOf.id) : d.id);
  let copies = 0;
  let copiesFound = 0;
  const kinds: Record<string, number> = {};
  for (const d of docs) {
    if (!d.copyOf) continue;
    copies++;
    const l = links.get(d.id)?.find((x) => x.doc === d.copyOf?.id);
    if (l) {
      copiesFound++;
      const k = `${d.copyOf.how}→${l.kind}`;
      kinds[k] = (kinds[k] ?? 0) + 1;
    }
  }
  let unplanted = 0;
  const unplantedKinds: Record<string, number> = {};
  for (const [id, list] of links) {
    for (const l of list) {
      if (id < l.doc && root.get(id) !== root.get(l.doc)) {
        unplanted++;
        unplantedKinds[l.kind] = (unplantedKinds[l.kind] ?? 0) + 1;
      }
    }
  }
  return {
    size,
    genMs,
    buildMs,
    buildCpuMs,
    rss: after.rss,
    heap: after.heapUsed - before.heapUsed,
    buffers: after.arrayBuffers - before.arrayBuffers,
    verified: stats.verified,
    postings: stats.postings,
    addMs: times.reduce((s, x) => s + x, 0) / times.length,
    addP99Ms: times[Math.floor(times.length * 0.99)],
    copies,
    copiesFound,
    kinds,
    unplanted,
    unplantedKinds,
  };
}

function main(): void {
  const sizeArg = process.argv.indexOf('--size');
  if (sizeArg !== -1) {
    const r = runSize(Number(process.argv[sizeArg + 1]));
    process.stdout.write(`${JSON.stringify(r)}\n`);
    return;
  }
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const results: SizeResult[] = [];
  for (const size of sizes.length ? sizes : [1000, 10000, 100000]) {
    const child = spawnSync(
      process.execPath,
      [
        '--import',
        'tsx',
        '--expose-gc',
        '--max-old-space-size=8192',
        fileURLToPath(import.meta.url),
        '--size',
        String(size),
      ],
      { encoding: 'utf8', maxBuffer: 1 << 24 },
    );
    if (child.status !== 0) {
      process.stderr.write(child.stderr);
      process.exit(1);
    }
    const r = JSON.parse(child.stdout.trim().split('\n').pop() ?? '{}') as SizeResult;
    results.push(r);
    console.log(
      `${String(r.size).padStart(6)} docs: build ${(r.buildMs / 1000).toFixed(2)} s wall, ${(r.buildCpuMs / 1000).toFixed(2)} s CPU ` +
        `(${((r.buildCpuMs * 1000) / r.size).toFixed(0)} µs CPU/doc), RSS ${mb(r.rss)}, JS heap +${mb(r.heap)}, ` +
        `typed arrays +${mb(r.buffers)}, ${r.postings} postings, ${r.verified} pairs verified; ` +
        `add one at this size: mean ${r.addMs.toFixed(2)} ms, p99 ${r.addP99Ms.toFixed(2)} ms; ` +
        `planted copies found ${r.copiesFound}/${r.copies} ${JSON.stringify(r.kinds)}, links between unrelated docs ${r.unplanted} ${JSON.stringify(r.unplantedKinds)} ` +
        `(corpus generated in ${(r.genMs / 1000).toFixed(1)} s)`,
    );
  }
  const r10 = results.find((r) => r.size === 10000);
  const r100 = results.find((r) => r.size === 100000);
  if (r10 && r100) {
    console.log(
      `growth 10k → 100k: build CPU time ×${(r100.buildCpuMs / r10.buildCpuMs).toFixed(2)}, wall ×${(r100.buildMs / r10.buildMs).toFixed(2)} (limit ×12)`,
    );
  }
  console.log(
    `load average at the end: ${os
      .loadavg()
      .map((x) => x.toFixed(1))
      .join(' ')} on ${os.cpus().length} CPUs`,
  );
}

main();
