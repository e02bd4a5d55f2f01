/**
 * Language-layer bench: tokenize + findEntities (+ findTimes when present) against bare wink-nlp
 * tokenization of the same synthetic articles, one core. Prints words/s, documents/s and the ratio.
 * Run: node --import tsx bench/analyze/run.ts [count]
 */
import { existsSync } from 'node:fs';
import { findEntities } from '../../src/analyze/entities/index.ts';
import { tokenize } from '../../src/analyze/nlp/index.ts';
import { wink } from '../../src/analyze/nlp/wink.ts';
import { syntheticCorpus } from './corpus.ts';

type FindTimes = (text: string, published: string | null) => unknown;

async function loadFindTimes(): Promise<FindTimes | null> {
  const url = new URL('../../src/analyze/time/index.ts', import.meta.url);
  if (!existsSync(url)) return null;
  const mod = (await import(url.href)) as { findTimes?: FindTimes };
  return mod.findTimes ?? null;
}

function words(texts: string[]): number {
  let n = 0;
  for (const t of texts) n += t.split(/\s+/).filter(Boolean).length;
  return n;
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 2000);
  const docs = syntheticCorpus(count);
  const totalWords = words(docs);
  const findTimes = await loadFindTimes();
  // Warm up: model, lexicons, gazetteer, JIT.
  for (const t of docs.slice(0, 30)) {
    const nlp = tokenize(t);
    findEntities(t, nlp);
    findTimes?.(t, '2024-01-01');
    wink().readDoc(t).tokens().out();
  }
  // Interleaved per document, so that load on a shared machine affects both sides alike.
  const nlp = wink();
  let bareTime = 0;
  let mentions = 0;
  let tokTime = 0;
  let entTime = 0;
  let timeTime = 0;
  for (const t of docs) {
    const a = performance.now();
    nlp.readDoc(t).tokens().out();
    const b = performance.now();
    const tk = tokenize(t);
    const c = performance.now();
    mentions += findEntities(t, tk).length;
    const d = performance.now();
    findTimes?.(t, '2024-01-01');
    timeTime += performance.now() - d;
    bareTime += b - a;
    tokTime += c - b;
    entTime += d - c;
  }
  const bare = bareTime / 1000;
  const layer = (tokTime + entTime + timeTime) / 1000;
  const row = (label: string, s: number) =>
    `${label.padEnd(34)} ${(totalWords / s).toFixed(0).padStart(9)} words/s ${(docs.length / s).toFixed(1).padStart(8)} docs/s`;
  console.log(`${docs.length} synthetic articles, ${totalWords} words, one core`);
  console.log(row('bare wink readDoc().tokens()', bare));
  console.log(row(`language layer${findTimes ? ' (+ findTimes)' : ''}`, layer));
  console.log(
    `  split: tokenize ${(tokTime / 1000).toFixed(2)} s, findEntities ${(entTime / 1000).toFixed(2)} s` +
      (findTimes ? `, findTimes ${(timeTime / 1000).toFixed(2)} s` : '') +
      `; ${mentions} entity mentions`,
  );
  console.log(`ratio layer/bare speed: ${(bare / layer).toFixed(2)} (goal ≥ 0.33)`);
}

await main();
