/**
 * National Latin orthographies whose letters sound different from English spelling, and how
 * an English-language source would spell the same sounds. A reading is only trusted for
 * places in the countries that use that orthography, so "c = j" never leaks to Spain.
 * Rules are written for sitrep from the published alphabets of each language.
 */
import { foldName } from '../names/fold.ts';

interface Orthography {
  countries: Set<string>;
  /** Letters that only this orthography (of those listed) uses: their presence makes the reading likely. */
  signature: RegExp;
  /** Applied to the lower-cased, NFC text before folding (order matters). */
  rules: Array<[RegExp, string]>;
}

const ORTHOGRAPHIES: Orthography[] = [
  {
    // Azerbaijani, Turkish, Turkmen, Crimean Tatar: c = j, ç = ch, ş = sh, x = kh (Azeri), q = g (Azeri)
    countries: new Set(['AZ', 'TR', 'TM', 'CY']),
    signature: /[əışğ]/,
    rules: [
      [/ç/g, 'ch'],
      [/ş/g, 'sh'],
      [/c/g, 'j'],
      [/x/g, 'kh'],
      [/q/g, 'g'],
      [/ğ/g, 'gh'],
    ],
  },
  {
    // Azerbaijani ə written e in English (the fold writes a): Şəki → Sheki, Lənkəran → Lenkoran
    countries: new Set(['AZ', 'GE', 'IR', 'RU']),
    signature: /ə/,
    rules: [
      [/ə/g, 'e'],
      [/ç/g, 'ch'],
      [/ş/g, 'sh'],
      [/c/g, 'j'],
      [/x/g, 'kh'],
      [/q/g, 'g'],
      [/ğ/g, 'gh'],
    ],
  },
  {
    // Uzbek and Karakalpak: x = kh, q = k, oʻ = o, gʻ = gh, ch/sh as English
    countries: new Set(['UZ', 'KZ', 'TJ', 'AF']),
    signature: /[ʻ‘]/,
    rules: [
      [/[oʻ'‘’]{2}/g, 'o'],
      [/x/g, 'kh'],
      [/q/g, 'k'],
    ],
  },
  {
    // Somali: x = h, c = ayn (silent in English spellings), dh = d
    countries: new Set(['SO', 'ET', 'DJ', 'KE']),
    signature: /(?!)/,
    rules: [
      [/x/g, 'h'],
      [/c/g, ''],
      [/dh/g, 'd'],
    ],
  },
  {
    // Albanian: ç = ch, c = ts, xh = j, q = ky, ë = e
    countries: new Set(['AL', 'XK', 'MK', 'ME']),
    signature: /ë/,
    rules: [
      [/xh/g, 'j'],
      [/ç/g, 'ch'],
      [/c/g, 'ts'],
      [/q/g, 'ky'],
    ],
  },
  {
    // Croatian, Serbian, Bosnian, Slovene, Czech, Slovak Latin: č/ć = ch, š = sh, ž = zh, c = ts, đ = dj
    countries: new Set(['HR', 'RS', 'BA', 'ME', 'SI', 'CZ', 'SK', 'XK', 'MK']),
    signature: /[čćšžđ]/,
    rules: [
      [/[čć]/g, 'ch'],
      [/š/g, 'sh'],
      [/ž/g, 'zh'],
      [/c/g, 'ts'],
      [/đ/g, 'dj'],
    ],
  },
  {
    // Polish: cz = ch, sz = sh, rz/ż = zh, w = v, ł = w, c = ts
    countries: new Set(['PL', 'UA', 'BY', 'LT']),
    signature: /[łżźśńąę]/,
    rules: [
      [/cz/g, 'ch'],
      [/sz/g, 'sh'],
      [/rz|ż/g, 'zh'],
      [/ł/g, 'w'],
      [/c(?!h)/g, 'ts'],
    ],
  },
  {
    // Hungarian: s = sh, sz = s, cs = ch, zs = zh, gy = dj
    countries: new Set(['HU', 'RO', 'RS', 'SK', 'UA']),
    signature: /[őű]/,
    rules: [
      [/cs/g, 'ch'],
      [/zs/g, 'zh'],
      [/gy/g, 'dj'],
      [/s(?!z)/g, 'sh'],
      [/sz/g, 's'],
    ],
  },
  {
    // Romanian: ș = sh, ț = ts
    countries: new Set(['RO', 'MD']),
    signature: /[șțăâ]/,
    rules: [
      [/[șş]/g, 'sh'],
      [/[țţ]/g, 'ts'],
    ],
  },
  {
    // Indonesian and Malay (and Dutch-era spellings): c = ch, j = j, old oe = u, tj = ch, dj = j
    countries: new Set(['ID', 'MY', 'BN', 'SG', 'TL']),
    signature: /(?!)/,
    rules: [
      [/tj/g, 'ch'],
      [/dj/g, 'j'],
      [/oe/g, 'u'],
      [/c/g, 'ch'],
    ],
  },
  {
    // French-style spellings of African and Arabic names: ou = w/u, dj = j, ch = sh
    countries: new Set([
      'DZ',
      'MA',
      'TN',
      'ML',
      'NE',
      'TD',
      'BF',
      'SN',
      'MR',
      'LB',
      'SY',
      'DJ',
      'CF',
      'CM',
      'GN',
    ]),
    signature: /(?!)/,
    rules: [
      [/ch/g, 'sh'],
      [/dj/g, 'j'],
    ],
  },
];

export interface Reading {
  text: string;
  countries: Set<string>;
  /** The name carries letters peculiar to this orthography. */
  marked: boolean;
}

/** English-spelling readings of `name` under each orthography where it differs from the plain fold. */
export function orthographyReadings(name: string): Reading[] {
  const lower = name.normalize('NFC').toLowerCase();
  const plain = foldName(name);
  const out: Reading[] = [];
  for (const o of ORTHOGRAPHIES) {
    let t = lower;
    for (const [re, rep] of o.rules) t = t.replace(re, rep);
    if (t === lower) continue;
    const f = foldName(t);
    if (f !== plain && f.length >= 2)
      out.push({ text: f, countries: o.countries, marked: o.signature.test(lower) });
  }
  return out;
}
