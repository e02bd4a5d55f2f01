/**
 * Name folding for matching proper names across spellings and transliterations.
 *
 * Three levels, from strict to loose:
 *  1. `foldName`   — same letters: case, diacritics, apostrophe/hyphen styles, leading "the".
 *  2. `translitKey` — same sounds under common romanization differences (Russian/Ukrainian,
 *     Arabic, Persian, Turkic, French- and German-style transliteration).
 *  3. `skeletonKey` — consonant skeleton with sound classes; used by `sameName` only for
 *     names long enough that a vowel-blind match is unlikely to be a coincidence.
 *
 * All functions are pure and allocation-light; none depends on a word list.
 */

/** Letters that Unicode decomposition does not reduce to ASCII. */
const SPECIAL_LETTERS: Record<string, string> = {
  ə: 'a',
  Ə: 'a',
  ı: 'i',
  ł: 'l',
  Ł: 'l',
  ø: 'o',
  Ø: 'o',
  æ: 'ae',
  Æ: 'ae',
  œ: 'oe',
  Œ: 'oe',
  ß: 'ss',
  ẞ: 'ss',
  đ: 'd',
  Đ: 'd',
  ð: 'd',
  Ð: 'd',
  þ: 'th',
  Þ: 'th',
  ħ: 'h',
  Ħ: 'h',
  ŋ: 'ng',
  Ŋ: 'ng',
  ɣ: 'gh',
  ʃ: 'sh',
};

const SPECIAL_RE = /[əƏıłŁøØæÆœŒßẞđĐðÐþÞħĦŋŊɣʃ]/g;
/** Apostrophe-like marks: straight, curly, modifier letters (Uzbek ʻ, Arabic ʿ ʾ), accents used as quotes. */
const APOSTROPHE_RE = /[\u2018\u2019\u201B\u02BB\u02BC\u02BD\u02BE\u02BF\u0060\u00B4\u2032\u05F3]/g;
/** Dash-like marks: hyphen, non-breaking hyphen, figure/en/em dash, minus, Armenian hyphen. */
const DASH_RE = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u058A\u00AD]/g;
const COMBINING_RE = /[\u0300-\u036f]/g;
const ASCII_RE = /^[\x00-\x7f]*$/;

/**
 * Strict fold: lower case, diacritics removed (ə→a, ı→i, ş→s, ç→c, ğ→g, ö→o, ü→u, ł→l,
 * ø→o, æ→ae, ß→ss …), every apostrophe style → `'`, every dash style → `-`, whitespace
 * collapsed, a leading "the " dropped. "The Hague" and "the hague" fold alike.
 */
