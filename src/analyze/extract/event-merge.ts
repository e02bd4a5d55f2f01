/**
 * Events of one document told more than once become one: a definite reference to the latest of
 * its type, the same type, day and place, an attack told loosely and then exactly; and an attack
 * told with no day soon after one the story dates takes that day. Pure.
 */

import { km } from '../geo/distance.ts';
import { parseDay } from '../time/calendar.ts';
import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import type { EntityMention, EventItem } from '../types.ts';
import { answerCueAt, rankedAt } from './event-clauses.ts';
import { lex } from './event-lexicon.ts';
import { demonymCountry } from './figure-groups.ts';
import { verbLexicon } from './verbs.ts';
import { sentenceStart, WEEKDAY_NAME, words } from './words.ts';

/**
 * The days an event may have happened on: its own day or days, or — told with no day of its own —
 * the day it was reported or a day or two before.
 */
function daysOf(x: EventItem): [number, number] | null {
  const a = parseDay(x.date?.start ?? null);
  if (a === null) return null;
  if (!x.dated || x.saidDay) return [a - LOOSE_DAYS, a];
  const b = x.date?.end ? parseDay(x.date.end) : a;
  return [a, b ?? a];
}

/** Days between the start and the end of an event's date (0 for one day, or none). */
function spanDays(x: EventItem): number {
  const a = parseDay(x.date?.start ?? null);
  const b = x.date?.end ? parseDay(x.date.end) : a;
  return a === null || b === null ? 0 : b - a;
}

function daysMeet(o: EventItem, e: EventItem): boolean {
  const r1 = daysOf(o);
  const r2 = daysOf(e);
  return r1 !== null && r2 !== null && r1[0] <= r2[1] && r2[0] <= r1[1];
}

/** Days before a reference within which the event it refers back to may lie. */
const REFERENCE_DAYS = 10;

/**
 * "The attack struck at 9:30 pm" after a day `o` already has of its own ("overnight" included): a
 * clock time alone gives only the hour. Sets it and returns true; false when `e` dates more.
 */
function onlyHour(o: EventItem, e: EventItem): boolean {
  if (!o.dated || o.saidDay || !e.clockOnly || !o.date || !e.date) return false;
  o.date = { ...o.date, time: e.date.time };
  return true;
}

/** `e` dates a day no later than the day `o` was told, and at most `days` before it. */
function within(e: EventItem, o: EventItem, days: number): boolean {
  const a = parseDay(e.date?.start ?? null);
  const b = parseDay(o.date?.start ?? null);
  return a !== null && b !== null && a <= b && b - a <= days;
}

/** `o` happened well before the reference `e` ("since Hamas attacked on October 7" … "the strike"). */
function longBefore(o: EventItem, e: EventItem): boolean {
  const a = parseDay(o.date?.start ?? null);
  const b = parseDay(e.date?.start ?? null);
  return a !== null && b !== null && b - a > REFERENCE_DAYS;
}

/** The name right after a reference's "on"/"against": "the attack on True Confidence". */
function targetNamed(text: string, e: EventItem): string | null {
  const after = text.slice(e.end, e.end + 60);
  const m = /^(?:\s+(?:on|against))?\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u.exec(after);
  // (Only when the trigger itself ends in "on"/"against" or is followed by it.)
  const joined = /\b(?:on|against)$/i.test(text.slice(e.start, e.end)) || /^\s+(?:on|against)\b/i.test(after);
  return m && joined && m[1].length > 3 ? m[1] : null;
}

/** A determiner, then a degree word ranking what follows: "the deadliest", "its most violent direct". */
function rankedReference(lead: string, dets: ReadonlySet<string>): boolean {
  const ws = words(lead);
  return rankedAt(ws, ws.length) && ws.some((w) => dets.has(w.w));
}

/** Precisions from the coarsest; a date told at a finer one inside a coarser one narrows it. */
const PRECISION = ['year', 'month', 'week', 'day'];

