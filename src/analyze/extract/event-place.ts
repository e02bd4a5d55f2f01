/** Where an event happened: the place stated with it in its sentence, by event type. Pure. */
import type { EntityMention, Span } from '../types.ts';

/** "9:45 p.m. Kyiv time", "Gaza time": a time zone, not where anything happens. */
const TIME_ZONE_AFTER = /^\s+time\b/i;
/** The venue of an agreement: "the deal signed in Doha", "brokered at Sochi". */
const VENUE_BEFORE =
  /\b(?:signed|agreed|brokered|reached|negotiated|struck|sealed|inked|mediated|talks)\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?$/i;

/** "the Darfur city of Nyala", "Kherson region's village of X": the narrower place follows. */
const OF_NARROWER =
  /^\s+(?:city|town|village|district|province|region|state|county|neighbou?rhood|suburb|area|port|camp)\s+of\s+$/i;
const LOCATIVE_AFTER =
  /^\s*(?:\S+\s+){0,3}?(?:in|near|at|around|on|outside|inside)\s+(?:the\s+)?(?:\S+\s+(?:city|town|village|district|province|region|state|county|neighbou?rhood|suburb|area|port|camp)\s+of\s+)?$/i;

export function nearestPlace(
  entities: EntityMention[],
  sentence: Span,
  at: Span,
  text = '',
): EntityMention | null {
  let best: EntityMention | null = null;
  let bestDist = Infinity;
  const inSentence = entities.filter(
    (e) => e.type === 'place' && e.start >= sentence.start && e.end <= sentence.end,
  );
  for (const e of inSentence) {
    if (TIME_ZONE_AFTER.test(text.slice(e.end, e.end + 24))) continue;
    const narrower = inSentence.find((o) => o.start > e.end && o.start - e.end < 24);
    if (narrower && OF_NARROWER.test(text.slice(e.end, narrower.start))) continue;
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
