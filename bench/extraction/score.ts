/**
 * Scoring of extracted article bodies against ground truth, re-implemented from the description of
 * the article-extraction-benchmark's `string_shingle_matching`: the text is split into word tokens
 * (runs of letters, digits and underscore), tokens are grouped into overlapping 4-gram shingles
 * (a text shorter than 4 tokens gives one shorter shingle), and the multisets of shingles are
 * compared. Each page's true/false positive and false negative counts are normalised to sum to 1
 * so long pages do not weigh more; the benchmark's figures sum those over pages and take
 * P = TP/(TP+FP), R = TP/(TP+FN). Per-page P/R/F1 averaged over pages are reported as well.
 */

const TOKEN = /[\p{L}\p{N}\p{M}_]+/gu;

export function tokenize(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

export function shingles(text: string, n = 4): Map<string, number> {
  const tokens = tokenize(text);
  const out = new Map<string, number>();
  const count = Math.max(1, tokens.length - n + 1);
  for (let i = 0; i < count; i++) {
    const sh = tokens.slice(i, i + n);
    if (sh.length === 0) continue;
    const key = sh.join('\u0001');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

export interface PageScore {
  tp: number;
  fp: number;
  fn: number;
}

/** Normalised TP/FP/FN of a prediction against the truth (they sum to 1, or are all 0). */
export function shingleMatch(truth: string, pred: string, n = 4): PageScore {
  const t = shingles(truth, n);
  const p = shingles(pred, n);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [k, tc] of t) {
    const pc = p.get(k) ?? 0;
    tp += Math.min(tc, pc);
    fn += Math.max(0, tc - pc);
  }
  for (const [k, pc] of p) {
    const tc = t.get(k) ?? 0;
    fp += Math.max(0, pc - tc);
  }
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp: 0, fp: 0, fn: 0 };
}

export interface Metrics {
  f1: number;
  precision: number;
  recall: number;
}

const prf = (tp: number, fp: number, fn: number): Metrics => {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 0;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 0;
  const f1 = precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0;
  return { f1, precision, recall };
};

/** The benchmark's aggregate: normalised counts summed over pages. */
export function aggregate(scores: PageScore[]): Metrics {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const s of scores) {
    tp += s.tp;
    fp += s.fp;
    fn += s.fn;
  }
  return prf(tp, fp, fn);
}

/** Mean of per-page precision, recall and F1. */
export function macro(scores: PageScore[]): Metrics {
  if (scores.length === 0) return { f1: 0, precision: 0, recall: 0 };
  let f1 = 0;
  let precision = 0;
  let recall = 0;
  for (const s of scores) {
    const m = prf(s.tp, s.fp, s.fn);
    f1 += m.f1;
    precision += m.precision;
    recall += m.recall;
  }
  return { f1: f1 / scores.length, precision: precision / scores.length, recall: recall / scores.length };
}