/** `e` dates exactly what `o` dates loosely: a day (or week) inside the month or year `o` names. */
function narrows(o: EventItem, e: EventItem): boolean {
  if (!o.dated || !e.dated || !o.date || !e.date) return false;
  const po = PRECISION.indexOf(o.date.precision);
  const pe = PRECISION.indexOf(e.date.precision);
  if (po < 0 || pe <= po) return false;
  const a = parseDay(o.date.start);
  const b = parseDay(o.date.end ?? o.date.start);
  const x = parseDay(e.date.start);
  const y = parseDay(e.date.end ?? e.date.start);
  // One calendar month or year ("the April attack"), not a stretch ("since April last year").
  const span = { year: 366, month: 31, week: 7, day: 1 }[o.date.precision];
  return a !== null && b !== null && x !== null && y !== null && b - a < span && a <= x && y <= b;
}

/** Weapons that fit: the same, or one left unnamed. */
function modesFit(a: EventItem, b: EventItem): boolean {
  const am = a.mode ?? 'unspecified';
  const bm = b.mode ?? 'unspecified';
  return am === bm || am === 'unspecified' || bm === 'unspecified';
}

/**
 * Weapons of one kind that reports of one strike name loosely: fire from the ground ("shelling" /
 * "a Grad rocket" / "a missile") or from the air ("an air strike" / "a drone" / "a missile").
 */
const FIRE_FAMILIES = [
  new Set(['shelling', 'rocket', 'missile']),
  new Set(['airstrike', 'drone', 'missile']),
];
/** Modes one strike may be told in on its day: those that fit, or two weapons of one kind. */
function modesMayFit(a: EventItem, b: EventItem): boolean {
  return modesFit(a, b) || FIRE_FAMILIES.some((f) => f.has(a.mode ?? '') && f.has(b.mode ?? ''));
}

/** Actors of both named and none shared: two sides' attacks, not one. */
function otherActors(o: EventItem, e: EventItem): boolean {
  return o.actors.length > 0 && e.actors.length > 0 && !o.actors.some((a) => e.actors.includes(a));
}

/**
 * One event's attacker is the other's target: two sides' deeds, not one. (A party told on both
 * sides of one event — "clashes between the army and the rebels" — says nothing of which.)
 */
function crossed(o: EventItem, e: EventItem): boolean {
  const attacked = (x: EventItem, k: string) => x.targets.includes(k) && !x.actors.includes(k);
  const attacker = (x: EventItem, k: string) => x.actors.includes(k) && !x.targets.includes(k);
  return (
    o.actors.some((a) => attacker(o, a) && attacked(e, a)) ||
    e.actors.some((a) => attacker(e, a) && attacked(o, a))
  );
}

/** What a later, exact telling adds to an event first told loosely: its place and weapon. */
function refine(o: EventItem, e: EventItem): void {
  o.place ??= e.place;
  if ((o.mode ?? 'unspecified') === 'unspecified') o.mode = e.mode;
}

/** A definite object after a capture verb: the place already said to change hands. */
const DEFINITE_OBJECT =
  /^\s+(?:the|its|their|our|that)\s+(?:[\p{L}-]+\s+)?(?:base|town|city|village|camp|airport|position|positions|hill|district|area|garrison|post|checkpoint)\b/iu;

/** The time lexicon's weekdays and months, as alternations. */
const DAY_NAMES = () => [...WEEKDAYS.keys()].join('|');
const MONTH_NAMES = () => [...MONTHS.keys()].join('|');
/** A day told right after an event noun: "the attack on Tuesday", "the raid late Sunday", "the attack was on Friday". */
let ownDay: RegExp | null = null;
function ownDayRe(): RegExp {
  ownDay ??= new RegExp(
    `^\\s*(?:(?:was|were|came|happened|occurred|took\\s+place|began)\\s+)?(?:(?:on|of|late|early|last|this|overnight|in\\s+the\\s+early\\s+hours\\s+of)\\s+)*(?:(?:${DAY_NAMES()})\\b|yesterday|today|tonight|overnight|(?:${MONTH_NAMES()})\\.?\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES()})\\b)`,
    'i',
  );
  return ownDay;
}

