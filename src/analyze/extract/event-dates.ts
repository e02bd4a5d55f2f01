/**
 * The day of an event: the time expression nearest its trigger in the sentence, a day counted from
 * another clause ("three days after the talks opened"), or the publication day. Pure.
 */
import type { EventDate } from '../../report/contract.ts';
import { isoDay, parseDay } from '../time/calendar.ts';
import { datelineEnd } from '../time/dateline.ts';
import { NUMBER_WORDS } from '../time/lexicon.ts';
import type { EventItem, Sentence, Span, TimeMention } from '../types.ts';
import { DOCUMENT_NOUNS } from './claim-resolve.ts';
import { verbLexicon } from './verbs.ts';

export function dayOf(published: string | null): EventDate | null {
  return published ? { start: published.slice(0, 10), end: null, time: null, precision: 'day' } : null;
}

/** A bracket opened near the start of a sentence and still open: a credit or dateline. */
const CREDIT_OPEN = /^[^()]{0,60}\([^()]*$/;

/** "the past three weeks", "over the previous few days": a stretch of time back from the day of the report. */
const STRETCH_TO_NOW =
  /^(?:(?:in|over|during|for|within|throughout)\s+)?the\s+(?:last|past|previous)\s+(?:(?:few|several|couple\s+of|\p{L}+|\d+)\s+)?(?:days|weeks|months|years|decades)$/iu;

/** A relative clause with a verb of its own: "which was shelled", "who were displaced from". */
const RELATIVE_VERB =
  /\b(?:which|who)\s+(?:[\p{L}-]+\s+){0,6}?(?:\p{L}+ed|\p{L}+en|fled|left|fought|took|held)\b/u;

/** The trigger's own phrase, then its perfect verb and what follows, no comma: "… by X has left 80 dead ". */
const SUBJECT_PERFECT =
  /^[^,;()]*?\s(?:has|have)\s+(?:\p{L}+ly\s+)?(?:left|killed|claimed|displaced|wounded|forced|driven|cost)\b[^,;()]*$/u;

/** "has been", "have been", "had been" right before a verb: a deed that goes on since some time. */
const PERFECT_BEFORE = /\b(?:has|have|had)\s+been\s+$/i;

/**
 * The time nearest the trigger in its sentence — but not one that dates another clause: "since the
 * truce began on Monday" dates the truce, not the appeal after it; a date still ahead ("due to run
 * out on Saturday") dates no event already reported, unless a truce is to take effect then.
 */
export function nearestTime(
  times: TimeMention[],
  sentence: Span,
  at: Span,
  text = '',
  allowFuture = true,
): TimeMention | null {
  let best: TimeMention | null = null;
  let bestDist = Infinity;
  // Where a dateline opening the sentence ends, if one does (read once, when a time is near the start).
  let dateline: number | null | undefined;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.future && !allowFuture) continue;
    // "since 2014" dates no word well before it ("the bloodiest of three campaigns waged since 2014");
    // it does date one right before it or in a clause after it ("since July, when clashes …").
    // ("The rebels have been fighting forces loyal to the president since 2020": the verb's own
    // since-phrase, however long its object, when no comma stands between.)
    // ("A bloody onslaught by X against Y has left 80 dead since Thursday": the perfect whose
    // subject the trigger heads, with no comma between, dates it from then.)
    if (
      /^since\b/i.test(text.slice(t.start, t.end)) &&
      at.end < t.start - 30 &&
      !(
        at.end >= t.start - 90 &&
        PERFECT_BEFORE.test(text.slice(Math.max(sentence.start, at.start - 14), at.start)) &&
        !/[,;()]/.test(text.slice(at.end, t.start))
      ) &&
      !(at.end >= t.start - 160 && SUBJECT_PERFECT.test(text.slice(at.end, t.start)))
    )
      continue;
    // "had used the last two months to watch it before they staged the attack": a stretch up to
    // the day of the report, set before or after the event, is how long something else went on.
    if (
      STRETCH_TO_NOW.test(text.slice(t.start, t.end)) &&
      /\b(?:before|after|until|prior\s+to)\b/i.test(
        t.end <= at.start ? text.slice(t.end, at.start) : text.slice(at.end, t.start),
      )
    )
      continue;
    // "… battling the rebels behind the 1991 Serb insurgency": a year set before a noun as its
    // modifier dates that noun's own phrase only.
    if (
      /^\d{4}$/.test(text.slice(t.start, t.end)) &&
      /\b(?:the|a|an|its|their|his|her|this|that)\s+$/i.test(text.slice(Math.max(0, t.start - 8), t.start)) &&
      /^\s+\p{L}/u.test(text.slice(t.end, t.end + 3)) &&
      !(at.start >= t.end && at.start - t.end < 40) &&
      !(at.start <= t.start && t.end <= at.end)
    )
      continue;
    // "… shelling the village, which is full of people who were displaced from the town in 2018":
    // a time in a relative clause with a verb of its own dates that clause.
    // (A year only: a day or month there may date a second deed told in the clause, "who a strike
    // killed in July".)
    if (
      t.start >= at.end &&
      /^(?:in\s+)?\d{4}$/.test(text.slice(t.start, t.end)) &&
      RELATIVE_VERB.test(text.slice(at.end, t.start))
    )
      continue;
    // "Targets were hit in the port, the navy said, adding that the raid answered raids in recent
    // months": a time in a content clause of saying after the trigger dates what that clause tells.
    if (t.start >= at.end && opensContent(text.slice(at.end, t.start))) continue;
    const lead = text.slice(Math.max(sentence.start, t.start - 80), t.start);
    const since = lead.search(/\bsince\b(?![^,;]*\bsince\b)/i);
    if (since >= 0 && !/[,;]/.test(lead.slice(since))) {
      const sinceAt = Math.max(sentence.start, t.start - 80) + since;
      // "since 2016" is a whole time of its own: what follows it is no longer the since-clause.
      const closed = times.some((x) => x.start === sinceAt && x.end <= t.start);
      if (!closed && (at.end <= sinceAt || at.start >= t.end)) continue;
    }
    // "KABUL, Afghanistan, Sept. 12 (AP) -- Officials denied …": the day a dateline gives is when the story
    // was filed (the analysis already counts from it), not when what it tells happened.
    if (t.start < sentence.start + 60) {
      if (dateline === undefined) dateline = datelineEnd(text.slice(sentence.start, sentence.end));
      if (dateline !== null && t.end <= sentence.start + dateline) continue;
    }
    // "Geneva, (Agency - 1st Apr, 2024) An air strike …": a date in a credit opening the text
    // dates the copy, not what it tells.
    if (
      t.end <= at.start &&
      CREDIT_OPEN.test(text.slice(sentence.start, t.start)) &&
      /^[^(]*\)/.test(text.slice(t.end, at.start))
    )
      continue;
    let dist = t.start >= at.end ? t.start - at.end : t.end <= at.start ? (at.start - t.end) * 1.5 : 0;
    // "X said late on Monday a drone strike on Sunday …": the time right after the verb of saying
    // dates the saying; the event takes it only when nothing else dates it.
    // ("A building was hit, the governor said on Monday": the same after it.)
    if (t.end <= at.start && datesSaying(text, sentence, t)) dist += 10_000;
    if (dist < bestDist) {
      best = t;
      bestDist = dist;
    }
  }
  return best;
}

