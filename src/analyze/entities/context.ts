/** Shared per-document view for the entity matchers: token surfaces, sentence index, proper-noun runs. */
import type { EntityType, Geo } from '../../report/contract.ts';
import { findCountryStrict } from '../geo/countries.ts';
import { isPlaceName } from '../geo/gazetteer.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import type { Sentence, Token } from '../types.ts';

export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  /** Surface text of each token. */
  words: string[];
  /** Lower-cased surface of each token. */
  lower: string[];
  /** Sentence index of each token. */
  sentOf: Int32Array;
  /** Tokens already covered by a mention of a matcher that ran earlier. */
  used: Uint8Array;
  /** Per sentence: written in title case (a headline), where capitals do not mark names. */
  titleCase: Uint8Array;
}

/** A mention candidate; `pending` fields are settled by the document-level pass. */
export interface Cand {
  start: number;
  end: number;
  /** Token span [tokStart, tokEnd). */
  tokStart: number;
  tokEnd: number;
  type: EntityType;
  name: string;
  key: string;
  role?: string | null;
  affiliation?: string | null;
  geo?: Geo | null;
  /** How sure the matcher is of the type: a title or locative is strong; a bare run is weak. */
  strong: boolean;
  /** Place name this mention hangs on (a group "of X", a ministry "X's"), keyed in the document pass. */
  anchor?: string;
  /** Ministry/military kind whose country is to be found in the document pass. */
  needsOwner?: string;
  /** "the enclave's health ministry": owned by the place named last, not the country in focus. */
  localOwner?: boolean;
  /** "the health ministry in Gaza": token where the owning place's name starts. */
  ownerAt?: number;
}

export function makeDoc(text: string, tokens: Token[], sentences: Sentence[]): Doc {
  const words = tokens.map((t) => text.slice(t.start, t.end));
  const sentOf = new Int32Array(tokens.length);
  for (let s = 0; s < sentences.length; s++) {
    for (let i = sentences[s].tokenStart; i < sentences[s].tokenEnd; i++) sentOf[i] = s;
  }
  const titleCase = new Uint8Array(sentences.length);
  for (let s = 0; s < sentences.length; s++) {
    let letters = 0;
    let caps = 0;
    for (let i = sentences[s].tokenStart; i < sentences[s].tokenEnd; i++) {
      const w = words[i];
      if (!/^\p{L}/u.test(w)) continue;
      letters++;
      if (/^\p{Lu}/u.test(w)) caps++;
    }
    if (letters >= 4 && caps >= 0.7 * letters) titleCase[s] = 1;
  }
  return {
    titleCase,
    text,
    tokens,
    sentences,
    words,
    lower: words.map((w) => w.toLowerCase()),
    sentOf,
    used: new Uint8Array(tokens.length),
  };
}

/** Token `i` follows `i - 1` with no space between them. */
export function glued(doc: Doc, i: number): boolean {
  return i > 0 && doc.tokens[i].start === doc.tokens[i - 1].end && doc.sentOf[i] === doc.sentOf[i - 1];
}

export function sameSentence(doc: Doc, a: number, b: number): boolean {
  return a >= 0 && b < doc.tokens.length && doc.sentOf[a] === doc.sentOf[b];
}

export function spanText(doc: Doc, a: number, b: number): string {
  return doc.text.slice(doc.tokens[a].start, doc.tokens[b - 1].end);
}

export function isPossessive(doc: Doc, i: number): boolean {
  const w = doc.lower[i];
  return (w === "'s" || w === '’s' || w === "'" || w === '’') && glued(doc, i);
}

const CALENDAR = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december jan feb mar apr jun jul aug sep sept oct nov dec'.split(
    ' ',
  ),
);
const PARTICLES = new Set(
  'al el bin ibn bint abu abou ben de da del della der den van von la le du dos das di ul ould'.split(' '),
);

/** Capitalised function words ("The", "In", "But") never start or join a name. */
const FUNCTION_POS = new Set(['DET', 'ADP', 'CCONJ', 'SCONJ', 'PRON', 'AUX', 'PART', 'INTJ']);

