/**
 * Stories: clusters of documents about one developing story in a mixed corpus. Two documents
 * belong together when they copy each other or share enough named entities (weighted by how
 * rare each entity is in the corpus). The title is the earliest titled document's title.
 */
import type { Report, Story } from '../../report/contract.ts';

const MIN_SIMILARITY = 0.2;

export function buildStories(report: Report): Story[] {
  const docs = report.documents;
  const ents = new Map<string, Map<string, number>>(docs.map((d) => [d.id, new Map()]));
  for (const e of report.entities) {
    for (const m of e.mentions) {
      const bag = ents.get(m.doc);
      if (bag) bag.set(e.id, (bag.get(e.id) ?? 0) + 1);
    }
  }
  const df = new Map<string, number>();
  for (const bag of ents.values()) for (const id of bag.keys()) df.set(id, (df.get(id) ?? 0) + 1);
  const idf = (id: string) => Math.log(1 + docs.length / (df.get(id) ?? 1));
  const vec = new Map(
    [...ents].map(([doc, bag]) => {
      const v = new Map([...bag].map(([id, n]) => [id, (1 + Math.log(n)) * idf(id)]));
      const norm = Math.sqrt([...v.values()].reduce((s, x) => s + x * x, 0)) || 1;
      return [doc, { v, norm }];
    }),
  );
  const parent = new Map(docs.map((d) => [d.id, d.id]));
  const find = (x: string): string => {
    while (parent.get(x) !== x) x = parent.get(x) ?? x;
    return x;
  };
  const join = (a: string, b: string) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent.set(rb, ra);
  };
  for (const d of docs) for (const l of d.reuse) if (parent.has(l.doc)) join(d.id, l.doc);
  // Candidate pairs share at least one entity: index by entity to avoid all pairs on large corpora.
  const byEntity = new Map<string, string[]>();
  for (const [doc, bag] of ents) {
    for (const id of bag.keys()) {
      const list = byEntity.get(id);
      if (list) list.push(doc);
      else byEntity.set(id, [doc]);
    }
  }
  const seen = new Set<string>();
  for (const list of byEntity.values()) {
    if (list.length > 200) continue; // an entity in everything says nothing about stories
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const key = `${list[i]}|${list[j]}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const a = vec.get(list[i]);
        const b = vec.get(list[j]);
        if (!a || !b) continue;
        let dot = 0;
        for (const [id, x] of a.v) dot += x * (b.v.get(id) ?? 0);
        if (dot / (a.norm * b.norm) >= MIN_SIMILARITY) join(list[i], list[j]);
      }
    }
  }
  const clusters = new Map<string, string[]>();
  for (const d of docs) {
    const root = find(d.id);
    const list = clusters.get(root);
    if (list) list.push(d.id);
    else clusters.set(root, [d.id]);
  }
  const byId = new Map(docs.map((d) => [d.id, d]));
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
