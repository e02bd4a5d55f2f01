/** Word lists for reuse detection (data/reuse/*.txt), loaded once. */
import { readFileSync } from 'node:fs';
import { hashString } from './hash.ts';

function loadList(name: string): Set<string> {
  const text = readFileSync(new URL(`../../../data/reuse/${name}`, import.meta.url), 'utf8');
  const out = new Set<string>();
  for (const line of text.split('\n')) {
    const t = line.replace(/#.*/, '').trim().toLowerCase();
    if (t) out.add(t);
  }
  return out;
}

let functionWords: Set<string> | null = null;
let abbreviations: Set<string> | null = null;

/** Closed-class English words (data/reuse/function-words.txt), as a set. */
export function functionWordSet(): ReadonlySet<string> {
  functionWords ??= loadList('function-words.txt');
  return functionWords;
}

/** Closed-class English words: the skeleton that synonym spinning leaves in place. */
export function isFunctionWord(norm: string): boolean {
  return functionWordSet().has(norm);
}

/** Short forms whose full stop does not end a sentence ("Gen.", "Sept."). */
export function isAbbreviation(norm: string): boolean {
  abbreviations ??= loadList('abbreviations.txt');
  return abbreviations.has(norm);
}

let functionHashes: Set<number> | null = null;

/** isFunctionWord by the hash of the normal form (hashString), for the tokenizer's hot loop. */
export function isFunctionHash(h: number): boolean {
  if (!functionHashes) {
    functionWords ??= loadList('function-words.txt');
    functionHashes = new Set([...functionWords].map(hashString));
  }
  return functionHashes.has(h);
}
