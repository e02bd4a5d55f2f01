/**
 * Event coreference across documents: mentions of the same real-world event (same type, same
 * day, same place — or, for truces and talks, the same day) become one event with all its
 * mentions, sources and claims. Conflicting tolls stay separate figures linked to the event.
 */
import type { Event, Report } from '../../report/contract.ts';

const DAY_ONLY = new Set(['ceasefire-agreed', 'ceasefire-effective', 'ceasefire-violation', 'talks']);

/** Events with the same key may be one event reported twice (null: never merged). */
export function clusterKey(e: Event): string | null {
  const day = e.date?.precision === 'day' ? e.date.start : null;
  if (!day) return null;
  if (DAY_ONLY.has(e.type)) return `${e.type}|${day}`;
  if (e.place) return `${e.type}|${day}|${e.place}|${e.mode ?? ''}`;
  return null;
}

/**
 * The merging of one key's events, one event at a time in report order: the first becomes the
 * event the others merge into; a later one merges when it comes from documents the merged event
 * has no mention from yet (within one document analysis already merged), else it stands alone.
 */
export class MergeFold {
  private base: Event | null = null;
  private readonly mentions: Event['mentions'] = [];
  private readonly sources = new Set<string>();
  private readonly claims = new Set<string>();
  private readonly actors = new Set<string>();
  private readonly targets = new Set<string>();
  private place: string | null = null;
  private merged = 0;

  get intoId(): string | null {
    return this.base?.id ?? null;
  }

  /** Folds in the next event: 'into' (it is the first), 'merged', or 'alone'. */
  step(e: Event): 'into' | 'merged' | 'alone' {
    if (!this.base) {
      this.base = e;
      this.mentions.push(...e.mentions);
      for (const x of e.sources) this.sources.add(x);
      for (const x of e.claims) this.claims.add(x);
      for (const x of e.actors) this.actors.add(x);
      for (const x of e.targets) this.targets.add(x);
      this.place = e.place ?? null;
      return 'into';
    }
    if (e.sources.some((x) => this.sources.has(x))) return 'alone';
    this.mentions.push(...e.mentions);
    for (const x of e.sources) this.sources.add(x);
    for (const x of e.claims) this.claims.add(x);
    for (const x of e.actors) this.actors.add(x);
    for (const x of e.targets) this.targets.add(x);
    if (!this.place && e.place) this.place = e.place;
    this.merged++;
    return 'merged';
  }

  /** The merged event as of now (a fresh object). */
  current(): Event {
    const e = this.base as Event;
    if (this.merged === 0) return alone(e);
    return {
      ...e,
      mentions: [...this.mentions],
      sources: [...this.sources],
      claims: [...this.claims],
      actors: [...this.actors],
      targets: [...this.targets],
      place: this.place,
    };
  }
}

/** A copy of an event that merged with none (fresh arrays for what merging would change). */
export function alone(e: Event): Event {
  return { ...e, mentions: [...e.mentions], sources: [...e.sources], claims: [...e.claims] };
}

/** Merges coreferent events; returns the merged list and old id → surviving id. */
export function mergeEvents(events: Event[]): { events: Event[]; renamed: Map<string, string> } {
  const folds = new Map<string, MergeFold>();
  const out: (Event | MergeFold)[] = [];
  const renamed = new Map<string, string>();
  for (const e of events) {
    const key = clusterKey(e);
    if (!key) {
      out.push(alone(e));
      continue;
    }
    let fold = folds.get(key);
    if (!fold) {
      fold = new MergeFold();
      folds.set(key, fold);
    }
    const r = fold.step(e);
    if (r === 'into') out.push(fold);
    else if (r === 'alone') out.push(alone(e));
    else renamed.set(e.id, fold.intoId as string);
  }
  return { events: out.map((x) => (x instanceof MergeFold ? x.current() : x)), renamed };
}

export function applyEventMerge(report: Report): Report {
  const { events, renamed } = mergeEvents(report.events);
  if (!renamed.size) return report;
  const rn = (id: string) => renamed.get(id) ?? id;
  return {
    ...report,
    events,
    claims: report.claims.map((c) => ({ ...c, about: [...new Set(c.about.map(rn))] })),
    figures: report.figures.map((f) => (f.event ? { ...f, event: rn(f.event) } : f)),
    timeline: report.timeline.map((t) => ({ ...t, events: [...new Set(t.events.map(rn))] })),
  };
}
