/**
 * One resolved entity's running totals: its mentions in corpus order and the counts its name,
 * type, role, affiliation, place and aliases are chosen from. Adding mentions in corpus order
 * updates the totals in place, so a much-mentioned entity costs only its new mentions; the
 * result equals building the totals from the whole sorted mention list at once.
 */
import { countryOfCapital, countryOfSeat } from '../../analyze/entities/country.ts';
import { lexicon } from '../../analyze/entities/lexicon.ts';
import { foldName } from '../../analyze/names/fold.ts';
import type { EntityMention } from '../../analyze/types.ts';
import type { Entity, Geo } from '../../report/contract.ts';
import { nameWords } from './names.ts';

export interface Stored {
  doc: string;
  docIndex: number;
  m: EntityMention;
  surface: string | null;
}

export function byPosition(a: Stored, b: Stored): number {
  return a.docIndex - b.docIndex || a.m.start - b.m.start || a.m.end - b.m.end;
}

/** The most frequent value so far; on a tie, the one that reached the count first. */
class MostCommon<T> {
  private readonly count = new Map<T, number>();
  best: T | null = null;
  private bestN = 0;
  add(x: T | null | undefined): void {
    if (x === null || x === undefined) return;
    const n = (this.count.get(x) ?? 0) + 1;
    this.count.set(x, n);
    if (n > this.bestN) {
      this.best = x;
      this.bestN = n;
    }
  }
}

export class Aggregate {
  readonly mentions: Stored[] = [];
  private readonly names = new Map<string, number>();
  private readonly types = new MostCommon<string>();
  private readonly roles = new MostCommon<string>();
  private readonly affiliations = new MostCommon<string>();
  private readonly geoRefs = new MostCommon<string>();
  private readonly geoByRef = new Map<string, Geo>();
  /** Alias candidates: from mentions of any type but country, and from country mentions. */
  private readonly aliasOther = new Set<string>();
  private readonly aliasCountry = new Set<string>();
  private cached: Omit<Entity, 'affiliation'> | null = null;

  constructor(
    readonly id: string,
    /** Sequence number of the entity's first key (its id is `e<seq>`). */
    readonly seq: number,
    /** Member keys of the cluster (resolver keys). */
    readonly keys: string[],
  ) {}

  /** Adds mentions that sort after every mention already held. */
  append(list: Stored[]): void {
    for (const s of list) {
      this.mentions.push(s);
      const m = s.m;
      const n = m.name.replace(/^the\s+/i, '');
      this.names.set(n, (this.names.get(n) ?? 0) + 1);
      this.types.add(m.type);
      this.roles.add(m.role ?? null);
      this.affiliations.add(m.affiliation ?? null);
      if (m.geo) {
        const ref = m.geo.ref ?? `${m.geo.lat},${m.geo.lon}`;
        this.geoRefs.add(ref);
        if (!this.geoByRef.has(ref)) this.geoByRef.set(ref, m.geo);
      }
      const into = m.type === 'country' ? this.aliasCountry : this.aliasOther;
      into.add(m.name);
      if (s.surface) into.add(s.surface);
    }
    if (list.length) this.cached = null;
  }

  /** The entity's type (its mentions' most common one). */
  get type(): Entity['type'] {
    return (this.types.best ?? this.mentions[0].m.type) as Entity['type'];
  }

  /** Affiliation key (an entity key to resolve to an id). */
  get affiliationKey(): string | null {
    return this.affiliations.best;
  }

  /** The entity without its affiliation id (resolved by the caller, which knows the ids). */
  entity(): Omit<Entity, 'affiliation'> {
    if (this.cached) return this.cached;
    const name = this.pickName();
    const folded = foldName(name);
    const aliases = new Set<string>();
    const consider = (a: string, country: boolean) => {
      if (foldName(a) === folded) return;
      // A capital or seat standing for its country ("Moscow said") is a mention, not a name of it.
      if (country && (countryOfCapital(a) || countryOfSeat(a))) return;
      aliases.add(a.replace(/^the\s+/i, ''));
    };
    for (const a of this.aliasOther) consider(a, false);
    for (const a of this.aliasCountry) consider(a, true);
    const type = this.type;
    // Names the entity is known by beyond those in the text: a person's surname, a body's
    // lexicon acronym and long form.
    if (type === 'person') {
      const w = name.split(/\s+/);
      if (w.length >= 2) aliases.add(w[w.length - 1]);
    }
    for (const a of lexiconAliases(this.mentions[0].m.key)) if (foldName(a) !== folded) aliases.add(a);
    const ref = this.geoRefs.best;
    this.cached = {
      id: this.id,
      type,
      name,
      aliases: dedupeFolded([...aliases]).sort(),
      role: this.roles.best ?? null,
      geo: ref === null ? null : (this.geoByRef.get(ref) ?? null),
      mentions: this.mentions.map((s) => ({ doc: s.doc, start: s.m.start, end: s.m.end })),
    };
    return this.cached;
  }

  /** The most used canonical name; full names over surnames, then longer, then alphabetical. */
  private pickName(): string {
    return [...this.names.entries()].sort(
      (a, b) =>
        Math.min(nameWords(b[0]).length, 2) - Math.min(nameWords(a[0]).length, 2) ||
        b[1] - a[1] ||
        b[0].length - a[0].length ||
        (a[0] < b[0] ? -1 : 1),
    )[0][0];
  }
}

/** Name and aliases of the lexicon entry with this key (organisations, agencies, groups). */
function lexiconAliases(key: string): string[] {
  const e = lexicon().orgByKey.get(key);
  return e ? [e.name, ...e.aliases] : [];
}

function dedupeFolded(xs: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const x of xs.sort()) {
    const f = foldName(x);
    if (seen.has(f)) continue;
    seen.add(f);
    out.push(x);
  }
  return out;
}
