/**
 * One sentence's trigger words read as event drafts for events.ts: the hits of every trigger
 * family, one event per type per sentence (more words for it are more mentions of it; attacks at
 * other places or in clauses of their own stay apart), then each hit's gates in order — what its
 * sentence does not tell as a deed ("a base hosting foreign troops", rockets "intercepted", "the
 * plan further calls for …"), a truce broken, the telling word of its event, and general words of
 * fighting with nothing to anchor them ("repeated clashes", "an increase in attacks"). Pure.
 */

import type { EntityMention, EventItem, Sentence, Span } from '../types.ts';
import {
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
  triggerOf,
} from './event-clauses.ts';
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
import type { EventInput } from './events.ts';
import { findQuantities } from './quantity.ts';
import { matchBefore, phraseWords, type Word } from './words.ts';

/** One sentence being read: the document, the sentence, its words and the entities inside it. */
export interface SentenceReading {
  input: EventInput;
  sent: Sentence;
  ws: Word[];
  sentEntities: EntityMention[];
}

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

/**
 * A killing told in the simple past with its count right after the word of fighting ending at
 * word `to` ("clashes killed nine soldiers"), past the sides it was between ("clashes between A and
 * B left 12 dead").
 */
function killedCount(ws: Word[], to: number): boolean {
  let k = to;
  if (ws[k]?.w === 'between')
    while (k < ws.length && k - to < 12 && !/^(?:killed|left|[,.;])$/.test(ws[k].w)) k++;
  return /^(?:killed|left)$/.test(ws[k]?.w ?? '') && findQuantities(ws).some((q) => q.from === k + 1);
}

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

/**
 * The hits of one sentence, one per type but where a sentence tells two: every trigger family's
 * hits, then onePerType.
 */
export function sentenceHits(r: SentenceReading, prevTruce: boolean): Hit[] {
  return onePerType(r, triggerHits(r, prevTruce));
}

/**
 * Every trigger family's hits in the sentence, in the order they are weighed: "Two soldiers were
 * killed in Gao on Monday" only with no word of attack; none blocked by a phrase that is no event,
 * none inside a war word dated as its onset; a weapon named alone last.
 */
function triggerHits(r: SentenceReading, prevTruce: boolean): Hit[] {
  const { input, ws, sentEntities } = r;
  const L = lex();
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
  return (
    found
      .filter((h) => !blocked.includes(h.from))
      .filter((h) => h.onset || !onsetsHere.some((o) => o.from <= h.from && h.from < o.to))
      // A weapon named alone yields to a verb of attack in the same sentence.
      .sort((a, b) => Number(isWeaponNoun(ws, a)) - Number(isWeaponNoun(ws, b)))
  );
}

/**
 * One event per type per sentence: another word for it is one more mention ("X killed Y in an
 * attack on …": the killing, with its doer and its dead, tells the event); "shelling in A and
 * clashes in B", or an attack in a clause of its own, stay apart; an attack word inside a
 * ceasefire or shootdown phrase is not an attack, nor "captured" beside a shootdown a capture.
 */
function onePerType(r: SentenceReading, hits: Hit[]): Hit[] {
  const { input, sent, ws, sentEntities } = r;
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
  return kept;
}

/**
 * A general attack word ("fighting", "clashes") is an event only when the sentence anchors it
 * in time or space: a date, a place, or a locative phrase right after it.
 */
function hasAnchor(r: SentenceReading, h: Hit): boolean {
  const { input, sent, ws, sentEntities } = r;
  const inSent = (e: Span) => e.start >= sent.start && e.end <= sent.end;
  if (input.times.some(inSent) || sentEntities.some((e) => e.type === 'place' && inSent(e))) return true;
  const after = input.text.slice(ws[h.to - 1].end, Math.min(sent.end, ws[h.to - 1].end + 90));
  return LOCATIVE.test(after);
}

/**
 * A general word of fighting needs its anchor close by: "this week's fighting is the heaviest since
 * 1994" speaks of the war as a whole, even when the sentence names a place elsewhere.
 */
function hasLocalAnchor(r: SentenceReading, h: Hit): boolean {
  const { input, sent, ws, sentEntities } = r;
  const lo = Math.max(sent.start, ws[h.from].start - 50);
  const hi = Math.min(sent.end, ws[h.to - 1].end + 70);
  const near = (e: Span) => e.start >= lo && e.end <= hi;
  if (input.times.some(near) || sentEntities.some((e) => e.type === 'place' && near(e))) return true;
  // "Border clashes between A and B killed nine soldiers": the fighting as the subject of a
  // killing told once, with its count (not "fighting has killed thousands since …").
  if (killedCount(ws, h.to) && !/\bsince\b/i.test(input.text.slice(sent.start, sent.end))) return true;
  return LOCATIVE.test(input.text.slice(ws[h.to - 1].end, Math.min(sent.end, ws[h.to - 1].end + 90)));
}

