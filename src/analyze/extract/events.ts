/**
 * Typed events from trigger phrases (data/lexicon/events.json): attacks with their mode,
 * shootdowns, territory changes, ceasefires agreed / taking effect / violated, talks, appeals,
 * humanitarian exchanges — each with date, place, actors and targets from the same sentence,
 * and the claims that report it. Pure. Which trigger words of a sentence are events is read in
 * event-drafts.ts; here each is dated and placed, and the document's events merged and tidied.
 */

import type { ClaimItem, EntityMention, EventItem, Sentence, Span, TimeMention } from '../types.ts';
import { insideQuote } from './claim-resolve.ts';
import { answerScope, apartClauseAt, attackMode, isOnset, rankedAt } from './event-clauses.ts';
import {
  datesDocument,
  datesSaying,
  dayBefore,
  dayFromCasualties,
  dayOf,
  leadDay,
  leadSayingDay,
  nearestTime,
  relativeDate,
} from './event-dates.ts';
import { draftHit, type SentenceReading, sentenceHits } from './event-drafts.ts';
import { foldHeadings } from './event-headings.ts';
import { findPhrase, type Hit, lex } from './event-lexicon.ts';
import { inheritNarrativeDay, mergeWithinDocument, NARRATED } from './event-merge.ts';
import { partiesOf } from './event-parties.ts';
import { adjacentPlace, capturedPlace, definitePlace, nearestPlace, venuePlace } from './event-place.ts';
import { words } from './words.ts';

export interface EventInput {
  text: string;
  published: string | null;
  sentences: Sentence[];
  entities: EntityMention[];
  times: TimeMention[];
  claims: ClaimItem[];
}

/** A place named as the dateline at the very start of the text: "(Geneva)", "KYIV, Ukraine (AP) —". */
function isDateline(text: string, e: EntityMention): boolean {
  // Only brackets before it — or a date: "January 25, 2017 (JUBA) -".
  // ("ODESA, Ukraine/KYIV:": a second place of a shared dateline after the first.)
  if (
    e.type !== 'place' ||
    e.start > 40 ||
    !/^[\s(]*(?:\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*)*\s*[,/]\s*){0,3}$/u.test(
      text.slice(0, e.start).replace(DATE_FIRST, ''),
    )
  )
    return false;
  // "BEIRUT:": a place in capitals with a colon.
  if (
    /^[\p{Lu}\s.'-]+$/u.test(text.slice(e.start, e.end)) &&
    /^[^.\n:]{0,30}:/u.test(text.slice(e.end, e.end + 32))
  )
    return true;
  // A closing bracket, a dash, or an agency's credit in brackets ("(AP)", "(Reuters)").
  return /^[^.\n]{0,30}?(?:\)|\s[—–-]\s|\(\p{Lu}[\p{L}.]{1,12}\))/u.test(text.slice(e.end, e.end + 40));
}

/** Words that make an event word no single dated event: "recent strikes", "repeated raids". */
const HABITUAL =
  /\b(?:recent|previous|earlier|past|prior|repeated|frequent|regular|ongoing|daily|nightly|near-daily|sporadic|periodic)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/** A clock time with no day word: "10:00 pm local time", "around 2 a.m.". */
const CLOCK_ONLY =
  /^(?:(?:at|around|about|after|before|by)\s+)?(?:around\s+|about\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:a\.?m\.?|p\.?m\.?|h|hrs|hours|GMT|UTC)?(?:\s+(?:local\s+time|GMT|UTC))?(?:\s*\([^)]*\))?$/i;

/** Days counted from the moment of speaking. */
const DEICTIC = /^(?:today|tonight|this\s+(?:morning|afternoon|evening)|yesterday|last\s+night)$/i;

/** An adverb of habit a few words before a gerund trigger: "routinely blame one another for shelling". */
let habitualAdverb: RegExp | null = null;
function habitual(lead: string): boolean {
  habitualAdverb ??= new RegExp(
    `\\b(?:${lex().genericCues.habitAdverbs.join('|')})\\s+(?:[\\p{L}-]+\\s+){0,6}$`,
    'iu',
  );
  return habitualAdverb.test(lead);
}

/** A date opening the text before its dateline: "January 25, 2017", "25 Jan 2017", "2017-01-25". */
const DATE_FIRST =
  /^\s*(?:\p{L}+\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+\p{L}+\.?,?\s+\d{4}|\d{4}-\d{2}-\d{2})\s*/u;

/** Years before publication past which fighting told is the conflict's history, not its news. */
const HISTORY_YEARS = 5;

/** "a war that ended in 1994", "the town was seized in the 1990s": background, not events of the story. */
function dropHistory(events: EventItem[], published: string | null): EventItem[] {
  const year = Number(published?.slice(0, 4));
  if (!Number.isFinite(year) || !published) return events;
  return events.filter((e) => {
    if (!NARRATED.has(e.type)) return true;
    const end = Number((e.date?.end ?? e.date?.start ?? '').slice(0, 4));
    return !Number.isFinite(end) || end === 0 || end >= year - HISTORY_YEARS;
  });
}

