/**
 * Families of copies: documents joined by reuse links (duplicates, wire copies, paraphrases)
 * count as one source when corroboration is counted.
 */
import type { ReportDocument } from '../../report/contract.ts';

export function copyFamilies(documents: ReportDocument[]): Map<string, string> {
  const parent = new Map<string, string>(documents.map((d) => [d.id, d.id]));
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r) ?? r;
    parent.set(x, r);
    return r;
  };
  for (const d of documents) {
    for (const l of d.reuse) {
      if (l.kind === 'quotes-from' || !parent.has(l.doc)) continue;
      const a = find(d.id);
      const b = find(l.doc);
      if (a === b) continue;
      // The smaller id becomes the root, so families do not depend on link order.
      const [root, child] = a < b ? [a, b] : [b, a];
      parent.set(child, root);
    }
  }
  return new Map(documents.map((d) => [d.id, find(d.id)]));
}
