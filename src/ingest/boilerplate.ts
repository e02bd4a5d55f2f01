/**
 * Boilerplate removal for text blocks (paragraphs), in the spirit of jusText: each block is
 * classified from cheap, explainable features — phrase lists kept as data, stop-word density,
 * reader-address pronouns with appeal vocabulary, link density, length and position — and short
 * blocks that say little on their own take the class of their neighbours.
 */
import { dataLines } from './meta/data.ts';

export interface BlockContext {
  /** Index of the block among its siblings. */
  position?: number;
  /** Number of sibling blocks. */
  total?: number;
  /** Share of the block's characters inside links (0..1). */
  linkDensity?: number;
}

interface PhraseLists {
  exact: Set<string>;
  prefix: string[];
  /** Prefixes that mark only short blocks (≤ 12 words): imperative appeals like "Support X today." */
  shortPrefix: string[];
  contains: string[];
  cue: Set<string>;
  ui: Set<string>;
  stop: Set<string>;
}

let lists: PhraseLists | null = null;

function phraseLists(): PhraseLists {
  if (lists) return lists;
  const l: PhraseLists = {
    exact: new Set(),
    prefix: [],
    shortPrefix: [],
    contains: [],
    cue: new Set(),
    ui: new Set(),
    stop: new Set(),
  };
  for (const line of dataLines('boilerplate-phrases.txt')) {
    const [kind, phrase] = line.split('\t');
    if (!phrase) continue;
    const p = fold(phrase);
    if (kind === 'exact') l.exact.add(p);
    else if (kind === 'prefix') l.prefix.push(p);
    else if (kind === 'shortprefix') l.shortPrefix.push(p);
    else if (kind === 'contains') l.contains.push(p);
    else if (kind === 'cue') l.cue.add(p);
    else if (kind === 'ui') l.ui.add(p);
  }
  for (const line of dataLines('boilerplate-stopwords-en.txt')) {
    for (const w of line.split(/\s+/)) if (w) l.stop.add(w);
  }
  lists = l;
  return l;
}

/** Lower-cased, whitespace-folded, curly quotes made straight. */
function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

function isWordChar(c: number, s: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  if (c >= 0xd800 && c <= 0xdbff) return LETTER_OR_DIGIT.test(String.fromCodePoint(s.codePointAt(i) ?? c));
  return LETTER_OR_DIGIT.test(String.fromCharCode(c));
}

/**
 * Words: runs of letters and digits, with inner apostrophes and hyphens ("Sudan's", "cease-fire").
 * A character loop: several times faster than a Unicode-class regex on long texts.
 */
export function words(s: string): string[] {
  const out: string[] = [];
  let start = -1;
  for (let i = 0; i < s.length; ) {
    const c = s.charCodeAt(i);
    const width = c >= 0xd800 && c <= 0xdbff ? 2 : 1;
    const w = isWordChar(c, s, i);
    if (start < 0) {
      if (w) start = i;
    } else if (!w && c !== 39 && c !== 0x2019 && c !== 45) {
      out.push(s.slice(start, i));
      start = -1;
    }
    i += width;
  }
  if (start >= 0) out.push(s.slice(start));
  return out;
}

/** Text with quoted passages removed, so that quoted speech does not count as the outlet's voice. */
function unquoted(s: string): string {
  return s.replace(/“[^”]*”?|"[^"]*"?|«[^»]*»?/g, ' ');
}

/** Only separators / punctuation, e.g. "___", "* * *", "—". */
function isSeparator(t: string): boolean {
  return !/[\p{L}\p{N}]/u.test(t);
}

function matchesPhrase(t: string, nWords: number): boolean {
  const l = phraseLists();
  const f = fold(t);
  const bare = f.replace(/^[\s\p{P}\p{S}]+|[\s\p{P}\p{S}]+$/gu, '');
  if (l.exact.has(bare)) return true;
  for (const p of l.prefix) {
    if (f.startsWith(p)) {
      const next = f.charAt(p.length);
      // a phrase ending in a letter must end at a word boundary ("advertisement" not "advertisements are")
      if (!/\p{L}$/u.test(p) || next === '' || !/\p{L}/u.test(next)) {
        if (nWords <= 60) return true;
      }
    }
  }
  if (nWords <= 12) {
    for (const p of l.shortPrefix) if (f.startsWith(p) && boundary(f, 0, p.length)) return true;
  }
  if (nWords <= 25) {
    for (const p of l.contains) {
      const i = f.indexOf(p);
      if (i >= 0 && boundary(f, i, p.length)) return true;
    }
  }
  return false;
}