/**
 * The events of one document, the steps in order: each sentence's trigger hits (sentenceHits),
 * each read as an event (draftHit) and dated and placed (eventOf); the war's onset placed in its
 * theatre; days from the dead and from the story's narrative; history dropped; tellings of one
 * event merged; events told only in the heading lines folded into the body's.
 */
export function extractEvents(input: EventInput): EventItem[] {
  const L = lex();
  const out: EventItem[] = [];
  let prevTruce = false;
  // Entities by start, walked with the sentences: each sentence looks only at its own.
  const byStart = [...input.entities].sort((a, b) => a.start - b.start);
  const onsets = new Set<EventItem>();
  // "…, the governor said on Saturday": the day the lead's news was told bounds what it tells.
  const reportDay = leadSayingDay(input) ?? (input.published ? null : leadDay(input));
  let first = 0;
  for (const sent of input.sentences) {
    while (first < byStart.length && byStart[first].start < sent.start) first++;
    let last = first;
    while (last < byStart.length && byStart[last].start < sent.end) last++;
    const sentEntities = byStart.slice(first, last).filter((e) => e.end <= sent.end);
    const ws = words(input.text, sent);
    const r: SentenceReading = { input, sent, ws, sentEntities };
    const kept = sentenceHits(r, prevTruce);
    prevTruce = findPhrase(ws, L.ceasefireNouns).length > 0;
    const truceInSentence = findPhrase(ws, L.ceasefireNouns).length > 0;
    // "(Geneva) A gang killed …", "KYIV (Reuters) —": where the report was filed, not where it happened.
    const placesHere = sentEntities.filter((e) => !isDateline(input.text, e));
    const dayInSentence = input.times.some(
      (x) => x.start >= sent.start && x.end <= sent.end && x.date.precision === 'day',
    );
    for (const found of kept) {
      const drafted = draftHit(r, found, kept, out, truceInSentence, dayInSentence);
      if (!drafted) continue;
      const { h, trigger } = drafted;
      const event = eventOf(r, h, trigger, kept, placesHere, reportDay);
      if (!event) continue;
      out.push(event);
      if (h.type === 'attack' && isOnset(ws, h)) onsets.add(out[out.length - 1]);
    }
  }
  // The war as a whole happens in its theatre: the place of most of the document's attacks.
  const n = new Map<string, number>();
  for (const e of out)
    if (e.type === 'attack' && e.place && !onsets.has(e)) n.set(e.place, (n.get(e.place) ?? 0) + 1);
  const theatre = [...n.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
  for (const e of onsets) if (!e.place) e.place = theatre;
  dayFromCasualties(out, input);
  inheritNarrativeDay(out, onsets, input.published);
  return foldHeadings(
    mergeWithinDocument(dropHistory(out, input.published), input.text, onsets, input.entities),
    input.text,
  );
}

/**
 * One drafted hit as an event, or null when it is none of the story's: its day (dayOfHit), its
 * place (placeOfHit), its actors and targets, the claims that report it and whether one denies it.
 */
function eventOf(
  r: SentenceReading,
  h: Hit,
  trigger: string,
  kept: Hit[],
  placesHere: EntityMention[],
  reportDay: string | null,
): EventItem | null {
  const { input, sent, ws, sentEntities } = r;
  const span = { start: ws[h.from].start, end: ws[h.to - 1].end };
  const more = (h.more ?? []).map((o) => ({ start: ws[o.from].start, end: ws[o.to - 1].end }));
  const clause = {
    start: Math.max(sent.start, span.start - 60),
    end: Math.min(sent.end, span.end + 120),
  };
  // "the raid was revenge for a strike on Z on Monday": Z and Monday are the strike's.
  const scope = answerScope(input.text, ws, sent, h, kept);
  const day = dayOfHit(r, h, span, scope, reportDay);
  if (!day) return null;
  const { t, rel, date, dated, saidDay } = day;
  const place = placeOfHit(r, h, trigger, span, scope, placesHere);
  const { actors, targets } = partiesOf(input.text, sentEntities, input.claims, clause, span);
  const claims = input.claims
    .map((c, i) => ({ c, i }))
    .filter(
      ({ c }) =>
        (c.content.start <= span.start && span.end <= c.content.end) ||
        (c.start <= span.start && span.end <= c.end),
    )
    .map(({ i }) => i);
  const denied = input.claims.some(
    (c) => c.kind === 'denial' && c.content.start <= span.start && span.end <= c.content.end,
  );
  return {
    start: span.start,
    end: span.end,
    type: h.type,
    mode: h.type === 'attack' ? attackMode(ws, h, kept) : null,
    date,
    actors: [...new Set(actors)].slice(-2),
    targets: [...new Set(targets)].slice(0, 2),
    place: place?.key ?? null,
    claims,
    dated,
    saidDay: saidDay || undefined,
    clockOnly: (t !== null && rel === null && CLOCK_ONLY.test(input.text.slice(t.start, t.end))) || undefined,
    denied: denied || undefined,
    apart:
      (h.type === 'attack' &&
        apartClauseAt(
          ws,
          h,
          kept.filter((k) => k.type === 'attack'),
        ) >= 0) ||
      undefined,
    ...(more.length ? { more } : {}),
  };
}

/**
 * The day of a drafted hit, or null when it is no event of the story: "the most violent attack
 * this year" dated by a day told before it; a quote's "today" no day of its own; "two days after
 * the truce began"; "recent air strikes on …" undated, "Previous clashes have closed the crossing"
 * and "regularly accuse each other of attacking civilians" none; "The army said on Friday that …
 * shelling" bounded by the day it was said; "an insurgency that began in May 2021" an onset only
 * with its own time close after it.
 */
function dayOfHit(r: SentenceReading, h: Hit, span: Span, scope: Sentence, reportDay: string | null) {
  const { input, sent, ws } = r;
  // "the most violent attack this year": the time is the span compared, not the attack's day;
  // a day told before it still dates it ("trapped a unit Wednesday, … in the biggest ambush").
  const near = rankedAt(ws, h.from)
    ? dayBefore(input.times, scope, span, input.text)
    : nearestTime(
        input.times,
        scope,
        span,
        input.text,
        h.type === 'ceasefire-effective' || h.type === 'ceasefire-agreed' || h.type === 'talks',
      );
  // "“… hit by an airstrike today,” the chief wrote": a quote's "today" is the day it was said,
  // which the text may not give — no day of the event's own.
  const t =
    near &&
    DEICTIC.test(input.text.slice(near.start, near.end)) &&
    insideQuote(input.text, sent.start, near.start)
      ? null
      : near;
  // "two days after the truce began": two days before the clause it hangs on.
  const rel = relativeDate(input, scope, span, t);
  // "recent air strikes on …", "repeated attacks": no day of their own, and not the day of the report.
  const undated =
    !t && !rel && HABITUAL.test(input.text.slice(Math.max(sent.start, span.start - 30), span.start));
  // ("Previous clashes have closed the crossing": a kind of event in general, aimed at nothing.)
  if (
    undated &&
    /s$/.test(input.text.slice(span.start, span.end)) &&
    !/^\s+(?:on|against|in|at|near|targeting)\b/.test(input.text.slice(span.end, span.end + 12))
  )
    return null;
  // "Both sides regularly accuse each other of attacking civilians": a deed told as a habit.
  if (
    !t &&
    !rel &&
    /ing$/.test(input.text.slice(span.start, span.end)) &&
    habitual(input.text.slice(Math.max(sent.start, span.start - 70), span.start))
  )
    return null;
  const date = rel ?? (t ? t.date : undated ? null : dayOf(reportDay ?? input.published));
  // "The army said on Friday that … shelling": the day it was said bounds the attack, loosely.
  // ("… condemned the attack in a statement on Monday", "At a briefing on Monday, X said the
  // blast …": the day of the statement or briefing.)
  const saying = t !== null && (datesSaying(input.text, scope, t) || datesDocument(input.text, scope, t));
  const dated = (t !== null && !(t.end <= span.start && saying)) || rel !== null;
  const saidDay = dated && rel === null && saying;
  // "an insurgency that began in May 2021": the onset's own time follows it closely.
  if (h.onset && (t === null || t.start <= span.start || t.start - span.end > 40)) return null;
  // "since the war began": background to the story unless the sentence dates the onset.
  if (h.type === 'attack' && !dated && isOnset(ws, h)) return null;
  return { t, rel, date, dated, saidDay };
}

/**
 * The place of a drafted hit: none for an appeal, a statement or "talks by phone"; where a truce
 * agreed was signed; where a truce taking effect or broken is said to; the ground a capture took;
 * else the place nearest it, or one its definite words name.
 */
function placeOfHit(
  r: SentenceReading,
  h: Hit,
  trigger: string,
  span: Span,
  scope: Sentence,
  placesHere: EntityMention[],
): EntityMention | null {
  const { input, sent, sentEntities } = r;
  // A truce taking effect or broken happens where it is said to, not where it was signed.
  const truceMoment = h.type === 'ceasefire-effective' || h.type === 'ceasefire-violation';
  // A call by phone happens nowhere in particular.
  const remote = h.type === 'talks' && /\b(?:phone|telephone|calls?|video)\b/.test(trigger);
  return h.type === 'appeal' || h.type === 'statement' || remote
    ? null
    : h.type === 'ceasefire-agreed'
      ? venuePlace(sentEntities, sent, span, input.text)
      : truceMoment
        ? adjacentPlace(sentEntities, sent, span, input.text)
        : ((h.type === 'territory-change' ? capturedPlace(placesHere, sent, span) : null) ??
          nearestPlace(placesHere, scope, span, input.text) ??
          definitePlace(input.entities, scope, span, input.text));
}
