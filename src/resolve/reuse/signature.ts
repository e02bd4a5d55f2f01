/**
 * Per-sentence signatures for candidate generation (MinHash + LSH banding), two views:
 * - verbatim: word 6-shingles of sentences that name someone or something, give a figure or
 *   quote someone (wire copies, duplicates, shared quotes; page furniture like "Sign up for …"
 *   does none of these);
 * - skeleton: SpotSigs-style chains — the sentence's function words, names and numbers in
 *   order, each run of content words collapsed to one gap mark — in 4-grams. Spinners swap
 *   content words for synonyms but rarely touch the closed-class words, names or figures, so
 *   the skeleton of a spun sentence stays close to its source while its words do not.
 */
import { combine, minhash, minhashSeeds } from './hash.ts';
import { CONTENT, NAME, NUMBER, type ReuseTokens } from './tokens.ts';

/** Stand-in for a run of content words in a skeleton. */
export const GAP = 0x9e3779b1;

export const VERBATIM_SHINGLE = 6;
export const SKELETON_GRAM = 4;
/** Bands × rows per view: r rows make a band select Jaccard ≈ above (1/b)^(1/r). */
export const VERBATIM_BANDS = 6;
export const VERBATIM_ROWS = 2;
export const SKELETON_BANDS = 6;
export const SKELETON_ROWS = 3;
/** Sentences with fewer features are too short to say anything about reuse. */
export const MIN_FEATURES = 4;

const VERBATIM_SEEDS = minhashSeeds(VERBATIM_BANDS * VERBATIM_ROWS, 0x5eed0001);
const SKELETON_SEEDS = minhashSeeds(SKELETON_BANDS * SKELETON_ROWS, 0x5eed0002);

/** Skeleton of tokens [from, to): function words, names, numbers; content runs as one GAP. */
export function skeleton(t: ReuseTokens, from: number, to: number): number[] {
  const out: number[] = [];
  for (let i = from; i < to; i++) {
    if (t.cls[i] === CONTENT) {
      if (out.length === 0 || out[out.length - 1] !== GAP) out.push(GAP);
    } else out.push(t.hash[i]);
  }
  return out;
}

/** Hashes of the n-grams of a sequence of hashes. */
export function grams(seq: ArrayLike<number>, from: number, to: number, n: number): number[] {
  const out: number[] = [];
  for (let i = from; i + n <= to; i++) {
    let h = n;
    for (let k = 0; k < n; k++) h = combine(h, seq[i + k]);
    out.push(h);
  }
  return out;
}

function bandKeys(sig: Uint32Array, bands: number, rows: number, salt: number, out: number[]): void {
  for (let b = 0; b < bands; b++) {
    let h = combine(salt, b);
    for (let r = 0; r < rows; r++) h = combine(h, sig[b * rows + r]);
    out.push(h);
  }
}

export interface SentenceKeys {
  /** LSH band keys of the verbatim view (empty for short sentences). */
  verbatim: number[];
  /** LSH band keys of the skeleton view (empty for short skeletons). */
  skeleton: number[];
}

/** Band keys of sentence s. */
export function sentenceKeys(t: ReuseTokens, s: number): SentenceKeys {
  const from = t.sentStart[s];
  const to = t.sentStart[s + 1];
  const verbatim: number[] = [];
  const skel: number[] = [];
  let news = false;
  for (let i = from; i < to && !news; i++)
    news = t.cls[i] === NAME || t.cls[i] === NUMBER || t.quoted[i] === 1;
  const shingles = news ? grams(t.hash, from, to, VERBATIM_SHINGLE) : [];
  if (shingles.length >= MIN_FEATURES) {
    bandKeys(minhash(shingles, VERBATIM_SEEDS), VERBATIM_BANDS, VERBATIM_ROWS, 0x7601, verbatim);
  }
  const sk = skeleton(t, from, to);
  const skGrams = grams(sk, 0, sk.length, SKELETON_GRAM);
  if (skGrams.length >= MIN_FEATURES) {
    bandKeys(minhash(skGrams, SKELETON_SEEDS), SKELETON_BANDS, SKELETON_ROWS, 0x5c01, skel);
  }
  return { verbatim, skeleton: skel };
}