export function foldName(s: string): string {
  if (ASCII_RE.test(s)) {
    // Fast path: nothing to decompose or map.
    let a = s.toLowerCase().replace(/`/g, "'").replace(/\s+/g, ' ').trim();
    if (a.startsWith('the ')) a = a.slice(4);
    return a;
  }
  let t = s.normalize('NFKC').replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
  t = t.normalize('NFD').replace(COMBINING_RE, '').toLowerCase();
  // Lower-casing may itself produce decomposed letters (Turkish İ → i + U+0307).
  t = t.replace(COMBINING_RE, '').replace(SPECIAL_RE, (c) => SPECIAL_LETTERS[c] ?? c);
  t = t.replace(APOSTROPHE_RE, "'").replace(DASH_RE, '-');
  t = t.replace(/\s+/g, ' ').trim();
  if (t.startsWith('the ')) t = t.slice(4);
  return t;
}

/** Arabic definite-article spellings that may stand as a separate word before a name. */
const ARTICLE_WORDS = new Set([
  'al',
  'el',
  'ul',
  'ad',
  'adh',
  'ar',
  'as',
  'ash',
  'at',
  'ath',
  'az',
  'an',
  'ed',
  'er',
  'es',
  'esh',
  'et',
  'ez',
  'en',
]);

/**
 * Ordered rewrite rules applied to each word of the folded name. Digraphs first, so that
 * later single-letter rules see their results. Each rule is a general romanization variant,
 * not a fix for one name.
 */
const WORD_RULES: Array<[RegExp, string]> = [
  [/dzh|dj/g, 'j'], // Russian ДЖ, French DJ: Dzhokhar/Djokhar/Jokhar
  [/tsch|tch/g, 'ch'], // German/French Ч
  [/zh/g, 'j'], // Ж: Zhytomyr, Ahmadinezhad/Ahmadinejad
  [/kh/g, 'h'], // Х, Arabic خ: Kharkiv, Khan
  [/gh/g, 'g'], // Arabic غ: Ghazi/Gazi
  [/dh/g, 'd'], // Arabic ذ/ض: Kadhafi, Hudaydah
  [/ph/g, 'f'],
  [/ck/g, 'k'],
  [/c(?=[aou]|[^aeiouh]|$)/g, 'k'], // hard c: Aguelhoc/Aguelhok, Caracas/Karakas
  [/q/g, 'k'], // Arabic ق: Qaddafi/Kaddafi, Qandahar/Kandahar
  [/tz/g, 'ts'],
  [/w/g, 'v'], // Polish/German W, English W for В
  [/^ou(?=[aeiy])/g, 'v'], // French initial ou before a vowel = w: Ouattara/Wattara
  [/ou/g, 'u'], // French-style u: Oussama, Ouagadougou
  [/oo/g, 'u'],
  [/ee/g, 'i'],
  [/y/g, 'i'], // Й/Ы/Ь romanized y or i: Zelenskyy/Zelenskiy
  [/ei/g, 'ai'], // Arabic diphthong ay/ai/ei/ey: Deir/Dayr, Hussein/Husayn, Sheikh/Shaykh
  [/(.)\1+/g, '$1'], // doubled letters: Gaddafi/Gadafi, Sanaa/Sana
  [/([^aeiou])ie/g, '$1e'], // Е as ie/ye/e: Sievierodonetsk/Severodonetsk, Dnieper/Dneper
  [/aia$/g, 'a'], // Russian -aya / Ukrainian -a: Novaya/Nova
  [/oie$/g, 'e'], // Russian -oye / Ukrainian -e
  [/([aeiou])h$/g, '$1'], // silent final h: Raqqah/Raqqa, Jeddah/Jedda
  [/(?:off|of)$/g, 'ov'], // -ov/-off/-of (Smirnoff)
  [/iev$/g, 'ev'], // -yev/-iev/-iyev/-yiev → -ev
  [/d$/g, 't'], // final devoicing (Turkish, Russian, Armenian spellings): Murad/Murat, Mehmed/Mehmet
  [/b$/g, 'p'], // Habib/Habip
  [/g$/g, 'k'], // Kremenchug/Kremenchuk
];

function translitWord(w: string): string {
  let t = w;
  for (const [re, rep] of WORD_RULES) t = t.replace(re, rep);
  return t;
}

/**
 * Coarse key for transliteration variants: foldName, then apostrophes, dots and word
 * separators removed, a leading Arabic article word dropped, and per-word rewrites
 * (dzh/dj/zh→j, kh→h, gh→g, dh→d, ph→f, hard c→k, q→k, tz→ts, w→v, initial ou+vowel→v,
 * ou/oo→u, ee→i, y→i, ei→ai, doubled letters collapsed, consonant+ie→e, -aya→-a, -oye→-e,
 * final vowel+h→vowel, -off/-of→-ov, -iev/-yev→-ev, final d→t, b→p, g→k).
 * Gendered forms stay apart: Ivanov ≠ Ivanova. The gazetteer index stores these keys:
 * after changing a rule, rebuild it (node --import tsx scripts/build-gazetteer.ts).
 */
export function translitKey(s: string): string {
  const memo = keyMemo.get(s);
  if (memo !== undefined) return memo;
  const k = computeTranslitKey(s);
  if (keyMemo.size >= KEY_MEMO_SIZE) keyMemo.clear();
  keyMemo.set(s, k);
  return k;
}

/** translitKey is pure and called repeatedly on the same names: remember recent answers. */
const keyMemo = new Map<string, string>();
const KEY_MEMO_SIZE = 50_000;

function computeTranslitKey(s: string): string {
  const f = foldName(s)
    .replace(/['.]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  if (f === '') return '';
  const words = f.split(' ');
  while (words.length > 1 && ARTICLE_WORDS.has(words[0]!)) words.shift();
  let out = '';
  for (const w of words) out += translitWord(w);
  // Word joins can create new doubles ("al-Lah" → "allah").
  return out.replace(/(.)\1+/g, '$1');
}

/**
 * Variant of `translitKey` in which Arabic ق is read as g instead of k (Gulf and Libyan
 * pronunciation, and Turkic q): Gaddafi/Qaddafi, Gabala/Qabala.
 */
export function translitKeyAlt(s: string): string {
  const f = foldName(s).replace(/q/g, 'g');
  return translitKey(f);
}

/**
 * Consonant skeleton with sound classes: vowels dropped (a leading vowel and a final vowel
 * each leave a marker), g/h/k/q → K, s/sh → S, c/ch → C, j → J, b/p kept apart.
 * Used only for long names (see `sameName`).
 */
export function skeletonKey(s: string): string {
  return skeletonOfKey(translitKey(s));
}

/** `skeletonKey` of an already computed transliteration key. */
export function skeletonOfKey(k: string): string {
  let t = k
    .replace(/sh/g, 'S')
    .replace(/ch/g, 'C')
    .replace(/[ghkq]/g, 'K')
    .replace(/s/g, 'S');
  t = t.replace(/c/g, 'C').replace(/j/g, 'J');
  const lead = /^[aeiou]/.test(t) ? 'V' : '';
  const tail = /[aeiou]$/.test(t) ? 'V' : '';
  t = t.replace(/[aeiou]/g, '').replace(/(.)\1+/g, '$1');
  return lead + t + tail;
}

function consonantCount(skeleton: string): number {
  let n = 0;
  for (const ch of skeleton) if (ch !== 'V') n++;
  return n;
}

/**
 * True when `a` and `b` are spellings of the same name: equal folds, equal transliteration
 * keys (either reading of q), or — for names of at least 6 letters with at least 3 consonant
 * sounds (2 when 8+ letters), the same first sound class and key lengths within 2 — equal
 * consonant skeletons with compatible vowels (Muhammad/Mohammed, Kharkiv/Kharkov,
 * Hajiyev/Gadzhiev). Different words never match: Stepanov ≠ Stepanovo, Ivanov ≠ Ivanova.
 */
export function sameName(a: string, b: string): boolean {
  const fa = foldName(a);
  const fb = foldName(b);
  if (fa === fb) return fa !== '';
  const ka = translitKey(a);
  const kb = translitKey(b);
  if (ka === '' || kb === '') return false;
  if (ka === kb) return true;
  if (translitKeyAlt(a) === translitKeyAlt(b)) return true;
  return looseKeyMatch(ka, kb, Math.max(letterCount(fa), letterCount(fb)), 6);
}

/**
 * Vowel-tolerant comparison of two transliteration keys: same first sound class, lengths
 * within 2, equal consonant skeletons with at least 3 consonant sounds (2 when 8+ letters),
 * and vowels that pair up under common romanization swaps. `letters` is the longer name's
 * letter count; `minLetters` the shortest name this is trusted for; `allowExtraVowel` lets a
 * name of 7+ letters carry one extra vowel group (Tehran/Teheran).
 */
export function looseKeyMatch(
  ka: string,
  kb: string,
  letters: number,
  minLetters: number,
  allowExtraVowel = true,
): boolean {
  if (ka === '' || kb === '') return false;
  if (ka === kb) return true;
  if (letters < minLetters || Math.abs(ka.length - kb.length) > 2) return false;
  const a0 = ka[0]!;
  const b0 = kb[0]!;
  if (a0 !== b0 && !(isVowel(a0) && isVowel(b0)) && !(isVelar(a0) && isVelar(b0))) return false;
  const sa = skeletonOfKey(ka);
  if (sa !== skeletonOfKey(kb)) return false;
  const n = consonantCount(sa);
  if (!(n >= 3 || (n >= 2 && letters >= 8))) return false;
  return vowelsCompatible(ka, kb, allowExtraVowel && Math.max(ka.length, kb.length) >= 7);
}

/** Vowel pairs that romanizations commonly swap: Muhammad/Mohammed, Mekelle/Makale, Tikrit/Tekrit. */
const VOWEL_SWAPS = new Set(['ou', 'uo', 'ei', 'ie', 'ae', 'ea', 'iu', 'ui']);

function vowelGroups(k: string): Group[] {
  const out: Group[] = [];
  const re = /[aeiou]+/g;
  for (let m = re.exec(k); m; m = re.exec(k)) out.push({ v: m[0] });
  return out;
}

type Group = { v: string };

/** Ukrainian i for Russian o in closed syllables: Kharkiv/Kharkov, Chasiv/Chasov, Ternopil/Ternopol. */
function ioSwap(x: Group, y: Group): boolean {
  return x.v + y.v === 'io' || x.v + y.v === 'oi';
}

function groupCompatible(x: Group, y: Group): boolean {
  if (x.v === y.v) return true;
  if (x.v.length > 1 || y.v.length > 1) {
    const [a, b] = x.v.length <= y.v.length ? [x.v, y.v] : [y.v, x.v];
    return b.length - a.length <= 1 && [...a].every((c) => b.includes(c));
  }
  return VOWEL_SWAPS.has(x.v + y.v);
}

/** Groups pair up when all are compatible, allowing one i/o swap. */
function pairUp(a: Group[], b: Group[]): boolean {
  let swaps = 0;
  for (let i = 0; i < a.length; i++) {
    if (groupCompatible(a[i]!, b[i]!)) continue;
    if (ioSwap(a[i]!, b[i]!) && ++swaps <= 1) continue;
    return false;
  }
  return true;
}

/**
 * Vowel groups must pair up one to one with compatible vowels; a long name may carry one
 * extra group (Tehran/Teheran). Keeps Astana/Estonia, Colombo/Colombia, Prague/Paraguay apart.
 */
function vowelsCompatible(ka: string, kb: string, long: boolean): boolean {
  const ga = vowelGroups(ka);
  const gb = vowelGroups(kb);
  if (ga.length === gb.length) return pairUp(ga, gb);
  if (!long || Math.abs(ga.length - gb.length) !== 1) return false;
  const [short, longer] = ga.length < gb.length ? [ga, gb] : [gb, ga];
  for (let skip = 0; skip < longer.length; skip++) {
    if (
      pairUp(
        short,
        longer.filter((_, i) => i !== skip),
      )
    )
      return true;
  }
  return false;
}

/** Letters a–z in an already folded string. */
export function letterCount(s: string): number {
  let n = 0;
  for (const ch of s) if (ch >= 'a' && ch <= 'z') n++;
  return n;
}

function isVowel(c: string): boolean {
  return c === 'a' || c === 'e' || c === 'i' || c === 'o' || c === 'u';
}

function isVelar(c: string): boolean {
  return c === 'g' || c === 'h' || c === 'k' || c === 'q';
}
