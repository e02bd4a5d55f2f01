/**
 * Verification of one candidate pair: verbatim passages, aligned paraphrased sentences, the share
 * of each text they cover, and the kind of reuse. Pure and symmetric: the caller puts the pair in
 * a fixed order, so a pair gets the same verdict whichever document came first.
 */
import type { ReuseKind } from '../../report/contract.ts';
import { type AlignThresholds, alignSentences, type SentencePair } from './paraphrase.ts';
import { NAME, type ReuseTokens, tokenChars } from './tokens.ts';
import { type VerbatimPassage, verbatimPassages } from './verbatim.ts';

export interface ReuseThresholds extends AlignThresholds {
  /** Both texts at least this much covered by verbatim passages: the same article. */
  duplicateShare: number;
  /** Unquoted verbatim tokens, and tokens of the longest passage, that make a wire copy. */
  wireTokens: number;
  wireLongest: number;
  /** Distinct names the news passages of a wire copy must hold (see PairEvidence). */
  wireNames: number;
  /** Aligned paraphrased sentences, and the share of a text they must cover, for a paraphrase. */
  paraphraseSentences: number;
  paraphraseShare: number;
  /** Two reworded sentences suffice when they cover this much of a (short) text. */
  shortParaphraseShare: number;
  /** Quoted verbatim tokens that make "quotes-from" (a shared quotation). */
  quoteTokens: number;
  /** Aligned sentences at least this similar (character-bigram Dice) count as verbatim, not reworded. */
  verbatimDice: number;
}

/**
 * Chosen on the train split of the generated reuse set (bench/resolve/tune.ts), checked on its
 * test split and on the seed and demo corpora; see the notes in bench/resolve/README.md.
 */
export const DEFAULT_THRESHOLDS: ReuseThresholds = {
  minSkeleton: 0.6,
  minDice: 0.5,
  duplicateShare: 0.85,
  wireTokens: 20,
  wireLongest: 12,
  wireNames: 2,
  verbatimDice: 0.98,
  paraphraseSentences: 3,
  shortParaphraseShare: 0.5,
  paraphraseShare: 0.3,
  quoteTokens: 12,
};

export interface Passage {
  start: number;
  end: number;
  otherStart: number;
  otherEnd: number;
}

export interface PairVerdict {
  kind: ReuseKind;
  /** Share of A's (B's) text covered by the aligned passages. */
  shareA: number;
  shareB: number;
  /** Offsets into A's text (start, end) and B's (otherStart, otherEnd). */
  passages: Passage[];
}

/** Measurements of a pair, before a kind is chosen (exposed for tuning and tests). */
export interface PairEvidence {
  verbatim: VerbatimPassage[];
  /** Aligned sentence pairs, verbatim or reworded. */
  sentences: SentencePair[];
  /** Aligned sentence pairs that are reworded (Dice below `verbatimDice`). */
  reworded: number;
  verbatimShareA: number;
  verbatimShareB: number;
  /** Share of A's (B's) text covered by verbatim passages or aligned sentences. */
  shareA: number;
  shareB: number;
  unquotedTokens: number;
  quotedTokens: number;
  longest: number;
  /**
   * News passages: verbatim passages naming someone or something (a capitalised name). Shared
   * news is about people, places and organisations; shared page furniture ("Sign up for …",
   * "Copyright 2024 …") is not. Their unquoted matched tokens, the longest one's, and the
   * distinct names they hold.
   */
  newsTokens: number;
  longestNews: number;
  newsNames: number;
}

function share(t: ReuseTokens, covered: Uint8Array): number {
  const total = tokenChars(t, 0, t.hash.length);
  if (total === 0) return 0;
  let c = 0;
  for (let i = 0; i < covered.length; i++) if (covered[i]) c += t.end[i] - t.start[i];
  return c / total;
}

