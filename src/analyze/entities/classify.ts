/**
 * Classifies the capitalised runs left after the organisation matchers: people (by title,
 * appositive role or speech), countries (names, and capitals or seats of government used as
 * the agent: "Moscow said", "the Kremlin"), places (locative and place-noun contexts, the
 * gazetteer). Runs without evidence are returned as unknowns for the document pass. The cues of
 * places and countries are in classify-places.ts, those of a person's name in classify-people.ts.
 */

import { WEEKDAY_TITLE_PREFIXES, WEEKDAYS } from '../time/lexicon.ts';
import {
  closesApposition,
  closesBeforeVerb,
  countryFirstName,
  endsSpeech,
  isSurname,
  speechAround,
  whoFollows,
} from './classify-people.ts';
import {
  capitalAsCountry,
  demonymRun,
  GROUND_EVENTS,
  leadingCountry,
  locativeBefore,
  ofNote,
  placeAdjective,
  placeCand,
  placeNounAfter,
  placeOf,
  STRONG_LOCATIVE,
} from './classify-places.ts';
import { beforeControl, type Cand, type Doc, type Run, sameSentence, spanText } from './context.ts';
import { countryNamed } from './country.ts';
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
  type Title,
  titleJustBefore,
} from './roles.ts';

export { placeCand } from './classify-places.ts';

export interface Classified {
  cands: Cand[];
  /** Runs with no decisive evidence: settled by the document pass. */
  unknown: Cand[];
}

/** One document's pass over its runs: the candidates found so far, and how to make more. */
interface Pass {
  doc: Doc;
  countries: string[];
  out: Cand[];
  unknown: Cand[];
  mk: (a: number, b: number, c: Omit<Cand, 'start' | 'end' | 'tokStart' | 'tokEnd'>) => Cand;
  all: () => Cand[];
  country: (a: number, b: number, iso: string, name: string) => void;
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
  const pass: Pass = { doc, countries, out, unknown, mk, all, country };

