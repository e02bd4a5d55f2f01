/**
 * Pure views over a report for the dashboard: indexes, labels, ceasefire bands, figure series,
 * families of copies, the period covered. No DOM here (unit-tested under node).
 */
import type {
  Claim,
  Entity,
  Event,
  EventType,
  Figure,
  Mention,
  Report,
  ReportDocument,
} from '../../../src/report/contract.ts';

export type ItemKind = 'event' | 'claim' | 'figure' | 'entity' | 'document';

export interface Indexed {
  report: Report;
  entities: Map<string, Entity>;
  documents: Map<string, ReportDocument>;
  events: Map<string, Event>;
  claims: Map<string, Claim>;
  figures: Map<string, Figure>;
}

export function indexReport(report: Report): Indexed {
  return {
    report,
    entities: new Map(report.entities.map((e) => [e.id, e])),
    documents: new Map(report.documents.map((d) => [d.id, d])),
    events: new Map(report.events.map((e) => [e.id, e])),
    claims: new Map(report.claims.map((c) => [c.id, c])),
    figures: new Map(report.figures.map((f) => [f.id, f])),
  };
}

/** A short glyph per event type (plain characters that every font has) and a colour. */
export const TYPE_STYLE: Record<EventType, { icon: string; color: string; label: string }> = {
  attack: { icon: '✸', color: '#c0392b', label: 'attack' },
  shootdown: { icon: '✈', color: '#8e44ad', label: 'shoot-down' },
  'territory-change': { icon: '⚑', color: '#d35400', label: 'territory change' },
  'ceasefire-agreed': { icon: '✎', color: '#1e8449', label: 'ceasefire agreed' },
  'ceasefire-effective': { icon: '◆', color: '#27ae60', label: 'ceasefire in effect' },
  'ceasefire-violation': { icon: '▲', color: '#e67e22', label: 'ceasefire violation' },
  talks: { icon: '●', color: '#2471a3', label: 'talks' },
  appeal: { icon: '!', color: '#5d6d7e', label: 'appeal' },
  humanitarian: { icon: '+', color: '#148f77', label: 'humanitarian' },
  statement: { icon: '“', color: '#7f8c8d', label: 'statement' },
};

/** Every event type, in display order (TYPE_STYLE covers them all: the compiler checks it). */
export const EVENT_TYPES = Object.keys(TYPE_STYLE) as readonly EventType[];

export function entityName(ix: Indexed, id: string | null | undefined, fallback = ''): string {
  return (id && ix.entities.get(id)?.name) || fallback;
}

export function docLabel(d: ReportDocument | undefined): string {
  if (!d) return '';
  return d.outlet || d.title || d.source;
}