export function measure(
  A: ReuseTokens,
  B: ReuseTokens,
  th: ReuseThresholds = DEFAULT_THRESHOLDS,
): PairEvidence {
  const verbatim = verbatimPassages(A, B);
  const coveredA = new Uint8Array(A.hash.length);
  const coveredB = new Uint8Array(B.hash.length);
  let matched = 0;
  let quoted = 0;
  let longest = 0;
  let longestNews = 0;
  let newsTokens = 0;
  const newsNames = new Set<number>();
  for (const p of verbatim) {
    if (p.names > 0) {
      longestNews = Math.max(longestNews, p.matched);
      newsTokens += p.matched - p.quoted;
      for (let i = p.aFrom; i < p.aTo; i++) if (A.cls[i] === NAME) newsNames.add(A.hash[i]);
    }
    coveredA.fill(1, p.aFrom, p.aTo);
    coveredB.fill(1, p.bFrom, p.bTo);
    matched += p.matched;
    quoted += p.quoted;
    longest = Math.max(longest, p.matched);
  }
  const sentences = alignSentences(A, B, th);
  const unionA = coveredA.slice();
  const unionB = coveredB.slice();
  for (const s of sentences) {
    unionA.fill(1, A.sentStart[s.a], A.sentStart[s.a + 1]);
    unionB.fill(1, B.sentStart[s.b], B.sentStart[s.b + 1]);
  }
  return {
    verbatim,
    sentences,
    reworded: sentences.filter((s) => s.dice < th.verbatimDice).length,
    verbatimShareA: share(A, coveredA),
    verbatimShareB: share(B, coveredB),
    shareA: share(A, unionA),
    shareB: share(B, unionB),
    unquotedTokens: matched - quoted,
    quotedTokens: quoted,
    longest,
    newsTokens,
    longestNews,
    newsNames: newsNames.size,
  };
}

/**
 * The kind of reuse, or null:
 * - duplicate: each text almost wholly covered by verbatim passages (few sentences reworded);
 * - paraphrase: enough aligned sentences, most of them reworded, covering a good share of a text
 *   (three sentences and 30%, or two and half of a short text);
 * - wire-copy: substantial verbatim passages outside quotes, about the texts' own subjects;
 * - quotes-from: the shared verbatim text is a quotation.
 */
export function classify(e: PairEvidence, th: ReuseThresholds = DEFAULT_THRESHOLDS): ReuseKind | null {
  const aligned = e.sentences.length;
  const verbatim = e.verbatimShareA >= th.duplicateShare && e.verbatimShareB >= th.duplicateShare;
  // A copy with a word changed here and there in most sentences is a light spin, not a duplicate.
  if (verbatim && e.reworded * 4 <= aligned) return 'duplicate';
  const share = Math.max(e.shareA, e.shareB);
  const enough =
    (e.reworded >= th.paraphraseSentences && share >= th.paraphraseShare) ||
    (e.reworded >= 2 && share >= th.shortParaphraseShare);
  // Mostly reworded; or reworded throughout (a light spin leaves some sentences intact, a wire
  // edit rewords only an intro).
  const reworded = e.reworded * 2 >= aligned || (e.reworded >= 4 && e.reworded * 3 >= aligned);
  if (enough && reworded) return 'paraphrase';
  if (e.newsTokens >= th.wireTokens && e.longestNews >= th.wireLongest && e.newsNames >= th.wireNames)
    return 'wire-copy';
  if (e.quotedTokens >= th.quoteTokens) return 'quotes-from';
  return null;
}

/** Verbatim passages, then reworded aligned sentences (verbatim ones are in the passages already). */
function passagesOf(A: ReuseTokens, B: ReuseTokens, e: PairEvidence, th: ReuseThresholds): Passage[] {
  const out: Passage[] = e.verbatim.map((p) => ({
    start: A.start[p.aFrom],
    end: A.end[p.aTo - 1],
    otherStart: B.start[p.bFrom],
    otherEnd: B.end[p.bTo - 1],
  }));
  for (const s of e.sentences) {
    if (s.dice >= th.verbatimDice) continue;
    out.push({
      start: A.start[A.sentStart[s.a]],
      end: A.end[A.sentStart[s.a + 1] - 1],
      otherStart: B.start[B.sentStart[s.b]],
      otherEnd: B.end[B.sentStart[s.b + 1] - 1],
    });
  }
  return out.sort((p, q) => p.start - q.start || p.otherStart - q.otherStart);
}

function identical(A: ReuseTokens, B: ReuseTokens): boolean {
  if (A.hash.length === 0 || A.hash.length !== B.hash.length) return false;
  for (let i = 0; i < A.hash.length; i++) if (A.hash[i] !== B.hash[i]) return false;
  return true;
}

/** The verdict on a pair, or null when it shows no reuse. */
export function comparePair(
  A: ReuseTokens,
  B: ReuseTokens,
  th: ReuseThresholds = DEFAULT_THRESHOLDS,
): PairVerdict | null {
  if (identical(A, B)) {
    // Texts too short for passages still have a verdict when they are the same words.
    const whole = {
      start: A.start[0],
      end: A.end[A.end.length - 1],
      otherStart: B.start[0],
      otherEnd: B.end[B.end.length - 1],
    };
    return { kind: 'duplicate', shareA: 1, shareB: 1, passages: [whole] };
  }
  const e = measure(A, B, th);
  const kind = classify(e, th);
  if (!kind) return null;
  return {
    kind,
    shareA: e.shareA,
    shareB: e.shareB,
    passages: passagesOf(A, B, e, th),
  };
}