export function isCalendar(w: string): boolean {
  const l = w.toLowerCase();
  return CALENDAR.has(l.endsWith('.') ? l.slice(0, -1) : l);
}

/** A capitalised word that can be part of a name. */
export function isCapWord(doc: Doc, i: number): boolean {
  const w = doc.words[i];
  const c = w.charCodeAt(0);
  const upper = (c >= 65 && c <= 90) || (c > 127 && /^\p{Lu}/u.test(w));
  if (!upper) return false;
  if (!/\p{L}/u.test(w) || isCalendar(w)) return false;
  if (FUNCTION_POS.has(doc.tokens[i].pos) && !/^\p{Lu}[\p{Lu}.]+$/u.test(w)) return false;
  // In a headline every word is capitalised: only the tagger's proper nouns count.
  if (doc.titleCase[doc.sentOf[i]] && doc.tokens[i].pos !== 'PROPN') return false;
  const sent = doc.sentences[doc.sentOf[i]];
  if (i === sent.tokenStart || isAfterOpening(doc, i)) {
    // Sentence-initial capitals: trust the tagger — but a closed-class word ("Several", "Many")
    // opens a name only when a capitalised word follows it ("Will Smith").
    if (isFunctionWord(doc.lower[i]) && !/^\p{Lu}/u.test(doc.words[i + 1] ?? '')) return false;
    const pos = doc.tokens[i].pos;
    return pos === 'PROPN' || (/^\p{Lu}[\p{Lu}.]+$/u.test(w) && w.length > 1);
  }
  return true;
}

