/**
 * A report kept current as documents arrive, one at a time, at a cost that follows what the new
 * document touches rather than the size of the corpus: its entities (and the few whose grouping
 * it changes), the event buckets its events fall in, the timeline days and figure series it
 * feeds, and the denials its claims may answer. `report()` assembles the whole `sitrep.report/1`
 * object (a copy: linear in the corpus); `events()`, `claims()`, `figures()`, `timeline()` and
 * `series()` read the current state without assembling the rest.
 *
 * The result equals the whole-corpus pipeline (`buildReport` + `resolveAcross` over the same
 * documents in the same order) after every addition — tests check it document by document.
 */
import type { DocAnalysis } from '../../analyze/types.ts';
import type { IngestedDocument } from '../../ingest/types.ts';
import { claimIdsOf, claimOf, eventOf, figureOf, toReportDocument } from '../../report/build.ts';
import type {
  Claim,
  Entity,
  Event,
  Figure,
  InputError,
  Report,
  ReportDocument,
  Series,
  TimelineEntry,
} from '../../report/contract.ts';
import { SCHEMA_ID } from '../../report/contract.ts';
import { type Addition, CorpusResolver } from '../corpus.ts';
import { trackCeasefires } from '../crossdoc/ceasefires.ts';
import { sideOf } from '../crossdoc/contradictions.ts';
import { seriesKey, seriesOf } from '../crossdoc/series.ts';
import { insertAscending } from '../sorted.ts';
import { LiveContradictions } from './contradictions.ts';
import { LiveEvents } from './events.ts';

interface Source<T> {
  item: T;
  doc: string;
  claimIds: string[];
}

interface Refs {
  claims: Set<number>;
  events: Set<number>;
  figures: Set<number>;
}

export type LiveSection = 'events' | 'claims' | 'figures' | 'entities' | 'timeline';
export type SectionItem<K extends LiveSection> = Report[K][number];

/** Time spent in one addition, by step (milliseconds). */
export interface LiveTiming {
  entities: number;
  reuse: number;
  stories: number;
  items: number;
  events: number;
  contradictions: number;
  total: number;
}

export class LiveReport {
  readonly corpus = new CorpusResolver();
  private readonly documents: ReportDocument[] = [];
  private readonly publishedOf = new Map<string, string | null>();
  private readonly claimRows: Claim[] = [];
  private readonly claimSrc: Source<DocAnalysis['claims'][number]>[] = [];
  /** Raw event indexes each claim is reported by. */
  private readonly claimEvents: number[][] = [];
  private readonly eventSrc: Source<DocAnalysis['events'][number]>[] = [];
  private readonly figureRows: Figure[] = [];
  private readonly figureSrc: Source<DocAnalysis['figures'][number]>[] = [];
  private readonly figureKey: (string | null)[] = [];
  private readonly seriesFigures = new Map<string, number[]>();
  private readonly seriesCache = new Map<string, Series>();
  private readonly staleSeries = new Set<string>();
  /** Resolver key → the items naming it; analysis keys not resolved yet → the items naming them. */
  private readonly refs = new Map<string, Refs>();
  private readonly pending = new Map<string, Refs>();
  private readonly sides = new Map<string, string | null>();
  private readonly bySpeaker = new Map<string, Set<number>>();
  private readonly events: LiveEvents;
  private readonly contradictions: LiveContradictions;
  private readonly texts = new Map<string, string>();
  private readonly claimsByDoc = new Map<string, number[]>();

  constructor() {
    this.events = new LiveEvents({
      claim: (id) => this.claimRows[Number(id.slice(1)) - 1],
      family: (doc) => this.corpus.family(doc),
    });
    this.contradictions = new LiveContradictions(
      this.claimRows,
      (doc) => this.corpus.family(doc),
      (i) => sideOf(this.claimRows[i].speaker, (id) => this.corpus.entities.kind(id)),
      (doc) => this.corpus.storyOf(doc),
      (doc) => this.publishedOf.get(doc) ?? null,
    );
  }

  get size(): number {
    return this.documents.length;
  }

  private idOf = (doc: string, key: string | null | undefined) => this.corpus.entities.idOf(doc, key);

  private refer(doc: string, key: string | null | undefined, kind: keyof Refs, i: number): void {
    if (!key) return;
    const rk = this.corpus.entities.rkeyOf(doc, key);
    const map = rk ? this.refs : this.pending;
    const at = rk ?? key;
    let r = map.get(at);
    if (!r) {
      r = { claims: new Set(), events: new Set(), figures: new Set() };
      map.set(at, r);
    }
    r[kind].add(i);
  }