/** The words of a mention, whitespace collapsed, trimmed to `max`. */
export function mentionText(ix: Indexed, m: Mention | undefined, max = 280): string {
  if (!m) return '';
  const d = ix.documents.get(m.doc);
  if (!d) return '';
  const s = d.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

/** The sentence (or line) around a mention, for context in lists. */
export function mentionContext(ix: Indexed, m: Mention | undefined, max = 320): string {
  if (!m) return '';
  const d = ix.documents.get(m.doc);
  if (!d) return '';
  const t = d.text;
  let a = m.start;
  while (a > 0 && !/[.!?\n]/.test(t[a - 1]) && m.start - a < max) a--;
  let b = m.end;
  while (b < t.length && !/[.!?\n]/.test(t[b]) && b - m.end < max) b++;
  if (b < t.length && /[.!?]/.test(t[b])) b++;
  const s = t.slice(a, b).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function eventDay(ev: Event): string | null {
  return ev.date?.start ?? null;
}

export function eventTitle(ix: Indexed, ev: Event): string {
  const t = TYPE_STYLE[ev.type]?.label ?? ev.type;
  const mode = ev.mode && ev.mode !== 'unspecified' ? ` (${ev.mode})` : '';
  const place = ev.place ? ` in ${entityName(ix, ev.place, '?')}` : '';
  const actors = ev.actors.length ? ` by ${ev.actors.map((a) => entityName(ix, a, a)).join(', ')}` : '';
  return `${t}${mode}${place}${actors}`;
}

/** The period the report covers: from the earliest to the latest event day or publication day. */
export function period(report: Report): { from: string | null; to: string | null } {
  const days: string[] = [];
  for (const d of report.documents) if (d.published) days.push(d.published.slice(0, 10));
  for (const e of report.events) if (e.date?.start) days.push(e.date.start);
  days.sort();
  return { from: days[0] ?? null, to: days[days.length - 1] ?? null };
}

export interface Band {
  effective: Event;
  start: string;
  /** Day of the first reported violation on or after the start; null while none is reported. */
  end: string | null;
  violation: Event | null;
}

/** Ceasefires as bands: from each truce's effective day to the first violation reported after it. */
export function ceasefireBands(report: Report): Band[] {
  const effective = report.events
    .filter((e) => e.type === 'ceasefire-effective' && e.date?.start)
    .sort((a, b) => (a.date!.start! < b.date!.start! ? -1 : 1));
  const violations = report.events
    .filter((e) => e.type === 'ceasefire-violation' && e.date?.start)
    .sort((a, b) => (a.date!.start! < b.date!.start! ? -1 : 1));
  const bands: Band[] = [];
  for (const eff of effective) {
    const start = eff.date!.start!;
    // the same truce reported again (same day) is one band
    if (bands.some((b) => b.start === start)) continue;
    const v = violations.find((x) => x.date!.start! >= start) ?? null;
    bands.push({ effective: eff, start, end: v ? v.date!.start! : null, violation: v });
  }
  return bands;
}

export interface SeriesPoint {
  figure: Figure;
  reporter: string;
  series: string;
  date: string;
  value: number;
  label: string;
}

const QUAL: Record<string, string> = {
  exact: '',
  'at-least': '≥',
  'more-than': '>',
  nearly: '<',
  about: '~',
  'up-to': '≤',
  range: '',
};

export function figureValue(f: Figure): string {
  const n = (x: number | null) => (x === null ? '?' : x.toLocaleString('en-US'));
  if (f.qualifier === 'range' || (f.high !== null && f.high !== f.low)) return `${n(f.low)}–${n(f.high)}`;
  return `${QUAL[f.qualifier] ?? ''}${n(f.low)}`;
}

export function figureDay(ix: Indexed, f: Figure): string | null {
  if (f.asOf) return f.asOf;
  const m = f.mentions[0];
  return (m && ix.documents.get(m.doc)?.published?.slice(0, 10)) || null;
}

/** Figures grouped by reporter (null = the outlet's own voice), current ones only. */
export function figuresByReporter(ix: Indexed): Map<string, SeriesPoint[]> {
  const out = new Map<string, SeriesPoint[]>();
  for (const f of ix.report.figures) {
    if (f.historical || f.low === null) continue;
    const reporter = entityName(ix, f.reporter, 'outlets (own voice)');
    const date = figureDay(ix, f);
    if (!date) continue;
    const point: SeriesPoint = {
      figure: f,
      reporter,
      series: `${f.measure} · ${f.group}`,
      date,
      value: f.low,
      label: figureValue(f),
    };
    const list = out.get(reporter) ?? [];
    list.push(point);
    out.set(reporter, list);
  }
  for (const list of out.values()) list.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return new Map([...out].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])));
}

/** Families of copies: documents connected by any reuse link (duplicates, wire copies, paraphrases). */
export function sourceFamilies(report: Report): string[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const d of report.documents) parent.set(d.id, d.id);
  for (const d of report.documents) {
    for (const r of d.reuse) {
      if (!parent.has(r.doc)) continue;
      const a = find(d.id);
      const b = find(r.doc);
      if (a !== b) parent.set(a, b);
    }
  }
  const groups = new Map<string, string[]>();
  for (const d of report.documents) {
    const root = find(d.id);
    groups.set(root, [...(groups.get(root) ?? []), d.id]);
  }
  return [...groups.values()].filter((g) => g.length > 1);
}

export interface OutletRow {
  outlet: string;
  docs: string[];
  first: string | null;
  last: string | null;
  wire: string[];
}

