/**
 * The document pass: one canonical name per referent within the document. Surnames take the
 * full name used elsewhere in the text, short forms of multiword places take the full place,
 * in-text aliases ("X, also known as Y", "X (Y)") join X, runs without evidence take the type
 * their name has elsewhere in the document, unowned ministries and separatist bodies take the
 * country or region in focus.
 */

import type { Cand, Doc } from './context.ts';
import { mfold, mkey, msame } from './memo.ts';
import { lookupPlace } from './places.ts';

/** Adverbs before the verb of an in-text alias: "also known as", "widely called". */
export const ALIAS_ADVERBS = /^(?:also|widely|commonly|better|popularly|locally|often|sometimes)$/;
/** Verbs of an in-text alias: "X, known as Y", "a group called Y", "dubbed Y". */
export const ALIAS_VERBS = /^(?:known|called|named|dubbed)$/;

const BREAKAWAY = new Set([
  'separatist',
  'breakaway',
  'secessionist',
  'rebel-held',
  'self-declared',
  'self-proclaimed',
  'unrecognised',
  'unrecognized',
  'disputed',
  'contested',
  'facto',
]);
const GENERIC_FIRST = new Set(
  'new north south east west upper lower saint st great little old central northern southern eastern western'.split(
    ' ',
  ),
);

function words(name: string): string[] {
  return mfold(name)
    .split(/[\s-]+/)
    .filter((w) => w !== '');
}

function adopt(c: Cand, from: Cand): void {
  c.type = from.type;
  c.name = from.name;
  c.key = from.key;
  c.geo = from.geo ?? null;
  if (from.role && !c.role) c.role = from.role;
  if (from.affiliation && !c.affiliation) c.affiliation = from.affiliation;
  c.strong = true;
}

