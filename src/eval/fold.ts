/**
 * Text folding used by the scorer: names compared "after folding case, punctuation, diacritics and
 * a leading 'the'" (spec/GOLD.md), and whitespace normalisation for titles and clean-text checks.
 */

/** Letters that Unicode decomposition does not reduce to an ASCII base letter. */
const EXTRA_LETTERS: Record<string, string> = {
  ə: 'e',
  ı: 'i',
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  ħ: 'h',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
};
const EXTRA_RE = new RegExp(`[${Object.keys(EXTRA_LETTERS).join('')}]`, 'g');

/** Lower case, no diacritics (base letters kept). Length may change. */
export function foldLetters(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(EXTRA_RE, (c) => EXTRA_LETTERS[c] ?? c);
}

/**
 * Canonical key of a name: case, diacritics, punctuation, spacing and a leading "the" folded away.
 * "The U.S." → "us"; "Guinea-Bissau" and "Guinea Bissau" → "guineabissau";
 * "Ministry’s" and "Ministry's" agree.
 */
export function foldName(s: string): string {
  const words = foldLetters(s)
    .replace(/['’‘`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return words.replace(/^the /, '').replace(/ /g, '');
}

/** Collapses every run of whitespace to one space and trims. */
export function normalizeSpace(s: string): string {
  return s.replace(/\s+/gu, ' ').trim();
}