/**
 * The event one kept hit tells, or null, the steps in order: "suspended peace talks with the
 * rebels" is a statement; what its sentence does not tell as a deed (notTold); an attack in a
 * sentence of a truce broken is the violation; "a blast from a landmine" is told by its telling
 * word; a general word of fighting with nothing to anchor it is none (inGeneral). The hit may be
 * changed in place, as `kept` sees it.
 */
export function draftHit(
  r: SentenceReading,
  found: Hit,
  kept: Hit[],
  out: EventItem[],
  truceInSentence: boolean,
  dayInSentence: boolean,
): { h: Hit; trigger: string } | null {
  const { ws } = r;
  const L = lex();
  // "suspended peace talks with the rebels": the talks end by a decision, which is the event.
  const h: Hit = found.type === 'talks' && talksEnded(ws, found) ? { ...found, type: 'statement' } : found;
  if (notTold(r, h)) return null;
  if (h.type === 'attack' && truceInSentence && findPhrase(ws, L.violationCues).length) {
    if (kept.some((k) => k.type === 'ceasefire-violation')) return null;
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
  if (inGeneral(r, h, trigger, kept, out, dayInSentence)) return null;
  return { h, trigger };
}

/**
 * A hit its sentence does not tell as a deed: irrealis or negated; a capture with no ground taken;
 * "a base hosting foreign troops"; rockets "intercepted"; an appeal no known speaker makes ("asked
 * about the raid on Monday"); "the plan further calls for …"; "a truce brokered by Qatar"; talks
 * with no anchor.
 */
function notTold(r: SentenceReading, h: Hit): boolean {
  const { input, sent, ws, sentEntities } = r;
  const L = lex();
  if (isIrrealis(ws, h) || isNegated(ws, h)) return true;
  if (h.type === 'territory-change' && !hasTerritoryObject(ws, h, sentEntities)) return true;
  // "hosting his counterpart": talks; "a base hosting foreign troops": none.
  if (
    h.type === 'talks' &&
    /^host/.test(ws[h.from].w) &&
    h.to - h.from === 1 &&
    !hostsTalks(ws, h, sentEntities)
  )
    return true;
  // A shootdown brings down an aircraft or a drone (REPORT.md): rockets "intercepted" are not one.
  if (h.type === 'shootdown' && /^intercept/.test(ws[h.from].w) && !nearAircraft(ws, h)) return true;
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
    return true;
  // "the plan further calls for …": a document, not a party, asks (its subject right before).
  if (
    h.type === 'appeal' &&
    findPhrase(ws, L.documentSubjects.words, Math.max(0, h.from - 3), h.from).some((d) =>
      ws.slice(d.at + d.len, h.from).every((w) => /^(also|further|explicitly|specifically|only)$/.test(w.w)),
    )
  )
    return true;
  // "a truce brokered by Qatar": the truce agreed, not a round of talks.
  if (h.type === 'talks' && h.from > 0 && AGREEMENT_NOUN.test(ws[h.from - 1].w)) return true;
  if (
    h.type === 'talks' &&
    ws[h.from].w !== 'met' &&
    !hasAnchor(r, h) &&
    !/\b(held|hold|after|during|hours of|days of|round of)\s+$/i.test(
      input.text.slice(Math.max(sent.start, ws[h.from].start - 20), ws[h.from].start),
    )
  )
    return true;
  return false;
}

/**
 * A hit that tells fighting in general, no event: a weak word with no anchor close by (unless it
 * refers back: "the clashes"); "repeated clashes", "weeks of fighting", "fighting dragged into a
 * sixth week"; "an increase in attacks", "air strikes have killed civilians before"; "deputy
 * commander of the artillery unit", or a weapon named with no day, dead or anchor.
 */
function inGeneral(
  r: SentenceReading,
  h: Hit,
  trigger: string,
  kept: Hit[],
  out: EventItem[],
  dayInSentence: boolean,
): boolean {
  const { input, sent, ws } = r;
  const L = lex();
  const weakMode = modeOf(ws, h.from, h.to);
  const anaphoric =
    h.from > 0 && L.anaphoricDeterminers.includes(ws[h.from - 1].w) && out.some((o) => o.type === h.type);
  const weak =
    (isWeakTrigger(ws, h) && (weakMode === 'ground' || weakMode === 'unspecified')) || h.bare === true;
  if (weak && !anaphoric && !hasLocalAnchor(r, h)) return true;
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
    return true;
  // "an increase in attacks", "attacks continue on the city", "air strikes have killed civilians
  // before": attacks in general, unless the sentence names the day.
  if (h.type === 'attack' && !anaphoric && genericPlural(ws, h, trigger, dayInSentence)) return true;
  if (h.type === 'attack' && L.weaponNounTriggers.includes(trigger)) {
    // "deputy commander of the artillery unit": a unit's name, not a weapon used.
    if (L.weaponUnitNouns.nouns.includes(ws[h.to]?.w ?? '')) return true;
    const s = input.text.slice(sent.start, sent.end);
    if (kept.some((k) => k.type === 'shootdown') || !(dayInSentence || CASUALTY.test(s) || hasAnchor(r, h)))
      return true;
  }
  return false;
}