function isAfterOpening(doc: Doc, i: number): boolean {
  const sent = doc.sentences[doc.sentOf[i]];
  for (let k = i - 1; k >= sent.tokenStart; k--) {
    if (!/^[“"‘'«([*#—–-]+$/.test(doc.words[k])) return false;
  }
  return i > sent.tokenStart;
}

export interface Run {
  /** Token span [a, b). */
  a: number;
  b: number;
  /** Two runs joined by "of" into a name the gazetteer knows ("the Gulf of Aden"). */
  joined?: boolean;
}

/** Short words (four letters at most, as a name's last syllable is) that make a name before them a modifier: "Saudi Arabia-led", "Hamas-run", "UN-era". */
const NOT_SYLLABLE = new Set([
  'led',
  'run',
  'era',
  'held',
  'made',
  'wide',
  'like',
  'free',
  'born',
  'type',
  'only',
  'size',
  'long',
  'old',
  'new',
  'day',
  'week',
  'year',
  'area',
  'zone',
  'side',
  'up',
  'out',
  'off',
]);

/** Arabic articles that open a name when glued to it by a hyphen: "el-Fasher", "al-Bureij". */
const GLUED_ARTICLES = new Set(['al', 'el']);

/**
 * Maximal runs of capitalised words in one sentence, joined across glued hyphens
 * ("Guinea-Bissau", "Bosnia-Herzegovina") and name particles ("Abdel Fattah al-Burhan", "Ursula von der Leyen").
 * Tokens already used by another matcher break runs.
 */
export function findRuns(doc: Doc): Run[] {
  const runs: Run[] = [];
  const n = doc.tokens.length;
  let i = 0;
  while (i < n) {
    if (doc.used[i] || !isCapWord(doc, i)) {
      i++;
      continue;
    }
    const a = i;
    let b = i + 1;
    for (;;) {
      if (b >= n || !sameSentence(doc, a, b) || doc.used[b]) break;
      if (isCapWord(doc, b)) {
        b++;
        continue;
      }
      // Hyphen glued on both sides to a capitalised word.
      if (
        /^[-‐]$/.test(doc.words[b]) &&
        glued(doc, b) &&
        b + 1 < n &&
        glued(doc, b + 1) &&
        isCapWord(doc, b + 1)
      ) {
        b += 2;
        continue;
      }
      // "Ban Ki-moon", "Kim Jong-un", "Moon Jae-in": a short lower-case syllable hyphen-glued to the
      // last of two capitalised words ends the name (not "Saudi Arabia-led", "Kremlin-backed").
      if (
        b - a >= 2 &&
        b + 1 < n &&
        /^[-‐]$/.test(doc.words[b]) &&
        glued(doc, b) &&
        glued(doc, b + 1) &&
        /^\p{Ll}{1,4}$/u.test(doc.words[b + 1]) &&
        !NOT_SYLLABLE.has(doc.words[b + 1]) &&
        !(b + 2 < n && glued(doc, b + 2))
      ) {
        b += 2;
        break;
      }
      // A short lower-case word hyphen-glued between capitalised ones: "Port-au-Prince", "Saint-Jean-de-Luz".
      if (
        b + 3 < n &&
        /^[-‐]$/.test(doc.words[b]) &&
        /^[-‐]$/.test(doc.words[b + 2]) &&
        /^\p{Ll}{1,4}$/u.test(doc.words[b + 1]) &&
        glued(doc, b) &&
        glued(doc, b + 1) &&
        glued(doc, b + 2) &&
        glued(doc, b + 3) &&
        isCapWord(doc, b + 3) &&
        sameSentence(doc, a, b + 3)
      ) {
        b += 4;
        continue;
      }
      // "Jammu and Kashmir", "Bosnia and Herzegovina": a place whose own name joins two with "and".
      if (doc.lower[b] === 'and' && b + 1 < n && isCapWord(doc, b + 1) && sameSentence(doc, a, b + 1)) {
        let k = b + 2;
        while (k < n && isCapWord(doc, k) && sameSentence(doc, a, k) && !doc.used[k]) k++;
        const name = doc.text.slice(doc.tokens[a].start, doc.tokens[k - 1].end);
        if (k - a <= 6 && (isPlaceName(name) || findCountryStrict(name) !== null)) {
          b = k;
          continue;
        }
      }
      // Name particle before a capitalised word (possibly hyphen-glued: al-Burhan).
      if (PARTICLES.has(doc.lower[b])) {
        let k = b + 1;
        while (k < n && PARTICLES.has(doc.lower[k])) k++;
        if (k < n && /^[-‐]$/.test(doc.words[k]) && glued(doc, k)) k++;
        if (k < n && sameSentence(doc, a, k) && isCapWord(doc, k) && !doc.used[k]) {
          b = k + 1;
          continue;
        }
      }
      break;
    }
    // An Arabic article glued before the run's start ("el-Fasher", "al-Bureij" opening the name).
    const head =
      a >= 2 &&
      GLUED_ARTICLES.has(doc.lower[a - 2]) &&
      /^[-‐]$/.test(doc.words[a - 1]) &&
      glued(doc, a - 1) &&
      glued(doc, a) &&
      !doc.used[a - 2] &&
      sameSentence(doc, a - 2, a)
        ? a - 2
        : a;
    runs.push({ a: head, b });
    i = b;
  }
  return runs;
}

/** "Hamas-run Gaza", "rebel-held Idlib": who controls a place, between its preposition and its name. */
const CONTROL = new Set('run held controlled occupied administered besieged annexed'.split(' '));

/** The token a place name's preposition precedes: before an "X-held" modifier when there is one. */
export function beforeControl(doc: Doc, a: number): number {
  return a >= 3 && CONTROL.has(doc.lower[a - 1]) && doc.words[a - 2] === '-' && sameSentence(doc, a - 3, a)
    ? a - 3
    : a;
}

/** The token after an "X-held" modifier that starts at `s` ("in rebel-held Idlib"), else `s`. */
export function afterControl(doc: Doc, s: number): number {
  return s + 3 < doc.tokens.length &&
    doc.words[s + 1] === '-' &&
    CONTROL.has(doc.lower[s + 2]) &&
    sameSentence(doc, s, s + 3)
    ? s + 3
    : s;
}