function boundary(f: string, i: number, len: number): boolean {
  const before = i === 0 ? ' ' : f.charAt(i - 1);
  const after = f.charAt(i + len) || ' ';
  return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
}

/** Reader appeal: the outlet speaking to its readers (we/our/you/your outside quotes) about support, subscriptions, notifications. */
function appealScore(t: string): { pronouns: number; cues: number; ui: number; words: number } {
  const l = phraseLists();
  const ws = words(unquoted(t));
  let pronouns = 0;
  let cues = 0;
  let ui = 0;
  for (const w of ws) {
    const lw = w.toLowerCase();
    if (lw === 'we' || lw === 'our' || lw === 'you' || lw === 'your' || w === 'us' || lw === "we're")
      pronouns++;
    if (l.cue.has(lw)) cues++;
    if (l.ui.has(lw)) ui++;
  }
  return { pronouns, cues, ui, words: ws.length };
}

export function stopWordDensity(t: string): number {
  const ws = words(t);
  if (ws.length === 0) return 0;
  const stop = phraseLists().stop;
  let n = 0;
  for (const w of ws) if (stop.has(w.toLowerCase())) n++;
  return n / ws.length;
}

/** Copyright / credit furniture: "(Copyright 2020 …. All rights reserved)", "© Agency 2024". */
function isCopyrightLine(t: string, nWords: number): boolean {
  if (nWords > 30) return false;
  return (
    /^[\W_]*(?:©|\(c\)|copyright\b)/i.test(t) ||
    /\ball rights reserved\b/i.test(t) ||
    /©\s*(?:\d{4}|[\p{Lu}])/u.test(t) ||
    /\(\s*(?:©|copyright\b)[^)]*\)\s*$/i.test(t)
  );
}

/**
 * True when a block is page furniture rather than article text. Decides on the block alone
 * (plus optional position and link density); `cleanBlocks` adds the neighbour rule.
 */
export function isBoilerplateBlock(text: string, ctx: BlockContext = {}): boolean {
  const f = features(text);
  if (f.bad) return true;
  const link = ctx.linkDensity ?? 0;
  if (link >= 0.5 && f.n <= 40) return true;
  if (link >= 0.8) return true;
  // Near the edges of a page, a short appeal with one cue is enough.
  const edge =
    ctx.position !== undefined && ctx.total !== undefined && ctx.total > 4
      ? ctx.position < ctx.total * 0.15 || ctx.position >= ctx.total * 0.85
      : false;
  return edge && f.edgeAppeal;
}

interface Features {
  /** Word count. */
  n: number;
  /** Boilerplate whatever the context. */
  bad: boolean;
  /** A short appeal to the reader with one cue: boilerplate near the edges of a page. */
  edgeAppeal: boolean;
}

const featureCache = new Map<string, Features>();

/** Context-free features of a block (memoised: readers ask about the same block several times). */
function features(text: string): Features {
  const hit = featureCache.get(text);
  if (hit) return hit;
  const f = computeFeatures(text.trim());
  if (featureCache.size > 20_000) featureCache.clear();
  featureCache.set(text, f);
  return f;
}

function computeFeatures(t: string): Features {
  if (t === '' || isSeparator(t)) return { n: 0, bad: true, edgeAppeal: false };
  const n = words(t).length;
  if (matchesPhrase(t, n) || isCopyrightLine(t, n)) return { n, bad: true, edgeAppeal: false };
  const a = appealScore(t);
  // reported speech ("…, the coordinator said") is news, not the outlet talking to its readers
  const plain = unquoted(t);
  if (/\b(?:said|says|told|according to|added|stated|warned|urged)\b/i.test(plain))
    return { n, bad: false, edgeAppeal: false };
  // site controls: "Notifications can be managed in your settings", "Refresh the page to log in"
  if (n <= 14 && a.ui >= 2) return { n, bad: true, edgeAppeal: false };
  const bad =
    (a.pronouns >= 2 && a.cues >= 2 && a.cues / Math.max(1, a.words) >= 0.04) ||
    (a.pronouns >= 1 && a.cues >= 2 && n <= 15 && /\b(?:you|your)\b/i.test(t)) ||
    (a.pronouns >= 1 && a.cues >= 3 && a.cues / Math.max(1, a.words) >= 0.12);
  const edgeAppeal = a.pronouns >= 1 && a.cues >= 1 && n <= 20 && /\b(?:you|your)\b/i.test(plain);
  return { n, bad, edgeAppeal };
}

