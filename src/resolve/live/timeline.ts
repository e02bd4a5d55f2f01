/**
 * The timeline kept current event by event: each day holds its surviving events in timeline
 * order (more independent sources first, then report order) and a count of the documents its
 * events cite, so an event that grows or moves costs a binary search and a splice, not a sort of
 * the day. Entries are assembled when read and cached until their day changes. Same entries as
 * `timelineEntry` over the day's events.
 */
import type { Event, TimelineEntry } from '../../report/contract.ts';
import { bySources, daySummary, timelineDay } from '../crossdoc/timeline.ts';
import { lowerBound } from '../sorted.ts';

interface Placed {
  event: Event;
  index: number;
}

class Day {
  readonly order: Placed[] = [];
  private readonly counts = new Map<string, number>();
  /** Cited documents, in the string order `Array.prototype.sort` gives. */
  readonly sources: string[] = [];

  private at(p: Placed): number {
    return lowerBound(this.order, (o) => bySources(o, p) < 0);
  }

  insert(p: Placed): void {
    this.order.splice(this.at(p), 0, p);
    this.count(new Set(p.event.sources), 1);
  }

  remove(p: Placed): void {
    this.unorder(p);
    this.count(new Set(p.event.sources), -1);
  }

  /** The same event, grown or changed: moves it in the order and counts only the sources that differ. */
  update(before: Placed, now: Placed): void {
    this.unorder(before);
    this.order.splice(this.at(now), 0, now);
    const a = before.event.sources;
    const b = now.event.sources;
    // Merged events only gain sources, at the end: then the new ones are the tail.
    // (Sources are distinct within an event, so the tail holds none of the prefix.)
    if (a.length <= b.length && a.every((s, k) => b[k] === s)) {
      this.count(new Set(b.slice(a.length)), 1);
      return;
    }
    const setA = new Set(a);
    const setB = new Set(b);
    this.count(new Set([...setB].filter((s) => !setA.has(s))), 1);
    this.count(new Set([...setA].filter((s) => !setB.has(s))), -1);
  }

  private unorder(p: Placed): void {
    const k = this.at(p);
    if (this.order[k]?.index === p.index) this.order.splice(k, 1);
  }

  private count(sources: Set<string>, delta: 1 | -1): void {
    for (const s of sources) {
      const n = (this.counts.get(s) ?? 0) + delta;
      if (n > 0) this.counts.set(s, n);
      else this.counts.delete(s);
      if (delta === 1 && n === 1) this.sources.splice(sortedIndex(this.sources, s), 0, s);
      if (n === 0) {
        const at = sortedIndex(this.sources, s);
        if (this.sources[at] === s) this.sources.splice(at, 1);
      }
    }
  }
}

function sortedIndex(list: string[], s: string): number {
  return lowerBound(list, (x) => x < s);
}

export class LiveTimeline {
  private readonly days = new Map<string, Day>();
  private readonly placed = new Map<number, { day: string; p: Placed }>();
  private readonly cache = new Map<string, TimelineEntry>();

  /** Puts a surviving event (index `index` in report order) on its day, replacing what was there. */
  place(index: number, event: Event): void {
    const day = timelineDay(event);
    const was = this.placed.get(index);
    if (was && day === was.day) {
      const p = { event, index };
      this.days.get(day)?.update(was.p, p);
      this.placed.set(index, { day, p });
      this.cache.delete(day);
      return;
    }
    this.remove(index);
    if (!day) return;
    let d = this.days.get(day);
    if (!d) {
      d = new Day();
      this.days.set(day, d);
    }
    const p = { event, index };
    d.insert(p);
    this.placed.set(index, { day, p });
    this.cache.delete(day);
  }

  /** Takes an event off the timeline (it merged into another or left). */
  remove(index: number): void {
    const was = this.placed.get(index);
    if (!was) return;
    const d = this.days.get(was.day);
    d?.remove(was.p);
    if (d && d.order.length === 0) this.days.delete(was.day);
    this.placed.delete(index);
    this.cache.delete(was.day);
  }

  entries(textOf: (doc: string) => string | undefined): TimelineEntry[] {
    return [...this.days.keys()].sort().map((date) => {
      let e = this.cache.get(date);
      if (!e) {
        const d = this.days.get(date) as Day;
        e = {
          date,
          summary: daySummary((k) => d.order[k]?.event, d.order.length, textOf),
          events: d.order.map((p) => p.event.id),
          sources: [...d.sources],
        };
        this.cache.set(date, e);
      }
      return e;
    });
  }
}
