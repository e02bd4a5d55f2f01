/**
 * Column layout of data/geo/places.json.gz (one row per place; columns keep the file small
 * and the parse fast).
 */
export interface PlaceTable {
  origin: string;
  /**
   * Names of each place: primary name first, alternatives after, joined by "|". A name
   * starting with "~" is a core form ("Shan" for "Shan State") indexed by key only.
   */
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
  /** foldName of every name → rows (precomputed so that loading is a parse, not a rebuild). */
  exact: Record<string, number[]>;
  /** translitKey and translitKeyAlt of every name (3+ letters) → rows. */
  key: Record<string, number[]>;
}

function add(m: Record<string, number[]>, k: string, i: number): void {
  if (k.length < 2) return;
  const l = Object.hasOwn(m, k) ? m[k] : undefined;
  if (!l) m[k] = [i];
  else if (l[l.length - 1] !== i) l.push(i);
}

/** Fill `exact` and `key` from `names` (build step). */
export function indexNames(
  names: string[],
  fold: (s: string) => string,
  key: (s: string) => string,
  keyAlt: (s: string) => string,
): { exact: Record<string, number[]>; key: Record<string, number[]> } {
  const ex: Record<string, number[]> = {};
  const ky: Record<string, number[]> = {};
  for (let i = 0; i < names.length; i++) {
    for (const raw of names[i]!.split('|')) {
      const core = raw.startsWith('~');
      const n = core ? raw.slice(1) : raw;
      if (!core) add(ex, fold(n), i);
      const k = key(n);
      if (k.length >= 3) {
        add(ky, k, i);
        const ka = keyAlt(n);
        if (ka !== k) add(ky, ka, i);
      }
    }
  }
  return { exact: ex, key: ky };
}
