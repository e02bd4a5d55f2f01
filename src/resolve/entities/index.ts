/**
 * Entity resolution across documents: one report Entity per real-world referent.
 *
 * Mentions join when their keys are equal (keys already fold transliteration, gazetteer ids and
 * ministry/country forms), when two full person names are the same name word by word
 * (`sameName`: Sergey/Sergei, Zelenskyy/Zelensky), and — only when unambiguous across the corpus —
 * a bare surname joins the one person with that surname, a short place name joins the one
 * multiword place ending in it, an acronym joins the one organisation whose initials it is, and a
 * separatist body named without its region joins the one such body tied to a region.
 * Things that merely look alike stay apart: types never mix, ministry keys carry their country.
 *
 * `EntityResolver` is incremental: `add` folds one document's mentions into the clusters; the
 * unambiguity rules run in `entities()`, so the result does not depend on the order of documents.
 */

import { countryOfCapital, countryOfSeat } from '../../analyze/entities/country.ts';
import { lexicon } from '../../analyze/entities/lexicon.ts';
import { foldName, sameName } from '../../analyze/names/fold.ts';
import type { EntityMention } from '../../analyze/types.ts';
import type { Entity, Geo } from '../../report/contract.ts';

/** First words that make a different place ("North Darfur" is not "Darfur"). */
const GENERIC_FIRST = new Set(
  'new north south east west upper lower saint st great little old central northern southern eastern western greater'.split(
    ' ',
  ),
);

interface Stored {
  doc: string;
  docIndex: number;
  m: EntityMention;
  surface: string | null;
  key: string;
}

class UnionFind {
  private parent = new Map<string, string>();
  find(x: string): string {
    let root = x;
    for (;;) {
      const p = this.parent.get(root);
      if (p === undefined) {
        this.parent.set(root, root);
        break;
      }
      if (p === root) break;
      root = p;
    }
    // Path compression.
    let cur = x;
    while (cur !== root) {
      const next: string = this.parent.get(cur) ?? root;
      this.parent.set(cur, root);
      cur = next;
    }
    return root;
  }
  union(a: string, b: string): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra === rb) return;
    // Deterministic root: the smaller key.
    if (ra < rb) this.parent.set(rb, ra);
    else this.parent.set(ra, rb);
  }
}

function nameWords(name: string): string[] {
  return foldName(name)
    .split(/[\s]+/)
    .filter((w) => w !== '');
}

function typeOfKey(key: string): string {
  return key.split('|')[0];
}

export class EntityResolver {
  private stored: Stored[] = [];
  private docs = new Map<string, number>();
  private uf = new UnionFind();
  /** Full person names (≥ 2 words) seen, by cluster key. */
  private persons = new Map<string, string>();

  /** Adds one document's mentions; adding a document id again replaces its earlier mentions. */
  add(docId: string, mentions: EntityMention[], text?: string): void {
    if (this.docs.has(docId)) this.stored = this.stored.filter((s) => s.doc !== docId);
    else this.docs.set(docId, this.docs.size);
    const docIndex = this.docs.get(docId)!;
    for (const m of mentions) {
      // Keys the analyzer could not anchor ("?:ministry:defense") are local to their document.
      const local = m.key.startsWith('?:') || m.key === '';
      const key = `${m.type}|${local ? `${m.key}@${docId}` : m.key}`;
      this.uf.find(key);
      this.stored.push({ doc: docId, docIndex, m, surface: text ? text.slice(m.start, m.end) : null, key });
      if (m.type === 'person' && nameWords(m.name).length >= 2 && !this.persons.has(key)) {
        for (const [other, otherName] of this.persons) {
          if (samePersonName(m.name, otherName)) this.uf.union(key, other);
        }
        this.persons.set(key, m.name);
      }
    }
  }