  /** Adds one document (in corpus order) and brings every part of the report up to date. */
  add(doc: IngestedDocument, analysis: DocAnalysis): { id: string; ms: LiveTiming } {
    const t0 = performance.now();
    const a = this.corpus.add(doc, analysis);
    const t1 = performance.now();
    const docId = a.id;
    const index = this.documents.length;
    this.documents.push(toReportDocument(doc, index));
    this.publishedOf.set(docId, this.documents[index].published);
    this.texts.set(docId, doc.text);
    const changedClaims = new Set<number>();
    const newClaims: number[] = [];
    const dirtySeries = new Set<string>();

    const claimIds = claimIdsOf(analysis, this.claimRows.length);
    analysis.claims.forEach((c, k) => {
      const i = this.claimRows.length;
      this.claimRows.push(claimOf(c, claimIds[k], docId, doc.text, claimIds, this.idOf));
      this.claimSrc.push({ item: c, doc: docId, claimIds });
      this.claimEvents.push([]);
      this.refer(docId, c.speaker, 'claims', i);
      this.speak(i, null);
      newClaims.push(i);
    });
    this.claimsByDoc.set(docId, newClaims);
    for (const e of analysis.events) {
      const ev = eventOf(e, `v${this.eventSrc.length + 1}`, docId, claimIds, this.idOf);
      const j = this.events.add(ev);
      this.eventSrc.push({ item: e, doc: docId, claimIds });
      for (const cid of ev.claims) this.claimEvents[Number(cid.slice(1)) - 1]?.push(j);
      for (const k of [...e.actors, ...e.targets, e.place]) this.refer(docId, k, 'events', j);
    }
    for (const f of analysis.figures) {
      const i = this.figureRows.length;
      this.figureRows.push(figureOf(f, `f${i + 1}`, docId, this.idOf));
      this.figureSrc.push({ item: f, doc: docId, claimIds });
      this.figureKey.push(null);
      for (const k of [f.side, f.reporter, f.place]) this.refer(docId, k, 'figures', i);
      this.keySeries(i, dirtySeries);
    }
    this.applyEntityChanges(a, changedClaims, dirtySeries);
    this.events.regrouped(a.regrouped);
    for (const d of a.regrouped)
      if (d !== docId) for (const i of this.claimsByDoc.get(d) ?? []) changedClaims.add(i);
    // Two stories joined: their denials may answer each other's claims now.
    for (const d of a.restoried) for (const i of this.claimsByDoc.get(d) ?? []) changedClaims.add(i);
    const t2 = performance.now();

    const settled = this.events.settle();
    const aboutDirty = new Set<number>();
    for (const j of settled.renamed)
      for (const cid of this.events.raw[j].claims) aboutDirty.add(Number(cid.slice(1)) - 1);
    for (const i of newClaims) aboutDirty.add(i);
    for (const i of aboutDirty) {
      const about = [
        ...new Set(this.claimEvents[i].map((j) => this.events.survivorId(this.events.raw[j].id))),
      ];
      const c = this.claimRows[i];
      if (c.about.length !== about.length || c.about.some((v, k) => v !== about[k])) {
        this.claimRows[i] = { ...c, about };
        changedClaims.add(i);
      }
    }
    const t3 = performance.now();
    for (const i of newClaims) this.contradictions.added(i);
    const fresh = new Set(newClaims);
    for (const i of changedClaims) if (!fresh.has(i)) this.contradictions.changed(i);
    this.contradictions.settle();
    const t4 = performance.now();
    // Series summarise many figures: marked here, rebuilt when next read (the timeline is kept
    // by the events, day by day).
    for (const key of dirtySeries) this.staleSeries.add(key);
    return {
      id: docId,
      ms: {
        ...a.ms,
        items: t2 - t1,
        events: t3 - t2,
        contradictions: t4 - t3,
        total: performance.now() - t0,
      },
    };
  }

  /** Files a figure under its series key (moving it when the key changed). */
  private keySeries(i: number, dirty: Set<string>): void {
    const before = this.figureKey[i];
    const now = seriesKey(this.figureRows[i]);
    if (before === now) {
      if (now !== null) dirty.add(now);
      return;
    }
    if (before !== null) {
      const list = this.seriesFigures.get(before) ?? [];
      list.splice(list.indexOf(i), 1);
      if (!list.length) this.seriesFigures.delete(before);
      dirty.add(before);
    }
    this.figureKey[i] = now;
    if (now === null) return;
    const list = this.seriesFigures.get(now) ?? [];
    insertAscending(list, i);
    this.seriesFigures.set(now, list);
    dirty.add(now);
  }

  /** Keeps the speaker → claims index and notes the claim's side. */
  private speak(i: number, before: string | null): void {
    if (before) this.bySpeaker.get(before)?.delete(i);
    const now = this.claimRows[i].speaker;
    if (!now) return;
    const set = this.bySpeaker.get(now);
    if (set) set.add(i);
    else this.bySpeaker.set(now, new Set([i]));
  }

