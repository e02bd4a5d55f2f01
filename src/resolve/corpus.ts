/**
 * Incremental resolution of a corpus: documents are added one at a time (with their analyses);
 * the entity resolver and the reuse index update in place — the new document is compared only
 * with the candidates its signatures point at — and the resolution is the same as resolving the
 * whole corpus in the same order at once.
 */
import type { DocAnalysis } from '../analyze/types.ts';
import type { IngestedDocument } from '../ingest/types.ts';
import { type AnalyzedDocument, documentId, type Resolution } from '../report/build.ts';
import type { ReportDocument } from '../report/contract.ts';
import { EntityResolver } from './entities/index.ts';
import { ReuseIndex } from './reuse/index.ts';

export class CorpusResolver {
  readonly items: AnalyzedDocument[] = [];
  private readonly entityResolver = new EntityResolver();
  private readonly reuseIndex = new ReuseIndex();

  get size(): number {
    return this.items.length;
  }

  /** Adds one document; returns its report id. */
  add(doc: IngestedDocument, analysis: DocAnalysis): string {
    const id = documentId(this.items.length);
    this.items.push({ doc, analysis });
    this.entityResolver.add(id, analysis.entities, doc.text);
    this.reuseIndex.add(id, doc.text);
    return id;
  }

  /** Reuse-index figures: documents, sentences, postings and candidate pairs verified so far. */
  reuseStats(): ReturnType<ReuseIndex['stats']> {
    return this.reuseIndex.stats();
  }

  resolution(): Resolution {
    const { entities, keyToId } = this.entityResolver.entities();
    const links = this.reuseIndex.links();
    const reuse = new Map<number, ReportDocument['reuse']>();
    this.items.forEach((_, i) => {
      reuse.set(
        i,
        (links.get(documentId(i)) ?? []).map((l) => ({
          doc: l.doc,
          kind: l.kind,
          share: Math.round(l.share * 1000) / 1000,
          passages: l.passages,
        })),
      );
    });
    return { entities, keyToId, reuse };
  }
}
