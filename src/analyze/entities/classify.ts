/**
 * Classifies the capitalised runs left after the organisation matchers: people (by title,
 * appositive role or speech), countries (names, and capitals or seats of government used as
 * the agent: "Moscow said", "the Kremlin"), places (locative and place-noun contexts, the
 * gazetteer). Runs without evidence are returned as unknowns for the document pass.
 */

import { MONTHS, WEEKDAY_TITLE_PREFIXES, WEEKDAYS } from '../time/lexicon.ts';
import {
  beforeControl,
  type Cand,
  type Doc,
  glued,
  isCapWord,
  isPossessive,
  type Run,
  sameSentence,
  spanText,
} from './context.ts';
import { countryNamed, countryOfCapital, countryOfDemonym, countryOfSeat } from './country.ts';
import { isAcronym, lexicon } from './lexicon.ts';
import { mfold, mkey } from './memo.ts';
import { ORG_HEADS } from './orgs.ts';
import { lookupPlace, type PlaceGeo } from './places.ts';
import {
  appositiveAfter,
  appositiveBefore,
  isNameToken,
  isTitleHeadAt,
  roleBefore,
  titleJustBefore,
} from './roles.ts';

const LOCATIVE = new Set(
  'in near at outside around from to towards toward into across inside within over through throughout along via off onto outskirts'.split(
    ' ',
  ),
);
/** Prepositions after which an unknown capitalised name is taken for a place. */
const STRONG_LOCATIVE = new Set([
  'in',
  'near',
  'outside',
  'inside',
  'around',
  'across',
  'throughout',
  'over',
  'the',
  // only after a place noun: "the state's capital, X" (see locativeBefore)
  ',',
]);
const PLACE_NOUNS = new Set(
  'town city village region province district state capital port county governorate oblast area neighbourhood neighborhood suburb camp settlement island islands valley mountains river border enclave territory republic municipality prefecture commune locality strip peninsula corridor front'.split(
    ' ',
  ),
);
const COMPASS = new Set(
  'north south east west northern southern eastern western northeast northwest southeast southwest central'.split(
    ' ',
  ),
);
const AGENT_SUFFIX = new Set([
  'installed',
  'appointed',
  'imposed',
  'aligned',
  'funded',
  'backed',
  'brokered',
  'led',
  'allied',
  'supported',
  'sponsored',
  'controlled',
  'mediated',
]);
/** Verbs whose object is a government when it is a capital: "accused Kyiv", "urged Tehran". */
const OBJECT_VERBS = new Set(
  'accuse blame urge warn tell ask call criticise criticize sanction condemn praise pressure press summon recognise recognize back support threaten thank invite join'.split(
    ' ',
  ),
);
const SPEECH = new Set([
  'say',
  'tell',
  'add',
  'write',
  'tweet',
  'insist',
  'warn',
  'state',
  'announce',
  'explain',
  'report',
  'claim',
  'confirm',
  'deny',
  'accuse',
  'accept',
  'acknowledge',
  'admit',
  'allege',
  'argue',
  'assert',
  'blame',
  'condemn',
  'disclose',
  'dismiss',
  'reject',
  'reveal',
  'urge',
  'vow',
  'concede',
  'stress',
  'note',
  'repeat',
  'reply',
  'describe',
]);

export interface Classified {
  cands: Cand[];
  /** Runs with no decisive evidence: settled by the document pass. */
  unknown: Cand[];
}

/** "the capture of X", "the siege of X": nouns of ground taken, held or hit, before a place. */
const GROUND_EVENTS = new Set(
  'capture fall seizure liberation siege takeover encirclement shelling bombardment bombing evacuation defence defense'.split(
    ' ',
  ),
);
/** "X had been captured", "X was shelled": participles whose subject is ground. */
const GROUND_VERBS = new Set(
  'captured seized retaken recaptured liberated encircled besieged shelled bombed bombarded overrun occupied annexed surrounded'.split(
    ' ',
  ),
);

/** Parts of a city named after its possessive. */
const PLACE_PARTS = new Set(
  'suburbs outskirts districts neighbourhoods neighborhoods centre center airport streets quarter quarters outskirt'.split(
    ' ',
  ),
);

