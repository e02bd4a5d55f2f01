/**
 * Text reuse across documents: duplicates, wire copies, synonym-spun paraphrases and shared
 * quotations. Candidates come from MinHash/LSH band keys of each sentence (a verbatim view and a
 * skeleton view, see signature.ts), looked up in posting tables, so adding a document costs its
 * own signatures and the verification of the few documents it collides with — never a pass over
 * the whole corpus. Candidates are verified by passage alignment (compare.ts).
 *
 * Links do not depend on the order documents arrive in: band keys are a function of each sentence,
 * and a pair is always verified in id order. The one exception is a saturated band key (more than
 * `bucketCap` sentences share it): which sentences got in before it filled up depends on order.
 */
import type { ReuseKind } from '../../report/contract.ts';
import { comparePair, DEFAULT_THRESHOLDS, type Passage, type ReuseThresholds } from './compare.ts';
import { combine } from './hash.ts';
import { sentenceKeys } from './signature.ts';
import { PostingTable } from './table.ts';
import { type ReuseTokens, tokenize } from './tokens.ts';

export type { ReuseKind } from '../../report/contract.ts';
export type { Passage, ReuseThresholds } from './compare.ts';
export { DEFAULT_THRESHOLDS } from './compare.ts';

export interface ReuseLink {
  /** The other document's id. */
  doc: string;
  kind: ReuseKind;
  /** Share of this document's text covered by passages aligned with the other (0..1). */
  share: number;
  /** Offsets into this document's text (start, end) and the other's (otherStart, otherEnd). */
  passages: Passage[];
}

export interface ReuseIndexOptions {
  /** Sentences a band key may gather before it counts as common phrasing (default 64). */
  bucketCap?: number;
  /** Verification thresholds (defaults: DEFAULT_THRESHOLDS). */
  thresholds?: Partial<ReuseThresholds>;
}

/** A verbatim band hit from one sentence suffices; skeleton hits are looser and need two. */
const MIN_VERBATIM_HITS = 1;
const MIN_SKELETON_HITS = 2;

export class ReuseIndex {
  private readonly ids: string[] = [];
  private readonly texts: string[] = [];
  private readonly known = new Set<string>();
  private sentDoc = new Int32Array(1024);
  private sentences = 0;
  private readonly verbatim: PostingTable;
  private readonly skeleton: PostingTable;
  private readonly all = new Map<string, ReuseLink[]>();
  private verified = 0;
  private readonly thresholds: ReuseThresholds;

  constructor(options: ReuseIndexOptions = {}) {
    const cap = options.bucketCap ?? 64;
    this.verbatim = new PostingTable(cap);
    this.skeleton = new PostingTable(cap);
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
  }

  get size(): number {
    return this.ids.length;
  }

  private fileSentence(doc: number): number {
    if (this.sentences === this.sentDoc.length) {
      const n = new Int32Array(this.sentDoc.length * 2);
      n.set(this.sentDoc);
      this.sentDoc = n;
    }
    this.sentDoc[this.sentences] = doc;
    return this.sentences++;
  }

  /** Earlier documents whose sentences share band keys with t's, filing t's keys. */
  private candidates(doc: number, t: ReuseTokens): number[] {
    const vHits = new Map<number, number>();
    const sHits = new Map<number, number>();
    const seen = new Set<number>();
    const count = (hits: Map<number, number>) => {
      for (const d of seen) hits.set(d, (hits.get(d) ?? 0) + 1);
      seen.clear();
    };
    const visit = (other: number) => {
      const d = this.sentDoc[other];
      if (d !== doc) seen.add(d);
    };
    // The whole token sequence: exact duplicates too short for sentence signatures.
    let whole = t.hash.length;
    for (let i = 0; i < t.hash.length; i++) whole = combine(whole, t.hash[i]);
    if (t.hash.length > 0) this.verbatim.addAndVisit(combine(whole, 0xd0c), this.fileSentence(doc), visit);
    count(vHits);
    for (let s = 0; s + 1 < t.sentStart.length; s++) {
      const keys = sentenceKeys(t, s);
      if (keys.verbatim.length === 0 && keys.skeleton.length === 0) continue;
      const uid = this.fileSentence(doc);
      for (const k of keys.verbatim) this.verbatim.addAndVisit(k, uid, visit);
      count(vHits);
      for (const k of keys.skeleton) this.skeleton.addAndVisit(k, uid, visit);
      count(sHits);
    }
    const out = new Set<number>();
    for (const [d, n] of vHits) if (n >= MIN_VERBATIM_HITS) out.add(d);
    for (const [d, n] of sHits) if (n >= MIN_SKELETON_HITS) out.add(d);
    return [...out].sort((a, b) => a - b);
  }

  private record(id: string, link: ReuseLink): void {
    const list = this.all.get(id);
    if (list) list.push(link);
    else this.all.set(id, [link]);
  }

  /**
   * Adds a document; returns its links to documents added before, each from its point of view
   * (`link`) and from the other document's (`back`).
   */
  add(docId: string, text: string): { link: ReuseLink; back: ReuseLink }[] {
    if (this.known.has(docId)) throw new Error(`reuse index: document ${docId} added twice`);
    const doc = this.ids.length;
    this.ids.push(docId);
    this.texts.push(text);
    this.known.add(docId);
    const t = tokenize(text);
    const out: { link: ReuseLink; back: ReuseLink }[] = [];
    for (const other of this.candidates(doc, t)) {
      const otherId = this.ids[other];
      const o = tokenize(this.texts[other]);
      this.verified++;
      // A fixed order (by id) makes the verdict independent of which document came first.
      const first = otherId < docId;
      const v = first ? comparePair(o, t, this.thresholds) : comparePair(t, o, this.thresholds);
      if (!v) continue;
      const mine = first ? v.shareB : v.shareA;
      const theirs = first ? v.shareA : v.shareB;
      const fromA = v.passages;
      const fromB = v.passages
        .map((p) => ({ start: p.otherStart, end: p.otherEnd, otherStart: p.start, otherEnd: p.end }))
        .sort((p, q) => p.start - q.start || p.otherStart - q.otherStart);
      const link: ReuseLink = { doc: otherId, kind: v.kind, share: mine, passages: first ? fromB : fromA };
      const back: ReuseLink = { doc: docId, kind: v.kind, share: theirs, passages: first ? fromA : fromB };
      out.push({ link, back });
      this.record(docId, link);
      this.record(otherId, back);
    }
    return out;
  }

  /** Every link found so far, both directions, by document id (documents without links absent). */
  links(): Map<string, ReuseLink[]> {
    const out = new Map<string, ReuseLink[]>();
    for (const [id, list] of this.all) {
      out.set(
        id,
        [...list].sort((a, b) => (a.doc < b.doc ? -1 : a.doc > b.doc ? 1 : 0)),
      );
    }
    return out;
  }

  /** Figures for benchmarks: documents, sentences filed, postings, pairs verified. */
  stats(): { documents: number; sentences: number; postings: number; keys: number; verified: number } {
    const v = this.verbatim.stats();
    const s = this.skeleton.stats();
    return {
      documents: this.ids.length,
      sentences: this.sentences,
      postings: v.postings + s.postings,
      keys: v.keys + s.keys,
      verified: this.verified,
    };
  }
}

/** Reuse links among a set of documents (all directions), through a ReuseIndex. */
export function findReuse(
  docs: { id: string; text: string }[],
  options: ReuseIndexOptions = {},
): Map<string, ReuseLink[]> {
  const index = new ReuseIndex(options);
  for (const d of docs) index.add(d.id, d.text);
  return index.links();
}