  entities(): { entities: Entity[]; keyToId: Map<string, string> } {
    // Work on a copy of the union-find so the unambiguity rules can be recomputed after more adds.
    const uf = this.cloneUf();
    const clusters = () => {
      const byRoot = new Map<string, Stored[]>();
      for (const s of this.stored) {
        const r = uf.find(s.key);
        const l = byRoot.get(r);
        if (l) l.push(s);
        else byRoot.set(r, [s]);
      }
      return byRoot;
    };
    let byRoot = clusters();
    const names = (l: Stored[]) => new Set(l.map((s) => s.m.name));
    // Surnames → the one full name; short place names → the one multiword place ending in them.
    // Index the last words of full names once (sameName is applied per surname and candidate).
    const lastWords = new Map<string, { root: string; last: string }[]>();
    for (const [root, l] of byRoot) {
      const type = typeOfKey(root);
      if (type !== 'person' && type !== 'place') continue;
      for (const n of names(l)) {
        const w = type === 'person' ? nameWords(n) : foldName(n).split(/[\s-]+/);
        if (w.length < 2 || (type === 'place' && GENERIC_FIRST.has(w[0]))) continue;
        const list = lastWords.get(type) ?? [];
        list.push({ root, last: w[w.length - 1] });
        lastWords.set(type, list);
      }
    }
    for (const [root, l] of byRoot) {
      const type = typeOfKey(root);
      if (type !== 'person' && type !== 'place') continue;
      const ns = [...names(l)];
      if (ns.some((n) => nameWords(n).length >= 2)) continue;
      if (type === 'place' && l.some((s) => s.m.geo?.ref)) continue;
      const single = ns.map((n) => nameWords(n)).filter((w) => w.length === 1);
      if (single.length === 0) continue;
      const hits = new Set<string>();
      for (const { root: r2, last } of lastWords.get(type) ?? []) {
        if (single.some((s) => (type === 'person' ? sameName(last, s[0]) : last === s[0]))) hits.add(r2);
      }
      if (hits.size === 1) uf.union(root, [...hits][0]);
    }
    byRoot = clusters();
    // Acronyms → the one organisation whose initials they are.
    const byInitials = new Map<string, Set<string>>();
    for (const [root, l] of byRoot) {
      const t = typeOfKey(root);
      if (t !== 'organization' && t !== 'group') continue;
      for (const n of names(l)) {
        if (/^[\p{Lu}.&-]{2,8}$/u.test(n)) continue;
        const k = `${t}|${initialsOf(n)}`;
        const set = byInitials.get(k) ?? new Set<string>();
        set.add(root);
        byInitials.set(k, set);
      }
    }
    for (const [root, l] of byRoot) {
      const t = typeOfKey(root);
      if (t !== 'organization' && t !== 'group') continue;
      const acr = [...names(l)].find((n) => /^[\p{Lu}.&-]{2,8}$/u.test(n));
      if (!acr) continue;
      const hits = byInitials.get(`${t}|${lettersOf(acr)}`);
      if (!hits || hits.has(root) || hits.size !== 1) continue;
      uf.union(root, [...hits][0]);
    }
    byRoot = clusters();
    // A group named without its region ("separatist authorities") → the one such group with a region.
    for (const [root] of byRoot) {
      const m =
        /^group\|group:((?:[a-z-]+:)*)(authorities|forces|rebels|militia|separatists|militants|insurgents)$/.exec(
          root,
        );
      if (!m) continue;
      const noun = m[2];
      const hits = [...byRoot.keys()].filter((r) => r.startsWith(`group|group:${noun}:place:`));
      if (hits.length === 1 && /separatist|de facto|breakaway/.test(m[1].replace(/:/g, ' ')))
        uf.union(root, hits[0]);
    }
    byRoot = clusters();

    // Materialise, ordered by first mention.
    const list = [...byRoot.values()].map((l) =>
      l.sort((a, b) => a.docIndex - b.docIndex || a.m.start - b.m.start || a.m.end - b.m.end),
    );
    list.sort(
      (a, b) =>
        a[0].docIndex - b[0].docIndex || a[0].m.start - b[0].m.start || (a[0].key < b[0].key ? -1 : 1),
    );
    const keyToId = new Map<string, string>();
    const rootToId = new Map<string, string>();
    list.forEach((l, i) => {
      const id = `e${i + 1}`;
      rootToId.set(uf.find(l[0].key), id);
      for (const s of l) {
        keyToId.set(s.m.key, id);
        keyToId.set(s.key, id);
      }
    });
    const entities: Entity[] = list.map((l, i) => {
      const name = pickName(l);
      const aliases = new Set<string>();
      for (const s of l) {
        for (const a of [s.m.name, s.surface]) {
          if (!a || foldName(a) === foldName(name)) continue;
          // A capital or seat standing for its country ("Moscow said") is a mention, not a name of it.
          if (s.m.type === 'country' && (countryOfCapital(a) || countryOfSeat(a))) continue;
          aliases.add(a.replace(/^the\s+/i, ''));
        }
      }
      const type = mostCommon(l.map((s) => s.m.type)) ?? l[0].m.type;
      // Names the entity is known by beyond those in the text: a person's surname, a body's
      // lexicon acronym and long form.
      if (type === 'person') {
        const w = name.split(/\s+/);
        if (w.length >= 2) aliases.add(w[w.length - 1]);
      }
      for (const a of lexiconAliases(l[0].m.key)) if (foldName(a) !== foldName(name)) aliases.add(a);
      const role = mostCommon(l.map((s) => s.m.role ?? null));
      const aff = mostCommon(l.map((s) => s.m.affiliation ?? null));
      const geo = pickGeo(l);
      const e: Entity = {
        id: `e${i + 1}`,
        type,
        name,
        aliases: dedupeFolded([...aliases]).sort(),
        role: role ?? null,
        affiliation: aff ? (keyToId.get(aff) ?? null) : null,
        geo,
        mentions: l.map((s) => ({ doc: s.doc, start: s.m.start, end: s.m.end })),
      };
      return e;
    });
    return { entities, keyToId };
  }

