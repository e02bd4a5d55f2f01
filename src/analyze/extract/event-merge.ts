/**
 * Events of one document told more than once become one: a definite reference to the latest of
 * its type, the same type, day and place, an attack told loosely and then exactly; and an attack
 * told with no day soon after one the story dates takes that day. Pure. Whether two tellings may
 * be one event (days, weapons, sides, places) is in event-fit.ts; how a mention reads as a
 * reference ("the strike", "another attack", "the attack on X") in event-references.ts.
 */

import { parseDay } from '../time/calendar.ts';
import type { EntityMention, EventItem } from '../types.ts';
import { answerCueAt } from './event-clauses.ts';
import {
  crossed,
  daysMeet,
  longBefore,
  looselySame,
  modesFit,
  modesMayFit,
  narrows,
  onlyHour,
  otherActors,
  type PlaceTests,
  placeTests,
  REFERENCE_DAYS,
  refine,
  sameDowned,
  within,
} from './event-fit.ts';
import { lex } from './event-lexicon.ts';
import {
  ANOTHER,
  DEFINITE_OBJECT,
  LATER,
  RELATIVE,
  type Reference,
  readReference,
  SEPARATE_INCIDENT,
  targetNamed,
} from './event-references.ts';
import { sentenceStart } from './words.ts';

/** One document's merge: its text and entities, the places they locate, and the events kept so far. */
interface MergePass {
  text: string;
  standalone: ReadonlySet<EventItem>;
  entities: readonly EntityMention[];
  places: PlaceTests;
  out: EventItem[];
  /** Events first met as a definite reference with nothing before it to refer to. */
  orphans: Set<EventItem>;
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
  const places = placeTests(entities, text);
  const out: EventItem[] = [];
  const dets = new Set(lex().anaphoricDeterminers);
  const modifiers = new Set(lex().referenceModifiers.words);
  /** Events first met as a definite reference with nothing before it to refer to. */
  const orphans = new Set<EventItem>();
  const pass: MergePass = { text, standalone, entities, places, out, orphans };
  for (const e of events) {
    const ref = readReference(text, e, dets, modifiers, standalone);
    const { anaphoric, datedRef, restated } = ref;
    const byName = namedReferent(pass, e, anaphoric);
    // "… fired rockets in response to the attack", "…, blaming the group for an ambush on a
    // convoy": the deed answered or blamed is not the attack told before it in the same sentence.
    const answered = answerCueAt(text, e.start) >= 0 || e.apart === true;
    const from = sentenceStart(text, e.start);
    const prior = answered ? out.filter((o) => o.start < from) : out;
    const latest = byName ?? (anaphoric ? latestReferred(pass, e, ref, prior, answered) : undefined);
    if (
      latest &&
      !answered &&
      (!latest.dated ||
        // (A stretch — "the raid answered attacks in recent months" — says less than the day it was said.)
        (latest.saidDay && !e.saidDay && e.date?.precision === 'day') ||
        (datedRef && narrows(latest, e)) ||
        restated) &&
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
    const early = latest ?? earlierTelling(pass, e, prior, another, answered);
    // The lead's undated "shelling of the city" and the quote's "shelling on Wednesday night";
    // "a weekend air strike" and "the air strike on Saturday": one attack told loosely, then exactly.
    const loose =
      !early && !another && e.type === 'attack' && !standalone.has(e)
        ? prior.findLast(
            (o) => o.type === 'attack' && !standalone.has(o) && looselySame(o, e, places.regionHolds),
          )
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
    const told = !early && !loose && e.type === 'attack' ? orphanTold(pass, e, prior) : undefined;
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
        ? retakenCapture(pass, e, prior)
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
        ? retoldAttack(pass, e, prior)
        : undefined;
    if (retold) refine(retold, e);
    const same = early ?? loose ?? told ?? retaken ?? retold;
    if (!same) {
      const copy = { ...e };
      if (anaphoric) orphans.add(copy);
      out.push(copy);
      continue;
    }
    saidEarlier(same, e);
    same.more = [...(same.more ?? []), { start: e.start, end: e.end }];
    same.claims = [...new Set([...same.claims, ...e.claims])];
    same.actors = [...new Set([...same.actors, ...e.actors])];
    same.targets = [...new Set([...same.targets, ...e.targets])];
  }
  return out;
}

/** Days before the day an event was first told within which a telling said earlier dates it. */
const SAID_EARLIER_DAYS = 2;

/**
 * "Six were killed in air strikes on the port, a radio station reported on Sunday. … The army
 * said on Saturday it had struck targets there": an event told with no day of its own (or only the
 * day it was said) happened by the earliest day it was told on.
 */
function saidEarlier(o: EventItem, e: EventItem): void {
  if (!toldBy(o) || !toldBy(e) || e.date?.precision !== 'day') return;
  const a = parseDay(o.date?.start ?? null);
  const b = parseDay(e.date.start);
  if (a === null || b === null || b >= a || a - b > SAID_EARLIER_DAYS) return;
  o.date = { ...e.date, time: null };
  o.dated = true;
  o.saidDay = true;
}

/**
 * "The raid on the Al-Amal clinic began …": the event told before with that name near it,
 * whichever came last. (A ship, a base, a building — not a country or town, which many events may
 * share.)
 */
function namedReferent(pass: MergePass, e: EventItem, anaphoric: boolean): EventItem | undefined {
  const { text, entities, out } = pass;
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
  return byName;
}

/**
 * "the strike", "the April 22 attack": the latest event of the reference's type it may refer back
 * to — at its place ("the onslaught … in Kharkiv" is not the shelling of another city told last)
 * and on a day that fits ("the April attack" … "the April 22 attack").
 */
function latestReferred(
  pass: MergePass,
  e: EventItem,
  ref: Reference,
  prior: EventItem[],
  answered: boolean,
): EventItem | undefined {
  const { samePlace, ownPlace, sameCountry } = pass.places;
  const { orphans } = pass;
  const { datedRef, looseRef, restated } = ref;
  return prior.findLast(
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
  );
}

/**
 * The event told before that a mention repeats when it refers back to none: the deed a party
 * denies ("The army on Sunday denied bombing villagers in an air raid on a clinic"), the same type,
 * day, place and weapon, an attack told again with no day and no place ("The RSF denied … the
 * attack …"), a downing told again the same day ("a story of a plane brought down").
 */
function earlierTelling(
  pass: MergePass,
  e: EventItem,
  prior: EventItem[],
  another: boolean,
  answered: boolean,
): EventItem | undefined {
  const { text } = pass;
  const { samePlace } = pass.places;
  return (
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
      : undefined)
  );
}