type Kind = 'bad' | 'good' | 'short';

/** A list line: "- …", "• …". */
export const BULLET = /^\s*[-•*–]\s+\S/u;
const TRAILING_TEASER =
  /(?<=[.!?]["”’]?)\s+(?:read more|continue reading|read the full (?:story|article))\s*[.…»›>]*(?=\s+\p{Lu}|\s*$)/giu;

/** Body-like: enough words, function words in normal proportion, sentence punctuation. */
function classify(text: string, ctx: BlockContext): Kind {
  if (isBoilerplateBlock(text, ctx)) return 'bad';
  // A bare link on a line of its own ("https://example.org/p/4x"): a share or short link.
  if (/^(?:https?:\/\/|www\.)\S+$/i.test(text.trim())) return 'bad';
  // "2 min read", "5 minute read": a page's reading-time label.
  if (/^\d{1,2}\s*(?:-\s*)?min(?:ute)?s?\.?\s+read$/i.test(text.trim())) return 'bad';
  const n = words(text).length;
  if (n < 8) return 'short';
  if (stopWordDensity(text) < 0.12 && n < 25) return 'short';
  return 'good';
}

/**
 * Removes boilerplate blocks. Bad blocks go. A short block (label, caption, one-liner) stays
 * between two body blocks; a heading stays when body text follows it; a short sentence stays
 * near body text. A short block on the border between furniture and body is furniture: at the
 * head and tail of an article those are author names, places, captions and tags.
 * `linkDensity[i]` and `headings[i]` describe block i where the reader knows them.
 */
export function cleanBlocks(blocks: string[], linkDensity?: number[], headings?: boolean[]): string[] {
  const total = blocks.length;
  const kinds = blocks.map((b, i) => classify(b, { position: i, total, linkDensity: linkDensity?.[i] }));
  // "Read more" / "Related" over a bulleted list of headlines: the list is other stories too.
  for (let i = 0; i < total; i++) {
    if (kinds[i] !== 'bad') continue;
    // (Headlines end without a full stop; lines the reader joined may make a longer block.)
    for (let j = i + 1; j < total && BULLET.test(blocks[j]) && !/[.!?]["”’]?\s*$/u.test(blocks[j]); j++)
      kinds[j] = 'bad';
  }
  const nearest = (i: number, step: number): Kind => {
    for (let j = i + step; j >= 0 && j < total; j += step) if (kinds[j] !== 'short') return kinds[j];
    return 'bad';
  };
  const goodWithin = (i: number, d: number): boolean => {
    for (let j = Math.max(0, i - d); j <= Math.min(total - 1, i + d); j++)
      if (kinds[j] === 'good') return true;
    return false;
  };
  const out: string[] = [];
  for (let i = 0; i < total; i++) {
    const k = kinds[i];
    // "… to foster reconciliation. read more": a teaser link left after a paragraph's sentence.
    if (k === 'good') out.push(blocks[i].replace(TRAILING_TEASER, ''));
    else if (k === 'short') {
      const prev = nearest(i, -1);
      const next = nearest(i, 1);
      const keep =
        (prev === 'good' && next === 'good') ||
        (headings?.[i] === true && next === 'good') ||
        (isShortSentence(blocks[i]) && goodWithin(i, 3));
      if (keep) out.push(blocks[i]);
    }
  }
  return out;
}

/** A short block that is a sentence: a few words, a function word, closing punctuation. */
function isShortSentence(t: string): boolean {
  const s = t.trim();
  return (
    words(s).length >= 4 &&
    stopWordDensity(s) > 0 &&
    /[.!?]["'”’)]*$/u.test(s) &&
    /^[\p{Lu}\p{N}"“‘(]/u.test(s)
  );
}
