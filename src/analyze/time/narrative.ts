/**
 * The narrative's reference time while reading a text left to right: the last resolved day (for
 * "the next day", "that evening", a bare clock time, a bare "overnight") and the last explicit
 * calendar date (for a later bare weekday). State is local to one `findTimes` call.
 */
import type { Day } from './calendar.ts';
import type { Ctx, Interval } from './resolve.ts';
import type { Cand } from './spec.ts';
import type { Tense } from './tense.ts';

/** Distance (UTF-16 units) within which a named day steers a bare weekday or clock time. */
export const NEAR = 250;

/** Paragraph index that never ends: a caller-given reference holds everywhere until replaced. */
const EVERYWHERE = Number.NEGATIVE_INFINITY;

export interface Narrative {
  anchor: Day | null;
  anchorPara: number;
  anchorEnd: number;
  dateAnchor: Day | null;
  dateAnchorPara: number;
  dateAnchorEnd: number;
}

export function startNarrative(reference: Day | null): Narrative {
  return {
    anchor: reference,
    anchorPara: reference === null ? -1 : EVERYWHERE,
    anchorEnd: -1,
    dateAnchor: null,
    dateAnchorPara: -1,
    dateAnchorEnd: -1,
  };
}

const BEFORE = /\b(?:before|until|till|up\s+to)\s+$/i;
const STARTS_AT = /\b(?:starting|beginning|from|effective|as\s+of|until|till)\s+(?:at\s+)?$/i;

/** The resolution context of one expression at paragraph `para`. */
export function contextFor(
  n: Narrative,
  c: Cand,
  para: number,
  pub: Day | null,
  tense: Tense,
  text: string,
): Ctx {
  let anchor = n.anchorPara === EVERYWHERE || para - n.anchorPara <= 1 ? n.anchor : null;
  // A clock time alone belongs to a day named close before it, else to the publication day.
  if (c.spec.k === 'clock' && n.anchorPara !== EVERYWHERE && c.start - n.anchorEnd > NEAR) anchor = null;
  // "that day", "earlier in the day" with nothing before: the publication day.
  if (c.spec.k === 'narr' && anchor === null && c.spec.n === 0 && c.spec.unit === 'day') anchor = pub;
  // "will take effect at midnight", "starting at midnight": the midnight that ends the day.
  if (c.spec.k === 'clock' && c.midnight) {
    const base = anchor ?? pub;
    const startsAt = STARTS_AT.test(text.slice(Math.max(0, c.start - 20), c.start));
    if (base !== null && (tense === 'future' || startsAt)) anchor = base + 1;
    // "just before midnight", told of the past with no day near: the evening before publication.
    else if (
      anchor === null &&
      pub !== null &&
      tense !== 'future' &&
      BEFORE.test(text.slice(Math.max(0, c.start - 20), c.start))
    )
      anchor = pub - 1;
  }
  return {
    pub,
    anchor,
    // A later bare weekday follows an explicit date only close by in the same paragraph.
    dateAnchor: n.dateAnchorPara === para && c.start - n.dateAnchorEnd <= NEAR ? n.dateAnchor : null,
    tense,
  };
}

/** Bare "overnight" after an earlier day of the same paragraph is the night after that day. */
export function overnightAfter(n: Narrative, c: Cand, para: number, pub: Day | null, iv: Interval): Interval {
  const bare = c.spec.k === 'rel' && c.nightBefore && c.spec.n === 0;
  if (!bare || pub === null || n.anchorPara !== para || n.anchor === null || n.anchor >= pub - 1) return iv;
  return { start: n.anchor, end: n.anchor + 1, precision: 'day' };
}

/** Moves the narrative on past a resolved expression. */
export function advance(n: Narrative, c: Cand, para: number, iv: Interval): void {
  if (iv.precision === 'day' && c.spec.k !== 'clock' && !c.since) {
    n.anchor = c.night || c.nightBefore || c.into ? iv.start : (iv.end ?? iv.start);
    n.anchorPara = para;
    n.anchorEnd = c.end;
  }
  if (!c.since && (c.spec.k === 'date' || (c.spec.k === 'range' && c.spec.a.k === 'date'))) {
    n.dateAnchor = iv.start;
    n.dateAnchorPara = para;
    n.dateAnchorEnd = c.end;
  }
}
