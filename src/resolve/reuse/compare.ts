/**
 * Verification of one candidate pair: verbatim passages, aligned paraphrased sentences, the share
 * of each text they cover, and the kind of reuse. Pure and symmetric: the caller puts the pair in
 * a fixed order, so a pair gets the same verdict whichever document came first.
 */
import type { ReuseKind } from '../../report/contract.ts';
import { alignSentences, type SentencePair } from './paraphrase.ts';
import { type ReuseTokens, tokenChars } from './tokens.ts';
import { type VerbatimPassage, verbatimPassages } from './verbatim.ts';

/** Both texts at least this much covered by verbatim passages: the same article. */
export const DUPLICATE_SHARE = 0.9;
/** Unquoted verbatim tokens, and the longest passage, that make a wire copy. */
export const WIRE_TOKENS = 20;
export const WIRE_LONGEST = 12;
/** Aligned paraphrased sentences and the share of the shorter text they must cover. */
export const PARAPHRASE_SENTENCES = 3;
export const PARAPHRASE_SHARE = 0.3;
/** Quoted verbatim tokens that make "quotes-from" (a shared quotation). */
export const QUOTE_TOKENS = 8;

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
  sentences: SentencePair[];
  verbatimShareA: number;
  verbatimShareB: number;
  paraphraseShareA: number;
  paraphraseShareB: number;
  /** Share of A's (B's) text covered by verbatim passages or aligned sentences. */
  shareA: number;
  shareB: number;
  unquotedTokens: number;
  quotedTokens: number;
  longest: number;
}

function share(t: ReuseTokens, covered: Uint8Array): number {
  const total = tokenChars(t, 0, t.hash.length);
  if (total === 0) return 0;
  let c = 0;
  for (let i = 0; i < covered.length; i++) if (covered[i]) c += t.end[i] - t.start[i];
  return c / total;
}

export function measure(A: ReuseTokens, B: ReuseTokens): PairEvidence {
  const verbatim = verbatimPassages(A, B);
  const coveredA = new Uint8Array(A.hash.length);
  const coveredB = new Uint8Array(B.hash.length);
  let matched = 0;
  let quoted = 0;
  let longest = 0;
  for (const p of verbatim) {
    coveredA.fill(1, p.aFrom, p.aTo);
    coveredB.fill(1, p.bFrom, p.bTo);
    matched += p.matched;
    quoted += p.quoted;
    longest = Math.max(longest, p.matched);
  }
  const verbatimShareA = share(A, coveredA);
  const verbatimShareB = share(B, coveredB);
  const sentences = alignSentences(A, B, coveredA, coveredB);
  const paraA = new Uint8Array(A.hash.length);
  const paraB = new Uint8Array(B.hash.length);
  for (const s of sentences) {
    paraA.fill(1, A.sentStart[s.a], A.sentStart[s.a + 1]);
    paraB.fill(1, B.sentStart[s.b], B.sentStart[s.b + 1]);
  }
  const unionA = paraA.map((x, i) => x | coveredA[i]);
  const unionB = paraB.map((x, i) => x | coveredB[i]);
  return {
    verbatim,
    sentences,
    shareA: share(A, unionA),
    shareB: share(B, unionB),
    verbatimShareA,
    verbatimShareB,
    paraphraseShareA: share(A, paraA),
    paraphraseShareB: share(B, paraB),
    unquotedTokens: matched - quoted,
    quotedTokens: quoted,
    longest,
  };
}

export function classify(e: PairEvidence): ReuseKind | null {
  if (e.verbatimShareA >= DUPLICATE_SHARE && e.verbatimShareB >= DUPLICATE_SHARE) return 'duplicate';
  const para = Math.min(e.paraphraseShareA, e.paraphraseShareB);
  const verb = Math.min(e.verbatimShareA, e.verbatimShareB);
  const paraShare = Math.max(e.paraphraseShareA, e.paraphraseShareB);
  if (e.sentences.length >= PARAPHRASE_SENTENCES && paraShare >= PARAPHRASE_SHARE && para >= verb)
    return 'paraphrase';
  if (e.unquotedTokens >= WIRE_TOKENS && e.longest >= WIRE_LONGEST) return 'wire-copy';
  if (e.quotedTokens >= QUOTE_TOKENS) return 'quotes-from';
  return null;
}

function passagesOf(A: ReuseTokens, B: ReuseTokens, e: PairEvidence): Passage[] {
  const out: Passage[] = e.verbatim.map((p) => ({
    start: A.start[p.aFrom],
    end: A.end[p.aTo - 1],
    otherStart: B.start[p.bFrom],
    otherEnd: B.end[p.bTo - 1],
  }));
  for (const s of e.sentences) {
    out.push({
      start: A.start[A.sentStart[s.a]],
      end: A.end[A.sentStart[s.a + 1] - 1],
      otherStart: B.start[B.sentStart[s.b]],
      otherEnd: B.end[B.sentStart[s.b + 1] - 1],
    });
  }
  return out.sort((p, q) => p.start - q.start || p.otherStart - q.otherStart);
}

/** The verdict on a pair, or null when it shows no reuse. */
export function comparePair(A: ReuseTokens, B: ReuseTokens): PairVerdict | null {
  const e = measure(A, B);
  const kind = classify(e);
  if (!kind) return null;
  return {
    kind,
    shareA: e.shareA,
    shareB: e.shareB,
    passages: passagesOf(A, B, e),
  };
}
