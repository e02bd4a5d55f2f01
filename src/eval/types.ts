/** The scorer's result: JSON-serialisable, so `sitrep eval --json` can print it as is. */

export interface Metric {
  /** e.g. `figures.precision`; the CLI and hooks grep these names as line prefixes. */
  name: string;
  /** hits / total; null when total is 0 (nothing to score). */
  value: number | null;
  hits: number;
  total: number;
  /** Human-readable counts, e.g. `12/20` or `P 0.600 R 0.480 (12 hits, 20 report, 25 gold)`. */
  detail: string;
}

export type ItemKind = 'figure' | 'claim' | 'event' | 'contradiction';

/** A gold item the report did not hit, and the likeliest reason. */
export interface Miss {
  kind: ItemKind;
  /** Gold document name (for contradictions: the gold file's document). */
  doc: string;
  evidence: string;
  reason: string;
}

/** A hit whose secondary field disagrees with gold. */
export interface FieldError {
  metric: string;
  doc: string;
  evidence: string;
  reportItem: string;
  expected: string;
  got: string;
}

/** How each gold document was matched to a report document. */
export interface DocMatch {
  doc: string;
  /** Report document id, or null when no document's source ends with the gold name. */
  reportDoc: string | null;
  source: string | null;
}

export interface EvalResult {
  gold: string;
  metrics: Metric[];
  documents: DocMatch[];
  misses: Miss[];
  /** Report items (per annotated document) that hit no gold item: `<kind> <id> in <doc>`. */
  unmatched: string[];
  fieldErrors: FieldError[];
  warnings: string[];
}
