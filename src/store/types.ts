/**
 * The store: documents (deduplicated by content hash), their per-document analyses, and a
 * full-text index over documents, claims and events. Two implementations behind `openStore`:
 * SQLite (embedded, one machine) and PostgreSQL (shared by many workers).
 */
import type { DocAnalysis } from '../analyze/types.ts';
import type { IngestedDocument } from '../ingest/types.ts';
import type { AnalyzedDocument } from '../report/build.ts';
import type { InputError, Report } from '../report/contract.ts';

export interface StoredDocument {
  /** Store id: derived from the content hash, so the same text gets the same id in every store. */
  id: string;
  hash: string;
  /** Insertion order (monotonic within one store). */
  seq: number;
  doc: IngestedDocument;
  ingestedAt: string;
}

export interface AddResult {
  /** Ids of documents that were new. */
  added: string[];
  /** How many inputs were already stored (same content) or repeated within the call. */
  skipped: number;
  /** Store id of each input, in input order (new or already stored). */
  ids: string[];
}

export type SearchKind = 'document' | 'claim' | 'event';

export interface SearchHit {
  kind: SearchKind;
  /** `<doc id>` for documents, `<doc id>:c<k>` / `<doc id>:v<k>` for the k-th claim / event of a document. */
  id: string;
  /** Store id of the document the hit is in. */
  doc: string;
  /** Plain-text extract around the match. */
  snippet: string;
  /** Matched terms as [start, end) offsets into `snippet`. */
  highlights: Array<[number, number]>;
  /** Offset of the item in the document text (0 for whole documents). */
  start: number;
  /** Higher is better; comparable only within one store kind. */
  score: number;
}

/** An analysed document as the incremental report cache reads it. */
export interface AnalyzedRow extends AnalyzedDocument {
  id: string;
  /** Sequence of the analysis row (monotonic): rows after a known seq are what is new. */
  analysisSeq: number;
}

export interface StoreCounts {
  documents: number;
  analyzed: number;
}

export interface ReportOptions {
  /** Input errors to carry into the report. */
  errors?: InputError[];
  generatedAt?: string;
  /** Analyse documents still pending before building (default true). */
  analyzePending?: boolean;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Stores new documents; content already stored (same text hash) is skipped. Safe with concurrent writers. */
  addDocuments(docs: IngestedDocument[]): Promise<AddResult>;
  getDocument(id: string): Promise<StoredDocument | null>;
  /** Documents without a stored analysis, oldest first. */
  pendingAnalysis(limit: number): Promise<StoredDocument[]>;
  /** Stores the analysis of a document. Returns false (and changes nothing) when one is already stored. */
  saveAnalysis(id: string, analysis: DocAnalysis): Promise<boolean>;
  getAnalysis(id: string): Promise<DocAnalysis | null>;
  hasAnalysis(id: string): Promise<boolean>;
  /** Every analysed document with its analysis, ordered by source (the pipeline's order). */
  allAnalyzed(): Promise<AnalyzedDocument[]>;
  /** Analysed documents whose analysis row is newer than `seq` (slim analyses: no tokens/sentences unless `full`). */
  analyzedSince(seq: number, opts?: { full?: boolean }): Promise<AnalyzedRow[]>;
  counts(): Promise<StoreCounts>;
  /** Changes whenever a document or analysis is added: a cache key for reports. */
  revision(): Promise<string>;
  search(q: string, limit?: number): Promise<SearchHit[]>;
  /** The report over every stored document (pending ones are analysed first, in this process). */
  report(opts?: ReportOptions): Promise<Report>;
  close(): Promise<void>;
}
