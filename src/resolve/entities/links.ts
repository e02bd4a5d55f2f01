/**
 * The grouping of resolver keys into entities: base clusters (equal keys, the same full person
 * name) and links that hold while unambiguous (surname → full name, short → multiword place,
 * acronym → organisation, region-less separatist body → the one tied to a region). Every rule
 * reads lookups by name word, initials or region noun, so a new name re-checks only the rules
 * whose lookups it feeds. See `index.ts` for the rules' meaning.
 */
import { sameName } from '../../analyze/names/fold.ts';
import {
  ACRONYM,
  initialsOf,
  lettersOf,
  nameBuckets,
  nameWords,
  personLastWord,
  placeLastWord,
  REGION_GROUP,
  REGIONLESS_GROUP,
  SEPARATIST_QUALIFIER,
  samePersonName,
} from './names.ts';

export interface KeyView {
  seq: number;
  type: string;
  names: Set<string>;
  geoRef: boolean;
}

function add<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

export class Links {
  /** Resolver key → its base cluster's root (the member with the lowest sequence number). */
  private readonly baseOf = new Map<string, string>();
  private readonly members = new Map<string, string[]>();
  /** Full person names by word count and last-word bucket (for the same-person rule). */
  private readonly persons = new Map<string, Set<string>>();
  private readonly personName = new Map<string, string>();
  /** Last words of multiword names: lookup → resolver key → the words. */
  private readonly lastWords = new Map<string, Map<string, Set<string>>>();
  /** Single-word names (rule sources) by lookup. */
  private readonly singles = new Map<string, Set<string>>();
  private readonly initials = new Map<string, Set<string>>();
  private readonly acronyms = new Map<string, Set<string>>();
  private readonly regions = new Map<string, Set<string>>();
  private readonly regionless = new Map<string, Set<string>>();
  /** Links: source base root → target keys; target key → source base roots. */
  private readonly outs = new Map<string, string[]>();
  private readonly inns = new Map<string, Set<string>>();
  private readonly fresh = new Set<string>();
  private readonly merged = new Set<string>();

  constructor(private readonly info: (rkey: string) => KeyView | undefined) {}

  private view(rkey: string): KeyView {
    const v = this.info(rkey);
    if (!v) throw new Error(`entity links: unknown key ${rkey}`);
    return v;
  }

  base(rkey: string): string {
    return this.baseOf.get(rkey) ?? rkey;
  }

  addKey(rkey: string): void {
    this.baseOf.set(rkey, rkey);
    this.members.set(rkey, [rkey]);
    this.fresh.add(rkey);
    const region = REGION_GROUP.exec(rkey);
    if (region) add(this.regions, region[1], rkey);
    const regionless = REGIONLESS_GROUP.exec(rkey);
    if (regionless && SEPARATIST_QUALIFIER.test(regionless[1].replace(/:/g, ' ')))
      add(this.regionless, regionless[2], rkey);
  }

  addName(rkey: string, name: string): void {
    const { type } = this.view(rkey);
    const words = nameWords(name);
    if (type === 'person') {
      const last = personLastWord(name);
      if (last) {
        const entries = this.lastEntries(`person|`, last);
        for (const e of entries) add(e.map, rkey, last);
        if (!this.personName.has(rkey)) {
          // The same full name in another key (transliteration variants) joins its base cluster.
          const cands = new Set<string>();
          for (const b of nameBuckets(last))
            for (const k of this.persons.get(`${words.length}|${b}`) ?? []) cands.add(k);
          for (const other of cands) {
            if (samePersonName(name, this.personName.get(other) ?? '')) this.unite(rkey, other);
          }
          this.personName.set(rkey, name);
          for (const b of nameBuckets(last)) add(this.persons, `${words.length}|${b}`, rkey);
        }
      } else if (words.length === 1)
        for (const b of nameBuckets(words[0])) add(this.singles, `person|${b}`, rkey);
    } else if (type === 'place') {
      const last = placeLastWord(name);
      if (last) add(this.lastMap(`place|${last}`), rkey, last);
      if (words.length === 1) add(this.singles, `place|${words[0]}`, rkey);
    } else if (type === 'organization' || type === 'group') {
      if (ACRONYM.test(name)) add(this.acronyms, `${type}|${lettersOf(name)}`, rkey);
      else add(this.initials, `${type}|${initialsOf(name)}`, rkey);
    }
  }

  private lastMap(k: string): Map<string, Set<string>> {
    let m = this.lastWords.get(k);
    if (!m) {
      m = new Map();
      this.lastWords.set(k, m);
    }
    return m;
  }

  private lastEntries(prefix: string, word: string): { map: Map<string, Set<string>> }[] {
    return nameBuckets(word).map((b) => ({ map: this.lastMap(`${prefix}${b}`) }));
  }

  private unite(a: string, b: string): void {
    const ra = this.base(a);
    const rb = this.base(b);
    if (ra === rb) return;
    const [win, lose] = this.view(ra).seq < this.view(rb).seq ? [ra, rb] : [rb, ra];
    const moved = this.members.get(lose) ?? [lose];
    for (const k of moved) this.baseOf.set(k, win);
    this.members.get(win)?.push(...moved);
    this.members.delete(lose);
    // The loser's own links go; it is re-linked as part of the winner.
    this.setLinks(lose, []);
    this.merged.add(win);
    this.merged.add(lose);
  }

