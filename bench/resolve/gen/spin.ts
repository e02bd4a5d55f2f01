/**
 * A synonym spinner like the content farms': swaps a share of content words for a WordNet
 * synonym of their most frequent sense, keeping regular inflections (no exception lists: a tiny
 * lemmatizer for -s/-es/-ies, -ed, -ing). Names, numbers and function words stay.
 */
import { isFunctionWord } from '../../../src/resolve/reuse/words.ts';
import type { Pos, WordNet } from './wordnet.ts';

type Inflection = '' | 's' | 'ed' | 'ing';

interface Analysis {
  lemma: string;
  pos: Pos;
  inflection: Inflection;
}

const VOWEL = /[aeiou]/;

function lemmaCandidates(w: string): { lemma: string; inflection: Inflection; pos: Pos[] }[] {
  const out: { lemma: string; inflection: Inflection; pos: Pos[] }[] = [];
  const add = (lemma: string, inflection: Inflection, pos: Pos[]) => {
    if (lemma.length >= 2) out.push({ lemma, inflection, pos });
  };
  if (w.endsWith('ing') && w.length > 5) {
    const stem = w.slice(0, -3);
    add(stem, 'ing', ['verb']);
    add(`${stem}e`, 'ing', ['verb']);
    if (stem.length > 2 && stem[stem.length - 1] === stem[stem.length - 2])
      add(stem.slice(0, -1), 'ing', ['verb']);
  } else if (w.endsWith('ied') && w.length > 4) add(`${w.slice(0, -3)}y`, 'ed', ['verb']);
  else if (w.endsWith('ed') && w.length > 4) {
    const stem = w.slice(0, -2);
    add(stem, 'ed', ['verb']);
    add(`${stem}e`, 'ed', ['verb']);
    if (stem[stem.length - 1] === stem[stem.length - 2]) add(stem.slice(0, -1), 'ed', ['verb']);
  } else if (w.endsWith('ies') && w.length > 4) add(`${w.slice(0, -3)}y`, 's', ['noun', 'verb']);
  else if (/(?:s|x|z|ch|sh)es$/.test(w)) add(w.slice(0, -2), 's', ['noun', 'verb']);
  else if (w.endsWith('s') && !w.endsWith('ss') && w.length > 3) add(w.slice(0, -1), 's', ['noun', 'verb']);
  add(w, '', ['noun', 'verb', 'adj', 'adv']);
  return out;
}

/** The most likely lemma and part of speech of a word form, if WordNet knows it. */
export function analyze(wn: WordNet, w: string): Analysis | null {
  let best: Analysis | null = null;
  let bestTagged = -1;
  for (const c of lemmaCandidates(w)) {
    for (const pos of c.pos) {
      const e = wn.entry(c.lemma, pos);
      if (e && e.tagged > bestTagged) {
        best = { lemma: c.lemma, pos, inflection: c.inflection };
        bestTagged = e.tagged;
      }
    }
    if (best) return best; // the first form that WordNet knows (inflected before base)
  }
  return best;
}

function inflectWord(w: string, inflection: Inflection): string {
  switch (inflection) {
    case '':
      return w;
    case 's':
      if (/(?:s|x|z|ch|sh)$/.test(w)) return `${w}es`;
      if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ies`;
      return `${w}s`;
    case 'ed':
      if (w.endsWith('e')) return `${w}d`;
      if (/[^aeiou]y$/.test(w)) return `${w.slice(0, -1)}ied`;
      return `${w}ed`;
    case 'ing':
      if (w.endsWith('e') && !w.endsWith('ee') && VOWEL.test(w.slice(0, -1))) return `${w.slice(0, -1)}ing`;
      return `${w}ing`;
  }
}

/** Inflects a (possibly multi-word) synonym: nouns on the last word, verbs on the first. */
export function inflect(phrase: string, pos: Pos, inflection: Inflection): string {
  const words = phrase.split('_');
  const at = pos === 'verb' ? 0 : words.length - 1;
  words[at] = inflectWord(words[at], inflection);
  return words.join(' ');
}

export interface SpinResult {
  text: string;
  /** Content words seen and swapped. */
  content: number;
  swapped: number;
}

/**
 * Spins `text`: of its content words (lower-case, not function words), swaps about `share`
 * (chosen among those WordNet has a synonym for). `rng` gives numbers in [0, 1).
 */
export function spin(wn: WordNet, text: string, share: number, rng: () => number): SpinResult {
  const words = [...text.matchAll(/[A-Za-z]+/g)];
  const options: { index: number; end: number; replacement: string }[] = [];
  let content = 0;
  for (const m of words) {
    const w = m[0];
    const at = m.index ?? 0;
    const before = text[at - 1] ?? ' ';
    const after = text[at + w.length] ?? ' ';
    // Parts of hyphenated or apostrophe words ("week-long", "it's") stay.
    if (/[-'’]/.test(before) || /[-'’]/.test(after)) continue;
    if (w !== w.toLowerCase() || w.length < 3 || isFunctionWord(w)) continue;
    content++;
    const a = analyze(wn, w);
    if (!a) continue;
    const syns = wn.synonyms(a.lemma, a.pos).filter((s) => s.length >= 3 && /^[a-z_-]+$/.test(s));
    if (syns.length === 0) continue;
    const pick = syns[Math.floor(rng() * syns.length)];
    options.push({ index: at, end: at + w.length, replacement: inflect(pick, a.pos, a.inflection) });
  }
  const want = Math.round(share * content);
  // Shuffle (Fisher–Yates) and keep the first `want`, then apply left to right.
  for (let i = options.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [options[i], options[j]] = [options[j], options[i]];
  }
  const chosen = options.slice(0, want).sort((x, y) => x.index - y.index);
  let out = '';
  let pos = 0;
  for (const c of chosen) {
    out += text.slice(pos, c.index) + c.replacement;
    pos = c.end;
  }
  out += text.slice(pos);
  return { text: out, content, swapped: chosen.length };
}
