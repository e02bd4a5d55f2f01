/**
 * Events kept merged as documents arrive. Reports of events fall in buckets by their merge key
 * (type, day, place, mode — see `crossdoc/events.ts`); a bucket is merged again only when an
 * event joins or leaves it, and an event's status and independent-source count are recomputed
 * only when its bucket, its claims or its sources' copy families change. Same results as the
 * whole-report passes (`mergeEvents`, `eventStatus`, `independentSources`) on the same events.
 */
import type { Claim, Event } from '../../report/contract.ts';
import { alone, clusterKey, MergeFold } from '../crossdoc/events.ts';
import {
  combineStatus,
  eventStatus,
  independentSources,
  type StatusParts,
  statusOf,
  statusParts,
} from '../crossdoc/status.ts';
import { insertAscending } from '../sorted.ts';
import { LiveTimeline } from './timeline.ts';

export interface EventContext {
  claim: (id: string) => Claim | undefined;
  family: (doc: string) => string;
}

/** What settling changed. */
export interface EventSettle {
  /** Raw event indexes whose surviving event changed (their claims' `about` may differ). */
  renamed: number[];
}

const indexOfId = (id: string) => Number(id.slice(1)) - 1;

interface Bucket {
  /** Raw indexes in the bucket, ascending. */
  list: number[];
  fold: MergeFold;
  /** How many of `list` the fold has taken in; the rest were appended since. */
  folded: number;
  /** The bucket lost or gained an event out of order: fold it again from its start. */
  stale: boolean;
  /** Status parts and copy families (with counts) of the merged event, kept as the fold goes. */
  parts: StatusParts | null;
  families: Map<string, number>;
}

export class LiveEvents {
  /** Events as each document reported them (entity ids current), by index. */
  readonly raw: Event[] = [];
  private readonly keyOf: string[] = [];
  private readonly buckets = new Map<string, Bucket>();
  /** Raw index → index of the event it merged into (itself when it survives). */
  readonly survivorOf: number[] = [];
  /** Surviving events, merged, with status and independent sources. */
  readonly merged = new Map<number, Event>();
  private readonly byDoc = new Map<string, number[]>();
  /** The timeline of the surviving events. */
  readonly timeline = new LiveTimeline();
  private readonly dirtyBuckets = new Set<string>();
  private readonly dirtyStatus = new Set<number>();
  private readonly refamily = new Set<number>();

  constructor(private readonly ctx: EventContext) {}

  private bucketKey(i: number): string {
    return clusterKey(this.raw[i]) ?? `#${i}`;
  }

  private bucket(key: string): Bucket {
    let b = this.buckets.get(key);
    if (!b) {
      b = { list: [], fold: new MergeFold(), folded: 0, stale: false, parts: null, families: new Map() };
      this.buckets.set(key, b);
    }
    return b;
  }

  add(e: Event): number {
    const i = this.raw.length;
    this.raw.push(e);
    this.survivorOf.push(i);
    const key = this.bucketKey(i);
    this.keyOf.push(key);
    this.bucket(key).list.push(i);
    this.dirtyBuckets.add(key);
    for (const d of e.sources) {
      const l = this.byDoc.get(d);
      if (l) l.push(i);
      else this.byDoc.set(d, [i]);
    }
    return i;
  }

  /** Replaces a raw event whose entity ids changed; it may move to another bucket. */
  replace(i: number, e: Event): void {
    this.raw[i] = e;
    const before = this.keyOf[i];
    const now = this.bucketKey(i);
    const old = this.bucket(before);
    old.stale = true;
    this.dirtyBuckets.add(before);
    if (now === before) return;
    const at = old.list.indexOf(i);
    if (at >= 0) old.list.splice(at, 1);
    const into = this.bucket(now);
    insertAscending(into.list, i);
    into.stale = true;
    this.keyOf[i] = now;
    this.dirtyBuckets.add(now);
  }

