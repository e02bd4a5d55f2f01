/**
 * Verbatim passages shared by two texts: seed-and-extend on shared word 4-grams, then runs
 * separated by a few edited tokens merged into one passage (a wire copy's changed word or
 * dropped clause does not split its paragraph in two).
 */
import { combine } from './hash.ts';
import { NAME, type ReuseTokens } from './tokens.ts';

export const SEED = 4;
/** Runs this close on both sides (in tokens) merge into one passage… */
export const MERGE_GAP = 3;
/** …if the passage stays this dense in matched tokens (a spun sentence is not a verbatim one). */
export const MIN_DENSITY = 0.8;
/** Passages matching fewer tokens are coincidences of phrasing. */
export const MIN_PASSAGE = 8;
/** Postings kept per seed gram of the other text (repeated phrases). */
const MAX_POSITIONS = 16;

export interface VerbatimPassage {
  /** Token ranges [aFrom, aTo) and [bFrom, bTo). */
  aFrom: number;
  aTo: number;
  bFrom: number;
  bTo: number;
  /** Tokens matched exactly (the merged gaps excluded). */
  matched: number;
  /** Matched tokens inside quotation marks in either text. */
  quoted: number;
  /** Matched name tokens (what makes a passage news rather than page furniture). */
  names: number;
}

function gramAt(h: Uint32Array, i: number): number {
  let g = SEED;
  for (let k = 0; k < SEED; k++) g = combine(g, h[i + k]);
  return g;
}

interface Run {
  a: number;
  b: number;
  len: number;
}

function runs(A: ReuseTokens, B: ReuseTokens): Run[] {
  const nA = A.hash.length;
  const nB = B.hash.length;
  const where = new Map<number, number[]>();
  for (let j = 0; j + SEED <= nB; j++) {
    const g = gramAt(B.hash, j);
    const list = where.get(g);
    if (!list) where.set(g, [j]);
    else if (list.length < MAX_POSITIONS) list.push(j);
  }
  const out: Run[] = [];
  let i = 0;
  while (i + SEED <= nA) {
    const list = where.get(gramAt(A.hash, i));
    let best = 0;
    let bestJ = -1;
    if (list) {
      for (const j of list) {
        let k = 0;
        // Runs stop at paragraph breaks: a passage is a paragraph or a part of one.
        while (
          i + k < nA &&
          j + k < nB &&
          A.hash[i + k] === B.hash[j + k] &&
          (k === 0 || (!A.paraStart[i + k] && !B.paraStart[j + k]))
        )
          k++;
        if (k > best) {
          best = k;
          bestJ = j;
        }
      }
    }
    if (best >= SEED) {
      out.push({ a: i, b: bestJ, len: best });
      i += best;
    } else i++;
  }
  return out;
}

function quotedIn(A: ReuseTokens, B: ReuseTokens, r: Run): number {
  let q = 0;
  for (let k = 0; k < r.len; k++) if (A.quoted[r.a + k] || B.quoted[r.b + k]) q++;
  return q;
}

function namesIn(A: ReuseTokens, r: Run): number {
  let n = 0;
  for (let k = 0; k < r.len; k++) if (A.cls[r.a + k] === NAME) n++;
  return n;
}

/** Does a paragraph start within tokens [from, to)? */
function crossesParagraph(t: ReuseTokens, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (t.paraStart[i]) return true;
  return false;
}

/** Shared verbatim passages of A and B, in A's order. */
export function verbatimPassages(A: ReuseTokens, B: ReuseTokens): VerbatimPassage[] {
  const out: VerbatimPassage[] = [];
  let cur: VerbatimPassage | null = null;
  for (const r of runs(A, B)) {
    const q = quotedIn(A, B, r);
    const names = namesIn(A, r);
    if (cur) {
      const gapA = r.a - cur.aTo;
      const gapB = r.b - cur.bTo;
      const span = Math.max(r.a + r.len - cur.aFrom, r.b + r.len - cur.bFrom);
      const dense = cur.matched + r.len >= MIN_DENSITY * span;
      const samePara = !crossesParagraph(A, cur.aTo, r.a + 1) && !crossesParagraph(B, cur.bTo, r.b + 1);
      if (gapA >= 0 && gapA <= MERGE_GAP && gapB >= 0 && gapB <= MERGE_GAP && dense && samePara) {
        cur.aTo = r.a + r.len;
        cur.bTo = r.b + r.len;
        cur.matched += r.len;
        cur.quoted += q;
        cur.names += names;
        continue;
      }
      if (cur.matched >= MIN_PASSAGE) out.push(cur);
    }
    cur = { aFrom: r.a, aTo: r.a + r.len, bFrom: r.b, bTo: r.b + r.len, matched: r.len, quoted: q, names };
  }
  if (cur && cur.matched >= MIN_PASSAGE) out.push(cur);
  return out;
}
