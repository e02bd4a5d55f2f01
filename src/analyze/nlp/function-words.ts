/**
 * Closed-class English words (articles, pronouns, prepositions, auxiliaries …) from
 * data/reuse/function-words.txt, loaded once: what is left of a sentence when its content words
 * are taken out. Used by claim linking and by reuse detection.
 */
import { readFileSync } from 'node:fs';

let words: Set<string> | null = null;

export function functionWordSet(): ReadonlySet<string> {
  if (!words) {
    words = new Set<string>();
    const text = readFileSync(new URL('../../../data/reuse/function-words.txt', import.meta.url), 'utf8');
    for (const line of text.split('\n')) {
      const t = line.replace(/#.*/, '').trim().toLowerCase();
      if (t) words.add(t);
    }
  }
  return words;
}

export function isFunctionWord(norm: string): boolean {
  return functionWordSet().has(norm);
}
