/**
 * Page-furniture phrases and function-word lists, loaded from data/html-boilerplate.txt and
 * data/html-stopwords.txt, and the block tests built on them.
 */
import { readFileSync } from 'node:fs';

const dataUrl = (name: string): URL => new URL(`../../../data/${name}`, import.meta.url);

interface PhraseLists {
  whole: Set<string>;
  prefix: string[];
  contains: RegExp[];
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Lower-cases, folds curly quotes and squeezes spaces, for phrase comparison. */
export function foldText(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

function loadPhrases(): PhraseLists {
  const out: PhraseLists = { whole: new Set(), prefix: [], contains: [] };
  for (const line of readFileSync(dataUrl('html-boilerplate.txt'), 'utf8').split('\n')) {
    if (line.startsWith('#') || line.length < 3) continue;
    const kind = line[0];
    const phrase = foldText(line.slice(2));
    if (!phrase) continue;
    if (kind === '=') out.whole.add(phrase);
    else if (kind === '^') out.prefix.push(phrase);
    else if (kind === '~') {
      const start = /^\w/.test(phrase) ? '\\b' : '';
      const end = /\w$/.test(phrase) ? '\\b' : '';
      out.contains.push(new RegExp(start + escapeRe(phrase) + end));
    }
  }
  return out;
}

function loadStopwords(): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const line of readFileSync(dataUrl('html-stopwords.txt'), 'utf8').split('\n')) {
    const m = /^([a-z]{2,3}):\s*(.+)$/.exec(line);
    if (m) out.set(m[1], new Set(m[2].split(/\s+/)));
  }
  return out;
}

const PHRASES = loadPhrases();
const STOPWORDS = loadStopwords();
const ALL_STOPWORDS = new Set<string>([...STOPWORDS.values()].flatMap((s) => [...s]));

/** True when a block's text is page furniture by the phrase list. */
export function isBoilerplateText(text: string): boolean {
  const f = foldText(text);
  if (f.length === 0) return true;
  const bare = f.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  if (PHRASES.whole.has(bare) || PHRASES.whole.has(f)) return true;
  if (f.length < 300) {
    for (const p of PHRASES.prefix) if (f.startsWith(p) || bare.startsWith(p)) return true;
  }
  if (f.length < 200) {
    for (const re of PHRASES.contains) if (re.test(f)) return true;
  }
  return false;
}

/** Share of words that are function words (for the page language when known, else any listed). */
export function stopwordDensity(text: string, language: string | null): number {
  const words = text.toLowerCase().match(/[\p{L}']+/gu);
  if (!words || words.length === 0) return 0;
  const list = (language && STOPWORDS.get(language)) || ALL_STOPWORDS;
  let n = 0;
  for (const w of words) if (list.has(w)) n++;
  return n / words.length;
}

/** Whether stop-word density means anything for this language. */
export function hasStopwords(language: string | null): boolean {
  return language === null || STOPWORDS.has(language);
}

/**
 * Guesses the language of a text from function-word density, among the languages that have a
 * list; null when the text is short or no language stands out.
 */
export function guessLanguage(text: string): string | null {
  const words = text
    .slice(0, 20_000)
    .toLowerCase()
    .match(/[\p{L}']+/gu);
  if (!words || words.length < 30) return null;
  let best: string | null = null;
  let bestDensity = 0;
  for (const [lang, list] of STOPWORDS) {
    let n = 0;
    for (const w of words) if (list.has(w)) n++;
    const d = n / words.length;
    if (d > bestDensity) {
      best = lang;
      bestDensity = d;
    }
  }
  return bestDensity >= 0.15 ? best : null;
}
