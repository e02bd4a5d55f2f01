/** Where an event happened: the place stated with it in its sentence, by event type. Pure. */
import { countryByCapital } from '../geo/countries.ts';
import type { EntityMention, Span } from '../types.ts';

/** "9:45 p.m. Kyiv time", "Gaza time": a time zone, not where anything happens. */
const TIME_ZONE_AFTER = /^\s+time\b/i;
/** The venue of an agreement: "the deal signed in Doha", "brokered at Sochi". */
const VENUE_BEFORE =
  /\b(?:signed|agreed|brokered|reached|negotiated|struck|sealed|inked|mediated|talks)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$/i;

/** "the Darfur city of Nyala", "the Red Sea port city of X": the narrower place follows. */
const OF_NARROWER =
  /^\s+(?:[\p{Ll}-]+\s+)?(?:city|town|village|district|province|region|state|county|neighbou?rhood|suburb|area|port|camp)\s+of\s+$/iu;
const LOCATIVE_AFTER =
  /^\s*(?:\S+\s+){0,3}?(?:in|near|at|around|on|outside|inside)\s+(?:the\s+)?(?:\S+\s+(?:city|town|village|district|province|region|state|county|neighbou?rhood|suburb|area|port|camp)\s+of\s+)?$/i;

const COMPASS_BEFORE =
  /\b(?:north|south|east|west|northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+$/i;
/** A clause about another happening between a trigger and a place. */
const OTHER_EVENT =
  /\b(?:before|after|following|since|ahead of|days? after|hours? after)\s+(?:the\s+|a\s+|an\s+)?(?:\S+\s+){0,3}?(?:killing|assassination|death|attack|strike|bombing|raid|capture|arrest|fall|visit|talks|negotiations|summit|meeting|ceasefire|truce|war)\b/i;

/** Flight after the deed: "driving families to seek refuge in X", "forcing thousands to flee to X". */
const FLIGHT_TO =
  /\b(?:fled|flee|flees|fleeing|refuge|shelter|sheltering|evacuated|relocated)\s+(?:\S+\s+){0,4}?(?:in|to|into|towards?)\s+(?:the\s+)?(?:\S+\s+){0,3}?$/i;

/** A conjunction that opens a clause right before a name: "because Moscow moved", "while Ankara said". */
const CLAUSE_SUBJECT_BEFORE = /\b(?:because|while|whereas|although|though|since|as)\s+$/i;

export function nearestPlace(
  entities: EntityMention[],
  sentence: Span,
  at: Span,
  text = '',
): EntityMention | null {
  let best: EntityMention | null = null;
  let bestDist = Infinity;
  const inSentence = entities.filter(
    (e) =>
      e.start >= sentence.start &&
      e.end <= sentence.end &&
      // "in northern Israel", "across southern Lebanon": part of a country is a place too.
      (e.type === 'place' ||
        (e.type === 'country' && COMPASS_BEFORE.test(text.slice(sentence.start, e.start)))),
  );
  for (const e of inSentence) {
    if (TIME_ZONE_AFTER.test(text.slice(e.end, e.end + 24))) continue;
    const narrower = inSentence.find((o) => o.start > e.end && o.start - e.end < 24);
    if (narrower && OF_NARROWER.test(text.slice(e.end, narrower.start))) continue;
    // "western Russia's Bryansk region": the place the possessive owns is the narrower one.
    if (narrower && /^['’]s\s+(?:[\p{Ll}-]+\s+)?$/u.test(text.slice(e.end, narrower.start))) continue;
    // A place introduced by a locative right after the trigger is its place: "a drone strike was
    // reported near X" even when another place stands just before.
    const locative =
      e.start >= at.end &&
      !/[,;]/.test(text.slice(at.end, e.start)) &&
      LOCATIVE_AFTER.test(text.slice(at.end, e.start));
    const dist = locative
      ? (e.start - at.end) / 4
      : e.start >= at.end
        ? e.start - at.end
        : (at.start - e.end) * 1.2;
    // "… hours before the assassination of X in Tehran", "following the killing of a commander in
    // Sidon": a place in a clause about another event is not this one's.
    if (e.start >= at.end && OTHER_EVENT.test(text.slice(at.end, e.start))) continue;
    // "… shelled the village, sending families fleeing to a town close by, X": where they
    // fled, not where it happened.
    if (e.start >= at.end && FLIGHT_TO.test(text.slice(at.end, e.start))) continue;
    // "… hit a crowded square because the army had massed troops there": the subject of a clause
    // of its own, not where this happened.
    if (e.start >= at.end && CLAUSE_SUBJECT_BEFORE.test(text.slice(Math.max(at.end, e.start - 20), e.start)))
      continue;
    // "… blamed for the raid and that Ankara has proof": the subject of a reported clause.
    if (
      e.start >= at.end &&
      /\bthat\s+$/i.test(text.slice(Math.max(at.end, e.start - 8), e.start)) &&
      /^\s+(?:had|has|have|was|were|is|are|would|will|could|did|does|do)\b/i.test(
        text.slice(e.end, e.end + 8),
      )
    )
      continue;
    if (dist < bestDist) {
      best = e;
      bestDist = dist;
    }
  }
  return best;
}

const LOCATIVE_BEFORE = /\b(?:in|across|along|throughout|around|near|over|on)\s+(?:the\s+)?$/i;

/**
 * The place of a truce taking effect or broken: only one stated with it ("took effect in Idlib",
 * "violations along the front in Donetsk"), never another event's place in the same sentence.
 */
export function adjacentPlace(
  entities: EntityMention[],
  sentence: Span,
  at: Span,
  text: string,
): EntityMention | null {
  for (const e of entities) {
    if (e.type !== 'place' || e.start < Math.max(sentence.start, at.start) || e.end > sentence.end) continue;
    if (e.start > at.end + 40) continue;
    const gap = text.slice(Math.max(at.start, e.start - 40), e.start);
    if (!LOCATIVE_BEFORE.test(gap) || /[,;]/.test(text.slice(at.end, e.start))) continue;
    if (TIME_ZONE_AFTER.test(text.slice(e.end, e.end + 24)) || VENUE_BEFORE.test(gap)) continue;
    return e;
  }
  return null;
}

const VENUE_PREP = /\b(?:in|at)\s+(?:the\s+)?(?:[\p{L}-]+\s+(?:city|capital|town|port|resort)\s+of\s+)?$/iu;

/**
 * Where a truce was agreed: a place introduced by "in"/"at" ("signed in Doha", "talks in Geneva"),
 * the nearest to the trigger — not the region it is about ("a ceasefire in their conflict over X").
 */
export function venuePlace(
  entities: EntityMention[],
  sentence: Span,
  at: Span,
  text: string,
): EntityMention | null {
  let best: EntityMention | null = null;
  let bestDist = Infinity;
  for (const e of entities) {
    if (e.type !== 'place' || e.start < sentence.start || e.end > sentence.end) continue;
    if (!VENUE_PREP.test(text.slice(Math.max(sentence.start, e.start - 40), e.start))) continue;
    if (
      /\bover\s+(?:the\s+)?(?:\S+\s+){0,3}$/i.test(
        text.slice(Math.max(sentence.start, e.start - 30), e.start),
      )
    )
      continue;
    const dist = e.start >= at.end ? e.start - at.end : (at.start - e.end) * 1.2;
    if (dist < bestDist) {
      best = e;
      bestDist = dist;
    }
  }
  return best;
}

/** "in the capital", "on the town", "near the camp": a place named by a definite description. */
const DEFINITE_PLACE =
  /\b(?:in|on|near|around|across|at|outside|inside|into|of)\s+the\s+(?:[\p{Ll}-]+\s+)?(capital|city|town|village|camp|port|base|enclave|district|province|region|area|neighbou?rhood|suburbs?|outskirts)\b/iu;

/** How far back (characters) a definite description finds the place it stands for. */
const DEFINITE_REACH = 2000;

/**
 * The place "the capital" or "the town" stands for when its sentence names none: the capital the
 * document names (a capital city of any country), or the place named last before it.
 */
export function definitePlace(
  entities: EntityMention[],
  sentence: Span,
  at: Span,
  text: string,
): EntityMention | null {
  const clause = text.slice(Math.max(sentence.start, at.start - 40), Math.min(sentence.end, at.end + 80));
  const m = DEFINITE_PLACE.exec(clause);
  if (!m) return namedKind(entities, at, text, clause);
  if (m[1].toLowerCase() === 'capital') {
    const capitals = entities.filter((e) => e.type === 'place' && countryByCapital(e.name) !== null);
    return capitals.findLast((e) => e.end <= at.start) ?? capitals[0] ?? null;
  }
  return (
    entities.findLast((e) => e.type === 'place' && e.end <= at.start && at.start - e.end <= DEFINITE_REACH) ??
    null
  );
}

/** "a raid on a village": the place of that kind the document names ("the village of X", "X camp"). */
const INDEFINITE_PLACE =
  /\b(?:in|on|near|at|into)\s+an?\s+(?:[\p{Ll}-]+\s+)?(city|town|village|camp|port|base|district|neighbou?rhood|market)\b/iu;

function namedKind(entities: EntityMention[], at: Span, text: string, clause: string): EntityMention | null {
  const m = INDEFINITE_PLACE.exec(clause);
  if (!m) return null;
  const kind = m[1].toLowerCase();
  const of = new RegExp(`\\b${kind}\\s+of\\s+(?:the\\s+)?$`, 'i');
  const after = new RegExp(`^\\s+${kind}\\b`, 'i');
  const named = entities.filter(
    (e) =>
      e.type === 'place' &&
      Math.abs(e.start - at.start) <= DEFINITE_REACH &&
      (of.test(text.slice(Math.max(0, e.start - 30), e.start)) || after.test(text.slice(e.end, e.end + 12))),
  );
  return named.length === 1 ? named[0] : null;
}

/** How far after a capture verb (characters) the place captured may stand. */
const OBJECT_REACH = 60;

/** "took control of the province's capital, X", "captured the town of X": the place taken. */
export function capturedPlace(entities: EntityMention[], sentence: Span, at: Span): EntityMention | null {
  return (
    entities.find(
      (e) =>
        e.type === 'place' && e.start >= at.end && e.start - at.end <= OBJECT_REACH && e.end <= sentence.end,
    ) ?? null
  );
}
