/**
 * The geographic cues around a capitalised run, for classify.ts. Places: a locative before it ("in
 * X", "the city of X", "the capture of X"), a place noun or ground taken after it ("X province", "X
 * was shelled", "X, the region's capital"), a place's adjective ("Gazan", "Darfuri"), a place of
 * note, and the place candidate made from a run. Countries: a country's name or a demonym opening a
 * run, a plural demonym ("the Russians said"), a capital or seat of government standing for the
 * country ("Moscow said", "the Kremlin", "accused Kyiv").
 */

import {
  beforeControl,
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
import { mkey } from './memo.ts';
import { lookupPlace, type PlaceGeo } from './places.ts';
import { isTitleHeadAt } from './roles.ts';

const LOCATIVE = new Set(
  'in near at outside around from to towards toward into across inside within over through throughout along via off onto outskirts'.split(
    ' ',
  ),
);
/** Prepositions after which an unknown capitalised name is taken for a place. */
export const STRONG_LOCATIVE = new Set([
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
/** Nouns of places: "the town of X", "in the eastern region". */
export const PLACE_NOUNS = new Set(
  'town city village region province district state capital port county governorate oblast area neighbourhood neighborhood suburb camp settlement island islands valley mountains river border enclave territory republic municipality prefecture commune locality strip peninsula corridor front'.split(
    ' ',
  ),
);
/** Points and parts of the compass: "in the north", "the eastern town". */
export const COMPASS = new Set(
  'north south east west northern southern eastern western northeast northwest southeast southwest central'.split(
    ' ',
  ),
);

/** "the capture of X", "the siege of X": nouns of ground taken, held or hit, before a place. */
export const GROUND_EVENTS = new Set(
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

/** A place of note: a region, a territory, or a town of 100,000 people — not any hamlet a name may share. */
export function ofNote(place: PlaceGeo): boolean {
  return place.population >= 100_000 || place.kind === 'region' || place.kind === 'territory';
}

/**
 * A word that is a place's adjective ("Gazan", "Darfuri", "Tigrayan") rather than the name of the
 * place it matched: matched through another name only, while the word less its ending is a place.
 */
export function placeAdjective(word: string, place: PlaceGeo | null, countries: string[]): boolean {
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

export function locativeBefore(doc: Doc, at: number): boolean {
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

export function placeOf(doc: Doc, a: number): boolean {
  return (
    a >= 2 && doc.lower[a - 1] === 'of' && PLACE_NOUNS.has(doc.lower[a - 2]) && sameSentence(doc, a - 2, a)
  );
}

export function placeNounAfter(doc: Doc, b: number): boolean {
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

/** Emits a country candidate for tokens a..b. */
export type EmitCountry = (a: number, b: number, iso: string, name: string) => void;

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

/** "Moscow said", "Moscow-installed", "Kyiv's decision": the run is the agent of what follows it. */
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

/**
 * A country's name or a demonym opening the run: the country's name is emitted (a demonym is only
 * passed over) and the run goes on after it — unless, right after a title, the country's name is a
 * person's first name ("Foreign Minister Israel Katz"). Returns the run's new start.
 */
export function leadingCountry(
  doc: Doc,
  a: number,
  b: number,
  firstName: boolean,
  country: EmitCountry,
): number {
  for (let e = b; e > a; e--) {
    const name = spanText(doc, a, e);
    const c = countryNamed(name);
    if (firstName && e === a + 1) break;
    if (c && (e < b || !countryOfCapital(name))) {
      country(a, e, c.iso2, name);
      return e;
    }
    if (e < b && countryOfDemonym(name)) return e;
  }
  return a;
}

/**
 * A one-word demonym: as a plural noun it stands for the country ("the Russians said", "Ukrainians
 * vowed"); either way the run is settled. True when the run is a demonym.
 */
export function demonymRun(doc: Doc, a: number, b: number, text: string, country: EmitCountry): boolean {
  // (Not a country's own name that is also its capital's and its people's: "Djibouti accused …".)
  const dem = b - a === 1 && !countryNamed(text) ? countryOfDemonym(text) : null;
  if (dem) {
    // A plural demonym used as a noun stands for the country: "the Russians said", "Ukrainians vowed".
    if (/s$/i.test(text) && (doc.lower[a - 1] === 'the' || agentAfter(doc, b)))
      country(a, b, dem.iso2, dem.name);
    return true;
  }
  return false;
}

/**
 * Capitals and seats of government standing for the country: "the Kremlin", "Moscow said", "by
 * Kyiv", "accused Tehran of …", "according to Beijing" — not "in Moscow". True when emitted.
 */
export function capitalAsCountry(
  doc: Doc,
  a: number,
  b: number,
  text: string,
  country: EmitCountry,
): boolean {
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
    return true;
  }
  return false;
}
