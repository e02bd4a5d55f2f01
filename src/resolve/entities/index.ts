/**
 * Entity resolution across documents: one report Entity per real-world referent, kept up to
 * date one document at a time.
 *
 * Mentions join when their keys are equal (keys already fold transliteration, gazetteer ids and
 * ministry/country forms) and when two full person names are the same name word by word
 * (`samePersonName`: Sergey/Sergei, Zelenskyy/Zelensky) — these form *base clusters*, which only
 * ever grow. On top of them, rules that hold only while unambiguous across the corpus add
 * *links*: a bare surname to the one person with that surname, a short place name to the one
 * multiword place ending in it, an acronym to the one organisation whose initials it is, and a
 * separatist body named without its region to the one such body tied to a region. A later
 * document can make a rule ambiguous and so split what it had joined. Entities are the connected
 * groups of base clusters and links. Things that merely look alike stay apart: types never mix,
 * ministry keys carry their country.
 *
 * Incremental: `add` touches only the base clusters its mentions fall in, the rules whose
 * lookups (surname, last word, initials, region noun) its names feed, and the entities those
 * belong to; a much-mentioned entity that gains mentions is appended to, not rebuilt.
 * `rebuild()` recomputes every link and entity from scratch — tests check both agree.
 *
 * Ids are stable: an entity is `e<n>` where n is the sequence number of its earliest key (keys
 * are numbered in corpus order), so an id does not change when unrelated entities merge; ids
 * are ascending in the order of first mention but need not be contiguous.
 */

import type { EntityMention } from '../../analyze/types.ts';
import type { Entity } from '../../report/contract.ts';
import { Aggregate, byPosition, type Stored } from './aggregate.ts';
import { Links } from './links.ts';

interface KeyInfo {
  rkey: string;
  seq: number;
  type: string;
  mentions: Stored[];
  names: Set<string>;
  geoRef: boolean;
}

/** What one `add` changed: keys whose entity id changed and ids that no longer exist. */
export interface EntityChanges {
  /** Resolver keys (see `rkeyOf`) whose entity id differs from before this addition. */
  moved: string[];
  /** Entity ids removed (merged into another or split). */
  removed: string[];
  /** Entities created, rebuilt or appended to. */
  touched: string[];
  /** Analysis keys seen for the first time outside their document (they now resolve everywhere). */
  newKeys: string[];
}

export class EntityResolver {
  private readonly keys = new Map<string, KeyInfo>();
  private readonly docIndex = new Map<string, number>();
  /** Per document: analysis key → resolver key, for keys local to that document. */
  private readonly local = new Map<string, Map<string, string>>();
  /** Analysis key → resolver key of its first (non-local) use. */
  private readonly global = new Map<string, string>();
  private readonly links = new Links((rkey) => this.keys.get(rkey));
  /** Resolver key → the aggregate (entity) it belongs to. */
  private readonly keyAgg = new Map<string, Aggregate>();
  private readonly byId = new Map<string, Aggregate>();

  /** The resolver key of an analysis key in a document (keys the analyzer could not anchor are local). */
  rkeyOf(docId: string, key: string): string | undefined {
    return this.local.get(docId)?.get(key) ?? this.global.get(key);
  }

  /** The entity id of an analysis key in a document. */
  idOf(docId: string, key: string | null | undefined): string | null {
    if (!key) return null;
    const rk = this.rkeyOf(docId, key);
    return rk ? (this.keyAgg.get(rk)?.id ?? null) : null;
  }

  /** The entity id of a resolver key. */
  idOfRkey(rkey: string): string | null {
    return this.keyAgg.get(rkey)?.id ?? null;
  }

  /** Adds one document's mentions (documents in corpus order; each once). */
  add(docId: string, mentions: EntityMention[], text?: string): EntityChanges {
    if (this.docIndex.has(docId)) throw new Error(`entity resolver: document ${docId} added twice`);
    const docIndex = this.docIndex.size;
    this.docIndex.set(docId, docIndex);
    const localKeys = new Map<string, string>();
    this.local.set(docId, localKeys);
    const sorted = [...mentions].sort((a, b) => a.start - b.start || a.end - b.end);
    const fresh = new Map<string, Stored[]>();
    const changedNames = new Set<string>();
    const newKeys: string[] = [];
    for (const m of sorted) {
      const isLocal = m.key.startsWith('?:') || m.key === '';
      const rkey = `${m.type}|${isLocal ? `${m.key}@${docId}` : m.key}`;
      if (isLocal) {
        if (!localKeys.has(m.key)) localKeys.set(m.key, rkey);
      } else if (!this.global.has(m.key)) {
        this.global.set(m.key, rkey);
        newKeys.push(m.key);
      }
      let info = this.keys.get(rkey);
      if (!info) {
        info = { rkey, seq: this.keys.size + 1, type: m.type, mentions: [], names: new Set(), geoRef: false };
        this.keys.set(rkey, info);
        this.links.addKey(rkey);
      }
      const s: Stored = { doc: docId, docIndex, m, surface: text ? text.slice(m.start, m.end) : null };
      info.mentions.push(s);
      if (!info.names.has(m.name) || (m.geo?.ref && !info.geoRef)) changedNames.add(rkey);
      if (m.geo?.ref) info.geoRef = true;
      if (!info.names.has(m.name)) {
        info.names.add(m.name);
        this.links.addName(rkey, m.name);
      }
      const list = fresh.get(rkey);
      if (list) list.push(s);
      else fresh.set(rkey, [s]);
    }
    const structural = this.links.settle(changedNames);
    return { ...this.update(fresh, structural), newKeys };
  }