function placePartAfter(doc: Doc, k: number): boolean {
  for (let j = k; j < Math.min(doc.tokens.length, k + 3) && sameSentence(doc, k, j); j++)
    if (PLACE_NOUNS.has(doc.lower[j]) || PLACE_PARTS.has(doc.lower[j])) return true;
  return false;
}

function agentAfter(doc: Doc, b: number): boolean {
  const lex = lexicon();
  const n = doc.tokens.length;
  if (b < n && doc.words[b] === '-' && glued(doc, b) && b + 1 < n && AGENT_SUFFIX.has(doc.lower[b + 1]))
    return true;
  // "Kyiv's decision" is the government's; "Beirut's southern suburbs", "Kyiv's Darnytskyi
  // district" are parts of the city.
  if (b < n && isPossessive(doc, b)) return !placePartAfter(doc, b + 1);
  for (let k = b, skipped = 0; k < n && skipped <= 3 && sameSentence(doc, b, k); k++) {
    const t = doc.tokens[k];
    // ("has long accused": "long", even read as a verb, is an adverb here.)
    const adverbial = /^(on|last|this|early|late|long|often)$/.test(doc.lower[k]);
    if (t.pos === 'VERB' && !adverbial) return lex.agentVerbs.has(t.lemma);
    if (t.pos === 'AUX' || t.pos === 'ADV' || t.pos === 'PART' || adverbial) {
      skipped++;
      continue;
    }
    if (
      isCapWord(doc, k) &&
      /^(monday|tuesday|wednesday|thursday|friday|saturday|sunday)$/i.test(doc.words[k])
    ) {
      skipped++;
      continue;
    }
    return false;
  }
  return false;
}