/**
 * "… who said they saw the strike" before any strike is told: the story's strike, told in full
 * further on (same day, no other place, a weapon that fits).
 */
function orphanTold(pass: MergePass, e: EventItem, prior: EventItem[]): EventItem | undefined {
  const { orphans } = pass;
  return prior.find(
    (o) =>
      orphans.has(o) &&
      o.type === 'attack' &&
      o.date?.start === e.date?.start &&
      (o.place === null || o.place === e.place) &&
      ((o.mode ?? 'unspecified') === 'unspecified' || o.mode === e.mode),
  );
}

/**
 * "They took the base", "We took the base": the capture already told that day — not "recaptured
 * the base", the other side taking it back.
 */
function retakenCapture(pass: MergePass, e: EventItem, prior: EventItem[]): EventItem | undefined {
  const { text } = pass;
  return prior.findLast(
    (o) =>
      o.type === e.type &&
      o.date?.start === e.date?.start &&
      // "recaptured the base" is the other side taking it back; "the army said X's troops had
      // occupied the town" (no place of its own) is one capture whose taker the sides dispute.
      !/^re/i.test(text.slice(e.start, e.end)) &&
      (!otherActors(o, e) || e.place === null),
  );
}

/**
 * The attack told again the same day, at a place that contains it or is unknown ("a school bus in
 * Balochistan" / "the bus was targeted in Khuzdar district"): one attack at two scales.
 */
function retoldAttack(pass: MergePass, e: EventItem, prior: EventItem[]): EventItem | undefined {
  const { standalone } = pass;
  const { containsPlace } = pass.places;
  return prior.findLast(
    (o) =>
      o.type === 'attack' &&
      !standalone.has(o) &&
      // (Or both told by the day they were said, a day or two apart: "… reported on Sunday" /
      // "the army said on Saturday it had struck …".)
      (o.date?.start === e.date?.start || (toldBy(o) && toldBy(e) && daysMeet(o, e))) &&
      modesMayFit(o, e) &&
      !otherActors(o, e) &&
      !crossed(o, e) &&
      containsPlace(o.place, e.place),
  );
}

/** An event dated only by the day it was told (or undated): it happened by then. */
const toldBy = (x: EventItem): boolean => x.date !== null && (!x.dated || x.saidDay === true);

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
    if (!last?.date || e.start - last.end > NARRATIVE_REACH) continue;
    // ("The army said on Saturday it had struck …" after Sunday's news: said by then, so not on Sunday.)
    const own = parseDay(e.date?.start ?? null);
    const news = parseDay(last.date.start);
    if (own === null || news === null || own >= news) e.date = { ...last.date };
  }
}
