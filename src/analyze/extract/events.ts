/**
 * Typed events from trigger phrases (data/lexicon/events.json): attacks with their mode,
 * shootdowns, territory changes, ceasefires agreed / taking effect / violated, talks, appeals,
 * humanitarian exchanges — each with date, place, actors and targets from the same sentence,
 * and the claims that report it. Pure.
 */

import type { ClaimItem, EntityMention, EventItem, Sentence, Span, TimeMention } from '../types.ts';
import { insideQuote } from './claim-resolve.ts';
import {
  answerScope,
  apartClauseAt,
  attackMode,
  forWeeks,
  hasTerritoryObject,
  isIrrealis,
  isNegated,
  isOnset,
  isWeakTrigger,
  isWeaponNoun,
  modeOf,
  namesSetting,
  otherClause,
  rankedAt,
  triggerOf,
} from './event-clauses.ts';
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
import { foldHeadings } from './event-headings.ts';
import {
  agentKillings,
  ceasefireHits,
  decisionHits,
  lostCraftHits,
  onsetHits,
  passiveKillings,
  simpleHits,
} from './event-hits.ts';
import { findPhrase, type Hit, lex } from './event-lexicon.ts';
import { inheritNarrativeDay, mergeWithinDocument, NARRATED } from './event-merge.ts';
import { partiesOf } from './event-parties.ts';
import { adjacentPlace, capturedPlace, definitePlace, nearestPlace, venuePlace } from './event-place.ts';
import { matchBefore, phraseWords, type Word, words } from './words.ts';

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

const GUESTS =
  /^(?:counterparts?|delegations?|talks|leaders?|ministers?|envoys?|presidents?|premiers?|summit|meetings?|negotiations|diplomats|officials|chancellor|king|emir|prince|mediators?)$/;

/** What is hosted within four words is a guest or a meeting: a person named, or a word for one. */
function hostsTalks(ws: Word[], h: { from: number; to: number }, entities: EntityMention[]): boolean {
  for (let k = h.to; k < Math.min(ws.length, h.to + 4); k++) {
    if (GUESTS.test(ws[k].w)) return true;
    if (entities.some((e) => e.type === 'person' && e.start <= ws[k].start && ws[k].end <= e.end))
      return true;
  }
  return false;
}

const AIRCRAFT =
  /^(?:drones?|uavs?|aircraft|jets?|planes?|warplanes?|helicopters?|gunships?|bombers?|fighters?|su-\d+|mig-\d+|f-\d+)$/;

/** An aircraft or drone named within six words of the trigger. */
function nearAircraft(ws: Word[], h: { from: number; to: number }): boolean {
  for (let k = Math.max(0, h.from - 8); k < Math.min(ws.length, h.to + 6); k++)
    if (AIRCRAFT.test(ws[k].w)) return true;
  return false;
}

const AGREEMENT_NOUN = /^(?:cease-?fires?|truces?|armistices?|deals?|agreements?|accords?)$/;

const CASUALTY = /\b(killed|killing|wounded|wounding|injured|injuring|dead|deaths)\b/i;

/** How many words from an attack noun a cue of attacks in general may stand. */
const GENERIC_REACH = 10;

const LOCATIVE = /^\W*(?:\w+\s+){0,7}?(?:in|near|along|around|across|outside|inside|at)\s+(?:the\s+)?\w/;

/** A plural attack noun in a sentence that speaks of attacks in general, with no day named. */
function genericPlural(ws: Word[], h: Hit, trigger: string, dayInSentence: boolean): boolean {
  const G = lex().genericCues;
  // ("regular attacks on the army": the noun without the preposition that joins it to its target.)
  const noun = trigger.replace(/\s+(?:on|against)$/, '');
  if (dayInSentence || !G.plurals.includes(noun)) return false;
  // ("shelling has killed six in X as relations continue to sour": a cue in a clause of its own,
  // far from the attack noun, speaks of something else.)
  if (
    findPhrase(ws, G.cues, Math.max(0, h.from - GENERIC_REACH), Math.min(ws.length, h.to + GENERIC_REACH))
      .length > 0
  )
    return true;
  // "… killed civilians before." — the sentence closes on it.
  const last = ws.length - 1 - (ws.length > 0 && /^[.!?]$/.test(ws[ws.length - 1].w) ? 1 : 0);
  return last >= 0 && G.closing.includes(ws[last].w);
}

