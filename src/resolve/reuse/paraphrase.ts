/**
 * Sentence alignment for paraphrase (synonym-spun or reworded copies): sentence pairs whose
 * skeletons (function words, names, numbers in order) agree and whose character bigrams overlap,
 * matched one-to-one and kept only along a monotone chain (a spun copy keeps its source's order).
 */
import { grams, skeleton } from './signature.ts';
import type { ReuseTokens } from './tokens.ts';

export interface AlignThresholds {
  /** Minimum skeleton similarity (2·LCS / total length) of an aligned sentence pair. */
  minSkeleton: number;
  /** Minimum character-bigram Dice of an aligned sentence pair. */
  minDice: number;
}
/** Sentences shorter than this (tokens) are not aligned: too little to tell. */
export const MIN_SENTENCE_TOKENS = 6;

export interface SentencePair {
  a: number;
  b: number;
  skeleton: number;
  dice: number;
}

interface SentenceView {
  from: number;
  to: number;
  sk: number[];
  /** Character bigrams, computed when first needed. */
  bigrams: Int32Array | null;
  keys: Set<number>;
}

/** Skeleton n-grams that two sentences must share (twice) before they are compared. */
const KEY_GRAM = 3;

/** Sorted distinct character bigrams of text[from, to), lower-cased, non-alphanumerics as one space. */
export function charBigrams(text: string, from: number, to: number): Int32Array {
  const codes = new Int32Array(to - from + 1);
  let n = 0;
  let prev = 32;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    let c = 32;
    if ((code >= 48 && code <= 57) || (code >= 97 && code <= 122)) c = code;
    else if (code >= 65 && code <= 90) c = code + 32;
    else if (code >= 128 && /[\p{L}\p{N}]/u.test(text[i])) c = text[i].toLowerCase().charCodeAt(0);
    if (c === 32 && prev === 32) continue;
    codes[n++] = prev * 65536 + c;
    prev = c;
  }
  const sorted = codes.subarray(0, n).sort();
  let u = 0;
  for (let i = 0; i < n; i++) if (i === 0 || sorted[i] !== sorted[i - 1]) sorted[u++] = sorted[i];
  return sorted.slice(0, u);
}

export function dice(x: Int32Array, y: Int32Array): number {
  if (x.length + y.length === 0) return 0;
  let i = 0;
  let j = 0;
  let common = 0;
  while (i < x.length && j < y.length) {
    if (x[i] === y[j]) {
      common++;
      i++;
      j++;
    } else if (x[i] < y[j]) i++;
    else j++;
  }
  return (2 * common) / (x.length + y.length);
}

/** 2·LCS(x, y) / (|x| + |y|). */
export function lcsRatio(x: number[], y: number[]): number {
  if (x.length + y.length === 0) return 0;
  const row = new Int32Array(y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    let diag = 0;
    for (let j = 1; j <= y.length; j++) {
      const up = row[j];
      row[j] = x[i - 1] === y[j - 1] ? diag + 1 : Math.max(row[j], row[j - 1]);
      diag = up;
    }
  }
  return (2 * row[y.length]) / (x.length + y.length);
}

function views(t: ReuseTokens): (SentenceView | null)[] {
  const out: (SentenceView | null)[] = [];
  for (let s = 0; s + 1 < t.sentStart.length; s++) {
    const from = t.sentStart[s];
    const to = t.sentStart[s + 1];
    if (to - from < MIN_SENTENCE_TOKENS) {
      out.push(null);
      continue;
    }
    const sk = skeleton(t, from, to);
    out.push({ from, to, sk, bigrams: null, keys: new Set(grams(sk, 0, sk.length, KEY_GRAM)) });
  }
  return out;
}

/** Longest chain of pairs increasing in both a and b (pairs sorted by a). */
function monotoneChain(pairs: SentencePair[]): SentencePair[] {
  const sorted = [...pairs].sort((p, q) => p.a - q.a);
  const len = sorted.map(() => 1);
  const prev = sorted.map(() => -1);
  for (let i = 0; i < sorted.length; i++) {
    for (let j = 0; j < i; j++) {
      if (sorted[j].a < sorted[i].a && sorted[j].b < sorted[i].b && len[j] + 1 > len[i]) {
        len[i] = len[j] + 1;
        prev[i] = j;
      }
    }
  }
  let best = -1;
  for (let i = 0; i < sorted.length; i++) if (best === -1 || len[i] > len[best]) best = i;
  const chain: SentencePair[] = [];
  for (let i = best; i !== -1; i = prev[i]) chain.push(sorted[i]);
  return chain.reverse();
}

/**
 * Aligned sentence pairs of A and B (verbatim or reworded alike), one-to-one, in a monotone chain.
 */
export function alignSentences(A: ReuseTokens, B: ReuseTokens, th: AlignThresholds): SentencePair[] {
  const va = views(A);
  const vb = views(B);
  const byKey = new Map<number, number[]>();
  vb.forEach((v, s) => {
    if (!v) return;
    for (const k of v.keys) {
      const list = byKey.get(k);
      if (list) list.push(s);
      else byKey.set(k, [s]);
    }
  });
  const found: SentencePair[] = [];
  va.forEach((v, a) => {
    if (!v) return;
    const shared = new Map<number, number>();
    for (const k of v.keys) for (const b of byKey.get(k) ?? []) shared.set(b, (shared.get(b) ?? 0) + 1);
    for (const [b, n] of shared) {
      const w = vb[b];
      if (!w || n < 2) continue;
      const sk = lcsRatio(v.sk, w.sk);
      if (sk < th.minSkeleton) continue;
      v.bigrams ??= charBigrams(A.text, A.start[v.from], A.end[v.to - 1]);
      w.bigrams ??= charBigrams(B.text, B.start[w.from], B.end[w.to - 1]);
      const d = dice(v.bigrams, w.bigrams);
      if (d >= th.minDice) found.push({ a, b, skeleton: sk, dice: d });
    }
  });
  found.sort((p, q) => q.skeleton + q.dice - (p.skeleton + p.dice) || p.a - q.a || p.b - q.b);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const oneToOne: SentencePair[] = [];
  for (const p of found) {
    if (usedA.has(p.a) || usedB.has(p.b)) continue;
    usedA.add(p.a);
    usedB.add(p.b);
    oneToOne.push(p);
  }
  return monotoneChain(oneToOne);
}