function speechAround(doc: Doc, a: number, b: number): boolean {
  const n = doc.tokens.length;
  // "Maria Kovalenko, 52, told reporters": past the age in apposition.
  if (
    b + 3 < n &&
    doc.words[b] === ',' &&
    /^\d{1,3}$/.test(doc.words[b + 1]) &&
    doc.words[b + 2] === ',' &&
    sameSentence(doc, b, b + 3)
  )
    return speechAround(doc, a, b + 3);
  // "the head of the presidential office, Andrii Yermak, wrote": a name of two words or more set
  // off by commas right before the verb of saying.
  // ("In the north, Upper Nile State, said officials, …": no inverted verb with its own speaker.)
  if (b - a >= 2 && a > 0 && doc.words[a - 1] === ',' && closesApposition(doc, b)) {
    let v = b + 1;
    while (v < n && v - b <= 3 && doc.tokens[v].pos !== 'VERB') v++;
    const next = doc.words[v + 1] ?? '';
    // ("…, Akhtar Khan, told the agency": "told" takes its hearer, no inverted speaker, after it.)
    if (
      /^(?:told|tells)$/i.test(doc.words[v] ?? '') ||
      (!/^(?:the|a|an|officials|sources|witnesses|residents|police|authorities)$/i.test(next) &&
        !/^\p{Lu}/u.test(next))
    )
      return true;
  }
  // "John Smith, a member of the group's political bureau, said": past a descriptive apposition
  // (no auxiliary or verb of saying in it) to the verb after its closing comma.
  // (Not "Defence Minister, Israel Katz, said": an apposition that opens with a name is the speaker.)
  if (b - a >= 2 && doc.words[b] === ',' && /^\p{Ll}/u.test(doc.words[b + 1] ?? '')) {
    // ("…, general commander of the Y Forces (YF), on Saturday blamed": an acronym in brackets
    // inside it, a day between its closing comma and the verb.)
    for (let k = b + 1; k < n && k - b <= 20 && sameSentence(doc, b, k); k++) {
      const t = doc.tokens[k];
      if (t.pos === 'AUX' || (t.pos === 'VERB' && SPEECH.has(t.lemma)) || /^[;:“”"]$/.test(doc.words[k]))
        break;
      if (doc.words[k] === '(' && !(doc.words[k + 2] === ')' && /^\p{Lu}{2,}$/u.test(doc.words[k + 1] ?? '')))
        break;
      if (doc.words[k] === ',') {
        let m = k + 1;
        if (doc.lower[m] === 'on' && WEEKDAYS.has(doc.lower[m + 1] ?? '')) m += 2;
        if (k > b + 1 && speechAround(doc, m, m)) return true;
        break;
      }
    }
  }
  // "Jane Roe of Human Rights Watch said", "John Doe of the camp's relief committee told": a name
  // of two words, then the body it belongs to, then the verb of saying.
  if (b - a >= 2 && doc.lower[b] === 'of' && !ORG_HEADS.has(doc.lower[b - 1])) {
    for (let k = b + 1; k < n && k - b <= 8 && sameSentence(doc, b, k); k++) {
      const t = doc.tokens[k];
      // (A capitalised word is part of the body's name: "Human Rights Watch".)
      if (t.pos === 'VERB' && !isCapWord(doc, k)) {
        if (SPEECH.has(t.lemma)) return true;
        break;
      }
      if (t.pos === 'AUX' || /^[,;:“”"()]$/.test(doc.words[k])) break;
    }
  }
  // "Kagame and Tshisekedi said": the first of two names coordinated before a speech verb.
  if (b + 1 < n && doc.lower[b] === 'and' && sameSentence(doc, b, b + 1) && isCapWord(doc, b + 1)) {
    let e = b + 1;
    while (e < n && e - b <= 3 && sameSentence(doc, b, e) && isCapWord(doc, e)) e++;
    if (speechAround(doc, b + 1, e)) return true;
  }
  for (let k = b, skipped = 0; k < n && skipped <= 2 && sameSentence(doc, b, k); k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB') return SPEECH.has(t.lemma);
    // ("the SCNS on Monday said", "… on July 8 said": a day between the name and its verb.)
    if (doc.lower[k] === 'on' && WEEKDAYS.has(doc.lower[k + 1] ?? '')) k++;
    else if (
      doc.lower[k] === 'on' &&
      MONTHS.has(doc.lower[k + 1] ?? '') &&
      /^\d{1,2}$/.test(doc.words[k + 2] ?? '')
    )
      k += 2;
    else if (t.pos === 'AUX' || t.pos === 'ADV') skipped++;
    // Not followed by speech: it may still follow it ("“…,” said John Smith.").
    else break;
  }
  if (
    a > 0 &&
    sameSentence(doc, a - 1, a) &&
    doc.tokens[a - 1].pos === 'VERB' &&
    SPEECH.has(doc.tokens[a - 1].lemma)
  )
    return true;
  // "“…,” said John Smith": after a quotation or a comma, the tagger may not read "said" as a verb.
  if (
    a > 1 &&
    sameSentence(doc, a - 1, a) &&
    INVERTED_SPEECH.test(doc.lower[a - 1]) &&
    /^[,”"’'»]$/.test(doc.lower[a - 2])
  )
    return true;
  // "“…,” said villager John Smith", "said local farmer John Smith": one or two lower-case role
  // nouns between the inverted verb and a name of two words or more.
  for (let r = 1; r <= 2 && b - a >= 2; r++) {
    const v = a - 1 - r;
    if (v < 1 || !sameSentence(doc, v, a)) break;
    if (!/^\p{Ll}+$/u.test(doc.words[a - r]) || doc.tokens[a - r].pos !== 'NOUN') break;
    if (INVERTED_SPEECH.test(doc.lower[v]) && /^[,”"’'»]$/.test(doc.lower[v - 1])) return true;
  }
  return a > 1 && doc.lower[a - 2] === 'according' && doc.lower[a - 1] === 'to';
}

/** "John Smith, who escaped, said": two or more name words that "who" takes up are a person. */
function whoFollows(doc: Doc, a: number, b: number): boolean {
  return b - a >= 2 && b + 1 < doc.tokens.length && doc.words[b] === ',' && doc.lower[b + 1] === 'who';
}

/** Verbs of saying that come before their speaker in an inverted attribution. */
const INVERTED_SPEECH =
  /^(?:said|says|added|adds|told|explained|insisted|stressed|warned|noted|wrote|asked|recalled|continued|claimed|alleged)$/;

/** "Amit Shah", "John Major": a title word that ends a name run of two or more is a surname (titles go before names). */
function isSurname(doc: Doc, x: number, a: number, b: number): boolean {
  return x === b - 1 && x > a && isNameToken(doc, x - 1) && isCapWord(doc, x);
}

/** ", X, said": the name ending at b is followed by a comma and a verb of saying. */
function closesApposition(doc: Doc, b: number): boolean {
  if (doc.words[b] !== ',' || !sameSentence(doc, b, b + 1)) return false;
  for (let k = b + 1; k < doc.tokens.length && k - b <= 3 && sameSentence(doc, b, k); k++) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB') return SPEECH.has(t.lemma);
    if (t.pos !== 'AUX' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Tokens x.. of a run up to b open with a country's name that another name follows: "Israel Katz". */
function countryFirstName(doc: Doc, x: number, b: number): boolean {
  return b - x >= 2 && isNameToken(doc, x + 1) && countryNamed(doc.words[x]) !== null;
}

/** A place of note: a region, a territory, or a town of 100,000 people — not any hamlet a name may share. */
function ofNote(place: PlaceGeo): boolean {
  return place.population >= 100_000 || place.kind === 'region' || place.kind === 'territory';
}

/**
 * A word that is a place's adjective ("Gazan", "Darfuri", "Tigrayan") rather than the name of the
 * place it matched: matched through another name only, while the word less its ending is a place.
 */
function placeAdjective(word: string, place: PlaceGeo | null, countries: string[]): boolean {
  if (place?.name === word) return false;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  return ['n', 'an', 'i', 'ese', 'ian'].some((end) => {
    const stem = word.endsWith(end) ? word.slice(0, -end.length) : '';
    if (stem.length < 3) return false;
    // (Only a place of note: "Gaza", "Darfur", "Tigray" — not a hamlet whose name is a
    // surname's first letters.)
    const p = lookupPlace(stem, countries, false);
    return p !== null && p.name === stem && ofNote(p);
  });
}

/** "… said the group's spokesperson, X.": a name that ends the sentence of a speech verb before it. */
function endsSpeech(doc: Doc, a: number, b: number): boolean {
  if (b < doc.tokens.length && sameSentence(doc, b - 1, b) && !/^[.!?]$/.test(doc.words[b])) return false;
  for (let k = a - 1; k >= Math.max(0, a - 9) && sameSentence(doc, k, a); k--) {
    const t = doc.tokens[k];
    if (t.pos === 'VERB' && SPEECH.has(t.lemma)) return true;
  }
  return false;
}

function locativeBefore(doc: Doc, at: number): boolean {
  const a = beforeControl(doc, at);
  const k = a - 1;
  if (k < 0 || !sameSentence(doc, k, a)) return false;
  const w = doc.lower[k];
  if (w === 'to' && doc.lower[k - 1] === 'according') return false;
  if (LOCATIVE.has(w)) return true;
  // "the state's capital, X", "a nearby town, X": the name in apposition to a place noun.
  if (w === ',' && k >= 1 && PLACE_NOUNS.has(doc.lower[k - 1]) && sameSentence(doc, k - 1, a)) return true;
  if (w === 'of' && k >= 1) {
    const p = doc.lower[k - 1];
    return (
      PLACE_NOUNS.has(p) ||
      COMPASS.has(p) ||
      GROUND_EVENTS.has(p) ||
      // "the governor of North Kivu", "the mayor of Kharkiv"
      isTitleHeadAt(doc, k, Math.max(0, k - 4)) >= 0 ||
      PLACE_PARTS.has(p)
    );
  }
  if (w === 'the' && k >= 1 && LOCATIVE.has(doc.lower[k - 1])) return true;
  return false;
}

function placeOf(doc: Doc, a: number): boolean {
  return (
    a >= 2 && doc.lower[a - 1] === 'of' && PLACE_NOUNS.has(doc.lower[a - 2]) && sameSentence(doc, a - 2, a)
  );
}

function placeNounAfter(doc: Doc, b: number): boolean {
  if (b >= doc.tokens.length || !sameSentence(doc, b - 1, b)) return false;
  if (PLACE_NOUNS.has(doc.lower[b])) return true;
  // "X had been captured", "X fell to the rebels", "X was shelled overnight": ground taken or hit.
  let k = b;
  while (k < doc.tokens.length && k - b < 3 && /^(?:had|has|have|was|were|been|is|being)$/.test(doc.lower[k]))
    k++;
  // (A passive only: in "X have captured the town" or "X has surrounded …", X is the one acting.)
  const passive = doc.lower.slice(b, k).some((w) => /^(?:was|were|been|is|being)$/.test(w));
  if (passive && k < doc.tokens.length && GROUND_VERBS.has(doc.lower[k]) && sameSentence(doc, b, k))
    return true;
  if (k === b && (doc.lower[b] === 'fell' || doc.lower[b] === 'falls') && doc.lower[b + 1] === 'to')
    return true;
  // "X, the largest town in …", "X, the region's capital"
  if (doc.words[b] === ',' && b + 2 < doc.tokens.length && doc.lower[b + 1] === 'the') {
    const lex = lexicon();
    for (let k = b + 2; k < Math.min(doc.tokens.length, b + 10); k++) {
      // ("X, the town's mayor": the place noun owns the head that follows.)
      if (PLACE_NOUNS.has(doc.lower[k]) && !/^['’]s$/.test(doc.lower[k + 1] ?? '')) return true;
      // "X, the Moscow-installed leader of the region": a person's role, not a place.
      if (/^[,.;]$/.test(doc.words[k]) || lex.titleHeads.has(doc.lower[k]) || doc.lower[k] === 'of') break;
    }
  }
  return false;
}

export function classifyRuns(doc: Doc, runs: Run[], cands: Cand[], countries: string[]): Classified {
  const out: Cand[] = [];
  const unknown: Cand[] = [];
  const mk = (a: number, b: number, c: Omit<Cand, 'start' | 'end' | 'tokStart' | 'tokEnd'>): Cand => ({
    start: doc.tokens[a].start,
    end: doc.tokens[b - 1].end,
    tokStart: a,
    tokEnd: b,
    ...c,
  });
  const all = () => cands.concat(out);
  const country = (a: number, b: number, iso: string, name: string) =>
    out.push(mk(a, b, { type: 'country', name, key: `country:${iso.toLowerCase()}`, strong: true }));

  for (const run of runs) {
    let { a } = run;
    const { b } = run;
    // "on Palm Sunday", "Good Friday": a named day, not a place or a person.
    if (b - a === 1 && WEEKDAY_TITLE_PREFIXES.has(doc.lower[a]) && WEEKDAYS.has(doc.lower[b] ?? '')) continue;
    // 1. A title inside the run: "Ukrainian Foreign Minister Dmytro Kuleba", "Gen. Abdel Fattah al-Burhan".
    let done = false;
    for (let k = b - 1; k > a; k--) {
      const hs = isTitleHeadAt(doc, k, a);
      if (hs < 0) continue;
      let ok = true;
      for (let x = k; x < b; x++)
        if (
          !isNameToken(doc, x) &&
          !isSurname(doc, x, k, b) &&
          !/^[-‐]$|^\p{Ll}/u.test(doc.words[x]) &&
          // ("Foreign Minister Israel Katz": a country's name as the first of two names.)
          !(x === k && countryFirstName(doc, k, b))
        )
          ok = false;
      if (!ok) break;
      const t = roleBefore(doc, hs, k, Math.max(0, a - 6), all());
      const name = spanText(doc, k, b);
      const honor = lexicon().honorifics.has(mfold(spanText(doc, hs, k)));
      // "Gen. Abdel Fattah Burhan, Sudan's de facto head of state": the appositive gives the role.
      const app = honor && t.a === hs ? appositiveAfter(doc, b) : null;
      if (app) {
        t.a = app.a;
        t.b = app.b;
        t.affiliation ??= app.affiliation;
      }
      if (t.country)
        country(t.country.a, t.country.b, t.country.iso, spanText(doc, t.country.a, t.country.b));
      out.push(
        mk(k, b, {
          type: 'person',
          name,
          key: `person:${mkey(name)}`,
          role: honor && t.a === hs && !app ? null : spanText(doc, t.a, t.b),
          affiliation: t.affiliation,
          strong: true,
        }),
      );
      done = true;
      break;
    }
    if (done) continue;
    // 2. A leading country name or demonym: emit the country, continue with the rest.
    // ("spokeswoman Maly Socheata", "Foreign Minister Israel Katz": right after a title, a country's
    // name that other names follow is the person's first name.)
    const firstName =
      a > 0 &&
      isTitleHeadAt(doc, a, Math.max(0, a - 4)) >= 0 &&
      !/^(?:for|of|in)$/.test(doc.lower[a - 1]) &&
      countryFirstName(doc, a, b);
    for (let e = b; e > a; e--) {
      const name = spanText(doc, a, e);
      const c = countryNamed(name);
      if (firstName && e === a + 1) break;
      if (c && (e < b || !countryOfCapital(name))) {
        country(a, e, c.iso2, name);
        a = e;
        break;
      }
      if (e < b && countryOfDemonym(name)) {
        a = e;
        break;
      }
    }
    if (a >= b) continue;
    const text = spanText(doc, a, b);
    const dem = b - a === 1 ? countryOfDemonym(text) : null;
    if (dem) {
      // A plural demonym used as a noun stands for the country: "the Russians said", "Ukrainians vowed".
      if (/s$/i.test(text) && (doc.lower[a - 1] === 'the' || agentAfter(doc, b)))
        country(a, b, dem.iso2, dem.name);
      continue;
    }
    // 3. Capitals and seats of government standing for the country.
    const seat = countryOfSeat(text);
    const capital = seat ? null : countryOfCapital(text);
    if (
      seat ||
      (capital &&
        !locativeBefore(doc, a) &&
        (agentAfter(doc, b) ||
          /^(by|with)$/.test(doc.lower[a - 1] ?? '') ||
          // Object of an agent verb: "accused Kyiv of …", "urged Tehran to …"
          (a > 0 && doc.tokens[a - 1].pos === 'VERB' && OBJECT_VERBS.has(doc.tokens[a - 1].lemma)) ||
          (doc.lower[a - 1] === 'to' && doc.lower[a - 2] === 'according')))
    ) {
      country(a, b, (seat ?? capital)!.iso2, (seat ?? capital)!.name);
      continue;
    }
    // A place-noun complement ("the city of X") or a known place after a locative is decisive.
    const place = lookupPlace(
      text,
      countries,
      locativeBefore(doc, a) || placeOf(doc, a) || placeNounAfter(doc, b),
    );
    // "a Gazan hospital", "Darfuri refugees": a people's adjective of a known place, though a
    // gazetteer may hold the word as another town's other name — never a place of its own, but
    // still a person's name where the role says so ("President Rahman").
    const ofPlace = () => b - a === 1 && placeAdjective(text, place, countries);
    if ((placeOf(doc, a) || (place && locativeBefore(doc, a))) && ofPlace()) continue;
    if (placeOf(doc, a) || (place && locativeBefore(doc, a))) {
      out.push(mk(a, b, placeCand(text, place, true)));
      continue;
    }
    // ("in Beni, North Kivu, said": a place of note right after a place and its comma is the region
    // that holds it, not a name in apposition — a hamlet's name may be a person's.)
    if (
      place &&
      ofNote(place) &&
      a >= 2 &&
      doc.words[a - 1] === ',' &&
      all().some((c) => c.tokEnd === a - 1 && (c.type === 'place' || c.type === 'country'))
    ) {
      out.push(mk(a, b, placeCand(text, place, true)));
      continue;
    }
    // 4. People by role around the name.
    const after = appositiveAfter(doc, b);
    const before = after
      ? null
      : appositiveBefore(doc, a, all(), closesApposition(doc, b) || endsSpeech(doc, a, b));
    // ("said the Head of Air Operations, Colonel …": a run right after "head of" that
    // leaves no name of its own is the body headed, not the person.)
    const complement = /^(?:of|for)$/.test(doc.lower[a - 1] ?? '') && b - a < 3;
    const titleBefore = !after && !before && !complement ? titleJustBefore(doc, a, all()) : null;
    const allNames = (() => {
      for (let x = a; x < b; x++) {
        // (A country's name as a first name after a title: "spokeswoman Maly Socheata".)
        if (x === a && firstName) continue;
        if (!isNameToken(doc, x) && !isSurname(doc, x, a, b) && !/^[-‐]$|^\p{Ll}/u.test(doc.words[x]))
          return false;
      }
      return true;
    })();
    const role = after ?? before ?? titleBefore;
    // "state TV, the army chief": an all-capital word is no person's name.
    // ("the chairman of the Senate": an institution is no person, whatever title goes before it.)
    if (
      role &&
      allNames &&
      !placeNounAfter(doc, b) &&
      !(b - a === 1 && isAcronym(text)) &&
      !ORG_HEADS.has(doc.lower[b - 1])
    ) {
      let pa = a;
      // "UN Special Envoy for Yemen Hans Grundberg": the name is the run's tail.
      if (titleBefore && titleBefore.b < a && b - a >= 3) pa = b - 2;
      const name = spanText(doc, pa, b);
      out.push(
        mk(pa, b, {
          type: 'person',
          name,
          key: `person:${mkey(name)}`,
          role:
            pa > a
              ? `${spanText(doc, role.a, role.b)} ${spanText(doc, role.b, pa)}`
              : spanText(doc, role.a, role.b),
          affiliation: role.affiliation,
          strong: true,
        }),
      );
      continue;
    }
    // 5. Places.
    const a0 = beforeControl(doc, a);
    const prep = doc.lower[a0 - 1] === 'the' ? doc.lower[a0 - 2] : doc.lower[a0 - 1];
    // "the Kurdish town of X", "a Tigrayan village": a national or ethnic adjective, not a place.
    const adjective = !place && b - a === 1 && /(?:ish|ian|ese|ic|ean)$/i.test(text);
    const loc =
      (locativeBefore(doc, a) && STRONG_LOCATIVE.has(prep ?? '')) ||
      // "the capture of X", "the siege of X"
      (prep === 'of' && GROUND_EVENTS.has(doc.lower[a0 - 2] ?? '')) ||
      (placeNounAfter(doc, b) && !adjective);
    const known = place && (countries.includes(place.country ?? '') || ofNote(place));
    // "a Chinook helicopter": a small place's name before a weapon or vehicle noun is a model name.
    const model =
      b < doc.tokens.length &&
      sameSentence(doc, b - 1, b) &&
      lexicon().modelNouns.has(doc.lower[b]) &&
      !(place && ofNote(place));
    if (model) continue;
    if ((loc || (known && !speechAround(doc, a, b))) && ofPlace()) continue;
    if (loc || (known && !speechAround(doc, a, b))) {
      out.push(mk(a, b, placeCand(text, place, loc)));
      continue;
    }
    // 6. People by speech: "Maria Zakharova said", "according to Ahmed Hassan" — an acronym that
    // speaks ("the NGO says") is a body, not a person.
    if (b - a === 1 && isAcronym(text) && speechAround(doc, a, b)) {
      out.push(mk(a, b, { type: 'organization', name: text, key: `org:${mkey(text)}`, strong: false }));
      continue;
    }
    // ("a border official at X said": a name after a preposition of place is where the speaker
    // is, not who speaks.)
    const atPlace = /^(?:at|in|on|near|inside|outside)$/.test(prep ?? '');
    if (
      allNames &&
      !atPlace &&
      !ORG_HEADS.has(doc.lower[b - 1]) &&
      !(complement && titleJustBefore(doc, a, all())) &&
      (speechAround(doc, a, b) || whoFollows(doc, a, b))
    ) {
      out.push(mk(a, b, { type: 'person', name: text, key: `person:${mkey(text)}`, strong: false }));
      continue;
    }
    if (allNames || b - a === 1) {
      unknown.push(mk(a, b, { type: 'place', name: text, key: '', strong: false }));
    }
  }
  return { cands: out, unknown };
}

export function placeCand(
  text: string,
  place: PlaceGeo | null,
  strong: boolean,
): Omit<Cand, 'start' | 'end' | 'tokStart' | 'tokEnd'> {
  return {
    type: 'place',
    name: text,
    key: place?.ref ? `place:${place.ref}` : `place:${mkey(place?.name ?? text)}`,
    geo: place ? { lat: place.lat, lon: place.lon, country: place.country, ref: place.ref } : null,
    strong: strong || place !== null,
  };
}