  private applyEntityChanges(a: Addition, changedClaims: Set<number>, dirtySeries: Set<string>): void {
    const ents = this.corpus.entities;
    const affected: Refs = { claims: new Set(), events: new Set(), figures: new Set() };
    const gather = (r: Refs | undefined) => {
      if (!r) return;
      for (const i of r.claims) affected.claims.add(i);
      for (const i of r.events) affected.events.add(i);
      for (const i of r.figures) affected.figures.add(i);
    };
    for (const rk of a.entities.moved) gather(this.refs.get(rk));
    for (const key of a.entities.newKeys) {
      const r = this.pending.get(key);
      if (!r) continue;
      this.pending.delete(key);
      gather(r);
      const rk = ents.rkeyOf('', key);
      if (rk) {
        const into = this.refs.get(rk);
        if (into) {
          for (const i of r.claims) into.claims.add(i);
          for (const i of r.events) into.events.add(i);
          for (const i of r.figures) into.figures.add(i);
        } else this.refs.set(rk, r);
      }
    }
    for (const i of affected.claims) {
      const before = this.claimRows[i].speaker;
      const speaker = this.idOf(this.claimSrc[i].doc, this.claimSrc[i].item.speaker);
      if (speaker === before) continue;
      this.claimRows[i] = { ...this.claimRows[i], speaker };
      this.speak(i, before);
      changedClaims.add(i);
    }
    for (const j of affected.events) {
      const s = this.eventSrc[j];
      this.events.replace(j, eventOf(s.item, this.events.raw[j].id, s.doc, s.claimIds, this.idOf));
    }
    for (const i of affected.figures) {
      const s = this.figureSrc[i];
      this.figureRows[i] = figureOf(s.item, this.figureRows[i].id, s.doc, this.idOf);
      this.keySeries(i, dirtySeries);
    }
    // A speaker's side (its type or affiliation) can shift as its entity grows or regroups, and
    // when the entity it is affiliated to changes id (rare: then every known side is checked).
    const recheck = a.entities.moved.length ? [...this.sides.keys()] : [];
    for (const id of new Set([...a.entities.touched, ...a.entities.removed, ...recheck])) {
      const k = ents.kind(id);
      const side = k ? sideOf(id, () => k) : null;
      if (this.sides.has(id) && this.sides.get(id) === side) continue;
      const had = this.sides.has(id);
      if (k) this.sides.set(id, side);
      else this.sides.delete(id);
      if (had) for (const i of this.bySpeaker.get(id) ?? []) changedClaims.add(i);
    }
  }

  /** Surviving events, merged, in report order (the objects are not to be modified). */
  eventList(): Event[] {
    return this.events.list();
  }

  claims(): Claim[] {
    return this.claimRows.map((c, i) => this.claimWithAnswers(c, i));
  }

  private claimWithAnswers(c: Claim, i: number): Claim {
    const answers = this.contradictions.answers.get(i);
    return answers ? { ...c, contradicts: [...c.contradicts, ...answers] } : c;
  }

  figures(): Figure[] {
    return this.figureRows;
  }

  timeline(): TimelineEntry[] {
    return this.events.timeline.entries((d) => this.texts.get(d));
  }

  series(): Series[] {
    for (const key of this.staleSeries) {
      const list = this.seriesFigures.get(key);
      if (list?.length) this.seriesCache.set(key, seriesOf(list.map((i) => this.figureRows[i])));
      else this.seriesCache.delete(key);
    }
    this.staleSeries.clear();
    return [...this.seriesFigures.entries()]
      .sort((a, b) => a[1][0] - b[1][0])
      .map(([key]) => this.seriesCache.get(key) as Series);
  }

  entities(): Entity[] {
    return this.corpus.entities.entities();
  }

  /**
   * One page of a section, reading only what the page needs where it can (claims, figures and
   * entities are assembled for the page only).
   */
  page<K extends LiveSection>(
    key: K,
    offset: number,
    limit: number,
  ): { total: number; items: SectionItem<K>[] } {
    const slice = <T>(list: T[]) => ({ total: list.length, items: list.slice(offset, offset + limit) });
    switch (key) {
      case 'claims':
        return {
          total: this.claimRows.length,
          items: this.claimRows
            .slice(offset, offset + limit)
            .map((c, k) => this.claimWithAnswers(c, offset + k)),
        } as { total: number; items: SectionItem<K>[] };
      case 'figures':
        return slice(this.figureRows) as { total: number; items: SectionItem<K>[] };
      case 'entities':
        return this.corpus.entities.page(offset, limit) as { total: number; items: SectionItem<K>[] };
      case 'timeline':
        return slice(this.timeline()) as { total: number; items: SectionItem<K>[] };
      default:
        return this.events.page(offset, limit) as { total: number; items: SectionItem<K>[] };
    }
  }

  /** The whole report as of now (a fresh object; later additions do not change it). */
  report(errors: InputError[] = [], generatedAt: string = new Date().toISOString()): Report {
    const documents = this.documents.map((d, i) => ({ ...d, reuse: [...this.corpus.reuseOf(i)] }));
    const events = this.eventList();
    return {
      schema: SCHEMA_ID,
      generatedAt,
      documents,
      entities: this.entities(),
      events,
      claims: this.claims(),
      figures: [...this.figureRows],
      timeline: this.timeline(),
      stories: this.corpus.storyList(documents),
      errors,
      series: this.series(),
      ceasefires: trackCeasefires({ events }),
    };
  }
}
