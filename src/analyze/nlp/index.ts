/**
 * Sentences and tokens of one document text. wink-nlp does the tokenizing, POS tagging and a first
 * sentence split; the boundaries are then repaired for news text: abbreviations and initials,
 * closing quotation marks, datelines, headings and short lines, and never across a paragraph.
 * All offsets are UTF-16 code units into `text`.
 */
import type { Sentence, Token } from '../types.ts';
import { abbreviations } from './abbreviations.ts';
import { winkColumns } from './wink.ts';

export interface Tokenized {
  sentences: Sentence[];
  tokens: Token[];
}

/** Break kinds in `breakBefore`. */
const NONE = 0;
const SOFT = 1; // wink's sentence boundary: may be undone
const HARD = 2; // line / heading / dateline: kept
const PARA = 3; // blank line: new paragraph

const CLOSING_QUOTES = new Set(['”', '’', '»', '›', '“', '"', "'", '」', '』']);
const DASHES = new Set(['—', '–', '-', '--', '―', '‒']);
const LINE_END = /^[.!?:;…]$|^[”’"'»)]$/;
const NO_BREAK_BEFORE_LINE = new Set(['ADP', 'DET', 'CCONJ', 'SCONJ', 'PART', 'AUX', 'PRON']);

export function tokenize(text: string): Tokenized {
  if (text.trim() === '') return { sentences: [], tokens: [] };
  const cols = winkColumns(text);
  const tokens: Token[] = [];
  /** For each wink token, the index of our first token at or after it. */
  const winkToOurs = new Int32Array(cols.values.length + 1);
  let cursor = 0;
  for (let i = 0; i < cols.values.length; i++) {
    winkToOurs[i] = tokens.length;
    const v = cols.values[i];
    if (v.trim() === '') continue;
    let at = text.indexOf(v, cursor);
    if (at < 0 || at - cursor > 64) {
      // wink altered the surface (should not happen): place it at the next non-space character.
      at = cursor;
      while (at < text.length && /\s/.test(text[at])) at++;
    }
    const end = Math.min(text.length, at + v.length);
    tokens.push({ start: at, end, pos: cols.pos[i], norm: cols.normals[i], lemma: cols.lemmas[i] });
    cursor = end;
  }
  winkToOurs[cols.values.length] = tokens.length;
  const n = tokens.length;
  if (n === 0) return { sentences: [], tokens: [] };

  const brk = new Uint8Array(n);
  for (const [s] of cols.sentenceSpans) {
    const i = winkToOurs[s];
    if (i > 0 && i < n) brk[i] = SOFT;
  }
  markLineBreaks(text, tokens, brk);
  undoFalseBreaks(text, tokens, brk);
  moveClosingQuotes(text, tokens, brk);
  markDatelines(text, tokens, brk);

  const sentences: Sentence[] = [];
  let paragraph = 0;
  let first = 0;
  for (let i = 1; i <= n; i++) {
    if (i < n && brk[i] === NONE) continue;
    sentences.push({
      start: tokens[first].start,
      end: tokens[i - 1].end,
      tokenStart: first,
      tokenEnd: i,
      paragraph,
    });
    if (i < n && brk[i] === PARA) paragraph++;
    first = i;
  }
  return { sentences, tokens };
}

function tokText(text: string, t: Token): string {
  return text.slice(t.start, t.end);
}

/** Blank lines start a paragraph; a single line break ends a heading or a line without a sentence end. */
function markLineBreaks(text: string, tokens: Token[], brk: Uint8Array): void {
  for (let i = 1; i < tokens.length; i++) {
    const from = tokens[i - 1].end;
    const to = tokens[i].start;
    if (to - from === 0 || (to - from === 1 && text.charCodeAt(from) === 32)) continue;
    const gap = text.slice(from, to);
    const nl = gap.indexOf('\n');
    if (nl < 0) continue;
    if (/\n[^\S\n]*\n/.test(gap)) {
      brk[i] = PARA;
      continue;
    }
    const prev = tokens[i - 1];
    const prevText = tokText(text, prev);
    if (LINE_END.test(prevText)) {
      brk[i] = HARD;
      continue;
    }
    const next = tokText(text, tokens[i]);
    const startsUpper = /^[\p{Lu}\p{N}"“‘'«#*•(]/u.test(next);
    if (startsUpper && !NO_BREAK_BEFORE_LINE.has(prev.pos) && prevText !== ',' && !DASHES.has(prevText)) {
      brk[i] = HARD;
    }
  }
}

/** wink splits after some abbreviations ("3rd Div. moved", "Lt. Col.") and initials. */
function undoFalseBreaks(text: string, tokens: Token[], brk: Uint8Array): void {
  const abbr = abbreviations();
  for (let i = 1; i < tokens.length; i++) {
    if (brk[i] !== SOFT) continue;
    const prev = tokText(text, tokens[i - 1]).toLowerCase();
    const word = prev === '.' && i >= 2 ? `${tokText(text, tokens[i - 2]).toLowerCase()}.` : prev;
    const next = tokText(text, tokens[i]);
    const nextLower = /^[\p{Ll}\p{N}]/u.test(next);
    if (abbr.title.has(word)) brk[i] = NONE;
    else if (nextLower && (word.endsWith('.') || abbr.other.has(word))) brk[i] = NONE;
    else if (/^\p{Lu}\.$/u.test(word) && /^\p{Lu}/u.test(next) && (i < 2 || tokens[i - 2].pos === 'PROPN'))
      brk[i] = NONE;
  }
}

/** A closing quotation mark at the start of a sentence belongs to the sentence before it. */
function moveClosingQuotes(text: string, tokens: Token[], brk: Uint8Array): void {
  let sentStart = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (brk[i] === NONE) continue;
    if (brk[i] === SOFT) {
      let j = i;
      while (j < tokens.length && brk[j] !== PARA && brk[j] !== HARD && isClosing(text, tokens, sentStart, j))
        j++;
      if (j > i) {
        brk[i] = NONE;
        if (j < tokens.length && brk[j] === NONE) brk[j] = SOFT;
        i = j;
        if (i >= tokens.length) break;
        if (brk[i] === NONE) continue;
      }
    }
    sentStart = i;
  }
}

function isClosing(text: string, tokens: Token[], sentStart: number, j: number): boolean {
  const t = tokText(text, tokens[j]);
  if (!CLOSING_QUOTES.has(t)) return false;
  // Followed by space, line end or punctuation, not glued to the next word like an opening mark.
  const after = text.charAt(tokens[j].end);
  if (after !== '' && !/[\s.,;:!?)\]”’»]/.test(after)) return false;
  if (t === '"' || t === "'" || t === '“') {
    // Ambiguous marks: closing only when the sentence so far leaves one open.
    let open = 0;
    for (let k = sentStart; k < j; k++) {
      const q = tokText(text, tokens[k]);
      if (q === t || (t === '“' && q === '„')) open++;
    }
    return t === '“' ? open % 2 === 1 || after === '' || /\s/.test(after) : open % 2 === 1;
  }
  return true;
}

