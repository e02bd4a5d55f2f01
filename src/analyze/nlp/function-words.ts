/**
 * Closed-class English words (articles, pronouns, prepositions, auxiliaries …) from
 * data/reuse/function-words.txt, loaded once: what is left of a sentence when its content words
 * are taken out — and the content words, the rest. Used by claim linking, cross-document
 * contradictions and reuse detection.
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

/** Content words of a text: lower-cased, common endings cut (shelled / shelling), function words out. */
export function contentWords(text: string): Set<string> {
  const fw = functionWordSet();
  return new Set(
    (text.toLowerCase().match(/\p{L}[\p{L}'-]{3,}/gu) ?? [])
      .map((w) => w.replace(/(?:'s|s|ed|ing)$/, ''))
      .filter((w) => !fw.has(w)),
  );
}

/** Share of the smaller set found in the other (0..1). */
export function wordOverlap(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let n = 0;
  for (const w of a) if (b.has(w)) n++;
  return n / Math.min(a.size, b.size);
}
