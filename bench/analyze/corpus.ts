/**
 * Synthetic corpus for the language-layer bench: sentences of the development seeds and of
 * examples/corpus (when present) recombined into articles of 12–40 sentences in paragraphs of
 * 1–3 sentences. Deterministic for a given seed. Sentences are split on sentence-final
 * punctuation by a plain regex, so the corpus does not depend on the code under test.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { mulberry32 as rng } from '../../test/helpers/rng.ts';

const SOURCES = [
  new URL('../../../shared/corpus/seeds/', import.meta.url),
  new URL('../../examples/corpus/', import.meta.url),
];

/** Plain text of a source file: front matter, markup and tags removed. */
function plain(name: string, raw: string): string {
  let t = raw.replace(/^\s*---[\s\S]*?\n---[^\n]*\n/, '');
  if (/\.html?$/.test(name)) {
    t = t.replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
  }
  return t.replace(/[#*_>[\]()]+/g, ' ');
}

export function sourceSentences(): string[] {
  const out: string[] = [];
  for (const dir of SOURCES) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).sort()) {
      if (!/\.(txt|md|html?)$/.test(f)) continue;
      const text = plain(f, readFileSync(join(dir.pathname, f), 'utf8'));
      for (const para of text.split(/\n\s*\n/)) {
        for (const s of para.replace(/\s+/g, ' ').split(/(?<=[.!?][”"’]?)\s+(?=[A-Z“"])/)) {
          const t = s.trim();
          if (t.split(' ').length >= 6 && t.length < 600) out.push(t);
        }
      }
    }
  }
  return out;
}

export function syntheticCorpus(count = 2000, seed = 20201010): string[] {
  const pool = sourceSentences();
  if (pool.length === 0) throw new Error('no source sentences found');
  const rand = rng(seed);
  const docs: string[] = [];
  for (let d = 0; d < count; d++) {
    const n = 12 + Math.floor(rand() * 29);
    const paras: string[] = [];
    let cur: string[] = [];
    for (let i = 0; i < n; i++) {
      cur.push(pool[Math.floor(rand() * pool.length)]);
      if (cur.length >= 1 + Math.floor(rand() * 3)) {
        paras.push(cur.join(' '));
        cur = [];
      }
    }
    if (cur.length) paras.push(cur.join(' '));
    docs.push(paras.join('\n\n'));
  }
  return docs;
}
