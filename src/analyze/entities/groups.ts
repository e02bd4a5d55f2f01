/**
 * Collectives named by a group noun: "Houthi rebels", "pro-Russian separatists", "ethnic Tigrayan
 * forces", "Syrian militiamen", "separatist authorities in X", "X officials"; and a country's
 * military and government ("the Sudanese army", "Russia's military", "Ethiopian authorities").
 */

import {
  afterControl,
  type Cand,
  type Doc,
  glued,
  isCapWord,
  isPossessive,
  sameSentence,
  spanText,
} from './context.ts';
import { countryNamed, countryOfCapital, countryOfDemonym, countryOfSeat } from './country.ts';
import { lexicon } from './lexicon.ts';
import { mfold, mkey } from './memo.ts';

const STATE_NORMS = new Map([
  ['forces', 'military'],
  ['authorities', 'government'],
  ['police', 'police'],
  ['air-force', 'air-force'],
  ['navy', 'navy'],
  ['air-defence', 'air-defence'],
]);
/** Qualifiers that make a collective non-state even with a national adjective. */
const NON_STATE = new Set([
  'separatist',
  'separatists',
  'rebel',
  'breakaway',
  'secessionist',
  'ethnic',
  'islamist',
  'jihadist',
  'paramilitary',
  'de facto',
  'opposition',
  'tribal',
  'insurgent',
  'militant',
  'irregular',
  'self-declared',
  'self-proclaimed',
  'unrecognised',
  'unrecognized',
]);
const LOOSE_ADJ = new Set([
  'civilian',
  'political',
  'ruling',
  'interim',
  'transitional',
  'provisional',
  'caretaker',
  'new',
  'former',
  'military',
  'armed',
  'local',
  'regional',
  'government',
  'security',
  'state',
  'federal',
  'national',
  'allied',
  'senior',
  'top',
  'army',
  'defense',
  'defence',
  'ground',
  'special',
  'elite',
]);

/** "X-installed officials": the installer owns them, unlike an "X-backed" group that X only supports. */
const INSTALLED = /^(installed|appointed|imposed)$/;

function w0(doc: Doc, k: number): string {
  return k >= 0 ? doc.lower[k] : '';
}

/** First words of two-word group nouns ("armed forces"). */
let GROUP_FIRSTS = new Set<string>();

/**
 * Qualifiers that go into a group key, sorted. A backer ("Iran-backed") names the group only
 * when nothing else does: "Moscow-backed separatist forces" are the "separatist forces".
 */
function keyQuals(quals: string[]): string[] {
  const q = quals.filter((x) => NON_STATE.has(x) || x.includes('-'));
  const own = q.filter((x) => !/-(backed|led|aligned|allied|supported|funded)$/.test(x));
  return (own.length > 0 ? own : q).sort();
}