  for (const run of runs) {
    let { a } = run;
    const { b } = run;
    // "on Palm Sunday", "Good Friday": a named day, not a place or a person.
    if (b - a === 1 && WEEKDAY_TITLE_PREFIXES.has(doc.lower[a]) && WEEKDAYS.has(doc.lower[b] ?? '')) continue;
    // 0. A name joined by "of" that the gazetteer knows: a country's or a place's, nobody's.
    if (run.joined) {
      const text = spanText(doc, a, b);
      const c = countryNamed(text);
      if (c) country(a, b, c.iso2, text);
      else out.push(mk(a, b, placeCand(text, lookupPlace(text, countries), true)));
      continue;
    }
    // 1. A title inside the run: "Ukrainian Foreign Minister Dmytro Kuleba", "Gen. Abdel Fattah al-Burhan".
    if (titledPerson(pass, a, b)) continue;
    // 2. A leading country name or demonym: emit the country, continue with the rest.
    // ("spokeswoman Maly Socheata", "Foreign Minister Israel Katz": right after a title, a country's
    // name that other names follow is the person's first name.)
    const firstName =
      a > 0 &&
      isTitleHeadAt(doc, a, Math.max(0, a - 4)) >= 0 &&
      !/^(?:for|of|in)$/.test(doc.lower[a - 1]) &&
      countryFirstName(doc, a, b);
    a = leadingCountry(doc, a, b, firstName, country);
    if (a >= b) continue;
    const text = spanText(doc, a, b);
    if (demonymRun(doc, a, b, text, country)) continue;
    // 3. Capitals and seats of government standing for the country.
    if (capitalAsCountry(doc, a, b, text, country)) continue;
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
    if (placeInContext(pass, a, b, text, place, ofPlace)) continue;
    // 4. People by role around the name.
    const after = appositiveAfter(doc, b, /^[”"]$/.test(doc.words[a - 1] ?? ''));
    const before = after
      ? null
      : appositiveBefore(
          doc,
          a,
          all(),
          closesApposition(doc, b) || endsSpeech(doc, a, b) || closesBeforeVerb(doc, a, b),
        );
    // ("said the Head of Air Operations, Colonel …": a run right after "head of" that
    // leaves no name of its own is the body headed, not the person.)
    const complement = /^(?:of|for)$/.test(doc.lower[a - 1] ?? '') && b - a < 3;
    const titleBefore = !after && !before && !complement ? titleJustBefore(doc, a, all()) : null;
    const allNames = allNameWords(doc, a, b, firstName);
    const role = after ?? before ?? titleBefore;
    if (personByRole(pass, a, b, text, role, titleBefore, allNames)) continue;
    // 5. Places.
    const a0 = beforeControl(doc, a);
    const prep = doc.lower[a0 - 1] === 'the' ? doc.lower[a0 - 2] : doc.lower[a0 - 1];
    if (placeByCue(pass, a, b, text, place, a0, prep, ofPlace)) continue;
    // 6. People by speech: "Maria Zakharova said", "according to Ahmed Hassan" — an acronym that
    // speaks ("the NGO says") is a body, not a person.
    personBySpeech(pass, a, b, text, prep, complement, allNames);
  }
  return { cands: out, unknown };
}

/**
 * A title inside the run: "Ukrainian Foreign Minister Dmytro Kuleba", "Gen. Abdel Fattah al-Burhan"
 * — the names after the title are a person, with the title (or an appositive after the name) as the
 * role. True when the run is settled.
 */
function titledPerson(pass: Pass, a: number, b: number): boolean {
  const { doc, out, mk, all, country } = pass;
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
    if (t.country) country(t.country.a, t.country.b, t.country.iso, spanText(doc, t.country.a, t.country.b));
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
    return true;
  }
  return false;
}

/**
 * A place-noun complement ("the city of X"), a known place after a locative ("in X"), or a place of
 * note right after a place and its comma ("in Beni, North Kivu, said") is a place — or, for a
 * place's adjective ("a Gazan hospital"), nothing. True when the run is settled.
 */
function placeInContext(
  pass: Pass,
  a: number,
  b: number,
  text: string,
  place: PlaceGeo | null,
  ofPlace: () => boolean,
): boolean {
  const { doc, out, mk, all } = pass;
  if ((placeOf(doc, a) || (place && locativeBefore(doc, a))) && ofPlace()) return true;
  if (placeOf(doc, a) || (place && locativeBefore(doc, a))) {
    out.push(mk(a, b, placeCand(text, place, true)));
    return true;
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
    return true;
  }
  return false;
}

/**
 * Whether every word of the run can be part of a person's name: "Abdel Fattah al-Burhan", "Amit
 * Shah" (a title word as surname), "spokeswoman Maly Socheata" (a country's name as a first name).
 */
function allNameWords(doc: Doc, a: number, b: number, firstName: boolean): boolean {
  for (let x = a; x < b; x++) {
    // (A country's name as a first name after a title: "spokeswoman Maly Socheata".)
    if (x === a && firstName) continue;
    if (!isNameToken(doc, x) && !isSurname(doc, x, a, b) && !/^[-‐]$|^\p{Ll}/u.test(doc.words[x]))
      return false;
  }
  return true;
}

/**
 * A person named with a role around the name: an appositive after it ("X, the army chief"), before
 * it, or a title just before it ("UN Special Envoy for Yemen Hans Grundberg"). True when emitted.
 */
function personByRole(
  pass: Pass,
  a: number,
  b: number,
  text: string,
  role: Title | null,
  titleBefore: Title | null,
  allNames: boolean,
): boolean {
  const { doc, out, mk } = pass;
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
    return true;
  }
  return false;
}

/**
 * Places by a cue around the run: a strong locative ("in X", "near X"), "the capture of X", a place
 * noun or ground taken after it ("X province", "X was shelled"), or a known place that no verb of
 * saying makes a person — not a model name ("a Chinook helicopter"). True when the run is settled.
 */
function placeByCue(
  pass: Pass,
  a: number,
  b: number,
  text: string,
  place: PlaceGeo | null,
  a0: number,
  prep: string | undefined,
  ofPlace: () => boolean,
): boolean {
  const { doc, countries, out, mk } = pass;
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
  if (model) return true;
  if ((loc || (known && !speechAround(doc, a, b))) && ofPlace()) return true;
  if (loc || (known && !speechAround(doc, a, b))) {
    out.push(mk(a, b, placeCand(text, place, loc)));
    return true;
  }
  return false;
}

/**
 * People by speech: "Maria Zakharova said", "according to Ahmed Hassan", "John Smith, who escaped,
 * said" — an acronym that speaks ("the NGO says") is a body; a run with no such evidence is left
 * unknown for the document pass.
 */
function personBySpeech(
  pass: Pass,
  a: number,
  b: number,
  text: string,
  prep: string | undefined,
  complement: boolean,
  allNames: boolean,
): void {
  const { doc, out, unknown, mk, all } = pass;
  if (b - a === 1 && isAcronym(text) && speechAround(doc, a, b)) {
    out.push(mk(a, b, { type: 'organization', name: text, key: `org:${mkey(text)}`, strong: false }));
    return;
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
    return;
  }
  if (allNames || b - a === 1) {
    unknown.push(mk(a, b, { type: 'place', name: text, key: '', strong: false }));
  }
}
