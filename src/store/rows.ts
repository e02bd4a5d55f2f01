/**
 * Pure helpers shared by the store implementations: ids, metadata rows, the split of an analysis
 * into what the report reads and what only NLP consumers read, and the full-text rows.
 */
import type { DocAnalysis } from '../analyze/types.ts';
import type { IngestedDocument } from '../ingest/types.ts';
import { textHash } from '../report/build.ts';
import type { SearchKind } from './types.ts';

/** Store id of a document: a prefix of its content hash (80 bits), stable across stores. */
export function storeId(hash: string): string {
  return `doc_${hash.slice(0, 20)}`;
}

export interface DocumentRow {
  id: string;
  hash: string;
  source: string;
  metadata: string;
  text: string;
}

type Metadata = Omit<IngestedDocument, 'text' | 'source'>;

export function toRow(doc: IngestedDocument): DocumentRow {
  const hash = textHash(doc.text);
  const { text, source, ...meta } = doc;
  return { id: storeId(hash), hash, source, metadata: JSON.stringify(meta), text };
}

export function fromRow(source: string, metadata: string | Metadata, text: string): IngestedDocument {
  const meta: Metadata = typeof metadata === 'string' ? JSON.parse(metadata) : metadata;
  // Same key order as the ingest readers give, so reports serialise identically.
  return {
    source,
    format: meta.format,
    title: meta.title,
    outlet: meta.outlet,
    url: meta.url,
    authors: meta.authors,
    published: meta.published,
    language: meta.language,
    text,
    wire: meta.wire,
    description: meta.description,
  };
}

/** What the report needs of an analysis (kept apart from tokens and sentences, which are large). */
export type AnalysisItems = Omit<DocAnalysis, 'tokens' | 'sentences'>;
export type AnalysisNlp = Pick<DocAnalysis, 'tokens' | 'sentences'>;

export function splitAnalysis(a: DocAnalysis): { items: AnalysisItems; nlp: AnalysisNlp } {
  const { tokens, sentences, ...items } = a;
  return { items, nlp: { tokens, sentences } };
}

export function joinAnalysis(items: AnalysisItems, nlp: AnalysisNlp | null): DocAnalysis {
  return {
    sentences: nlp?.sentences ?? [],
    tokens: nlp?.tokens ?? [],
    entities: items.entities,
    times: items.times,
    figures: items.figures,
    claims: items.claims,
    events: items.events,
  };
}

export interface SearchRow {
  kind: SearchKind;
  ref: string;
  doc: string;
  start: number;
  body: string;
}

/** Bounds of the sentence(s) around [start, end), or the span itself when no sentence holds it. */
function sentenceAround(a: DocAnalysis, start: number, end: number): [number, number] {
  let s = start;
  let e = end;
  for (const sent of a.sentences) {
    if (sent.end > start && sent.start <= start) s = Math.min(s, sent.start);
    if (sent.start < end && sent.end >= end) e = Math.max(e, sent.end);
  }
  return [s, e];
}

export function documentSearchRow(id: string, doc: IngestedDocument): SearchRow {
  const body = doc.title ? `${doc.title}\n\n${doc.text}` : doc.text;
  return { kind: 'document', ref: id, doc: id, start: 0, body };
}

/** Claims (attribution and content) and events (the sentence that reports them) as search rows; `start` is the item's own start. */
export function itemSearchRows(id: string, text: string, a: DocAnalysis): SearchRow[] {
  const rows: SearchRow[] = [];
  a.claims.forEach((c, k) => {
    // The claim's span and its attributed content (a quote may stand outside the attribution).
    const from = Math.min(c.start, c.content.start);
    const to = Math.max(c.end, c.content.end);
    rows.push({ kind: 'claim', ref: `${id}:c${k + 1}`, doc: id, start: c.start, body: text.slice(from, to) });
  });
  a.events.forEach((ev, k) => {
    const [s, e] = sentenceAround(a, ev.start, ev.end);
    rows.push({ kind: 'event', ref: `${id}:v${k + 1}`, doc: id, start: ev.start, body: text.slice(s, e) });
  });
  return rows.filter((r) => r.body.trim() !== '');
}

/** Marker characters the databases put around matched terms; never present in clean text. */
export const MARK_OPEN = '\u0002';
export const MARK_CLOSE = '\u0003';

/** Turns a marked snippet into plain text plus highlight ranges. */
export function unmark(marked: string): { snippet: string; highlights: Array<[number, number]> } {
  let out = '';
  const highlights: Array<[number, number]> = [];
  let open = -1;
  for (const ch of marked) {
    if (ch === MARK_OPEN) open = out.length;
    else if (ch === MARK_CLOSE) {
      if (open >= 0 && out.length > open) highlights.push([open, out.length]);
      open = -1;
    } else out += ch;
  }
  return { snippet: out, highlights };
}

/** Words of a free-text query (letters/digits runs, any script), lower-cased, at most 16. */
export function queryTerms(q: string): string[] {
  return (
    q
      .normalize('NFC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? []
  ).slice(0, 16);
}
