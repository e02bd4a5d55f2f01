/**
 * Analysis bench: the language layer (tokenize + findEntities + findTimes) and the extractors
 * (claims, figures, events) against bare wink-nlp tokenization of the same synthetic articles,
 * one core. Prints words/s, documents/s per core and the ratios to bare tokenization.
 * Run: node --import tsx bench/analyze/run.ts [count]
 */
import { existsSync } from 'node:fs';
import { findEntities } from '../../src/analyze/entities/index.ts';
import { extractClaims } from '../../src/analyze/extract/claims.ts';
import { extractEvents } from '../../src/analyze/extract/events.ts';
import { extractFigures } from '../../src/analyze/extract/figures.ts';
import { tokenize } from '../../src/analyze/nlp/index.ts';
import { wink } from '../../src/analyze/nlp/wink.ts';
import type { TimeMention } from '../../src/analyze/types.ts';
import { syntheticCorpus } from './corpus.ts';

type FindTimes = (text: string, published: string | null, opts?: { sentences?: unknown[] }) => TimeMention[];

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
  let extractTime = 0;
  let items = 0;
  const published = '2024-01-01';
  for (const t of docs) {
    const a = performance.now();
    nlp.readDoc(t).tokens().out();
    const b = performance.now();
    const tk = tokenize(t);
    const c = performance.now();
    const entities = findEntities(t, tk);
    mentions += entities.length;
    const d = performance.now();
    const times = findTimes?.(t, published, { sentences: tk.sentences }) ?? [];
    const e = performance.now();
    const base = { text: t, published, sentences: tk.sentences, entities, times };
    const { claims } = extractClaims(base);
    items +=
      claims.length + extractFigures({ ...base, claims }).length + extractEvents({ ...base, claims }).length;
    extractTime += performance.now() - e;
    timeTime += e - d;
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
  const full = layer + extractTime / 1000;
  console.log(row('language layer + extractors', full));
  console.log(`  extractors (claims, figures, events): ${(extractTime / 1000).toFixed(2)} s; ${items} items`);
  console.log(`ratio full analysis/bare speed: ${(bare / full).toFixed(2)}`);
}

await main();