  private setLinks(root: string, targets: string[]): void {
    for (const t of this.outs.get(root) ?? []) this.inns.get(t)?.delete(root);
    if (targets.length) {
      this.outs.set(root, targets);
      for (const t of targets) add(this.inns, t, root);
    } else this.outs.delete(root);
  }

  private targetsOf(root: string): string[] {
    return [...new Set((this.outs.get(root) ?? []).map((t) => this.base(t)))].sort();
  }

  /** The links a base cluster's names call for now (target base roots). */
  private compute(root: string): string[] {
    const keys = this.members.get(root) ?? [root];
    const type = this.view(root).type;
    const names: string[] = [];
    for (const k of keys) names.push(...this.view(k).names);
    const out: string[] = [];
    if (type === 'person' || type === 'place') {
      const words = names.map(nameWords);
      if (words.some((w) => w.length >= 2)) return out;
      if (type === 'place' && keys.some((k) => this.view(k).geoRef)) return out;
      const hits = new Set<string>();
      for (const w of words) {
        if (w.length !== 1) continue;
        const s = w[0];
        if (type === 'place') {
          for (const k of this.lastWords.get(`place|${s}`)?.keys() ?? []) hits.add(this.base(k));
          continue;
        }
        for (const b of nameBuckets(s)) {
          for (const [k, lasts] of this.lastWords.get(`person|${b}`) ?? []) {
            for (const last of lasts) if (sameName(last, s)) hits.add(this.base(k));
          }
        }
      }
      if (hits.size === 1) out.push(...hits);
      return out.filter((t) => t !== root);
    }
    if (type === 'organization' || type === 'group') {
      const acr = names.find((n) => ACRONYM.test(n));
      if (acr) {
        const hits = new Set(
          [...(this.initials.get(`${type}|${lettersOf(acr)}`) ?? [])].map((k) => this.base(k)),
        );
        if (hits.size === 1 && !hits.has(root)) out.push(...hits);
      }
      if (type === 'group') {
        const m = REGIONLESS_GROUP.exec(root);
        if (m && SEPARATIST_QUALIFIER.test(m[1].replace(/:/g, ' '))) {
          const hits = new Set([...(this.regions.get(m[2]) ?? [])].map((k) => this.base(k)));
          if (hits.size === 1 && !hits.has(root)) out.push(...hits);
        }
      }
    }
    return [...new Set(out)].sort();
  }

  /** Rule sources whose lookups a key's names feed. */
  private dependents(rkey: string, into: Set<string>): void {
    const v = this.view(rkey);
    for (const name of v.names) {
      if (v.type === 'person') {
        const last = personLastWord(name);
        if (last)
          for (const b of nameBuckets(last))
            for (const s of this.singles.get(`person|${b}`) ?? []) into.add(this.base(s));
      } else if (v.type === 'place') {
        const last = placeLastWord(name);
        if (last) for (const s of this.singles.get(`place|${last}`) ?? []) into.add(this.base(s));
      } else if ((v.type === 'organization' || v.type === 'group') && !ACRONYM.test(name)) {
        for (const s of this.acronyms.get(`${v.type}|${initialsOf(name)}`) ?? []) into.add(this.base(s));
      }
    }
    const region = REGION_GROUP.exec(rkey);
    if (region) for (const s of this.regionless.get(region[1]) ?? []) into.add(this.base(s));
  }

  /**
   * After a document's keys and names are in: re-checks the rules those names can change and
   * returns every key whose entity may be grouped differently now.
   */
  settle(changedNames: Set<string>): Set<string> {
    const structural = new Set<string>(this.fresh);
    const dirty = new Set<string>();
    const touchedKeys = new Set<string>(changedNames);
    for (const r of this.merged) {
      for (const k of this.members.get(this.base(r)) ?? []) {
        for (const s of this.inns.get(k) ?? []) dirty.add(this.base(s));
        touchedKeys.add(k);
        structural.add(k);
      }
    }
    for (const k of touchedKeys) {
      dirty.add(this.base(k));
      this.dependents(k, dirty);
    }
    for (const root of dirty) {
      const before = this.targetsOf(root);
      const now = this.compute(root);
      if (before.length === now.length && before.every((t, i) => t === now[i])) continue;
      this.setLinks(root, now);
      for (const r of [root, ...before, ...now])
        for (const k of this.members.get(this.base(r)) ?? []) structural.add(k);
    }
    this.fresh.clear();
    this.merged.clear();
    return structural;
  }

  recomputeAll(): void {
    for (const root of [...this.outs.keys()]) this.setLinks(root, []);
    for (const root of this.members.keys()) this.setLinks(root, this.compute(root));
    this.fresh.clear();
    this.merged.clear();
  }

  /** Connected groups (base clusters joined by links) holding the given keys: lists of keys. */
  components(rkeys: string[]): string[][] {
    const seen = new Set<string>();
    const out: string[][] = [];
    for (const start of rkeys) {
      const root = this.base(start);
      if (seen.has(root)) continue;
      seen.add(root);
      const queue = [root];
      const group: string[] = [];
      while (queue.length) {
        const b = queue.pop() as string;
        const keys = this.members.get(b) ?? [b];
        group.push(...keys);
        const next: string[] = this.targetsOf(b);
        for (const k of keys) for (const s of this.inns.get(k) ?? []) next.push(this.base(s));
        for (const n of next) {
          if (seen.has(n)) continue;
          seen.add(n);
          queue.push(n);
        }
      }
      out.push(group);
    }
    return out;
  }
}