/** The nearest time naming one day before an event's words in its clause (none after them). */
export function dayBefore(times: TimeMention[], scope: Span, at: Span, text: string): TimeMention | null {
  const t = nearestTime(times, { start: scope.start, end: at.start }, at, text, false);
  return t && t.date.precision === 'day' && t.date.end === null ? t : null;
}

/** Whether a time comes right after a verb of saying and its addressee ("said late on Sunday", "told reporters on Monday"). */
export function datesSaying(text: string, sentence: Span, t: TimeMention): boolean {
  const lead = text.slice(Math.max(sentence.start, t.start - 40), t.start);
  const m =
    /(\p{L}+)(?:\s+(?:reporters|journalists|\p{Lu}[\p{L}.]*))?\s+(?:(?:late|early)\s+)?(?:on\s+)?$/u.exec(
      lead,
    );
  // "X on Thursday said …": the time right before the verb dates it as well.
  // ("“…” in the village last Monday, said Colonel X": after a comma, a verb that its speaker's
  // name follows closes the content the day is in.)
  const next = /^\s*,?\s*(\p{L}+)/u.exec(text.slice(t.end, Math.min(sentence.end, t.end + 30)));
  const invertedAfter =
    next !== null && /^\s*,/.test(next[0]) && /^\s+\p{Lu}/u.test(text.slice(t.end + next[0].length));
  // ("X on Saturday announced a truce": the announcement is the news, and its day the event's.)
  if ((m !== null && isSayVerb(m[1])) || (next !== null && !invertedAfter && isSayVerb(next[1], ANNOUNCING)))
    return true;
  // "…, said the group's political branch spokesman John Doe Saturday": after an inverted verb of
  // saying and its speaker, the day the speaker said it.
  const inverted = /[,”"]\s+(\p{L}+)\s+((?:[\p{L}\d.'’-]+\s+){1,7})(?:(?:late|early)\s+)?(?:on\s+)?$/u.exec(
    text.slice(Math.max(sentence.start, t.start - 90), t.start),
  );
  // ("…, noting that Tuesday's strike …": after "that" the time is inside what was said.)
  return (
    inverted !== null &&
    isSayVerb(inverted[1]) &&
    !inverted[2].split(/\s+/).some((w) => isSayVerb(w) || /^that$/i.test(w))
  );
}

