/**
 * Organisations: international bodies, news agencies and armed groups from the lexicon;
 * acronyms defined in the text ("Collective Security Treaty Organization (CSTO)"); ministries
 * of a country in every surface form ("Kenya's Interior Ministry", "the Sudanese defence
 * ministry", "Ministry of Foreign Affairs of Ukraine", "the MFA").
 */

import { isFunctionWord } from '../nlp/function-words.ts';
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
import { countryNamed, countryOfCapital, countryOfDemonym } from './country.ts';
import { isAcronym, type Lexicon, lexicon, type OrgEntry } from './lexicon.ts';
import { mfold, mkey } from './memo.ts';

function mark(doc: Doc, a: number, b: number): void {
  for (let k = a; k < b; k++) doc.used[k] = 1;
}

function push(
  doc: Doc,
  out: Cand[],
  a: number,
  b: number,
  c: Omit<Cand, 'start' | 'end' | 'tokStart' | 'tokEnd'>,
) {
  out.push({ start: doc.tokens[a].start, end: doc.tokens[b - 1].end, tokStart: a, tokEnd: b, ...c });
  mark(doc, a, b);
}

/** "WHAT IS LEFT": a word in a run of capitals, where an acronym spelt like a word ("IS") is that word. */
function capitalsAround(doc: Doc, i: number): boolean {
  const caps = (k: number) => /^\p{Lu}{2,}$/u.test(doc.words[k] ?? '') && sameSentence(doc, i, k);
  return caps(i - 1) || caps(i + 1);
}

/** Bodies, agencies and groups named in data/entities/organizations.json. Longest match wins. */
const LOCAL_OWNERS = new Set([
  'enclave',
  'territory',
  'strip',
  'region',
  'province',
  'city',
  'state',
  'oblast',
  'governorate',
]);

/** Every word of tokens a..b-1 but the small ones ("of", "and") opens with a capital. */
function titleCased(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++)
    if (/^\p{L}/u.test(doc.words[k]) && !isFunctionWord(doc.lower[k]) && !/^\p{Lu}/u.test(doc.words[k]))
      return false;
  return true;
}

export function matchLexiconOrgs(doc: Doc, out: Cand[]): void {
  const lex = lexicon();
  // The last UN mission named in this document ("the UN mission" takes it up again).
  let lastMission: Mission | null = null;
  const n = doc.tokens.length;
  for (let i = 0; i < n; i++) {
    if (doc.used[i]) continue;
    const w = doc.words[i];
    const acr = lex.orgByAcronym.get(w);
    const first = doc.lower[i].length <= 1 ? doc.lower[i] : mfold(w);
    if (!acr && !lex.orgFirstWords.has(first)) continue;
    let best: { b: number; key: string; type: Cand['type']; name: string; aff?: string } | null = null;
    if (lex.orgFirstWords.has(first) && first !== 'the') {
      const startsUpper = /^\p{Lu}/u.test(w);
      for (let b = Math.min(n, i + lex.maxOrgWords); b > i; b--) {
        if (!sameSentence(doc, i, b - 1)) continue;
        const e = lex.orgByFold.get(mfold(spanText(doc, i, b)));
        if (!e) continue;
        // Lower-case text only matches lower-case aliases ("al-Qaeda"), not common words.
        const alias = [e.name, ...e.aliases].find((x) => mfold(x) === mfold(spanText(doc, i, b)));
        // ("al Shabaab", "al Qaeda": a lower-case Arabic article before a capitalised name is that name.)
        const article =
          /^(?:al|el|ad|ar|as|ash|at|az|an)$/.test(doc.lower[i]) &&
          /^\p{Lu}/u.test(doc.words[doc.words[i + 1] === '-' ? i + 2 : i + 1] ?? '');
        if (!startsUpper && !article && alias && /^\p{Lu}/u.test(alias)) continue;
        // A newspaper's title has every word capitalised ("Pakistan Today", not "Pakistan today")
        // and ends where the name does ("National News Agency" is no paper called "National News").
        if (
          e.key.startsWith('outlet:') &&
          (!titleCased(doc, i, b) || (b < n && sameSentence(doc, i, b) && isCapWord(doc, b)))
        )
          continue;
        if (b < n && glued(doc, b) && /^[\p{L}\d]/u.test(doc.words[b])) continue;
        best = { b, key: e.key, type: e.type, name: e.name, aff: e.affiliation };
        break;
      }
    }
    if (
      !best &&
      acr &&
      !(i + 1 < n && glued(doc, i + 1) && /^[\p{L}\d]/u.test(doc.words[i + 1])) &&
      !(isFunctionWord(doc.lower[i]) && capitalsAround(doc, i))
    ) {
      best = { b: i + 1, key: acr.key, type: acr.type, name: acr.name, aff: acr.affiliation };
    }
    if (!best) continue;
    // "Russia's Security Council", "the Libyan Red Crescent": a country's own body of the same
    // name as an international one (not an acronym, nor a body the lexicon gives that country).
    const owner =
      best.type === 'organization' && !isAcronym(spanText(doc, i, best.b)) ? ownerBefore(doc, i) : null;
    if (owner?.iso && owner.iso !== best.aff && (isPossessive(doc, i - 1) || !doc.used[i - 1])) {
      const iso = owner.iso.toLowerCase();
      push(doc, out, owner.a, best.b, {
        type: 'organization',
        name: spanText(doc, owner.a, best.b),
        key: `${iso}:${mfold(spanText(doc, i, best.b)).replace(/\s+/g, '-')}`,
        affiliation: `country:${iso}`,
        strong: true,
      });
      i = best.b - 1;
      continue;
    }
    // "the UN mission in Libya", "the United Nations Libya mission": the mission, not the UN.
    const mission: (Mission & { b: number }) | null =
      best.key === 'org:un' ? unMission(doc, best.b, lex, lastMission) : null;
    if (mission) {
      push(doc, out, i, mission.b, {
        type: 'organization',
        name: mission.name,
        key: mission.key,
        strong: true,
      });
      lastMission = { key: mission.key, name: mission.name };
      i = mission.b - 1;
      continue;
    }
    push(doc, out, i, best.b, {
      type: best.type,
      name: best.name,
      key: best.key,
      affiliation: best.aff ? `country:${best.aff.toLowerCase()}` : null,
      strong: true,
    });
    i = best.b - 1;
  }
}