/** A year or a day's possessive before an event noun: "the 1994 ceasefire", "Tuesday's attack". */
let dayBefore: RegExp | null = null;
function dayBeforeRe(): RegExp {
  dayBefore ??= new RegExp(
    `(?:\\b(?:1[89]|20)\\d\\d|\\b(?:${DAY_NAMES()}|yesterday|weekend)['’]s)\\s+(?:[\\p{L}-]+\\s+)?$`,
    'iu',
  );
  return dayBefore;
}

/** A month and day right before an event noun: "April 22", "Oct. 7", "7 October". */
const DATE_WORDS =
  /\s(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\s+$/;

/** A day named in the possessive right before a mention: "Tuesday's strike", "last week's raid". */
const DAY_POSSESSIVE = new RegExp(
  `\\b(?:${WEEKDAY_NAME}(?:\\s+(?:night|morning|afternoon|evening))?|yesterday|last\\s+(?:week|month|night)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2})['’]s\\s+(?:[a-z-]+\\s+)?$`,
);

/** A sentence opened by a definite general noun of an incident, up to its verb: "The overnight operation in X ". */
const INCIDENT_SUBJECT =
  /^\s*(?:the|this|that)\s+((?:[\p{L}-]+\s+){0,4})(?:operation|incident|mission)\b(?:\s+(?:in|at|near|on)\s+[^,.;:]{1,50}?)?\s+(?:(?:has|had|was|were|also|reportedly)\s+)?$/iu;
/** A day or part of one among the modifiers of a noun: "the Sunday night operation". */
const DAY_WORD = new RegExp(
  `\\b(?:${WEEKDAY_NAME}|overnight|night|morning|evening|afternoon|yesterday)\\b`,
  'i',
);

/** Words that announce an event as not the one just told: "another strike", "a second attack". */
/** An incident named as another one earlier in the clause: "in an earlier attack", "in a separate incident". */
const SEPARATE_INCIDENT =
  /\b(?:in|during)\s+(?:an?\s+)?(?:earlier|separate|another|previous|second)\s+(?:attack|incident|raid|strike|assault|ambush)\b/i;

const ANOTHER =
  /\b(?:another|a\s+second|a\s+third|a\s+separate|a\s+further|other|separate|earlier|later)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * A sentence that moves the story on: "Later, just before midnight, an air strike …", "Later,
 * enemy drones attacked …", "Elsewhere, gunmen stormed …".
 */
const LATER =
  /^\s*(?:later|hours\s+later|minutes\s+later|later\s+that\s+(?:day|night|evening)|subsequently|afterwards|separately|elsewhere)\b(?:[^.;]*\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}|\s*,\s*(?:[\p{L}-]+\s+){1,3})$/iu;

