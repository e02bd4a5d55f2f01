/** The pipeline's document order (by source, UTF-16 code units; stable) applied to store rows. */
import type { IngestedDocument } from '../ingest/types.ts';

export function bySource<T extends { doc: IngestedDocument }>(rows: T[]): T[] {
  return [...rows].sort((a, b) => (a.doc.source < b.doc.source ? -1 : a.doc.source > b.doc.source ? 1 : 0));
}