/** Group mentions; lexicon mentions a group phrase absorbs ("Hamas" in "Hamas militants") go into `absorbed`. */
export function matchGroups(doc: Doc, cands: Cand[], absorbed: Set<Cand>): Cand[] {
  const lex = lexicon();
  if (GROUP_FIRSTS.size === 0)
    GROUP_FIRSTS = new Set(
      [...lex.groupNouns.keys()].filter((k) => k.includes(' ')).map((k) => k.split(' ')[0]),
    );
  const out: Cand[] = [];
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    if (doc.used[i]) continue;
    let end = i + 1;
    let norm = lex.groupNouns.get(doc.lower[i]);
    if (
      i + 1 < n &&
      GROUP_FIRSTS.has(doc.lower[i]) &&
      lex.groupNouns.has(`${doc.lower[i]} ${doc.lower[i + 1]}`)
    ) {
      norm = lex.groupNouns.get(`${doc.lower[i]} ${doc.lower[i + 1]}`);
      end = i + 2;
    }
    if (!norm) continue;
    // Attributive use ("separatist enclave") or a longer head later ("military authorities").
    // ("The army air-dropped leaflets": a noun glued to a past form is a verb of its own.)
    const compoundVerb =
      end + 2 < n && doc.words[end + 1] === '-' && glued(doc, end + 1) && /ed$/.test(doc.lower[end + 2]);
    if (
      end < n &&
      sameSentence(doc, i, end) &&
      !compoundVerb &&
      (doc.tokens[end].pos === 'NOUN' || lex.groupNouns.has(doc.lower[end]))
    )
      continue;
    // Walk left through qualifiers and the owner.
    const quals: string[] = [];
    let iso: string | null = null;
    let anchor: string | null = null;
    let lexKey: { key: string; name: string } | null = null;
    let domain: string | null = null;
    // "UN officials in South Sudan": officials of a named body, not of the country they are in.
    let ownedByBody = false;
    let a = i;
    while (a - 1 >= 0 && sameSentence(doc, a - 1, i) && i - a < 8) {
      const k = a - 1;
      const w = doc.lower[k];
      if (doc.used[k]) {
        const c = cands.find((x) => x.tokEnd === k + 1);
        if (
          c &&
          (c.type === 'group' || c.type === 'organization') &&
          c.key.startsWith('group:') &&
          !iso &&
          !anchor
        ) {
          lexKey = { key: c.key, name: c.name };
          a = c.tokStart;
          absorbed.add(c);
        } else if (c && c.type === 'place' && !iso && !anchor) {
          anchor = c.name;
          a = c.tokStart;
        } else if (c && c.type === 'organization') ownedByBody = true;
        break;
      }
      if (k >= 1 && `${doc.lower[k - 1]} ${w}` === 'de facto') {
        quals.push('de facto');
        a = k - 1;
        continue;
      }
      // "pro-Iranian" as one token
      const pro = /^pro-(\p{Lu}.*)$/iu.exec(doc.words[k]);
      if (pro) {
        const c = countryOfDemonym(pro[1]) ?? countryNamed(pro[1]);
        quals.push(`pro-${c ? c.iso2.toLowerCase() : mkey(pro[1])}`);
        a = k;
        continue;
      }
      if (lex.groupModifiers.has(w)) {
        quals.push(w.replace(/s$/, ''));
        a = k;
        continue;
      }
      // "pro-Russian", "Turkish-backed", "Iran-aligned"
      if (w === '-' && glued(doc, k) && k >= 1) {
        if (doc.lower[k - 1] === 'pro' && k + 1 < i) {
          const c = countryOfDemonym(doc.words[k + 1]) ?? countryNamed(doc.words[k + 1]);
          quals.push(`pro-${c ? c.iso2.toLowerCase() : mkey(doc.words[k + 1])}`);
          iso = null;
          a = k - 1;
          continue;
        }
        a = k;
        continue;
      }
      // "Moscow-installed officials", "Kremlin-appointed authorities": the installer's own side.
      if (
        INSTALLED.test(w) &&
        k >= 2 &&
        doc.words[k - 1] === '-' &&
        isCapWord(doc, k - 2) &&
        !iso &&
        !anchor
      ) {
        const by = doc.words[k - 2];
        const c = countryOfDemonym(by) ?? countryNamed(by) ?? countryOfCapital(by) ?? countryOfSeat(by);
        if (c) {
          iso = c.iso2;
          a = k - 2;
          continue;
        }
      }
      // "Palestinian health officials", "civil defence authorities": the service stays in the name.
      if (!domain && k >= 1 && lex.groupDomains.has(`${w0(doc, k - 1)} ${w}`)) {
        domain = `${w0(doc, k - 1)}-${w}`;
        a = k - 1;
        continue;
      }
      if (!domain && lex.groupDomains.has(w) && a === i) {
        domain = w;
        a = k;
        continue;
      }
      if (/^(backed|led|aligned|allied|supported|funded)$/.test(w) && k >= 2 && doc.words[k - 1] === '-') {
        // "Iran-backed": the backer qualifies the group, it does not own it.
        if (isCapWord(doc, k - 2)) {
          const backer = doc.words[k - 2];
          const c = countryOfDemonym(backer) ?? countryNamed(backer) ?? countryOfCapital(backer);
          quals.push(`${c ? c.iso2.toLowerCase() : mkey(backer)}-${w}`);
          a = k - 2;
        } else a = k;
        continue;
      }
      // "Local rescue officials" opening a sentence: a loose adjective, not a place's name.
      if (LOOSE_ADJ.has(w) && doc.tokens[k].pos !== 'VERB' && (k === 0 || !sameSentence(doc, k - 1, k))) {
        a = k;
        continue;
      }
      if (isPossessive(doc, k)) {
        let s = k;
        while (
          s - 1 >= 0 &&
          sameSentence(doc, s - 1, k) &&
          (isCapWord(doc, s - 1) || doc.words[s - 1] === '-')
        )
          s--;
        if (s < k && !iso && !anchor) {
          const name = spanText(doc, s, k);
          const c = countryNamed(name) ?? countryOfCapital(name);
          if (c) iso = c.iso2;
          else anchor = name;
          a = s;
        }
        break;
      }
      if (isCapWord(doc, k)) {
        let s = k;
        while (
          s - 1 >= 0 &&
          sameSentence(doc, s - 1, k) &&
          !doc.used[s - 1] &&
          (isCapWord(doc, s - 1) || (doc.words[s - 1] === '-' && glued(doc, s - 1)))
        )
          s--;
        // The owner is the whole capitalised run, or its last word when the rest is another modifier.
        const name = spanText(doc, s, k + 1);
        const dem = countryOfDemonym(name) ?? countryOfDemonym(doc.words[k]);
        const c = dem ?? countryNamed(name) ?? countryOfCapital(name);
        if (quals.some((q) => q.startsWith('pro-')) && k + 1 < i && doc.words[k + 1] === '-') break;
        if (!iso && !anchor) {
          if (c) iso = c.iso2;
          else anchor = name;
          a = dem && !countryOfDemonym(name) ? k : s;
          // "Houthi rebels": a group named in the lexicon used as an adjective.
          const lx = lex.orgByFold.get(mfold(name)) ?? lex.orgByAcronym.get(name);
          if (lx && lx.type === 'group' && !c) {
            anchor = null;
            lexKey = { key: lx.key, name: lx.name };
          }
          continue;
        }
        break;
      }
      if (LOOSE_ADJ.has(w) && doc.tokens[k].pos !== 'VERB') {
        a = k;
        continue;
      }
      // "top civilian and military leaders": two loose adjectives joined.
      if (
        (w === 'and' || w === 'or') &&
        a === k + 1 &&
        LOOSE_ADJ.has(doc.lower[k + 1]) &&
        LOOSE_ADJ.has(w0(doc, k - 1))
      ) {
        a = k;
        continue;
      }
      break;
    }
    // "authorities in X", "officials of X"
    if (
      !iso &&
      !anchor &&
      !lexKey &&
      !ownedByBody &&
      norm === 'authorities' &&
      end + 1 < n &&
      /^(in|of)$/.test(doc.lower[end])
    ) {
      let s = end + 1;
      if (doc.lower[s] === 'the') s++;
      s = afterControl(doc, s);
      let e = s;
      while (
        e < n &&
        sameSentence(doc, i, e) &&
        (isCapWord(doc, e) || (doc.words[e] === '-' && glued(doc, e)))
      )
        e++;
      if (e > s && doc.lower[e] !== 'and') {
        const name = spanText(doc, s, e);
        const c = countryNamed(name);
        if (c) iso = c.iso2;
        else anchor = name;
        // A bare noun takes its complement into the mention: "the leadership of Sudan".
        if (quals.length === 0 && a === i) end = e;
      }
    }
    if (!iso && !anchor && !lexKey && quals.length === 0 && !domain) continue;
    const nonState = quals.some((q) => NON_STATE.has(q) || q.includes('-'));
    const surface = spanText(doc, a, end);
    let c: Cand;
    const base = {
      start: doc.tokens[a].start,
      end: doc.tokens[end - 1].end,
      tokStart: a,
      tokEnd: end,
      strong: true,
    };
    if (lexKey) {
      c = { ...base, type: 'group', name: lexKey.name, key: lexKey.key };
    } else if (domain && !nonState && norm === 'authorities') {
      // A state's or a place's service: "Palestinian health officials", "Gaza medical authorities".
      // A place's service is keyed under the place once it is known (document.ts): "<place>:health".
      c = {
        ...base,
        type: 'organization',
        name: surface,
        key: iso ? `${iso.toLowerCase()}:${domain}` : anchor ? domain : `group:${domain}:authorities`,
        affiliation: iso ? `country:${iso.toLowerCase()}` : null,
      };
      if (anchor && !iso) c.anchor = anchor;
    } else if (iso && !nonState && STATE_NORMS.has(norm)) {
      const kind = STATE_NORMS.get(norm)!;
      c = {
        ...base,
        type: 'organization',
        name: surface,
        key: `${iso.toLowerCase()}:${kind}`,
        affiliation: `country:${iso.toLowerCase()}`,
      };
    } else if (iso) {
      const q = keyQuals(quals);
      c = {
        ...base,
        type: 'group',
        name: surface,
        key: `group:${[...q, iso.toLowerCase(), norm].join(':')}`,
        affiliation: nonState ? null : `country:${iso.toLowerCase()}`,
      };
    } else if (anchor) {
      c = { ...base, type: 'group', name: surface, key: '', anchor };
      c.key = `group:${norm}:${mkey(anchor)}`;
    } else {
      const q = keyQuals(quals);
      if (q.length === 0) continue;
      c = { ...base, type: 'group', name: surface, key: `group:${[...q, norm].join(':')}` };
      if (q.includes('separatist') || q.includes('de facto') || q.includes('breakaway')) c.needsOwner = norm;
    }
    out.push(c);
    for (let k = a; k < end; k++) doc.used[k] = 1;
    i = end - 1;
  }
  return out;
}