let missions: Map<string, OrgEntry> | null = null;
/** The lexicon's UN missions and forces by the country they serve in ("… Mission in South Sudan"). */
function missionsByCountry(lex: Lexicon): Map<string, OrgEntry> {
  if (missions) return missions;
  missions = new Map();
  for (const e of lex.orgByKey.values()) {
    const m = /^United Nations\b.*\b(?:in|for) (?:the )?(.+)$/.exec(e.name);
    const c = m ? countryNamed(m[1]) : null;
    if (c && !missions.has(c.iso2)) missions.set(c.iso2, e);
  }
  return missions;
}

/** Words between "UN" and "mission": "peacekeeping", "support", "political". */
const MISSION_KINDS =
  /^(?:peacekeeping|stabili[sz]ation|support|political|assistance|observer|monitoring|verification)$/;
/** A UN mission as named in a document. */
interface Mission {
  key: string;
  name: string;
}

/**
 * A UN mission after "UN" at token `b`: "mission in (the) X", "peacekeeping mission in X",
 * "X mission". The lexicon's mission for country X when it has one ("… Mission in South Sudan"),
 * else one keyed by the country; "the UN mission" alone is the last one named.
 */
function unMission(
  doc: Doc,
  b: number,
  lex: Lexicon,
  lastMission: Mission | null,
): (Mission & { b: number }) | null {
  const n = doc.tokens.length;
  if (b === 0 || !sameSentence(doc, b - 1, Math.min(n - 1, b))) return null;
  let k = b;
  let country: { iso2: string; name: string } | null = null;
  // "the United Nations Libya mission"
  for (let e = Math.min(n, k + 4); e > k && !country; e--) {
    if (doc.lower[e] === 'mission' && isCapWord(doc, k)) {
      const c = countryNamed(spanText(doc, k, e));
      if (c) {
        country = c;
        k = e;
      }
    }
  }
  while (k < n && MISSION_KINDS.test(doc.lower[k])) k++;
  if (doc.lower[k] !== 'mission') return null;
  k++;
  if (!country && doc.lower[k] === 'in' && k + 1 < n) {
    const s = doc.lower[k + 1] === 'the' ? k + 2 : k + 1;
    for (let e = Math.min(n, s + 5); e > s; e--) {
      if (!sameSentence(doc, s, e - 1) || !isCapWord(doc, e - 1)) continue;
      const c = countryNamed(spanText(doc, s, e));
      if (c) {
        country = c;
        k = e;
        break;
      }
    }
  }
  if (!country) return lastMission ? { key: lastMission.key, name: lastMission.name, b: k } : null;
  const known = missionsByCountry(lex).get(country.iso2);
  if (known) return { b: k, key: known.key, name: known.name };
  return { b: k, key: `org:un-mission:${country.iso2.toLowerCase()}`, name: `UN mission in ${country.name}` };
}

