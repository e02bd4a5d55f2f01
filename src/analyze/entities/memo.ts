/** Memoised name folding: names recur within and across documents, and folding is not cheap. */
import { foldName, sameName, translitKey } from '../names/fold.ts';

const LIMIT = 200_000;
const folds = new Map<string, string>();
const keys = new Map<string, string>();
const same = new Map<string, boolean>();

export function mfold(s: string): string {
  let v = folds.get(s);
  if (v === undefined) {
    // ASCII without apostrophes, dashes or runs of spaces folds to its lower case.
    v = /^[A-Za-z0-9]+( [A-Za-z0-9]+)*$/.test(s) && !/^the /i.test(s) ? s.toLowerCase() : foldName(s);
    if (folds.size > LIMIT) folds.clear();
    folds.set(s, v);
  }
  return v;
}

export function mkey(s: string): string {
  let v = keys.get(s);
  if (v === undefined) {
    v = translitKey(s);
    if (keys.size > LIMIT) keys.clear();
    keys.set(s, v);
  }
  return v;
}

export function msame(a: string, b: string): boolean {
  const k = a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
  let v = same.get(k);
  if (v === undefined) {
    v = sameName(a, b);
    if (same.size > LIMIT) same.clear();
    same.set(k, v);
  }
  return v;
}

/** Folded words of a name, split on spaces and hyphens. */
export function mwords(s: string): string[] {
  return mfold(s)
    .split(/[\s-]+/)
    .filter((w) => w !== '');
}
