/**
 * Incremental resolution of a corpus: documents are added one at a time (with their analyses);
 * the entity resolver, the reuse index, the copy families and the story clusters update in
 * place — the new document is compared only with the candidates its signatures and entities
 * point at — and the resolution equals resolving the whole corpus in the same order at once
 * (the batch pipeline does exactly that).
 */
import type { DocAnalysis } from '../analyze/types.ts';
import type { IngestedDocument } from '../ingest/types.ts';
import { type AnalyzedDocument, documentId, type Resolution } from '../report/build.ts';
import type { ReportDocument } from '../report/contract.ts';
import { StoryClusterer } from './crossdoc/stories.ts';
import { type EntityChanges, EntityResolver } from './entities/index.ts';
import { ReuseIndex } from './reuse/index.ts';
import { lowerBound } from './sorted.ts';

type ReuseList = ReportDocument['reuse'];

export interface Addition {
  id: string;
  entities: EntityChanges;
  /** Earlier documents that gained a reuse link to the new one. */
  linked: string[];
  /** Documents whose copy family (see `family`) changed, the new one included. */
  regrouped: string[];
  /** Earlier documents whose story changed (two stories joined). */
  restoried: string[];
  /** Milliseconds spent on entities, reuse (with families) and stories. */
  ms: { entities: number; reuse: number; stories: number };
}

export class CorpusResolver {
  readonly items: AnalyzedDocument[] = [];
  readonly entities = new EntityResolver();
  private readonly reuseIndex = new ReuseIndex();
  private readonly reuse: ReuseList[] = [];
  private readonly stories = new StoryClusterer();
  /** Copy families: document id → root (the smallest id in the family) and root → members. */
  private readonly familyRoot = new Map<string, string>();
  private readonly familyMembers = new Map<string, string[]>();

  get size(): number {
    return this.items.length;
  }

  /** Adds one document; returns its report id and what changed. */
  add(doc: IngestedDocument, analysis: DocAnalysis): Addition {
    const index = this.items.length;
    const id = documentId(index);
    this.items.push({ doc, analysis });
    const t0 = performance.now();
    const entities = this.entities.add(id, analysis.entities, doc.text);
    const t1 = performance.now();
    this.reuse.push([]);
    this.familyRoot.set(id, id);
    this.familyMembers.set(id, [id]);
    const regrouped = new Set<string>([id]);
    const linked: string[] = [];
    for (const { link, back } of this.reuseIndex.add(id, doc.text)) {
      const other = Number(link.doc.slice(1)) - 1;
      insertSorted(this.reuse[index], { ...link, share: round(link.share) });
      insertSorted(this.reuse[other], { ...back, share: round(back.share) });
      linked.push(link.doc);
      if (link.kind !== 'quotes-from') for (const d of this.joinFamilies(id, link.doc)) regrouped.add(d);
    }
    const t2 = performance.now();
    // Keys the analyzer could not anchor are local to their document and say nothing across.
    const ids = analysis.entities
      .filter((m) => m.key !== '' && !m.key.startsWith('?:'))
      .map((m) => this.entities.idOf(id, m.key))
      .filter((x): x is string => x !== null);
    const restoried = this.stories.add(id, ids, linked);
    const ms = { entities: t1 - t0, reuse: t2 - t1, stories: performance.now() - t2 };
    return { id, entities, linked, regrouped: [...regrouped], restoried, ms };
  }

  /** Current reuse links of the document at this index (sorted by the other document's id). */
  reuseOf(index: number): ReuseList {
    return this.reuse[index] ?? [];
  }

  /** The family of copies a document belongs to (its smallest document id). */
  family(docId: string): string {
    return this.familyRoot.get(docId) ?? docId;
  }

  /** The story a document is in (its root document). */
  storyOf(docId: string): string {
    return this.stories.root(docId);
  }

  storyList(documents: { id: string; title: string | null; published: string | null }[]) {
    return this.stories.stories(documents);
  }

  /** Reuse-index figures: documents, sentences, postings and candidate pairs verified so far. */
  reuseStats(): ReturnType<ReuseIndex['stats']> {
    return this.reuseIndex.stats();
  }

  /** Everything the report's assembly needs from resolution, as of now. */
  resolution(): Resolution {
    const reuse = new Map<number, ReuseList>();
    this.items.forEach((_, i) => {
      reuse.set(i, [...this.reuse[i]]);
    });
    return {
      entities: this.entities.entities(),
      idOf: (doc, key) => this.entities.idOf(doc, key),
      reuse,
      stories: this.storyList(this.items.map((it, i) => ({ id: documentId(i), ...it.doc }))),
    };
  }

  /** Joins two families (the smaller id stays root); returns the documents whose root changed. */
  private joinFamilies(a: string, b: string): string[] {
    const ra = this.family(a);
    const rb = this.family(b);
    if (ra === rb) return [];
    const [root, child] = ra < rb ? [ra, rb] : [rb, ra];
    const moved = this.familyMembers.get(child) ?? [child];
    for (const d of moved) this.familyRoot.set(d, root);
    this.familyMembers.get(root)?.push(...moved);
    this.familyMembers.delete(child);
    return moved;
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

function insertSorted(list: ReuseList, link: ReuseList[number]): void {
  list.splice(
    lowerBound(list, (l) => l.doc <= link.doc),
    0,
    link,
  );
}
