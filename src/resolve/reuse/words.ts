/** Word lists for reuse detection (data/reuse/*.txt), loaded once. */
import { readFileSync } from 'node:fs';
import { functionWordSet } from '../../analyze/nlp/function-words.ts';
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

let abbreviations: Set<string> | null = null;

export { functionWordSet, isFunctionWord } from '../../analyze/nlp/function-words.ts';

/** Short forms whose full stop does not end a sentence ("Gen.", "Sept."). */
export function isAbbreviation(norm: string): boolean {
  abbreviations ??= loadList('abbreviations.txt');
  return abbreviations.has(norm);
}

let functionHashes: Set<number> | null = null;

/** isFunctionWord by the hash of the normal form (hashString), for the tokenizer's hot loop. */
export function isFunctionHash(h: number): boolean {
  if (!functionHashes) {
    functionHashes = new Set([...functionWordSet()].map(hashString));
  }
  return functionHashes.has(h);
}
