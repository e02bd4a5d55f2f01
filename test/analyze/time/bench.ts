/**
 * Speed of findTimes on the seed corpus (or any folder of text files given as argument).
 * Prints figures; not a test. Run: node --import tsx test/analyze/time/bench.ts [dir]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { findTimes } from '../../../src/analyze/time/index.ts';

const dir = process.argv[2] ?? '/work/shared/corpus/seeds';
const texts = readdirSync(dir)
  .filter((f) => /\.(txt|md|html?|json)$/.test(f))
  .map((f) => readFileSync(join(dir, f), 'utf8'));
const chars = texts.reduce((n, t) => n + t.length, 0);
const rounds = Math.max(1, Math.ceil(5_000_000 / Math.max(1, chars)));
let found = 0;
const t0 = performance.now();
for (let r = 0; r < rounds; r++) for (const t of texts) found += findTimes(t, '2020-10-20').length;
const ms = performance.now() - t0;
const docs = rounds * texts.length;
console.log(
  `${texts.length} files × ${rounds} rounds: ${(ms / docs).toFixed(2)} ms/doc, ` +
    `${((chars * rounds) / 1e6 / (ms / 1000)).toFixed(2)} MB/s, ${found / rounds} expressions per pass`,
);