  /** The documents' copy families changed: their events' independent sources may differ. */
  regrouped(docs: Iterable<string>): void {
    for (const d of docs) {
      for (const i of this.byDoc.get(d) ?? []) {
        this.dirtyStatus.add(this.survivorOf[i]);
        this.refamily.add(this.survivorOf[i]);
      }
    }
  }

  /** Merges what changed, then recomputes status and sources of the events it touched. */
  settle(): EventSettle {
    const renamed: number[] = [];
    for (const key of this.dirtyBuckets) {
      const b = this.buckets.get(key);
      if (!b) continue;
      if (b.stale) {
        b.fold = new MergeFold();
        b.folded = 0;
        b.stale = false;
        b.parts = null;
        b.families = new Map();
      }
      for (; b.folded < b.list.length; b.folded++) {
        const i = b.list[b.folded];
        const r = b.fold.step(this.raw[i]);
        if (r !== 'alone') {
          const p = statusParts(this.raw[i], claimsMap(this.raw[i], this.ctx.claim));
          b.parts = b.parts ? combineStatus(b.parts, p) : p;
          this.countFamilies(b, this.raw[i].sources);
        }
        const s = r === 'merged' ? indexOfId(b.fold.intoId as string) : i;
        if (this.survivorOf[i] !== s) renamed.push(i);
        this.survivorOf[i] = s;
        if (r === 'merged') this.drop(i);
        else if (r === 'alone') {
          this.merged.set(i, alone(this.raw[i]));
          this.dirtyStatus.add(i);
        }
      }
      const into = b.fold.intoId;
      if (into !== null) {
        this.merged.set(indexOfId(into), b.fold.current());
        this.dirtyStatus.add(indexOfId(into));
      }
      if (b.list.length === 0) this.buckets.delete(key);
    }
    for (const i of this.dirtyStatus) {
      const e = this.merged.get(i);
      if (!e || this.survivorOf[i] !== i) continue;
      const b = this.buckets.get(this.keyOf[i]);
      const into = b && b.fold.intoId === e.id ? b : null;
      if (into && this.refamily.has(i)) {
        into.families = new Map();
        this.countFamilies(into, e.sources);
      }
      const next: Event = {
        ...e,
        status: into?.parts ? statusOf(into.parts) : eventStatus(e, claimsMap(e, this.ctx.claim)),
        independentSources: into ? into.families.size : independentSources(e, this.ctx.family),
      };
      this.merged.set(i, next);
      this.timeline.place(i, next);
    }
    this.dirtyBuckets.clear();
    this.dirtyStatus.clear();
    this.refamily.clear();
    return { renamed };
  }

  private countFamilies(b: Bucket, sources: string[]): void {
    for (const s of sources) {
      const f = this.ctx.family(s);
      b.families.set(f, (b.families.get(f) ?? 0) + 1);
    }
  }

  private drop(i: number): void {
    this.merged.delete(i);
    this.timeline.remove(i);
  }

  /** The surviving event a raw event id now belongs to. */
  survivorId(id: string): string {
    const i = indexOfId(id);
    return this.raw[this.survivorOf[i]]?.id ?? id;
  }

  /** Surviving events `offset` to `offset + limit` in report order, and how many there are. */
  page(offset: number, limit: number): { total: number; items: Event[] } {
    const items: Event[] = [];
    let seen = 0;
    for (let i = 0; i < this.raw.length && items.length < limit; i++) {
      if (this.survivorOf[i] !== i) continue;
      const e = this.merged.get(i);
      if (!e) continue;
      if (seen++ >= offset) items.push(e);
    }
    return { total: this.merged.size, items };
  }

  /** Surviving events in report order. */
  list(): Event[] {
    const out: Event[] = [];
    for (let i = 0; i < this.raw.length; i++) {
      if (this.survivorOf[i] !== i) continue;
      const e = this.merged.get(i);
      if (e) out.push(e);
    }
    return out;
  }
}

function claimsMap(e: Event, claim: (id: string) => Claim | undefined): Map<string, Claim> {
  const m = new Map<string, Claim>();
  for (const id of e.claims) {
    const c = claim(id);
    if (c) m.set(id, c);
  }
  return m;
}
