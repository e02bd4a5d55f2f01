/**
 * Lookups shared by the exports: entity names, an event's place with coordinates, the words
 * of a mention, country names and codes (from world-countries).
 */
import worldCountries, { type Country } from 'world-countries';
import type { Entity, Event, Mention, Report, ReportDocument } from '../contract.ts';

// The package's CommonJS main exports the array itself; its typings describe an ES default export.
const countries = worldCountries as unknown as Country[];
const byCca2 = new Map(countries.map((c) => [c.cca2.toUpperCase(), c]));

/** English short name of an ISO 3166-1 alpha-2 code, or the code itself when unknown. */
export function countryName(code: string | null | undefined): string {
  if (!code) return '';
  return byCca2.get(code.toUpperCase())?.name.common ?? code;
}

/** ISO 3166-1 alpha-3 for an alpha-2 code, or null. */
export function countryAlpha3(code: string | null | undefined): string | null {
  if (!code) return null;
  return byCca2.get(code.toUpperCase())?.cca3 ?? null;
}

export interface ReportIndex {
  report: Report;
  entities: Map<string, Entity>;
  documents: Map<string, ReportDocument>;
}

export function indexReport(report: Report): ReportIndex {
  return {
    report,
    entities: new Map(report.entities.map((e) => [e.id, e])),
    documents: new Map(report.documents.map((d) => [d.id, d])),
  };
}

export function names(ix: ReportIndex, ids: readonly string[]): string[] {
  return ids.map((id) => ix.entities.get(id)?.name ?? id);
}

/** The place entity of an event, when it has one. */
export function eventPlace(ix: ReportIndex, ev: Event): Entity | null {
  return (ev.place && ix.entities.get(ev.place)) || null;
}

/** The exact words of a mention on one line (whitespace collapsed), trimmed to `max` characters. */
export function mentionWords(ix: ReportIndex, m: Mention | undefined, max = 400): string {
  if (!m) return '';
  const doc = ix.documents.get(m.doc);
  if (!doc) return '';
  const s = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** Outlet names of the documents that report an item, falling back to the document id. */
export function outlets(ix: ReportIndex, docIds: readonly string[]): string[] {
  const out: string[] = [];
  for (const id of docIds) {
    const d = ix.documents.get(id);
    const name = d?.outlet || d?.source || id;
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/** Fatalities linked to an event: the lowest `killed` figure any reporter gives (ACLED keeps the conservative count). */
export function linkedFatalities(report: Report, eventId: string): number | null {
  let best: number | null = null;
  for (const f of report.figures) {
    if (f.event !== eventId || f.measure !== 'killed' || f.low === null || f.historical) continue;
    if (best === null || f.low < best) best = f.low;
  }
  return best;
}
