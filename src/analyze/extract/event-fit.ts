/**
 * Whether two tellings of one document may be one event: the days each may have happened on, the
 * weapons and sides that tell them apart, what a downing brought down, and the places each is told
 * at (one holding the other, namesakes, two near each other, a place named with the event). Pure.
 */

import { lookupPlace } from '../entities/places.ts';
import { km } from '../geo/distance.ts';
import { namesFirstLevelDivision } from '../geo/divisions.ts';
import { parseDay } from '../time/calendar.ts';
import type { EntityMention, EventItem } from '../types.ts';
import { lex } from './event-lexicon.ts';
import { demonymCountry } from './figure-groups.ts';

/** Days before the day of report within which an undated attack may be one dated exactly. */
const LOOSE_DAYS = 2;

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

export function daysMeet(o: EventItem, e: EventItem): boolean {
  const r1 = daysOf(o);
  const r2 = daysOf(e);
  return r1 !== null && r2 !== null && r1[0] <= r2[1] && r2[0] <= r1[1];
}

/** Days before a reference within which the event it refers back to may lie. */
export const REFERENCE_DAYS = 10;

/**
 * "The attack struck at 9:30 pm" after a day `o` already has of its own ("overnight" included): a
 * clock time alone gives only the hour. Sets it and returns true; false when `e` dates more.
 */
export function onlyHour(o: EventItem, e: EventItem): boolean {
  if (!o.dated || o.saidDay || !e.clockOnly || !o.date || !e.date) return false;
  o.date = { ...o.date, time: e.date.time };
  return true;
}

/** `e` dates a day no later than the day `o` was told, and at most `days` before it. */
export function within(e: EventItem, o: EventItem, days: number): boolean {
  const a = parseDay(e.date?.start ?? null);
  const b = parseDay(o.date?.start ?? null);
  return a !== null && b !== null && a <= b && b - a <= days;
}

/** `o` happened well before the reference `e` ("since Hamas attacked on October 7" … "the strike"). */
export function longBefore(o: EventItem, e: EventItem): boolean {
  const a = parseDay(o.date?.start ?? null);
  const b = parseDay(e.date?.start ?? null);
  return a !== null && b !== null && b - a > REFERENCE_DAYS;
}

/** Precisions from the coarsest; a date told at a finer one inside a coarser one narrows it. */
const PRECISION = ['year', 'month', 'week', 'day'];

/** `e` dates exactly what `o` dates loosely: a day (or week) inside the month or year `o` names. */
export function narrows(o: EventItem, e: EventItem): boolean {
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
export function modesFit(a: EventItem, b: EventItem): boolean {
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
export function modesMayFit(a: EventItem, b: EventItem): boolean {
  return modesFit(a, b) || FIRE_FAMILIES.some((f) => f.has(a.mode ?? '') && f.has(b.mode ?? ''));
}

/** Actors of both named and none shared: two sides' attacks, not one. */
export function otherActors(o: EventItem, e: EventItem): boolean {
  return o.actors.length > 0 && e.actors.length > 0 && !o.actors.some((a) => e.actors.includes(a));
}

/**
 * One event's attacker is the other's target: two sides' deeds, not one. (A party told on both
 * sides of one event — "clashes between the army and the rebels" — says nothing of which.)
 */
export function crossed(o: EventItem, e: EventItem): boolean {
  const attacked = (x: EventItem, k: string) => x.targets.includes(k) && !x.actors.includes(k);
  const attacker = (x: EventItem, k: string) => x.actors.includes(k) && !x.targets.includes(k);
  return (
    o.actors.some((a) => attacker(o, a) && attacked(e, a)) ||
    e.actors.some((a) => attacker(e, a) && attacked(o, a))
  );
}

/** What a later, exact telling adds to an event first told loosely: its place and weapon. */
export function refine(o: EventItem, e: EventItem): void {
  o.place ??= e.place;
  if ((o.mode ?? 'unspecified') === 'unspecified') o.mode = e.mode;
}

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
export function sameDowned(text: string, o: EventItem, e: EventItem): boolean {
  const a = downed(text, o);
  const b = downed(text, e);
  if (a.nation && b.nation && a.nation !== b.nation) return false;
  return a.drone === null || b.drone === null || a.drone === b.drone;
}

/**
 * An attack told loosely first (no day of its own, or a weekend) and exactly after (`e`, with its
 * day) that fit each other. Told the other way round, the undated one is another report.
 */
export function looselySame(
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

/** A first-level division: by its generic word, or as the gazetteer knows the name ("Sagaing"). */
function isRegion(name: string, country: string | null | undefined): boolean {
  return (
    namesFirstLevelDivision(name) || lookupPlace(name, country ? [country] : [], false)?.kind === 'region'
  );
}

/** Kilometres from a division's centre within which a place of its country may lie in it. */
const REGION_KM = 200;

/** Kilometres within which two places may be one event's site told at two scales. */
const NEAR_KM = 120;

/** Words between an event's mention and the place it happened at: "… killed six people in", "on the". */
const PLACED_AFTER =
  /^\s*(?:(?!(?:for|of|to|with|by|from|after|before|than)\s)[\p{L}-]+\s+){0,4}(?:in|on|at|near|across|against|into|over)\s+(?:the\s+)?(?:(?:north|south|east|west)\p{L}*\s+|central\s+|\p{Lu}[\p{L}-]*\s+)?$/u;

/** The tests of places one document's entities allow: which holds, names or lies near which. */
export interface PlaceTests {
  countryHolds: (a: string | null, b: string | null) => boolean;
  regionHolds: (a: string | null, b: string | null) => boolean;
  containsPlace: (a: string | null, b: string | null) => boolean;
  samePlace: (a: string | null, b: string | null) => boolean;
  sameCountry: (a: string | null, b: string | null) => boolean;
  ownPlace: (e: EventItem) => boolean;
}

/**
 * Places of one document as its entities locate and name them: "Chad" holding "Abeche", "Sagaing"
 * and "Sagaing Region", "Rafah" near "Gaza", "the strikes on Hodeidah" naming the strikes' place.
 */
export function placeTests(entities: readonly EntityMention[], text: string): PlaceTests {
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
  const nameOf = new Map(entities.map((e) => [e.key, e.name.toLowerCase()]));
  /**
   * A first-level division holds a place the gazetteer lacks or one near its centre ("a village in
   * Sagaing Region" first, then the village the story names), or a country holds the other.
   */
  const regionHolds = (a: string | null, b: string | null) => {
    if (countryHolds(a, b)) return true;
    const x = a ? geoOf.get(a) : undefined;
    if (!a || !x || !b || !isRegion(nameOf.get(a) ?? '', x.country)) return false;
    // (Located: in the same country, near enough the division's centre to lie in it.)
    const y = geoOf.get(b);
    return !y || (y.country === x.country && km(x.lat, x.lon, y.lat, y.lon) <= REGION_KM);
  };
  /**
   * One place holds the other ("central Iraq" and a town in Iraq), or one is not located (a
   * district the gazetteer lacks may well be the other one's).
   */
  const containsPlace = (a: string | null, b: string | null) =>
    a === null || b === null || !geoOf.get(a) || !geoOf.get(b) || countryHolds(a, b);
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
  return { countryHolds, regionHolds, containsPlace, samePlace, sameCountry, ownPlace };
}
