/** Abbreviation lexicon (data/entities/abbreviations.txt), loaded once. */
import { readFileSync } from 'node:fs';

export interface Abbreviations {
  /** Never end a sentence (titles: "Gen.", "Mr."). */
  title: Set<string>;
  /** End a sentence only before a capitalised word. */
  other: Set<string>;
}

let cached: Abbreviations | null = null;

export function abbreviations(): Abbreviations {
  if (cached) return cached;
  const text = readFileSync(new URL('../../../data/entities/abbreviations.txt', import.meta.url), 'utf8');
  const out: Abbreviations = { title: new Set(), other: new Set() };
  let section: keyof Abbreviations | null = null;
  for (const line of text.split('\n')) {
    const t = line.trim();
    if (t === '' || t.startsWith('#')) continue;
    const m = /^\[(\w+)\]$/.exec(t);
    if (m) {
      section = m[1] === 'title' || m[1] === 'other' ? m[1] : null;
      continue;
    }
    if (section) for (const w of t.split(/\s+/)) out[section].add(w.toLowerCase());
  }
  cached = out;
  return out;
}