export function outletTable(report: Report): OutletRow[] {
  const rows = new Map<string, OutletRow>();
  for (const d of report.documents) {
    const key = d.outlet || '(outlet unknown)';
    const row = rows.get(key) ?? { outlet: key, docs: [], first: null, last: null, wire: [] };
    row.docs.push(d.id);
    const day = d.published?.slice(0, 10) ?? null;
    if (day && (!row.first || day < row.first)) row.first = day;
    if (day && (!row.last || day > row.last)) row.last = day;
    for (const w of d.wire ?? []) if (!row.wire.includes(w)) row.wire.push(w);
    rows.set(key, row);
  }
  return [...rows.values()].sort((a, b) => b.docs.length - a.docs.length || a.outlet.localeCompare(b.outlet));
}

export interface ItemRef {
  kind: ItemKind;
  id: string;
  title: string;
  mentions: Mention[];
}

/** Any item by id, with the mentions that state it (a document: no mentions, its whole text). */
export function findItem(ix: Indexed, id: string): ItemRef | null {
  const ev = ix.events.get(id);
  if (ev) return { kind: 'event', id, title: eventTitle(ix, ev), mentions: ev.mentions };
  const c = ix.claims.get(id);
  if (c)
    return {
      kind: 'claim',
      id,
      title: `${entityName(ix, c.speaker, 'The outlet')} (${c.kind}): ${c.text}`,
      mentions: c.mentions,
    };
  const f = ix.figures.get(id);
  if (f)
    return {
      kind: 'figure',
      id,
      title: `${figureValue(f)} ${f.group} ${f.measure} — ${entityName(ix, f.reporter, 'the outlet')}`,
      mentions: f.mentions,
    };
  const e = ix.entities.get(id);
  if (e) return { kind: 'entity', id, title: `${e.name} (${e.type})`, mentions: e.mentions };
  const d = ix.documents.get(id);
  if (d) return { kind: 'document', id, title: d.title || d.source, mentions: [] };
  return null;
}

/** Events matching the timeline filters (empty string = any). */
export interface EventFilter {
  type: string;
  actor: string;
  place: string;
  source: string;
}

export function filterEvents(events: readonly Event[], f: EventFilter): Event[] {
  return events.filter(
    (e) =>
      (!f.type || e.type === f.type) &&
      (!f.actor || e.actors.includes(f.actor) || e.targets.includes(f.actor)) &&
      (!f.place || e.place === f.place) &&
      (!f.source || e.sources.includes(f.source)),
  );
}

/** Events with a place that has coordinates, grouped by place. */
export function eventsByPlace(ix: Indexed): { place: Entity; events: Event[] }[] {
  const out = new Map<string, { place: Entity; events: Event[] }>();
  for (const ev of ix.report.events) {
    const p = ev.place ? ix.entities.get(ev.place) : undefined;
    if (!p?.geo) continue;
    const g = out.get(p.id) ?? { place: p, events: [] };
    g.events.push(ev);
    out.set(p.id, g);
  }
  return [...out.values()].sort((a, b) => b.events.length - a.events.length);
}

/** The most frequent event type of a list (ties: the order of EVENT_TYPES). */
export function dominantType(events: readonly Event[]): EventType {
  const n = new Map<EventType, number>();
  for (const e of events) n.set(e.type, (n.get(e.type) ?? 0) + 1);
  let best: EventType = events[0]?.type ?? 'statement';
  for (const t of EVENT_TYPES) if ((n.get(t) ?? 0) > (n.get(best) ?? 0)) best = t;
  return best;
}

/**
 * The days the timeline chart spans: the events' days, but starting no earlier than six weeks
 * before the first publication (background events such as a war's start are still listed).
 */
export function chartDays(report: Report, days: readonly string[]): { from: string; to: string } | null {
  if (!days.length) return null;
  const sorted = [...days].sort();
  const published = report.documents
    .map((d) => d.published?.slice(0, 10))
    .filter((d): d is string => !!d)
    .sort();
  let from = sorted[0];
  if (published.length) {
    const floor = new Date(Date.parse(`${published[0]}T00:00:00Z`) - 42 * 86400000)
      .toISOString()
      .slice(0, 10);
    if (from < floor) from = sorted.find((d) => d >= floor) ?? floor;
  }
  return { from, to: sorted[sorted.length - 1] };
}
