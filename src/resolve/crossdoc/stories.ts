/**
 * Stories: clusters of documents about one developing story in a mixed corpus, formed as
 * documents arrive (as a monitoring desk would). A document joins the stories of the earlier
 * documents it copies or whose named entities it shares enough of — cosine of entity counts
 * weighted by how rare each entity is in the corpus so far. A decision is never revisited, so
 * adding a document costs a lookup of the documents sharing its entities, not a pass over the
 * corpus; the stories of a corpus are those of its documents added in order. The title is the
 * earliest titled document's title.
 */
import type { Story } from '../../report/contract.ts';

const MIN_SIMILARITY = 0.2;
/** An entity in more documents than this says nothing about which story a document is in. */
const MAX_SHARED = 200;

export class StoryClusterer {
  private readonly bags = new Map<string, Map<string, number>>();
  private readonly df = new Map<string, number>();
  private readonly byEntity = new Map<string, string[]>();
  private readonly parent = new Map<string, string>();
  private readonly order = new Map<string, number>();
  /** Root → the documents of its story (kept as stories merge, to report who moved). */
  private readonly members = new Map<string, string[]>();
  /** Documents whose story root changed during the current `add`. */
  private moved: string[] = [];

  private find(x: string): string {
    let r = x;
    while (this.parent.get(r) !== r) r = this.parent.get(r) ?? r;
    this.parent.set(x, r);
    return r;
  }

  private join(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    const [root, child] = (this.order.get(ra) ?? 0) < (this.order.get(rb) ?? 0) ? [ra, rb] : [rb, ra];
    this.parent.set(child, root);
    const moved = this.members.get(child) ?? [child];
    this.members.get(root)?.push(...moved);
    this.members.delete(child);
    this.moved.push(...moved);
  }

  /** The story a document is in, as its root document (stable until two stories merge). */
  root(docId: string): string {
    return this.parent.has(docId) ? this.find(docId) : docId;
  }

  private vector(bag: Map<string, number>): { v: Map<string, number>; norm: number } {
    const n = this.order.size;
    const v = new Map<string, number>();
    let sq = 0;
    for (const [id, count] of bag) {
      const x = (1 + Math.log(count)) * Math.log(1 + n / (this.df.get(id) ?? 1));
      v.set(id, x);
      sq += x * x;
    }
    return { v, norm: Math.sqrt(sq) || 1 };
  }

  /**
   * Adds a document: the entities it mentions (one id per mention) and the earlier documents it
   * copies or is copied from. Returns the earlier documents whose story changed.
   */
  add(docId: string, entityIds: string[], copies: string[]): string[] {
    if (this.order.has(docId)) throw new Error(`stories: document ${docId} added twice`);
    this.order.set(docId, this.order.size);
    this.parent.set(docId, docId);
    this.members.set(docId, [docId]);
    this.moved = [];
    const bag = new Map<string, number>();
    for (const id of entityIds) bag.set(id, (bag.get(id) ?? 0) + 1);
    this.bags.set(docId, bag);
    for (const id of bag.keys()) this.df.set(id, (this.df.get(id) ?? 0) + 1);
    for (const other of copies) if (this.parent.has(other)) this.join(docId, other);
    const candidates = new Set<string>();
    for (const id of bag.keys()) {
      const list = this.byEntity.get(id);
      if (list && list.length < MAX_SHARED) for (const d of list) candidates.add(d);
    }
    const mine = this.vector(bag);
    const sorted = [...candidates].sort((a, b) => (this.order.get(a) ?? 0) - (this.order.get(b) ?? 0));
    for (const other of sorted) {
      if (this.find(other) === this.find(docId)) continue;
      const theirs = this.vector(this.bags.get(other) ?? new Map());
      let dot = 0;
      for (const [id, x] of mine.v) dot += x * (theirs.v.get(id) ?? 0);
      if (dot / (mine.norm * theirs.norm) >= MIN_SIMILARITY) this.join(docId, other);
    }
    for (const id of bag.keys()) {
      const list = this.byEntity.get(id);
      if (list) list.push(docId);
      else this.byEntity.set(id, [docId]);
    }
    // Earlier documents whose story root changed (the new document's own claims are new anyway).
    return [...new Set(this.moved)].filter((d) => d !== docId);
  }

  /** The stories, largest first (ties: by first document), titled from their documents. */
  stories(documents: { id: string; title: string | null; published: string | null }[]): Story[] {
    const clusters = new Map<string, string[]>();
    for (const d of documents) {
      if (!this.parent.has(d.id)) continue;
      const root = this.find(d.id);
      const list = clusters.get(root);
      if (list) list.push(d.id);
      else clusters.set(root, [d.id]);
    }
    const byId = new Map(documents.map((d) => [d.id, d]));
    return [...clusters.values()]
      .sort((a, b) => b.length - a.length)
      .map((ids, i) => {
        const titled = ids
          .map((id) => byId.get(id))
          .filter((d) => d?.title)
          .sort((a, b) => (a?.published ?? '9').localeCompare(b?.published ?? '9'));
        return {
          id: `s${i + 1}`,
          title: titled[0]?.title ?? `Story of ${ids.length} document(s)`,
          documents: ids,
        };
      });
  }
}
