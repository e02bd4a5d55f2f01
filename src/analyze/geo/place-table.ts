/**
 * Column layout of data/geo/places.json.gz (one row per place; columns keep the file small
 * and the parse fast).
 */
export interface PlaceTable {
  origin: string;
  /** Primary name of each place (its other names live only in the indexes below). */
  names: string[];
  lat: number[];
  lon: number[];
  /** ISO alpha-2 code of each place, concatenated (2 characters per row; "XX" when none). */
  cc: string;
  /** Population (0 when unknown). */
  pop: number[];
  /** One character per row: c = city, r = first-level division, t = territory, g = other region. */
  kind: string;
  /** GeoNames id (0 when unknown). */
  id: number[];
  /** foldName of every name → row or rows (precomputed so that loading is a parse, not a rebuild). */
  exact: Record<string, Rows>;
  /** translitKey and translitKeyAlt of every name (3+ letters) → row or rows. */
  key: Record<string, Rows>;
}

/** data/geo/places-skel.json.gz: loaded only when the vowel-blind fallback is first needed. */
export interface SkeletonTable {
  /** skeletonKey of every name whose key has 4+ letters → row or rows. */
  skel: Record<string, Rows>;
}

/** One row index, or several (a bare number keeps the file and the heap small). */
export type Rows = number | number[];

function add(m: Record<string, number[]>, k: string, i: number): void {
  if (k.length < 2) return;
  const l = Object.hasOwn(m, k) ? m[k] : undefined;
  if (!l) m[k] = [i];
  else if (l[l.length - 1] !== i) l.push(i);
}

/**
 * Fill `exact` and `key` (build step). `names[i]` lists every name of row i; a name starting
 * with "~" is a core form ("Shan" for "Shan State") indexed by key only.
 */
export function indexNames(
  names: string[][],
  fold: (s: string) => string,
  key: (s: string) => string,
  keyAlt: (s: string) => string,
  skeleton: (key: string) => string,
): { exact: Record<string, Rows>; key: Record<string, Rows>; skel: Record<string, Rows> } {
  const ex: Record<string, number[]> = {};
  const ky: Record<string, number[]> = {};
  const sk: Record<string, number[]> = {};
  for (let i = 0; i < names.length; i++) {
    for (const raw of names[i]!) {
      const core = raw.startsWith('~');
      const n = core ? raw.slice(1) : raw;
      if (!core) add(ex, fold(n), i);
      const k = key(n);
      if (k.length >= 4) add(sk, skeleton(k), i);
      if (k.length >= 3) {
        add(ky, k, i);
        const ka = keyAlt(n);
        if (ka !== k) add(ky, ka, i);
      }
    }
  }
  return { exact: compact(ex), key: compact(ky), skel: compact(sk) };
}

function compact(m: Record<string, number[]>): Record<string, Rows> {
  const out: Record<string, Rows> = {};
  for (const [k, v] of Object.entries(m)) out[k] = v.length === 1 ? v[0]! : v;
  return out;
}