export function settle(doc: Doc, cands: Cand[], unknown: Cand[], countries: string[]): Cand[] {
  const all = cands.concat(unknown).sort((a, b) => a.start - b.start || b.end - a.end);
  const isUnknown = new Set(unknown);

  // 1. People: surnames and variant spellings take the full name used in the document.
  const people = all.filter((c) => c.type === 'person' && !isUnknown.has(c) && words(c.name).length >= 2);
  for (const c of all) {
    if (c.type === 'person' && words(c.name).length >= 2 && !isUnknown.has(c)) continue;
    const weakPlace = c.type === 'place' && !c.geo && words(c.name).length === 1;
    if (c.type !== 'person' && !isUnknown.has(c) && !weakPlace) continue;
    const w = words(c.name);
    const fulls = new Map<string, Cand>();
    for (const p of people) {
      const pw = words(p.name);
      if (mfold(p.name) === mfold(c.name) || (w.length === 1 && msame(pw[pw.length - 1], c.name)))
        fulls.set(p.key, p);
    }
    if (fulls.size === 1) {
      adopt(c, [...fulls.values()][0]);
      isUnknown.delete(c);
    }
  }

  // 2. Places: same name elsewhere, or the short form of a multiword place ("Marra" for "Jebel Marra").
  const places = all.filter((c) => c.type === 'place' && !isUnknown.has(c) && c.strong);
  for (const c of all) {
    if (!isUnknown.has(c) && !(c.type === 'place' && !c.geo)) continue;
    const f = mfold(c.name);
    let hit = places.find((p) => p !== c && mfold(p.name) === f && p.name !== c.name);
    hit ??= places.find((p) => p !== c && mkey(p.name) === mkey(c.name) && p.geo);
    if (!hit && words(c.name).length === 1) {
      const cands = new Map<string, Cand>();
      for (const p of places) {
        const pw = words(p.name);
        if (pw.length >= 2 && !GENERIC_FIRST.has(pw[0]) && pw[pw.length - 1] === f) cands.set(p.key, p);
      }
      if (cands.size === 1 && !lookupPlace(c.name, countries, false)?.ref) hit = [...cands.values()][0];
    }
    if (!hit && isUnknown.has(c)) hit = places.find((p) => mfold(p.name) === f);
    if (hit) {
      adopt(c, hit);
      isUnknown.delete(c);
    }
  }

  // 3. In-text aliases: "X, known as Y", "X, also called Y", "X (Y)".
  const byStart = new Map<number, Cand>();
  for (const c of all) byStart.set(c.tokStart, c);
  for (const x of all) {
    if (isUnknown.has(x)) continue;
    let k = x.tokEnd;
    if (doc.words[k] === ',') k++;
    while (ALIAS_ADVERBS.test(doc.lower[k] ?? '')) k++;
    let y: Cand | undefined;
    if (ALIAS_VERBS.test(doc.lower[k] ?? '')) {
      k++;
      if (doc.lower[k] === 'as') k++;
      y = byStart.get(k);
    } else if (doc.words[x.tokEnd] === '(') {
      const inner = byStart.get(x.tokEnd + 1);
      if (inner && doc.words[inner.tokEnd] === ')' && (isUnknown.has(inner) || inner.type === x.type))
        y = inner;
    }
    if (!y || y === x || (x.type === 'person' && !isUnknown.has(y)) || x.type === 'country') continue;
    const f = mfold(y.name);
    for (const c of all) {
      if (c !== x && (mfold(c.name) === f || c === y) && (isUnknown.has(c) || c.type === x.type)) {
        adopt(c, x);
        isUnknown.delete(c);
      }
    }
  }
  const kept = all.filter((c) => !isUnknown.has(c));

  // 4. Regions the text calls breakaway or disputed, and separatist bodies without a region.
  const regions = new Map<string, string>();
  for (const c of kept) {
    if (c.type !== 'place') continue;
    for (let k = Math.max(0, c.tokStart - 4); k < c.tokStart; k++) {
      if (doc.sentOf[k] === doc.sentOf[c.tokStart] && BREAKAWAY.has(doc.lower[k])) regions.set(c.key, c.name);
    }
  }
  const anchorKey = (name: string): string => {
    const g = lookupPlace(name, countries, true);
    return g?.ref ? `place:${g.ref}` : `place:${mkey(g?.name ?? name)}`;
  };
  const canonicalPlace = (name: string): Cand | undefined => {
    const f = mfold(name);
    const same = kept.find((p) => p.type === 'place' && (mfold(p.name) === f || mkey(p.name) === mkey(name)));
    if (same || words(name).length > 1) return same;
    const longer = new Map<string, Cand>();
    for (const p of kept) {
      const pw = words(p.name);
      if (p.type === 'place' && pw.length >= 2 && !GENERIC_FIRST.has(pw[0]) && pw[pw.length - 1] === f)
        longer.set(p.key, p);
    }
    return longer.size === 1 ? [...longer.values()][0] : undefined;
  };
  for (const c of kept) {
    if (c.anchor && c.type === 'group') {
      const p = canonicalPlace(c.anchor);
      const norm = c.key.split(':')[1];
      if (p) {
        c.key = `group:${norm}:${p.key}`;
        if (/authorities/.test(c.key)) regions.set(p.key, p.name);
      } else c.key = `group:${norm}:${anchorKey(c.anchor)}`;
    }
  }
  const anchoredRegions = new Set(
    kept.filter((c) => c.anchor && c.type === 'group').map((c) => c.key.split(':').slice(2).join(':')),
  );
  for (const k of anchoredRegions) if (!regions.has(k)) regions.set(k, k);
  for (const c of kept) {
    if (c.type === 'group' && c.needsOwner && regions.size === 1) {
      const [placeKey] = [...regions.keys()];
      c.key = `group:${c.needsOwner}:${placeKey}`;
    }
    if (c.type === 'organization' && c.anchor && !c.key.includes(':ministry:')) {
      const p = canonicalPlace(c.anchor);
      c.key = `${p ? p.key : anchorKey(c.anchor)}:${c.key}`;
      c.anchor = undefined;
    } else if (c.type === 'organization' && c.anchor) {
      const p = canonicalPlace(c.anchor);
      c.key = `${p ? p.key : anchorKey(c.anchor)}:${c.key}`;
    }
  }

  // 5. Ministries named without their country: the same kind named earlier, else the country in focus.
  const owned = new Map<string, Cand>();
  for (const c of kept) {
    if (c.type !== 'organization') continue;
    const m = /^(?:([a-z]{2})|place:[^:]+(?::[^:]+)?):(ministry:.+|military|government)$/.exec(c.key);
    if (m && !c.needsOwner) owned.set(m[2], c);
    if (c.needsOwner) {
      const prev = owned.get(c.needsOwner);
      const at = c.ownerAt;
      const local =
        at !== undefined
          ? kept.find((p) => p.type === 'place' && p.tokStart === at)
          : c.localOwner
            ? kept.filter((p) => p.type === 'place' && p.end <= c.start).sort((x, y) => y.end - x.end)[0]
            : undefined;
      if (c.localOwner) {
        // With no place named before, still not the country in focus: an owner unknown.
        c.key = local ? `${local.key}:${c.needsOwner}` : `?:${c.needsOwner}`;
        c.affiliation = null;
        // "the health ministry in Gaza" … "the health ministry": the same local body.
        if (local) owned.set(c.needsOwner, c);
      } else if (prev) {
        c.key = prev.key;
        c.affiliation = prev.affiliation ?? null;
      } else if (countries.length > 0) {
        const iso = countries[0].toLowerCase();
        c.key = `${iso}:${c.needsOwner}`;
        c.affiliation = `country:${iso}`;
      } else c.key = `?:${c.needsOwner}`;
    }
  }
  return kept;
}