  /** Recomputes every link and entity from the keys held (the reference for `add`). */
  rebuild(): void {
    this.links.recomputeAll();
    this.keyAgg.clear();
    this.byId.clear();
    for (const group of this.links.components([...this.keys.keys()])) this.build(group);
  }

  /** Entities in order of first mention (affiliation resolved to an id). */
  entities(): Entity[] {
    return [...this.byId.values()].sort((a, b) => a.seq - b.seq).map((a) => this.entityOf(a));
  }

  /** Entities `offset` to `offset + limit` in order of first mention, assembling only those. */
  page(offset: number, limit: number): { total: number; items: Entity[] } {
    const all = [...this.byId.values()].sort((a, b) => a.seq - b.seq);
    return { total: all.length, items: all.slice(offset, offset + limit).map((a) => this.entityOf(a)) };
  }

  /** Every analysis key (global) and resolver key → entity id, as a map. */
  keyToId(): Map<string, string> {
    const out = new Map<string, string>();
    for (const [key, rk] of this.global) {
      const id = this.idOfRkey(rk);
      if (id) out.set(key, id);
    }
    for (const [rk, a] of this.keyAgg) out.set(rk, a.id);
    return out;
  }

  /** An entity's type and affiliation id, without assembling it (cheap for much-mentioned ones). */
  kind(id: string): { id: string; type: Entity['type']; affiliation: string | null } | undefined {
    const a = this.byId.get(id);
    if (!a) return undefined;
    const aff = a.affiliationKey;
    const affRkey = aff ? this.global.get(aff) : undefined;
    return { id, type: a.type, affiliation: affRkey ? this.idOfRkey(affRkey) : null };
  }

  private entityOf(a: Aggregate): Entity {
    const e = a.entity();
    const aff = a.affiliationKey;
    const affRkey = aff ? this.global.get(aff) : undefined;
    return {
      id: e.id,
      type: e.type,
      name: e.name,
      aliases: e.aliases,
      role: e.role,
      affiliation: affRkey ? this.idOfRkey(affRkey) : null,
      geo: e.geo,
      mentions: e.mentions,
    };
  }

  private build(rkeys: string[]): Aggregate {
    const infos = rkeys.map((k) => this.keys.get(k)).filter((x): x is KeyInfo => !!x);
    const seq = Math.min(...infos.map((i) => i.seq));
    const agg = new Aggregate(
      `e${seq}`,
      seq,
      infos.map((i) => i.rkey),
    );
    agg.append(infos.flatMap((i) => i.mentions).sort(byPosition));
    for (const k of agg.keys) this.keyAgg.set(k, agg);
    this.byId.set(agg.id, agg);
    return agg;
  }

  private update(fresh: Map<string, Stored[]>, structural: Set<string>): Omit<EntityChanges, 'newKeys'> {
    const changes: Omit<EntityChanges, 'newKeys'> = { moved: [], removed: [], touched: [] };
    // Entities whose key grouping may have changed: dissolve and regroup them.
    const dissolve = new Map<string, Aggregate>();
    const regroup = new Set<string>();
    for (const rk of structural) {
      regroup.add(rk);
      const a = this.keyAgg.get(rk);
      if (a) dissolve.set(a.id, a);
    }
    const before = new Map<string, string>();
    for (const a of dissolve.values()) {
      for (const k of a.keys) {
        regroup.add(k);
        before.set(k, a.id);
        this.keyAgg.delete(k);
      }
      this.byId.delete(a.id);
    }
    const rebuilt = new Set<string>();
    for (const group of this.links.components([...regroup])) {
      const a = this.build(group);
      rebuilt.add(a.id);
      changes.touched.push(a.id);
      for (const k of a.keys) {
        const old = before.get(k);
        if (old !== undefined && old !== a.id) changes.moved.push(k);
      }
    }
    for (const id of dissolve.keys()) if (!this.byId.has(id)) changes.removed.push(id);
    // Entities whose grouping stands: append the new mentions.
    const appendTo = new Map<Aggregate, Stored[]>();
    for (const [rk, list] of fresh) {
      const a = this.keyAgg.get(rk);
      if (!a || rebuilt.has(a.id)) continue;
      const l = appendTo.get(a);
      if (l) l.push(...list);
      else appendTo.set(a, [...list]);
    }
    for (const [a, list] of appendTo) {
      a.append(list.sort(byPosition));
      changes.touched.push(a.id);
    }
    return changes;
  }
}

export function resolveEntities(docs: { docId: string; entities: EntityMention[]; text?: string }[]): {
  entities: Entity[];
  keyToId: Map<string, string>;
} {
  const r = new EntityResolver();
  for (const d of docs) r.add(d.docId, d.entities, d.text);
  return { entities: r.entities(), keyToId: r.keyToId() };
}
