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

const stem = (w: string) => w.replace(/(?:'s|s|ed|ing)$/, '');

interface Concepts {
  phrases: RegExp | null;
  phraseOf: Map<string, string>;
  wordOf: Map<string, string>;
}
let concepts: Concepts | null = null;

/**
 * data/lexicon/concepts.json: words and phrases that name one thing in a charge and its denial
 * ("violated the ceasefire" / "breached the truce"), each group counted as one content word.
 */
function conceptTable(): Concepts {
  if (!concepts) {
    const raw = JSON.parse(
      readFileSync(new URL('../../../data/lexicon/concepts.json', import.meta.url), 'utf8'),
    ) as {
      groups: string[][];
    };
    const phraseOf = new Map<string, string>();
    const wordOf = new Map<string, string>();
    for (const group of raw.groups) {
      const name = group[0].replace(/[\s-]+/g, '');
      for (const m of group) {
        if (/[\s-]/.test(m)) phraseOf.set(m, name);
        else wordOf.set(stem(m), name);
      }
      wordOf.set(stem(name), name);
    }
    const alts = [...phraseOf.keys()]
      .sort((a, b) => b.length - a.length)
      .map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'));
    concepts = {
      phrases: alts.length ? new RegExp(`\\b(?:${alts.join('|')})\\b`, 'g') : null,
      phraseOf,
      wordOf,
    };
  }
  return concepts;
}

/**
 * Content words of a text: lower-cased, common endings cut (shelled / shelling), function words
 * out, and words of one concept group made one ("jet" and "aircraft").
 */
export function contentWords(text: string): Set<string> {
  const fw = functionWordSet();
  const c = conceptTable();
  let t = text.toLowerCase();
  if (c.phrases) t = t.replace(c.phrases, (m) => ` ${c.phraseOf.get(m.replace(/\s+/g, ' ')) ?? m} `);
  return new Set(
    (t.match(/\p{L}[\p{L}'-]{3,}/gu) ?? [])
      .map((w) => {
        const s = stem(w);
        return c.wordOf.get(s) ?? c.wordOf.get(w) ?? s;
      })
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
