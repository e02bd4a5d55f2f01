/**
 * Event coreference across documents: mentions of the same real-world event (same type, same
 * day, same place — or, for truces and talks, the same day) become one event with all its
 * mentions, sources and claims. Conflicting tolls stay separate figures linked to the event.
 */
import type { Event, Report } from '../../report/contract.ts';

const DAY_ONLY = new Set(['ceasefire-agreed', 'ceasefire-effective', 'ceasefire-violation', 'talks']);

function clusterKey(e: Event): string | null {
  const day = e.date?.precision === 'day' ? e.date.start : null;
  if (!day) return null;
  if (DAY_ONLY.has(e.type)) return `${e.type}|${day}`;
  if (e.place) return `${e.type}|${day}|${e.place}|${e.mode ?? ''}`;
  return null;
}

function union(a: string[], b: string[]): string[] {
  return [...new Set([...a, ...b])];
}

/** Merges coreferent events; returns the merged list and old id → surviving id. */
export function mergeEvents(events: Event[]): { events: Event[]; renamed: Map<string, string> } {
  const byKey = new Map<string, Event>();
  const out: Event[] = [];
  const renamed = new Map<string, string>();
  for (const e of events) {
    const key = clusterKey(e);
    const into = key ? byKey.get(key) : undefined;
    // Only events from different documents merge here: within one document analysis already did it.
    if (into && !into.sources.some((s) => e.sources.includes(s))) {
      into.mentions.push(...e.mentions);
      into.sources = union(into.sources, e.sources);
      into.claims = union(into.claims, e.claims);
      into.actors = union(into.actors, e.actors);
      into.targets = union(into.targets, e.targets);
      if (!into.place && e.place) into.place = e.place;
      renamed.set(e.id, into.id);
      continue;
    }
    const copy = { ...e, mentions: [...e.mentions], sources: [...e.sources], claims: [...e.claims] };
    if (key && !into) byKey.set(key, copy);
    out.push(copy);
  }
  return { events: out, renamed };
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