/** "KHARTOUM, Sudan (AP) —" at the start of a paragraph is a sentence of its own. */
function markDatelines(text: string, tokens: Token[], brk: Uint8Array): void {
  for (let p = 0; p < tokens.length; p++) {
    if (p > 0 && brk[p] !== PARA && brk[p] !== HARD) continue;
    const first = tokText(text, tokens[p]);
    if (!/^\p{Lu}[\p{Lu}.'’-]+$/u.test(first)) continue;
    for (let j = p + 1; j < tokens.length && j < p + 14; j++) {
      if (brk[j] === PARA || brk[j] === HARD) break;
      const t = tokText(text, tokens[j]);
      // ("UN envoy Ban Ki-moon said": a hyphen glued inside a word is no dateline's dash.)
      if (
        DASHES.has(t) &&
        !(tokens[j].start === tokens[j - 1].end && tokens[j + 1]?.start === tokens[j].end)
      ) {
        if (j > p && j + 1 < tokens.length && brk[j + 1] !== PARA) brk[j + 1] = HARD;
        for (let k = p + 1; k <= j; k++) if (brk[k] === SOFT) brk[k] = NONE;
        break;
      }
      if (!/^[\p{Lu}(),.'’/]/u.test(t) && !/^\p{Lu}/u.test(t)) break;
    }
  }
}