export const ORG_HEADS = new Set(
  'organization organisation government committee council group union agency fund programme program court commission bank party front movement army brigade brigades battalion division regiment command institute foundation office bureau service association federation alliance coalition network centre center mission assembly parliament corps guard police authority observatory forces force ministry department administration tribunal directorate secretariat presidency embassy junta headquarters cabinet senate congress duma knesset legislature'.split(
    ' ',
  ),
);
const CONNECTORS = new Set(['of', 'for', 'and', 'in', 'the', 'on', '&', 'de', 'du', 'des']);

/**
 * "Long Form Name (ACR)" or "ACR (Long Form Name)": an acronym defined in the text, and
 * multiword capitalised names ending in an organisation word ("Syrian Observatory for Human
 * Rights", "Tigray Defence Forces"). Keys: org:<acronym> when the text defines one.
 */
export function matchNamedOrgs(doc: Doc, out: Cand[]): void {
  const n = doc.tokens.length;
  const defined = new Map<
    string,
    { key: string; name: string; type: 'organization' | 'country'; affiliation?: string | null }
  >();
  for (let i = 0; i < n; i++) {
    if (doc.used[i] || !isCapWord(doc, i)) continue;
    // Greedy capitalised name with connectors, ending in a capitalised word.
    let b = i + 1;
    let lastCap = i + 1;
    while (b < n && sameSentence(doc, i, b) && !doc.used[b]) {
      if (isCapWord(doc, b)) lastCap = b + 1;
      else if ((doc.lower[b] === 'and' || doc.lower[b] === '&') && doc.lower[b + 1] === 'the') break;
      else if (
        !CONNECTORS.has(doc.lower[b]) &&
        !(doc.words[b] === '-' && glued(doc, b)) &&
        // Plural possessive inside a name: "Doctors' Union".
        !(/^['’]$/.test(doc.words[b]) && glued(doc, b) && /s$/.test(doc.words[b - 1]))
      )
        break;
      b++;
    }
    b = lastCap;
    let headEnd = -1;
    for (let k = i; k < b; k++) if (ORG_HEADS.has(doc.lower[k])) headEnd = k + 1;
    // "Amina Yusuf of the Sahel Policy Research Institute": a name of two or more capitalised
    // words with no organisation word, then "of" and a body — the person, then the body.
    const of = doc.lower.indexOf('of', i);
    if (
      of >= i + 2 &&
      of < b &&
      headEnd > of &&
      !doc.lower.slice(i, of).some((w) => ORG_HEADS.has(w) || CONNECTORS.has(w)) &&
      doc.words.slice(i, of).every((_, k) => isCapWord(doc, i + k))
    ) {
      i = of;
      continue;
    }
    const acr =
      b + 2 < n && doc.words[b] === '(' && isAcronym(doc.words[b + 1]) && doc.words[b + 2] === ')'
        ? doc.words[b + 1]
        : null;
    if (acr && b - i >= 2 && initialsMatch(doc, i, b, acr)) {
      const name = spanText(doc, i, b);
      // "the Central African Republic (CAR)": a country and its short form, no body of its own.
      const land = countryNamed(name);
      if (land) {
        const c = {
          type: 'country' as const,
          name: land.name,
          key: `country:${land.iso2.toLowerCase()}`,
          strong: true,
        };
        defined.set(acr, { key: c.key, name: c.name, type: 'country' });
        push(doc, out, i, b, c);
        push(doc, out, b + 1, b + 2, c);
        i = b + 2;
        continue;
      }
      const key = `org:${acr.toLowerCase().replace(/[^a-z0-9]/g, '')}`;
      // ("Indian Air Force (IAF)": a state's own force speaks for that state.)
      const state = stateForces(doc, i, b);
      const affiliation = state ? `country:${state.toLowerCase()}` : null;
      defined.set(acr, { key, name, type: 'organization', affiliation });
      push(doc, out, i, b, { type: 'organization', name, key, affiliation, strong: true });
      push(doc, out, b + 1, b + 2, { type: 'organization', name, key, affiliation, strong: true });
      i = b + 2;
      continue;
    }
    // The organisation word ends the name, or is followed by its complement ("Observatory for Human Rights").
    // ("the Civil Protection Centre in the regional capital Tulear": where a body sits is no part
    // of its name; it ends at its organisation word — but "Movement in Opposition", "Government
    // in Exile" are names.)
    if (
      headEnd > i + 1 &&
      headEnd < b &&
      doc.lower[headEnd] === 'in' &&
      !/^(?:opposition|exile)$/.test(doc.lower[headEnd + 1] ?? '')
    )
      b = headEnd;
    const complement = headEnd > i && headEnd < b && /^(for|of|on|in)$/.test(doc.lower[headEnd]);
    // ("the Ukrainian Air Force": a state's force, found with the state's other bodies; not the
    // "Air Force" of no one.)
    if (stateForces(doc, i, b)) {
      i = b - 1;
      continue;
    }
    if (
      (headEnd > i + 1 || (complement && headEnd > i)) &&
      (headEnd === b || complement) &&
      !ministryHead(doc, i, b)
    ) {
      // "UN Mission in Mali", "AU Commission": a body's acronym right before one of its organs.
      const parent =
        ORG_HEADS.has(doc.lower[i]) && i > 0 && isAcronym(doc.words[i - 1])
          ? out.findIndex((c) => c.tokEnd === i && c.tokStart === i - 1 && c.type === 'organization')
          : -1;
      const a = parent >= 0 ? i - 1 : i;
      if (parent >= 0) out.splice(parent, 1);
      const name = spanText(doc, a, b);
      push(doc, out, a, b, { type: 'organization', name, key: `org:${mkey(name)}`, strong: true });
      i = b - 1;
    }
  }
  if (defined.size === 0) return;
  for (let i = 0; i < n; i++) {
    const d = doc.used[i] ? undefined : defined.get(doc.words[i]);
    if (d)
      push(doc, out, i, i + 1, {
        type: d.type,
        name: d.name,
        key: d.key,
        affiliation: d.affiliation,
        strong: true,
      });
  }
}

/**
 * "Sudanese Armed Forces"-style names are a country's military (see groups.ts), not a named body:
 * the ISO code of the country that owns one, else null.
 */
function stateForces(doc: Doc, a: number, b: number): string | null {
  if (b - a < 2) return null;
  const owner = ownerBefore(doc, a + 1);
  if (!owner?.iso) return null;
  const rest = mfold(spanText(doc, a + 1, b));
  return lexicon().militaryNouns.has(rest) || lexicon().governmentNouns.has(rest) ? owner.iso : null;
}

function ministryHead(doc: Doc, a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (doc.lower[k] === 'ministry' || doc.lower[k] === 'ministries') return true;
  return false;
}

function initialsMatch(doc: Doc, a: number, b: number, acr: string): boolean {
  const letters = acr.replace(/[^\p{Lu}]/gu, '');
  let initials = '';
  let all = '';
  // ("Inter-Services Public Relations (ISPR)": each capitalised part of a hyphened word, too.)
  let parts = '';
  for (let k = a; k < b; k++) {
    const w = doc.words[k];
    if (!/^\p{L}/u.test(w)) continue;
    all += w[0].toUpperCase();
    if (/^\p{Lu}/u.test(w)) initials += w[0];
    for (const p of w.split('-')) if (/^\p{Lu}/u.test(p)) parts += p[0];
  }
  return (
    letters.length >= 2 &&
    (initials === letters || all === letters || initials.startsWith(letters) || parts === letters)
  );
}

/** Country that owns tokens ending at `end` (exclusive): "Kenya's", "Kenyan", "Kenya", "the Kenyan". */
export function ownerBefore(
  doc: Doc,
  end: number,
): { a: number; iso: string | null; anchor?: string } | null {
  const k = end - 1;
  if (k < 0) return null;
  if (isPossessive(doc, k)) {
    // Capitalised run before the possessive.
    let a = k;
    while (a - 1 >= 0 && sameSentence(doc, a - 1, k) && (isCapWord(doc, a - 1) || doc.words[a - 1] === '-'))
      a--;
    if (a === k) return null;
    const name = spanText(doc, a, k);
    const c = countryNamed(name) ?? countryOfCapital(name);
    if (c) return { a, iso: c.iso2 };
    return { a, iso: null, anchor: name };
  }
  if (!isCapWord(doc, k)) return null;
  let a = k;
  while (a - 1 >= 0 && sameSentence(doc, a - 1, k) && isCapWord(doc, a - 1)) a--;
  // Try the longest country name / demonym ending at k.
  for (let s = a; s <= k; s++) {
    const name = spanText(doc, s, k + 1);
    const c = countryOfDemonym(name) ?? countryNamed(name);
    if (c) return { a: s, iso: c.iso2 };
  }
  // "the Gaza Health Ministry": a place that is not a country owns it.
  return { a, iso: null, anchor: spanText(doc, a, k + 1) };
}

/** "Ministry of Defence of Ukraine", "Ukraine's Defence Ministry", "the defense ministry", "the ministry". */
export function matchMinistries(doc: Doc, out: Cand[]): void {
  const lex = lexicon();
  const n = doc.tokens.length;
  let last: Cand | null = null;
  for (let i = 0; i < n; i++) {
    if (doc.used[i]) continue;
    const lw = doc.lower[i];
    let kind: string | null = null;
    let a = i;
    let b = i + 1;
    let owner: { a: number; iso: string | null; anchor?: string } | null = null;
    if (lw === 'ministry') {
      // Kind words before: "Defense Ministry", "Foreign Affairs Ministry".
      for (let s = Math.max(0, i - lex.maxMinistryWords); s < i; s++) {
        if (!sameSentence(doc, s, i) || doc.lower[s] === 'the') continue;
        const k = lex.ministryWords.get(mfold(spanText(doc, s, i)));
        if (k) {
          kind = k;
          a = s;
          break;
        }
      }
      if (!kind && i + 2 < n && doc.lower[i + 1] === 'of') {
        // "Ministry of (the) Foreign Affairs (of Country)"
        let s = i + 2;
        if (doc.lower[s] === 'the') s++;
        for (let e = Math.min(n, s + lex.maxMinistryWords); e > s; e--) {
          if (!sameSentence(doc, i, e - 1)) continue;
          const k = lex.ministryWords.get(mfold(spanText(doc, s, e)));
          if (k) {
            kind = k;
            b = e;
            break;
          }
        }
        if (kind && b + 1 < n && doc.lower[b] === 'of' && sameSentence(doc, i, b + 1)) {
          let s2 = b + 1;
          if (doc.lower[s2] === 'the') s2++;
          let e2 = s2;
          while (e2 < n && sameSentence(doc, i, e2) && isCapWord(doc, e2)) e2++;
          const c = e2 > s2 ? countryNamed(spanText(doc, s2, e2)) : null;
          if (c) {
            owner = { a: i, iso: c.iso2 };
            b = e2;
          }
        }
      }
      if (!kind) {
        // A bare "the ministry" refers back to the last ministry named.
        if (last && i > 0 && /^(the|its|that)$/.test(doc.lower[i - 1]) && i - last.tokEnd < 400) {
          push(doc, out, i, i + 1, { ...last, strong: true });
        }
        continue;
      }
    } else if (lex.ministryAcronyms.has(doc.words[i])) {
      kind = lex.ministryAcronyms.get(doc.words[i]) ?? null;
    } else if (
      i + 1 < n &&
      lex.ministryBodyFirsts.has(lw) &&
      lex.ministryBodies.has(`${lw} ${doc.lower[i + 1]}`) &&
      isCapWord(doc, i)
    ) {
      kind = lex.ministryBodies.get(`${lw} ${doc.lower[i + 1]}`) ?? null;
      b = i + 2;
    }
    if (!kind) continue;
    owner ??= ownerBefore(doc, a);
    // "the health ministry in (rebel-held) Idlib": a country after "in" owns it; a place, locally.
    let ownerAt: number | undefined;
    if (!owner && b + 1 < n && doc.lower[b] === 'in' && sameSentence(doc, b, b + 1)) {
      const s = afterControl(doc, doc.lower[b + 1] === 'the' ? b + 2 : b + 1);
      let e = s;
      while (e < n && sameSentence(doc, b, e) && isCapWord(doc, e)) e++;
      const c = e > s ? countryNamed(spanText(doc, s, e)) : null;
      if (c) owner = { a, iso: c.iso2 };
      else if (e > s) ownerAt = s;
    }
    const start = owner ? owner.a : a;
    const c: Cand = {
      start: doc.tokens[start].start,
      end: doc.tokens[b - 1].end,
      tokStart: start,
      tokEnd: b,
      type: 'organization',
      name: spanText(doc, start, b),
      key: owner?.iso ? `${owner.iso.toLowerCase()}:${kind}` : kind,
      affiliation: owner?.iso ? `country:${owner.iso.toLowerCase()}` : null,
      strong: true,
    };
    if (owner && !owner.iso && owner.anchor) c.anchor = owner.anchor;
    if (!owner) c.needsOwner = kind;
    // "the enclave's / the territory's / the region's health ministry": a local body.
    if (!owner && start >= 3 && isPossessive(doc, start - 1) && LOCAL_OWNERS.has(doc.lower[start - 2]))
      c.localOwner = true;
    if (ownerAt !== undefined) {
      c.localOwner = true;
      c.ownerAt = ownerAt;
    }
    out.push(c);
    mark(doc, start, b);
    last = c;
    i = b - 1;
  }
}
