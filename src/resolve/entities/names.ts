/**
 * Name helpers for entity resolution: words of a name, the same person's full name, initials,
 * and the index buckets under which `sameName` can only match (so candidates come from a
 * lookup, not from a scan of every name in the corpus).
 */
import { foldName, sameName, skeletonOfKey, translitKey, translitKeyAlt } from '../../analyze/names/fold.ts';

/** First words that make a different place ("North Darfur" is not "Darfur"). */
export const GENERIC_FIRST = new Set(
  'new north south east west upper lower saint st great little old central northern southern eastern western greater'.split(
    ' ',
  ),
);

export const ACRONYM = /^[\p{Lu}.&-]{2,8}$/u;

export function nameWords(name: string): string[] {
  return foldName(name)
    .split(/[\s]+/)
    .filter((w) => w !== '');
}

/** Two full names of the same person: same number of words, each the same name. */
export function samePersonName(a: string, b: string): boolean {
  const wa = nameWords(a);
  const wb = nameWords(b);
  if (wa.length !== wb.length) return false;
  return wa.every((w, i) => sameName(w, wb[i]));
}

/**
 * Buckets of one name word: `sameName(a, b)` holds only when a and b share a bucket (equal
 * folds, equal alternative transliteration keys, or equal consonant skeletons — which equal
 * transliteration keys and the vowel-tolerant match both imply).
 */
export function nameBuckets(word: string): string[] {
  return [`f:${foldName(word)}`, `a:${translitKeyAlt(word)}`, `s:${skeletonOfKey(translitKey(word))}`];
}

export function initialsOf(name: string): string {
  return name
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
}

export function lettersOf(acr: string): string {
  return acr.replace(/[^\p{Lu}]/gu, '');
}

/** Last word of a multiword place name for short-name joining (null: not a candidate). */
export function placeLastWord(name: string): string | null {
  const w = foldName(name).split(/[\s-]+/);
  if (w.length < 2 || GENERIC_FIRST.has(w[0])) return null;
  return w[w.length - 1];
}

/** Last word of a full person name (null: a single word). */
export function personLastWord(name: string): string | null {
  const w = nameWords(name);
  return w.length < 2 ? null : w[w.length - 1];
}

/** A group named without its region ("separatist authorities") and the region-tied form it can join. */
export const REGIONLESS_GROUP =
  /^group\|group:((?:[a-z-]+:)*)(authorities|forces|rebels|militia|separatists|militants|insurgents)$/;
export const SEPARATIST_QUALIFIER = /separatist|de facto|breakaway/;
export const REGION_GROUP = /^group\|group:([a-z-]+):place:/;