/** "suspended (the) (peace) talks", "broke off negotiations": a verb that ends the talks right before them. */
function talksEnded(ws: Word[], h: Hit): boolean {
  let k = h.from;
  while (k > 0 && k > h.from - 3 && /^(?:the|peace|all|its|their|further)$/.test(ws[k - 1].w)) k--;
  return lex().talksEnded.before.some((p) => matchBefore(ws, k, phraseWords(p)) > 0);
}

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
    const blocked = findPhrase(ws, L.notEvents).flatMap((b) =>
      Array.from({ length: b.len }, (_, k) => b.at + k),
    );
    const found: Hit[] = [
      ...ceasefireHits(ws, prevTruce, (i) =>
        sentEntities.some((e) => e.end === ws[i - 1].end && e.type !== 'place'),
      ),
      ...simpleHits(ws, 'shootdown', L.triggers.shootdown),
      ...lostCraftHits(ws, input.text),
      ...simpleHits(ws, 'territory-change', L.triggers['territory-change']),
      ...simpleHits(ws, 'talks', L.triggers.talks),
      ...simpleHits(ws, 'appeal', L.triggers.appeal),
      ...simpleHits(ws, 'humanitarian', L.triggers.humanitarian),
      ...simpleHits(ws, 'attack', L.triggers.attack),
      ...agentKillings(ws, sentEntities, input.times),
      ...decisionHits(ws),
      ...onsetHits(ws),
    ];
    // "Two soldiers were killed in Gao on Monday": with no word of attack, the dead tell of one.
    if (!found.some((h) => h.type === 'attack')) found.push(...passiveKillings(ws, input.text, sentEntities));
    // A war word dated as the war's onset is that onset, not another attack besides.
    const onsetsHere = found.filter((h) => h.onset);
    const hits = found
      .filter((h) => !blocked.includes(h.from))
      .filter((h) => h.onset || !onsetsHere.some((o) => o.from <= h.from && h.from < o.to))
      // A weapon named alone yields to a verb of attack in the same sentence.
      .sort((a, b) => Number(isWeaponNoun(ws, a)) - Number(isWeaponNoun(ws, b)));
    prevTruce = findPhrase(ws, L.ceasefireNouns).length > 0;
    // One event per type per sentence; an attack word inside a ceasefire or shootdown phrase is not an attack.
    const kept: Hit[] = [];
    // Attacks at different places in one sentence ("shelling in A and clashes in B") are distinct.
    const placeOf = (h: Hit) => {
      const p = sentEntities.find(
        (e) =>
          e.type === 'place' &&
          e.start >= ws[h.to - 1].end &&
          e.start - ws[h.to - 1].end < 45 &&
          e.end <= sent.end,
      );
      return p?.key ?? null;
    };
    for (const h of hits) {
      // The war's onset is an event of its own beside the strike its sentence tells.
      const same = kept.filter((k) => k.type === h.type && !k.onset === !h.onset);
      if (same.length) {
        const here = h.type === 'attack' ? placeOf(h) : null;
        const elsewhere =
          here !== null && same.length < 3 && !same.some((k) => placeOf(k) === here || placeOf(k) === null);
        const separate =
          h.type === 'attack' && same.length < 3 && otherClause(ws, h, same, sentEntities, input.text);
        if (!elsewhere && !separate) {
          // Another word for the same event: one more mention of it.
          const near = same.reduce((a, b) => (Math.abs(b.from - h.from) < Math.abs(a.from - h.from) ? b : a));
          // ("X killed Y in an attack on …": the killing, with its doer and its dead, tells the event.)
          const namedIn = near.from > h.to && namesSetting(ws, near);
          if (namedIn && !kept.some((k) => k !== near && h.from < k.to && k.from < h.to)) {
            kept[kept.indexOf(near)] = {
              ...h,
              more: [{ from: near.from, to: near.to }, ...(near.more ?? [])],
            };
            continue;
          }
          if (!kept.some((k) => k !== near && h.from < k.to && k.from < h.to)) {
            near.more = [...(near.more ?? []), { from: h.from, to: h.to }];
          }
          continue;
        }
      }
      if (
        h.type === 'attack' &&
        kept.some(
          (k) =>
            (k.type === 'shootdown' || k.type.startsWith('ceasefire')) &&
            h.from >= k.from - 1 &&
            h.from <= k.to + 1,
        )
      )
        continue;
      if (
        h.type === 'territory-change' &&
        /^(captured|seized)$/.test(ws[h.from].w) &&
        kept.some((k) => k.type === 'shootdown')
      )
        continue;
      kept.push(h);
    }
    // A general attack word ("fighting", "clashes") is an event only when the sentence anchors it
    // in time or space: a date, a place, or a locative phrase right after it.
    const hasAnchor = (h: Hit): boolean => {
      const inSent = (e: Span) => e.start >= sent.start && e.end <= sent.end;
      if (input.times.some(inSent) || sentEntities.some((e) => e.type === 'place' && inSent(e))) return true;
      const after = input.text.slice(ws[h.to - 1].end, Math.min(sent.end, ws[h.to - 1].end + 90));
      return LOCATIVE.test(after);
    };
    // A general word of fighting needs its anchor close by: "this week's fighting is the heaviest since
    // 1994" speaks of the war as a whole, even when the sentence names a place elsewhere.
    const hasLocalAnchor = (h: Hit): boolean => {
      const lo = Math.max(sent.start, ws[h.from].start - 50);
      const hi = Math.min(sent.end, ws[h.to - 1].end + 70);
      const near = (e: Span) => e.start >= lo && e.end <= hi;
      if (input.times.some(near) || sentEntities.some((e) => e.type === 'place' && near(e))) return true;
      return LOCATIVE.test(input.text.slice(ws[h.to - 1].end, Math.min(sent.end, ws[h.to - 1].end + 90)));
    };
    const truceInSentence = findPhrase(ws, L.ceasefireNouns).length > 0;
    // "(Geneva) A gang killed …", "KYIV (Reuters) —": where the report was filed, not where it happened.
    const placesHere = sentEntities.filter((e) => !isDateline(input.text, e));
    const dayInSentence = input.times.some(
      (x) => x.start >= sent.start && x.end <= sent.end && x.date.precision === 'day',
    );
    for (const found of kept) {
      // "suspended peace talks with the rebels": the talks end by a decision, which is the event.
      const h: Hit =
        found.type === 'talks' && talksEnded(ws, found) ? { ...found, type: 'statement' } : found;
      if (isIrrealis(ws, h) || isNegated(ws, h)) continue;
      if (h.type === 'territory-change' && !hasTerritoryObject(ws, h, sentEntities)) continue;
      // "hosting his counterpart": talks; "a base hosting foreign troops": none.
      if (
        h.type === 'talks' &&
        /^host/.test(ws[h.from].w) &&
        h.to - h.from === 1 &&
        !hostsTalks(ws, h, sentEntities)
      )
        continue;
      // A shootdown brings down an aircraft or a drone (REPORT.md): rockets "intercepted" are not one.
      if (h.type === 'shootdown' && /^intercept/.test(ws[h.from].w) && !nearAircraft(ws, h)) continue;
      // An appeal is a party urging or calling on another (REPORT.md): the trigger is the verb of an
      // attributed appeal with a known speaker, or a dated one.
      // ("asked X to …" only as such a claim: "asked about the raid on Monday" asks nothing of anyone.)
      const asking = h.type === 'appeal' && /^ask/.test(ws[h.from].w);
      if (
        h.type === 'appeal' &&
        (asking || !input.times.some((t) => t.start >= sent.start && t.end <= sent.end)) &&
        !input.claims.some(
          (c) =>
            c.kind === 'appeal' &&
            c.speaker !== null &&
            c.start <= ws[h.from].start &&
            ws[h.from].start < c.content.start,
        )
      )
        continue;
      // "the plan further calls for …": a document, not a party, asks (its subject right before).
      if (
        h.type === 'appeal' &&
        findPhrase(ws, L.documentSubjects.words, Math.max(0, h.from - 3), h.from).some((d) =>
          ws
            .slice(d.at + d.len, h.from)
            .every((w) => /^(also|further|explicitly|specifically|only)$/.test(w.w)),
        )
      )
        continue;
      // "a truce brokered by Qatar": the truce agreed, not a round of talks.
      if (h.type === 'talks' && h.from > 0 && AGREEMENT_NOUN.test(ws[h.from - 1].w)) continue;
      if (
        h.type === 'talks' &&
        ws[h.from].w !== 'met' &&
        !hasAnchor(h) &&
        !/\b(held|hold|after|during|hours of|days of|round of)\s+$/i.test(
          input.text.slice(Math.max(sent.start, ws[h.from].start - 20), ws[h.from].start),
        )
      )
        continue;
      if (h.type === 'attack' && truceInSentence && findPhrase(ws, L.violationCues).length) {
        if (kept.some((k) => k.type === 'ceasefire-violation')) continue;
        h.type = 'ceasefire-violation';
      }
      // "a blast from a landmine": a general word with no anchor yields to a telling one of its event.
      const telling =
        isWeakTrigger(ws, h) && !findPhrase(ws, L.genericCues.cues).length
          ? h.more?.find((m) => !isWeakTrigger(ws, { ...h, ...m }))
          : undefined;
      if (telling && h.more) {
        h.more = [...h.more.filter((m) => m !== telling), { from: h.from, to: h.to }];
        h.from = telling.from;
        h.to = telling.to;
      }
      const trigger = triggerOf(ws, h);
      const weakMode = modeOf(ws, h.from, h.to);
      const anaphoric =
        h.from > 0 && L.anaphoricDeterminers.includes(ws[h.from - 1].w) && out.some((o) => o.type === h.type);
      const weak =
        (isWeakTrigger(ws, h) && (weakMode === 'ground' || weakMode === 'unspecified')) || h.bare === true;
      if (weak && !anaphoric && !hasLocalAnchor(h)) continue;
      // "repeated clashes", "weeks of fighting", "fighting dragged into a sixth week": the war over time.
      if (
        weak &&
        !isOnset(ws, h) &&
        (findPhrase(ws, L.aggregateCues.before, Math.max(0, h.from - 3), h.from).length > 0 ||
          findPhrase(ws, L.aggregateCues.after, h.to, Math.min(ws.length, h.to + 8)).some(
            (m) => m.at <= h.to + 5,
          ) ||
          forWeeks(ws, h.to))
      )
        continue;
      // "an increase in attacks", "attacks continue on the city", "air strikes have killed civilians
      // before": attacks in general, unless the sentence names the day.
      if (h.type === 'attack' && !anaphoric && genericPlural(ws, h, trigger, dayInSentence)) continue;
      if (h.type === 'attack' && L.weaponNounTriggers.includes(trigger)) {
        // "deputy commander of the artillery unit": a unit's name, not a weapon used.
        if (L.weaponUnitNouns.nouns.includes(ws[h.to]?.w ?? '')) continue;
        const s = input.text.slice(sent.start, sent.end);
        if (kept.some((k) => k.type === 'shootdown') || !(dayInSentence || CASUALTY.test(s) || hasAnchor(h)))
          continue;
      }
      const span = { start: ws[h.from].start, end: ws[h.to - 1].end };
      const more = (h.more ?? []).map((o) => ({ start: ws[o.from].start, end: ws[o.to - 1].end }));
      const clause = {
        start: Math.max(sent.start, span.start - 60),
        end: Math.min(sent.end, span.end + 120),
      };
      // "the raid was revenge for a strike on Z on Monday": Z and Monday are the strike's.
      const scope = answerScope(input.text, ws, sent, h, kept);
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
        continue;
      // "Both sides regularly accuse each other of attacking civilians": a deed told as a habit.
      if (
        !t &&
        !rel &&
        /ing$/.test(input.text.slice(span.start, span.end)) &&
        habitual(input.text.slice(Math.max(sent.start, span.start - 70), span.start))
      )
        continue;
      const date = rel ?? (t ? t.date : undated ? null : dayOf(reportDay ?? input.published));
      // "The army said on Friday that … shelling": the day it was said bounds the attack, loosely.
      // ("… condemned the attack in a statement on Monday", "At a briefing on Monday, X said the
      // blast …": the day of the statement or briefing.)
      const saying = t !== null && (datesSaying(input.text, scope, t) || datesDocument(input.text, scope, t));
      const dated = (t !== null && !(t.end <= span.start && saying)) || rel !== null;
      const saidDay = dated && rel === null && saying;
      // "an insurgency that began in May 2021": the onset's own time follows it closely.
      if (h.onset && (t === null || t.start <= span.start || t.start - span.end > 40)) continue;
      // "since the war began": background to the story unless the sentence dates the onset.
      if (h.type === 'attack' && !dated && isOnset(ws, h)) continue;
      // A truce taking effect or broken happens where it is said to, not where it was signed.
      const truceMoment = h.type === 'ceasefire-effective' || h.type === 'ceasefire-violation';
      // A call by phone happens nowhere in particular.
      const remote = h.type === 'talks' && /\b(?:phone|telephone|calls?|video)\b/.test(trigger);
      const place =
        h.type === 'appeal' || h.type === 'statement' || remote
          ? null
          : h.type === 'ceasefire-agreed'
            ? venuePlace(sentEntities, sent, span, input.text)
            : truceMoment
              ? adjacentPlace(sentEntities, sent, span, input.text)
              : ((h.type === 'territory-change' ? capturedPlace(placesHere, sent, span) : null) ??
                nearestPlace(placesHere, scope, span, input.text) ??
                definitePlace(input.entities, scope, span, input.text));
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
      out.push({
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
        clockOnly:
          (t !== null && rel === null && CLOCK_ONLY.test(input.text.slice(t.start, t.end))) || undefined,
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
      });
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