/** An event told as what another came before or after: "hours after the assassination of …". */
const RELATIVE =
  /\b(?:after|before|following|since|ahead\s+of|days?\s+after|weeks?\s+after)\s+(?:the|a|an|his|her|its|their|last\s+\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A relative clause that tells when the event just named happened: ", which occurred on …". */
// ("The attack happened at about 1 p.m. on Monday in X": the reference is the clause's subject.)
const RESTATED =
  /^(?:\s*,\s*(?:which|that)\s+(?:occurred|happened|took\s+place|began|started|unfolded)|\s+(?:occurred|happened|took\s+place|unfolded))\b/i;

/** Words between an event's mention and the place it happened at: "… killed six people in", "on the". */
const PLACED_AFTER =
  /^\s*(?:(?!(?:for|of|to|with|by|from|after|before|than)\s)[\p{L}-]+\s+){0,4}(?:in|on|at|near|across|against|into|over)\s+(?:the\s+)?(?:(?:north|south|east|west)\p{L}*\s+|central\s+|\p{Lu}[\p{L}-]*\s+)?$/u;

/** Kilometres within which two places may be one event's site told at two scales. */
const NEAR_KM = 120;

/** Days before the day of report within which an undated attack may be one dated exactly. */
const LOOSE_DAYS = 2;

/**
 * An attack told loosely first (no day of its own, or a weekend) and exactly after (`e`, with its
 * day) that fit each other. Told the other way round, the undated one is another report.
 */
/** What a downing brought down, as told right after its trigger: the nation's word and the craft. */
function downed(text: string, e: EventItem): { nation: string | null; drone: boolean | null } {
  const after = text.slice(e.end, e.end + 50);
  // The first of the next three words that is a nation's adjective ("an Indian jet").
  const nation =
    after
      .split(/[^\p{L}-]+/u)
      .filter(Boolean)
      .slice(0, 3)
      .map((w) => (/^\p{Lu}/u.test(w) ? demonymCountry(w) : null))
      .find((c) => c !== null) ?? null;
  const { drones, crewed } = lex().downedCraft;
  const craft = after
    .toLowerCase()
    .split(/[^\p{L}]+/u)
    .find((w) => drones.includes(w) || crewed.includes(w));
  return { nation, drone: craft ? drones.includes(craft) : null };
}

/** Two downings that may be one: no nation or craft told of one that the other contradicts. */
function sameDowned(text: string, o: EventItem, e: EventItem): boolean {
  const a = downed(text, o);
  const b = downed(text, e);
  if (a.nation && b.nation && a.nation !== b.nation) return false;
  return a.drone === null || b.drone === null || a.drone === b.drone;
}

function looselySame(
  o: EventItem,
  e: EventItem,
  holds: (a: string | null, b: string | null) => boolean,
): boolean {
  // (A night across two days, "overnight", is as exact as one day.)
  if ((o.dated && !o.saidDay && !o.date?.end) || !e.dated || e.saidDay || spanDays(e) > 1) return false;
  // ("in eastern Chad" first, "in the Ouaddai region" after: one place holding the other.)
  if (!holds(o.place, e.place)) return false;
  // Hezbollah's attacks are not the Israeli strike of the same day.
  if (otherActors(o, e)) return false;
  if (crossed(o, e)) return false;
  return modesFit(o, e) && daysMeet(o, e);
}

/**
 * One event per real event within a document: mentions of the same type on the same day at the
 * same place (any place for ceasefire moments, which are one per day) become one event.
 */
export function mergeWithinDocument(
  events: EventItem[],
  text = '',
  standalone: ReadonlySet<EventItem> = new Set(),
  entities: readonly EntityMention[] = [],
): EventItem[] {
  const geoOf = new Map(entities.filter((e) => e.geo).map((e) => [e.key, e.geo]));
  /** One place is the country that holds the other, both located ("Chad" / "Abeche"); or either is unsaid. */
  const countryHolds = (a: string | null, b: string | null) => {
    if (a === null || b === null || a === b) return true;
    const x = geoOf.get(a);
    const y = geoOf.get(b);
    return (
      (a.startsWith('country:') && y?.country?.toLowerCase() === a.slice(8)) ||
      (b.startsWith('country:') && x?.country?.toLowerCase() === b.slice(8))
    );
  };
  /**
   * One place holds the other ("central Iraq" and a town in Iraq), or one is not located (a
   * district the gazetteer lacks may well be the other one's).
   */
  const containsPlace = (a: string | null, b: string | null) =>
    a === null || b === null || !geoOf.get(a) || !geoOf.get(b) || countryHolds(a, b);
  const nameOf = new Map(entities.map((e) => [e.key, e.name.toLowerCase()]));
  /** "Sagaing" and "Sagaing Region": a region named after its town, or the town named in full. */
  const namesakes = (a: string | null, b: string | null) => {
    const x = a ? nameOf.get(a) : undefined;
    const y = b ? nameOf.get(b) : undefined;
    return !!x && !!y && (x.startsWith(`${y} `) || y.startsWith(`${x} `));
  };
  /** Places that may name one event's site: those, or two near each other ("Rafah" / "Gaza"). */
  const samePlace = (a: string | null, b: string | null) => {
    if (containsPlace(a, b) || namesakes(a, b)) return true;
    const x = a ? geoOf.get(a) : undefined;
    const y = b ? geoOf.get(b) : undefined;
    return !!x && !!y && km(x.lat, x.lon, y.lat, y.lon) <= NEAR_KM;
  };
  /** Two places in one country ("Jammu and Kashmir" and "Kashmir" told of one attack). */
  const sameCountry = (a: string | null, b: string | null) => {
    const x = a ? geoOf.get(a) : undefined;
    const y = b ? geoOf.get(b) : undefined;
    return !!x?.country && x.country === y?.country;
  };
  /**
   * The event's place is named with one of its mentions ("the strikes on Hodeidah", "the Hodeidah
   * strikes"), not taken from elsewhere in the sentence ("In Tehran, Iran condemned the strikes",
   * "the strikes were in support of Gaza").
   */
  const ownPlace = (e: EventItem) =>
    e.place !== null &&
    entities.some(
      (x) =>
        x.key === e.place &&
        [e, ...(e.more ?? [])].some((m) => {
          if (x.start >= m.end && x.start - m.end <= 45)
            return PLACED_AFTER.test(
              // (A mention may end on its preposition: "strikes on".)
              (/\s(?:in|on|at|near|across|against|into|over)$/.exec(text.slice(m.start, m.end))?.[0] ?? '') +
                text.slice(m.end, x.start),
            );
          // ("the Kharkiv strike", "Kharkiv's deadliest strike" — not "against Moscow over the attack".)
          return (
            x.end <= m.start &&
            m.start - x.end <= 25 &&
            /^(?:['’]s)?\s+(?:(?!(?:over|about|after|for|against|on|in|of|at|by|to|from|with|the)\s)[\p{L}-]+\s+)?$/u.test(
              text.slice(x.end, m.start),
            )
          );
        }),
    );
  const out: EventItem[] = [];
  const dets = new Set(lex().anaphoricDeterminers);
  const modifiers = new Set(lex().referenceModifiers.words);
  /** Events first met as a definite reference with nothing before it to refer to. */
  const orphans = new Set<EventItem>();
  for (const e of events) {
    // "the strike", "the missile attack": a definite reference to the latest event of its type.
    // ("the April 22 attack", "the Oct. 7 assault": the date between article and noun is skipped.)
    // ("the raid in which nine died", "struck by the missile strike": any of its words
    // in the sentence may be the reference.)
    const lead = (m: { start: number }) => text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
    /** The anaphoric determiner of a mention: the word before it (a date between skipped), or its own first word. */
    const determinerOf = (m: { start: number; end: number }): string | null => {
      // ("Tuesday's strike", "last week's massacre": a day's possessive is a definite article.)
      if (DAY_POSSESSIVE.test(lead(m))) return 'the';
      const tail = lead(m)
        .replace(DATE_WORDS, ' ')
        .match(/(?:([a-z]+)\s+)?([a-z]+)\s+$/);
      const before = tail?.[2];
      // ("officials claimed that shelling killed 20": the conjunction after a verb of saying.)
      const saying = before === 'that' && tail?.[1] !== undefined && verbLexicon().forms.has(tail[1]);
      if (before !== undefined && dets.has(before) && !saying) return before;
      // ("the overnight raid", "the deadly shelling": a word of time or manner between.)
      if (before !== undefined && tail?.[1] !== undefined && dets.has(tail[1]) && modifiers.has(before))
        return tail[1];
      // ("the shooting" may be a trigger phrase of its own, article included.)
      const opener = /^([a-z]+)\s/i.exec(text.slice(m.start, m.end))?.[1]?.toLowerCase();
      return opener !== undefined && dets.has(opener) ? opener : null;
    };
    /**
     * "The Sunday night operation in X targeted …": the verb's subject is the incident told before,
     * named by a general noun (dated when a day stands in it).
     */
    const incidentSubject = (m: { start: number }): { dated: boolean } | null => {
      const x = INCIDENT_SUBJECT.exec(text.slice(sentenceStart(text, m.start), m.start));
      return x ? { dated: DAY_WORD.test(x[1]) } : null;
    };
    const refersBack = (m: { start: number; end: number }) => {
      // "the killing of a commander in Sidon", "the assassination of X": a new event named by what
      // befell whom, not a reference back.
      const named =
        /^\s+of\b/i.test(text.slice(m.end, m.end + 4)) || /\bof$/i.test(text.slice(m.start, m.end));
      // "the war began in 2022" is the war's onset, not the strike just reported.
      // "the most violent direct attack": ranked among others, the story's own attack.
      return (determinerOf(m) !== null || rankedReference(lead(m), dets) || incidentSubject(m)) && !named;
    };
    const refs = [e, ...(e.more ?? [])].filter(refersBack);
    const definite = refs.length > 0;
    // "the April 22 attack": a reference that dates itself, more exactly than the event it names.
    const datedRef = refs.some(
      (m) => DATE_WORDS.test(lead(m)) || DAY_POSSESSIVE.test(lead(m)) || incidentSubject(m)?.dated === true,
    );
    const anaphoric = definite && e.type !== 'talks' && !standalone.has(e);
    // "The attack was a setback to talks stalled since August 2018": a reference with no day of its
    // own right at it — the day found in its sentence dates something else.
    const looseRef =
      anaphoric &&
      e.type === 'attack' &&
      e.dated === true &&
      // (told only as a reference, not as a new deed referred to again: "a bomber rammed … the attack",
      // "the strikes came two days after shelling killed 20")
      refs.length === 1 + (e.more?.length ?? 0) &&
      // ("its attacks", "their strikes": a party's attacks in general; "claimed that shelling …": no determiner)
      /^(?:the|this)$/.test(determinerOf(e) ?? '') &&
      !datedRef &&
      !refs.some((m) => ownDayRe().test(text.slice(m.end, m.end + 40)) || dayBeforeRe().test(lead(m)));
    // "The raid, which took place on Friday night, …": the event told before, dated
    // now more exactly.
    const restated = anaphoric && refs.some((m) => RESTATED.test(text.slice(m.end, m.end + 40)));
    // ... but only when the reference does not date itself to another day; an undated one takes
    // the day its later reference gives ("the massacre …" then "the attack, which happened on 3 May").
    // "The raid on the Al-Amal clinic began …": the event told before with that name near it,
    // whichever came last.
    // (A ship, a base, a building — not a country or town, which many events may share.)
    const target = anaphoric ? targetNamed(text, e) : null;
    const name =
      target &&
      !entities.some(
        (x) => (x.type === 'place' || x.type === 'country') && target.startsWith(text.slice(x.start, x.end)),
      )
        ? target
        : null;
    const byName = name
      ? out.findLast(
          (o) =>
            o.type === e.type &&
            [o, ...(o.more ?? [])].some((m) =>
              text.slice(Math.max(0, m.start - 80), Math.min(m.end + 80, e.start)).includes(name),
            ),
        )
      : undefined;
    // "… fired rockets in response to the attack", "…, blaming the group for an ambush on a
    // convoy": the deed answered or blamed is not the attack told before it in the same sentence.
    const answered = answerCueAt(text, e.start) >= 0 || e.apart === true;
    const from = sentenceStart(text, e.start);
    const prior = answered ? out.filter((o) => o.start < from) : out;
    const latest =
      byName ??
      (anaphoric
        ? prior.findLast(
            (o) =>
              o.type === e.type &&
              // "the onslaught … in Kharkiv" is not the shelling of another city told last.
              (samePlace(o.place, e.place) ||
                !ownPlace(e) ||
                (datedRef && narrows(o, e) && sameCountry(o.place, e.place))) &&
              // (The day of the answer is not the day of the deed it answers.)
              (((!e.dated || e.saidDay || answered) && !longBefore(o, e)) ||
                // (only over a day the event was told with: an undated one takes the reference's day.)
                (looseRef && o.dated === true && !o.saidDay) ||
                ((!o.dated || o.saidDay) && (orphans.has(o) || daysMeet(o, e))) ||
                o.date?.start === e.date?.start ||
                // "the April attack" … "the April 22 attack": told by its month, then by its day.
                (datedRef && narrows(o, e)) ||
                // "An air strike killed dozens, an officer said Sunday. … the March 17 strike": told
                // first by the day it was reported, then by its own day, days before.
                (datedRef && (!o.dated || o.saidDay) && !e.saidDay && within(e, o, REFERENCE_DAYS)) ||
                (restated && !longBefore(o, e))),
          )
        : undefined);
    if (
      latest &&
      !answered &&
      (!latest.dated || (latest.saidDay && !e.saidDay) || (datedRef && narrows(latest, e)) || restated) &&
      e.dated
    ) {
      if (!onlyHour(latest, e)) {
        latest.date = e.date;
        latest.dated = true;
        latest.saidDay = e.saidDay;
      }
    }
    // "Another air strike hit a mosque": a new event, whatever it shares with the last.
    const another =
      ANOTHER.test(text.slice(Math.max(0, e.start - 25), e.start)) ||
      // "…, in an earlier attack at another village, two men were attacked": the clause says so.
      SEPARATE_INCIDENT.test(text.slice(sentenceStart(text, e.start), e.start)) ||
      LATER.test(text.slice(sentenceStart(text, e.start), e.start));
    const early =
      latest ??
      // "The army on Sunday denied bombing villagers in an air raid on a clinic": the deed a party
      // denies is the one the story told before, whatever day the denial came.
      (e.denied && !another && (!e.dated || e.saidDay)
        ? prior.findLast(
            (o) =>
              o.type === e.type &&
              !longBefore(o, e) &&
              (e.place === null || samePlace(o.place, e.place)) &&
              modesFit(o, e),
          )
        : undefined) ??
      prior.find(
        (o) =>
          !another &&
          o.type === e.type &&
          o.date?.start === e.date?.start &&
          (o.type.startsWith('ceasefire') || o.type === 'appeal'
            ? true
            : o.place !== null && o.place === e.place) &&
          (o.mode ?? null) === (e.mode ?? null),
      ) ??
      // An attack mentioned again with no day and no place of its own ("… in a raid on a hamlet.
      // The RSF denied … the attack …") is the one already reported that day, whatever the mode word.
      (e.type === 'attack' && !e.dated && e.place === null && !answered && !another
        ? prior.findLast((o) => o.type === 'attack' && o.date?.start === e.date?.start && modesFit(o, e))
        : undefined) ??
      // "The army downed a cargo plane near X" … "a story of a plane brought down": a
      // downing told again the same day, one of the two with no place, is the same downing.
      (e.type === 'shootdown' && !another
        ? prior.findLast(
            (o) =>
              o.type === 'shootdown' &&
              o.date?.start === e.date?.start &&
              (o.place === null || e.place === null || o.place === e.place) &&
              // (Each side's downing of the other's aircraft is a downing of its own: "downed an
              // Indian jet" is not "downed three Pakistani drones".)
              sameDowned(text, o, e) &&
              !otherActors(o, e) &&
              !crossed(o, e),
          )
        : undefined);
    // The lead's undated "shelling of the city" and the quote's "shelling on Wednesday night";
    // "a weekend air strike" and "the air strike on Saturday": one attack told loosely, then exactly.
    const loose =
      !early && !another && e.type === 'attack' && !standalone.has(e)
        ? prior.findLast((o) => o.type === 'attack' && !standalone.has(o) && looselySame(o, e, countryHolds))
        : undefined;
    if (loose) {
      if (!onlyHour(loose, e)) loose.date = e.date;
      loose.dated = true;
      loose.saidDay = undefined;
      // ("in eastern Chad", then "near Abeche": the place inside the country.)
      if (loose.place?.startsWith('country:') && e.place && !e.place.startsWith('country:'))
        loose.place = e.place;
      refine(loose, e);
    }
    // "… who said they saw the strike" before any strike is told: the story's strike, told
    // in full further on (same day, no other place, a weapon that fits).
    const told =
      !early && !loose && e.type === 'attack'
        ? prior.find(
            (o) =>
              orphans.has(o) &&
              o.type === 'attack' &&
              o.date?.start === e.date?.start &&
              (o.place === null || o.place === e.place) &&
              ((o.mode ?? 'unspecified') === 'unspecified' || o.mode === e.mode),
          )
        : undefined;
    if (told) {
      orphans.delete(told);
      refine(told, e);
    }
    // "They took the base", "We took the base": the capture already told that day.
    const retaken =
      !early &&
      !loose &&
      !told &&
      e.type === 'territory-change' &&
      DEFINITE_OBJECT.test(text.slice(e.end, e.end + 40))
        ? prior.findLast(
            (o) =>
              o.type === e.type &&
              o.date?.start === e.date?.start &&
              // "recaptured the base" is the other side taking it back; "the army said X's troops had
              // occupied the town" (no place of its own) is one capture whose taker the sides dispute.
              !/^re/i.test(text.slice(e.start, e.end)) &&
              (!otherActors(o, e) || e.place === null),
          )
        : undefined;
    // The attack told again the same day, at a place that contains it or is unknown ("a school bus
    // in Balochistan" / "the bus was targeted in Khuzdar district"): one attack at two scales.
    // Two named towns, other actors, or "another strike" keep them apart.
    const retold =
      !early &&
      !loose &&
      !told &&
      !retaken &&
      e.type === 'attack' &&
      !standalone.has(e) &&
      !another &&
      !RELATIVE.test(text.slice(Math.max(0, e.start - 40), e.start)) &&
      !answered
        ? prior.findLast(
            (o) =>
              o.type === 'attack' &&
              !standalone.has(o) &&
              o.date?.start === e.date?.start &&
              modesMayFit(o, e) &&
              !otherActors(o, e) &&
              !crossed(o, e) &&
              containsPlace(o.place, e.place),
          )
        : undefined;
    if (retold) refine(retold, e);
    const same = early ?? loose ?? told ?? retaken ?? retold;
    if (!same) {
      const copy = { ...e };
      if (anaphoric) orphans.add(copy);
      out.push(copy);
      continue;
    }
    same.more = [...(same.more ?? []), { start: e.start, end: e.end }];
    same.claims = [...new Set([...same.claims, ...e.claims])];
    same.actors = [...new Set([...same.actors, ...e.actors])];
    same.targets = [...new Set([...same.targets, ...e.targets])];
  }
  return out;
}

/** Kinds of event a story tells in sequence: one left undated happened on the day just told. */
export const NARRATED: ReadonlySet<string> = new Set(['attack', 'shootdown', 'territory-change']);
/** How far (characters) the day of a dated event carries to undated ones after it. */
const NARRATIVE_REACH = 1500;
/** Days before publication within which a dated event is the story's news. */
const NEWS_DAYS = 2;

/**
 * "Three soldiers were killed in a rocket attack on Sunday. … Following the attack, air strikes
 * hit a house in the city": an attack told with no day of its own, soon after one the story
 * dates, happened that day — not on the day of publication.
 */
export function inheritNarrativeDay(
  events: EventItem[],
  background: ReadonlySet<EventItem>,
  published: string | null,
): void {
  const pub = parseDay(published);
  if (pub === null) return;
  let last: EventItem | null = null;
  for (const e of events) {
    if (!NARRATED.has(e.type) || background.has(e)) continue;
    if (e.dated) {
      // Only the story's own news carries on: a day or two before publication, not background.
      const day = e.date?.precision === 'day' && e.date.end === null ? parseDay(e.date.start) : null;
      // Background ("since the rebels seized the capital in March 2022") leaves the story's day as it was.
      if (day !== null && pub - day >= 0 && pub - day <= NEWS_DAYS) last = e;
      else if (day !== null && pub - day > NEWS_DAYS) continue;
      else last = null;
      continue;
    }
    if (last?.date && e.start - last.end <= NARRATIVE_REACH) e.date = { ...last.date };
  }
}