/**
 * Whether words between a trigger and a later time open another content of saying: a verb of
 * saying's participle after a comma (", adding", ", saying"), or a verb of saying and "that".
 */
function opensContent(between: string): boolean {
  for (const m of between.matchAll(/\b(\p{L}+)\s+that\b|,\s*(\p{L}+ing)\b/gu)) {
    const verb = m[1] ?? m[2];
    if (verb && isSayVerb(verb)) return true;
  }
  return false;
}

/** "in a statement (issued) on", "at a news conference late on": a time that dates a saying. */
const ISSUED_ON = new RegExp(
  `\\b(?:in|at|during)\\s+(?:a|an|its|their|his|her|the)\\s+(?:[\\p{L}-]+\\s+){0,2}(?:${DOCUMENT_NOUNS}|interview|briefing|news\\s+conference|press\\s+conference|speech|televised\\s+address|address)\\s+(?:(?:issued|released|published|posted|given|delivered)\\s+)?(?:(?:late|early)\\s+)?(?:on\\s+)?$`,
  'iu',
);

/**
 * "… condemned the attack in a statement on Monday": a time after a document or an occasion of
 * speaking dates that saying.
 */
export function datesDocument(text: string, sentence: Span, t: TimeMention): boolean {
  return ISSUED_ON.test(text.slice(Math.max(sentence.start, t.start - 60), t.start));
}

/** Verbs whose act may be the event itself. */
const ANNOUNCING = new Set(['announce', 'declare']);

function isSayVerb(word: string, except?: ReadonlySet<string>): boolean {
  const lex = verbLexicon();
  return (lex.forms.get(word.toLowerCase()) ?? []).some(
    (f) => f.words.length === 1 && lex.sayVerbs.includes(f.entry.lemma) && !except?.has(f.entry.lemma),
  );
}

const UNIT_DAYS: Record<string, number> = { hour: 0, day: 1, night: 1, week: 7, fortnight: 14 };

/**
 * "(less than) N hours/days/weeks after|before" between two clauses: the event of the clause after
 * the phrase happened that many days before (after) the one it hangs on — "Rockets fell on the
 * port on Friday, a day after the truce began" — and the reverse when only the later
 * clause names its day ("Fighting resumed two days after the truce took effect on Monday").
 */
const RELATIVE_PHRASE =
  '\\b(?:(?:less|more|fewer)\\s+than\\s+|under\\s+|nearly\\s+|almost\\s+|just\\s+|only\\s+|barely\\s+|some\\s+|about\\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3})\\s+(hours?|days?|nights?|weeks?|fortnight)\\s+(after|before)\\s+';
/** The phrase opening the clause a trigger stands in (nothing but words up to the trigger). */
const RELATIVE_BEFORE = new RegExp(`${RELATIVE_PHRASE}(?=[^,;:.]*$)`, 'gi');
/** The phrase right after a trigger's clause, in the same sentence. */
const RELATIVE_AFTER = new RegExp(`^[^;:.]*?${RELATIVE_PHRASE}`, 'i');

function offsetDays(m: RegExpExecArray): number {
  const n = /^\d/.test(m[1]) ? Number(m[1]) : (NUMBER_WORDS.get(m[1].toLowerCase()) ?? 1);
  const unit = m[2].toLowerCase().replace(/s$/, '');
  const days = unit === 'hour' ? Math.floor(n / 24) : n * (UNIT_DAYS[unit] ?? 1);
  return m[3].toLowerCase() === 'after' ? days : -days;
}

const asDate = (day: number): EventDate => ({ start: isoDay(day), end: null, time: null, precision: 'day' });

