/**
 * Pure lookups over one report for the API: a document's evidence (every report item with a
 * mention in it, with the quoted span), and the mapping from store search hits to report ids.
 */
import { textHash } from '../report/build.ts';
import type { Mention, Report, ReportDocument } from '../report/contract.ts';
import { storeId } from '../store/rows.ts';
import type { SearchHit } from '../store/types.ts';

export interface EvidenceSpan {
  kind: 'event' | 'claim' | 'figure' | 'entity';
  id: string;
  start: number;
  end: number;
  text: string;
}

export interface ReportIndex {
  /** Content hash → report document. */
  byHash: Map<string, ReportDocument>;
  byId: Map<string, ReportDocument>;
  /** Store id → report document. */
  byStoreId: Map<string, ReportDocument>;
  /** `<report doc id>:<start>` → report ids of claims / events with a mention starting there. */
  claimAt: Map<string, string>;
  eventAt: Map<string, string>;
}

export function indexReport(report: Report): ReportIndex {
  const byHash = new Map<string, ReportDocument>();
  const byId = new Map<string, ReportDocument>();
  const byStoreId = new Map<string, ReportDocument>();
  for (const d of report.documents) {
    const hash = d.hash ?? textHash(d.text);
    byHash.set(hash, d);
    byId.set(d.id, d);
    byStoreId.set(storeId(hash), d);
  }
  const at = (items: Array<{ id: string; mentions: Mention[] }>): Map<string, string> => {
    const m = new Map<string, string>();
    for (const it of items)
      for (const mm of it.mentions)
        if (!m.has(`${mm.doc}:${mm.start}`)) m.set(`${mm.doc}:${mm.start}`, it.id);
    return m;
  };
  return { byHash, byId, byStoreId, claimAt: at(report.claims), eventAt: at(report.events) };
}

/** Every item of the report that cites `docId`, with the cited words. */
export function documentEvidence(report: Report, doc: ReportDocument): EvidenceSpan[] {
  const out: EvidenceSpan[] = [];
  const add = (kind: EvidenceSpan['kind'], id: string, mentions: Mention[]) => {
    for (const m of mentions) {
      if (m.doc === doc.id)
        out.push({ kind, id, start: m.start, end: m.end, text: doc.text.slice(m.start, m.end) });
    }
  };
  for (const e of report.events) add('event', e.id, e.mentions);
  for (const c of report.claims) add('claim', c.id, c.mentions);
  for (const f of report.figures) add('figure', f.id, f.mentions);
  for (const e of report.entities) add('entity', e.id, e.mentions);
  return out.sort((a, b) => a.start - b.start || a.end - b.end);
}

export interface ApiSearchHit extends Omit<SearchHit, 'id' | 'doc'> {
  /** Report id of the hit (document `dN`, claim `cN`, event `vN`); the store id when the report lacks it. */
  id: string;
  /** Report id of the document the hit is in (store id when the report lacks it). */
  doc: string;
  /** Store ids of the hit and of its document. */
  storeId: string;
  storeDoc: string;
}

/** Store hits with report ids, so a client holding `GET /report` can open the item. */
export function toApiHits(hits: SearchHit[], index: ReportIndex): ApiSearchHit[] {
  return hits.map((h) => {
    const d = index.byStoreId.get(h.doc);
    let reportId: string | undefined;
    if (d) {
      if (h.kind === 'document') reportId = d.id;
      else if (h.kind === 'claim') reportId = index.claimAt.get(`${d.id}:${h.start}`);
      else reportId = index.eventAt.get(`${d.id}:${h.start}`);
    }
    const { id, doc, ...rest } = h;
    return { ...rest, id: reportId ?? id, doc: d?.id ?? doc, storeId: id, storeDoc: doc };
  });
}