  private cloneUf(): UnionFind {
    const copy = new UnionFind();
    for (const s of this.stored) copy.union(s.key, this.uf.find(s.key));
    return copy;
  }
}

export function resolveEntities(docs: { docId: string; entities: EntityMention[]; text?: string }[]): {
  entities: Entity[];
  keyToId: Map<string, string>;
} {
  const r = new EntityResolver();
  for (const d of docs) r.add(d.docId, d.entities, d.text);
  return r.entities();
}

/** Name and aliases of the lexicon entry with this key (organisations, agencies, groups). */
function lexiconAliases(key: string): string[] {
  const e = lexicon().orgByKey.get(key);
  return e ? [e.name, ...e.aliases] : [];
}

/** Two full names of the same person: same number of words, each the same name. */
function samePersonName(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => sameName(w, wb[i]));
}

function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

function lettersOf(acr: string): string {
  return acr.replace(/[^\p{Lu}]/gu, '');
}

function mostCommon<T>(xs: (T | null)[]): T | null {
  const count = new Map<T, number>();
  let best: T | null = null;
  let bestN = 0;
  for (const x of xs) {
    if (x === null) continue;
    const n = (count.get(x) ?? 0) + 1;
    count.set(x, n);
    if (n > bestN) {
      best = x;
      bestN = n;
    }
  }
  return best;
}

/** The most used canonical name; full names over surnames, then longer, then alphabetical. */
function pickName(l: Stored[]): string {
  const count = new Map<string, number>();
  for (const s of l) {
    const n = s.m.name.replace(/^the\s+/i, '');
    count.set(n, (count.get(n) ?? 0) + 1);
  }
  return [...count.entries()].sort(
    (a, b) =>
      Math.min(nameWords(b[0]).length, 2) - Math.min(nameWords(a[0]).length, 2) ||
      b[1] - a[1] ||
      b[0].length - a[0].length ||
      (a[0] < b[0] ? -1 : 1),
  )[0][0];
}

function pickGeo(l: Stored[]): Geo | null {
  const withRef = l.map((s) => s.m.geo).filter((g): g is Geo => !!g);
  if (withRef.length === 0) return null;
  const ref = mostCommon(withRef.map((g) => g.ref ?? `${g.lat},${g.lon}`));
  return withRef.find((g) => (g.ref ?? `${g.lat},${g.lon}`) === ref) ?? withRef[0];
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