export function relativeDate(
  input: { text: string; published: string | null; times: TimeMention[] },
  sent: Sentence,
  span: Span,
  own: TimeMention | null,
): EventDate | null {
  const lead = input.text.slice(sent.start, span.start);
  let m: RegExpExecArray | null = null;
  for (const x of lead.matchAll(RELATIVE_BEFORE)) m = x;
  if (m) {
    const at = sent.start + (m.index ?? 0);
    // A time inside the relative clause dates the event itself ("two days after the truce took effect on Monday").
    if (own && own.start >= at && own.end <= sent.end) return null;
    // The clause it hangs on: its own day-precise time, else the publication day.
    const anchor = nearestTime(input.times, { start: sent.start, end: at }, { start: at, end: at });
    const base =
      anchor && anchor.date.precision === 'day' ? parseDay(anchor.date.start) : parseDay(input.published);
    if (base === null || anchor?.future) return null;
    return asDate(base - offsetDays(m));
  }
  // "Fighting resumed two days after the truce took effect on Monday": the time dates the other
  // clause; this one is that many days later.
  const tail = RELATIVE_AFTER.exec(input.text.slice(span.end, sent.end));
  if (!tail || !own || own.date.precision !== 'day') return null;
  const at = span.end + tail[0].length;
  if (own.start < at) return null;
  const base = parseDay(own.date.start);
  return base === null ? null : asDate(base + offsetDays(tail));
}

/** A time inside the sentence that names one day already past ("on Sunday", not "next week"). */
function oneDayIn(x: TimeMention, sent: Span): boolean {
  return (
    x.start >= sent.start &&
    x.end <= sent.end &&
    x.date.precision === 'day' &&
    x.date.end === null &&
    !x.future
  );
}

/** Words that count the dead or hurt of an attack told just before: "they were killed … on Sunday". */
const CASUALTY_VERB = /\b(?:killed|killing|died|shot dead|wounded|injured|were hit)\b/i;

/**
 * "The army said Monday that ten people have been shot dead in Bamenda. … They were killed at
 * about 7:30 p.m. Sunday": an attack told with no day of its own takes the day on which its dead
 * are said to have died, in its sentence or the two after — when no other event is told there.
 */
export function dayFromCasualties(
  events: EventItem[],
  input: { text: string; sentences: Sentence[]; times: TimeMention[] },
): void {
  const sentenceAt = (at: number) => input.sentences.findIndex((x) => x.start <= at && at < x.end);
  for (const e of events) {
    if (e.type !== 'attack' || e.dated) continue;
    const si = sentenceAt(e.start);
    if (si < 0) continue;
    for (let k = si; k < Math.min(input.sentences.length, si + 3); k++) {
      const sent = input.sentences[k];
      if (events.some((o) => o !== e && o.start >= sent.start && o.start < sent.end)) continue;
      const t = input.text.slice(sent.start, sent.end);
      if (!CASUALTY_VERB.test(t)) continue;
      // A day named ("Sunday") says more than a clock time alone ("at 7:30 p.m.").
      const days = input.times.filter(
        (x) => oneDayIn(x, sent) && (k > si || x.start > e.end) && !datesSaying(input.text, sent, x),
      );
      const day = days.find((x) => x.date.time === null) ?? days[0];
      if (!day) continue;
      e.date = { ...day.date, time: null };
      e.dated = true;
      break;
    }
  }
}

/** Sentences that make the lead: a headline and a deck line or caption may come before the first paragraph. */
const LEAD_SENTENCES = 5;

/**
 * The day the lead's news was told ("…, the governor said on Saturday" in the first few sentences),
 * when it is a day before publication: what the story tells without a day of its own happened by
 * then, not on the day the article came out.
 */
export function leadSayingDay(input: {
  text: string;
  published: string | null;
  sentences: Sentence[];
  times: TimeMention[];
}): string | null {
  const pub = parseDay(input.published);
  if (pub === null) return null;
  for (const sent of input.sentences.slice(0, LEAD_SENTENCES)) {
    // ("…, X wrote in a statement late on Tuesday": the statement's day too.)
    const t = input.times.find(
      (x) => oneDayIn(x, sent) && (datesSaying(input.text, sent, x) || datesDocument(input.text, sent, x)),
    );
    const day = t ? parseDay(t.date.start) : null;
    if (t && day !== null && day < pub && pub - day <= 2) return t.date.start;
  }
  return null;
}

/**
 * A story with no day of publication: the first full date its lead gives ("On November 30, 2024,
 * the rebels …") is the day it tells of, which events told without a day of their own take.
 */
export function leadDay(input: { text: string; sentences: Sentence[]; times: TimeMention[] }): string | null {
  for (const sent of input.sentences.slice(0, LEAD_SENTENCES)) {
    const t = input.times.find(
      (x) => oneDayIn(x, sent) && /\b\d{4}\b/.test(input.text.slice(x.start, x.end)),
    );
    if (t) return t.date.start;
  }
  return null;
}
