/**
 * Trigger hits of one sentence that need more than a phrase look-up: ceasefire moments (the truce
 * noun with a word of agreeing, taking effect or breaking near it) and killings by an armed party
 * ("security forces killed two protesters"). Pure.
 */

import type { EventType } from '../../report/contract.ts';
import { isFunctionWord } from '../nlp/function-words.ts';
import type { EntityMention, Span } from '../types.ts';
import { findPhrase, type Hit, lex } from './event-lexicon.ts';
import { MODEL_NAME } from './figure-groups.ts';
import { findQuantities } from './quantity.ts';
import { TIME_LEADS, type Word } from './words.ts';

/** Ceasefire events: the truce noun with an agreeing / taking-effect / breaking word near it. */
export function ceasefireHits(
  ws: Word[],
  prevMentionsTruce: boolean,
  namedBefore: (i: number) => boolean,
): Hit[] {
  const L = lex();
  const hits: Hit[] = [];
  const nouns = findPhrase(ws, L.ceasefireNouns);
  const t = L.triggers;
  for (const n of nouns) {
    const winBefore = Math.max(0, n.at - 6);
    const winAfter = Math.min(ws.length, n.at + n.len + 8);
    const agreedBefore = findPhrase(ws, t['ceasefire-agreed'].before, winBefore, n.at);
    const agreedAfter = findPhrase(
      ws,
      t['ceasefire-agreed'].after,
      n.at + n.len,
      Math.min(ws.length, n.at + n.len + 3),
    );
    const effective = findPhrase(ws, t['ceasefire-effective'].after, n.at + n.len, winAfter);
    // "failing to honor the terms of the ceasefire": the breaking verb may stand a little further off.
    const violBefore = findPhrase(ws, t['ceasefire-violation'].before, Math.max(0, n.at - 8), n.at);
    const violAfter = findPhrase(ws, t['ceasefire-violation'].after, n.at + n.len, winAfter);
    const yearBefore = [n.at - 1, n.at - 2].some((k) => k >= 0 && /^(1[89]|20)\d\d$/.test(ws[k].w));
    if (yearBefore) {
      // "the 1994 ceasefire": a truce agreed that year.
      hits.push({ type: 'ceasefire-agreed', from: Math.max(0, n.at - 1), to: n.at + n.len });
    } else if (violBefore.length || violAfter.length) {
      const v = violBefore[0] ?? violAfter[0];
      hits.push({
        type: 'ceasefire-violation',
        from: Math.min(v.at, n.at),
        to: Math.max(v.at + v.len, n.at + n.len),
      });
    } else if (effective.length) {
      const e = effective[0];
      hits.push({ type: 'ceasefire-effective', from: n.at, to: e.at + e.len });
    } else if (
      agreedBefore.length ||
      agreedAfter.length ||
      findPhrase(ws, t['ceasefire-effective'].future, n.at + n.len, winAfter).length
    ) {
      const a = agreedBefore[agreedBefore.length - 1] ?? agreedAfter[0] ?? { at: n.at, len: n.len };
      hits.push({
        type: 'ceasefire-agreed',
        from: Math.min(a.at, n.at),
        to: Math.max(a.at + a.len, n.at + n.len),
      });
    }
  }
  const mentionsTruce = nouns.length > 0 || prevMentionsTruce;
  // "The truce, signed on Saturday in Jeddah, …": a signing of the truce just named.
  if (mentionsTruce && !hits.some((h) => h.type.startsWith('ceasefire-'))) {
    for (const a of findPhrase(ws, t['ceasefire-agreed'].alone))
      hits.push({ type: 'ceasefire-agreed', from: a.at, to: a.at + a.len });
  }
  if (mentionsTruce && !hits.some((h) => h.type === 'ceasefire-effective')) {
    for (const a of findPhrase(ws, t['ceasefire-effective'].alone))
      hits.push({ type: 'ceasefire-effective', from: a.at, to: a.at + a.len });
  }
  if (mentionsTruce && !hits.some((h) => h.type === 'ceasefire-violation')) {
    for (const a of findPhrase(ws, t['ceasefire-violation'].alone))
      hits.push({ type: 'ceasefire-violation', from: a.at, to: a.at + a.len });
    for (const a of findPhrase(ws, t['ceasefire-violation'].after)) {
      // "… as Yugoslavia broke apart": another subject right before the verb.
      if (a.at > 0 && namedBefore(a.at)) continue;
      if (!hits.some((h) => h.from <= a.at && a.at < h.to))
        hits.push({ type: 'ceasefire-violation', from: a.at, to: a.at + a.len });
    }
  }
  return hits;
}

export function simpleHits(ws: Word[], type: EventType, phrases: string[]): Hit[] {
  return findPhrase(ws, phrases).map((p) => ({ type, from: p.at, to: p.at + p.len }));
}

/**
 * "lost a fighter jet", "lost two helicopters", "lost a MiG 21": a side's aircraft or drone lost is a
 * downing — the verb, at most a count or a determiner and two modifiers, then a craft noun of the
 * lexicon or a type's name with its number.
 */
export function lostCraftHits(ws: Word[], text: string): Hit[] {
  const { drones, crewed } = lex().downedCraft;
  const out: Hit[] = [];
  for (let i = 0; i < ws.length; i++) {
    if (!/^(?:lost|loses|losing|lose)$/.test(ws[i].w)) continue;
    let k = i + 1;
    if (!/^(?:a|an|one|two|three|four|its|their|another)$/.test(ws[k]?.w ?? '')) continue;
    k++;
    for (let n = 0; n < 3 && k < ws.length; n++, k++) {
      // ("lost two of its fighters", "we lost four fighters": men; "lost two F-16 fighters": planes.)
      const men = ws[k].w === 'fighters' && !ws.slice(i + 1, k).some((w) => MODEL_NAME.test(w.w));
      if ((drones.includes(ws[k].w) || crewed.includes(ws[k].w)) && !men) {
        out.push({ type: 'shootdown', from: i, to: k + 1 });
        break;
      }
      // "a MiG 21", "an Su-25": a capitalised type's name and its number.
      const raw = text.slice(ws[k].start, ws[k].end);
      if (/^\p{Lu}[\p{L}]*(?:-\d+)?$/u.test(raw) && /\p{Lu}.*\p{Lu}|-\d/u.test(raw)) {
        if (/-\d/.test(raw) || /^\d+$/.test(ws[k + 1]?.w ?? '')) {
          out.push({ type: 'shootdown', from: i, to: /-\d/.test(raw) ? k + 1 : k + 2 });
          break;
        }
      }
      if (!/^[\p{L}-]+$/u.test(ws[k].w)) break;
    }
  }
  return out;
}

/**
 * "Security forces killed two protesters", "a gang killed 70 people", "the RSF killed 12 villagers":
 * a verb of killing with an armed party as its subject (right before it) reports an attack.
 */
export function agentKillings(ws: Word[], entities: EntityMention[], times: Span[] = []): Hit[] {
  const K = lex().agentKillings;
  const out: Hit[] = [];
  const inTime = (w: Word) => times.some((t) => t.start <= w.start && w.end <= t.end);
  const isParty = (w: Word) =>
    entities.some(
      (e) =>
        e.end === w.end && (e.type === 'group' || e.type === 'organization') && !e.key.startsWith('source:'),
    );
  const agentEndsAt = (i: number) =>
    findPhrase(ws, K.agents, Math.max(0, i - 2), i).some((m) => m.at + m.len === i);
  for (const p of findPhrase(ws, K.verbs)) {
    // "the army had “neutralized” 26 militants": auxiliaries, adverbs and quotation marks between;
    // "separatists early Tuesday killed …": the day too.
    let k = p.at;
    while (
      k > 0 &&
      (K.between.includes(ws[k - 1].w) ||
        inTime(ws[k - 1]) ||
        (TIME_LEADS.test(ws[k - 1].w) && k < p.at && inTime(ws[k])))
    )
      k--;
    if (k === 0) continue;
    const prev = ws[k - 1];
    const party = isParty(prev);
    // "its soldiers crossed the border and killed 17 insurgents": the second verb of an armed
    // party's clause.
    let coordinated = false;
    if (prev.w === 'and')
      for (let m = k - 2; m >= Math.max(1, k - 10); m--) {
        if (K.clauseBreaks.includes(ws[m].w)) break;
        if (isParty(ws[m - 1]) || agentEndsAt(m)) {
          // (the party opens its clause: "its soldiers crossed …", not "an aircraft of the CIA and destroyed")
          coordinated = m < k - 2 && opensClause(ws, m, K.clauseOpeners);
          break;
        }
      }
    // "… killed by security forces": the armed party as the agent of a passive.
    const byAgent =
      ws[p.at + p.len]?.w === 'by' &&
      findPhrase(ws, K.agents, p.at + p.len + 1, p.at + p.len + 5).some((m) => m.at <= p.at + p.len + 3);
    // "gunmen dressed in uniforms killed …": the agent, then a phrase that describes it.
    const described = findPhrase(ws, K.agents, Math.max(0, k - 9), k - 1).some((m) => {
      const end = m.at + m.len;
      return (
        K.subjectModifiers.includes(ws[end]?.w ?? '') &&
        ws
          .slice(end, k)
          .every((w) => /^[\p{L}-]+$/u.test(w.w) && !/^(?:and|who|that|which|were|was)$/.test(w.w))
      );
    });
    // "the rebels said they killed 58 soldiers": the speaker, told by a pronoun, killed a count.
    const spoken =
      K.pronouns.includes(prev.w.toLowerCase()) &&
      K.pronounAfter.includes(ws[k - 2]?.w ?? '') &&
      findQuantities(ws.slice(p.at + p.len, p.at + p.len + 3)).some((q) => q.from === 0);
    if (
      party ||
      coordinated ||
      byAgent ||
      described ||
      spoken ||
      findPhrase(ws, K.agents, Math.max(0, k - 2), k).some((m) => m.at + m.len === k)
    )
      out.push({ type: 'attack', from: p.at, to: p.at + p.len });
  }
  return out;
}

/**
 * The words ending at `end` (exclusive) are a subject opening its clause: the start of the
 * sentence, a comma, or an opener (a determiner, a verb of saying) at most three words before
 * the end ("its soldiers", "the Israeli troops", "said the army").
 */
function opensClause(ws: Word[], end: number, openers: string[]): boolean {
  let k = end - 1;
  while (k > 0 && /^\p{L}[\p{L}-]*$/u.test(ws[k - 1].w) && !openers.includes(ws[k - 1].w) && end - k < 4) k--;
  return k === 0 || openers.includes(ws[k - 1].w) || ws[k - 1].w === ',';
}

/** What kills without an attacker: "killed in a road accident", "died in the floods". */
const NOT_ATTACK =
  /^(?:an?|the)?\s*(?:[\p{L}-]+\s+)?(?:accident|crash|collision|earthquake|floods?|landslides?|fire|blaze|storm|stampede|cyclone|explosion at|mine collapse)\b/iu;

/** Words of a day that may stand between "killed" and its place: "last week", "early on Sunday". */
const DAY_BETWEEN =
  /^(?:last|this|week|weekend|night|overnight|on|early|late|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|yesterday|today)$/;

/** A war or its like: "when the war began" times a killing by the war, not by an incident. */
const WAR_WORDS = /^(?:war|wars|conflict|insurgency|uprising|rebellion|revolution|crisis|occupation)$/;

/** Words after a toll that make it a count over time: "since 2020", "so far", "this year". */
const OVER_TIME =
  /\b(?:since|so far|to date|this year|last year|in total|over the|in recent|during the|in the (?:war|conflict|fighting|violence))\b/i;

/**
 * "Two soldiers were killed in Gao on Monday", "23 passengers killed in Musakhail": a killing told
 * by its dead alone, with the place it happened named right after — at most one per sentence. (A
 * count with no place, "two people were killed on Monday", tells no attack.)
 */
export function passiveKillings(ws: Word[], text: string, entities: EntityMention[]): Hit[] {
  for (let i = 1; i < ws.length - 1; i++) {
    if (ws[i].w !== 'killed') continue;
    const prev = ws[i - 1].w;
    const next = ws[i + 1].w;
    // "were killed in", "had been killed near"; or reduced after a counted noun: "23 passengers killed in".
    const passive = /^(?:were|was|been)$/.test(prev) || (/^\p{Ll}+s$/u.test(prev) && !isFunctionWord(prev));
    // "were killed by the Lord’s Resistance Army …": the killers named right after.
    if (passive && next === 'by' && /^(?:were|was|been)$/.test(prev)) {
      const at = ws[i + 1].end;
      const killers = entities.some(
        (e) => (e.type === 'group' || e.type === 'country') && e.start > at && e.start - at <= 6,
      );
      if (killers && !OVER_TIME.test(ws.map((w) => w.w).join(' ')))
        return [{ type: 'attack', from: i, to: i + 1, bare: true }];
    }
    if (!passive) continue;
    // "were killed last week in Menaka", "were killed early on Sunday near …": a day between.
    let k = i + 1;
    while (k < ws.length && k - i <= 4 && DAY_BETWEEN.test(ws[k].w)) k++;
    // "were killed and six others were wounded near X": the wounded told between.
    if (ws[k]?.w === 'and') {
      const hurt = ws.slice(k + 1, k + 7).findIndex((w) => /^(?:wounded|injured|hurt)$/.test(w.w));
      if (hurt >= 0 && ws.slice(k + 1, k + 1 + hurt).some((w) => /^(?:were|was)$/.test(w.w))) k += hurt + 2;
      while (k < ws.length && DAY_BETWEEN.test(ws[k].w)) k++;
    }
    // "were killed when a mine hit their truck", "were killed when a bomb went off": the killing
    // told with how it came about, a clause of its own.
    if (
      /^(?:were|was|been)$/.test(prev) &&
      ws[k]?.w === 'when' &&
      ws[k + 1] !== undefined &&
      // (not "when the war began": the time of a war, no incident)
      !ws.slice(k + 1, k + 5).some((w) => WAR_WORDS.test(w.w)) &&
      !OVER_TIME.test(ws.map((w) => w.w).join(' '))
    )
      return [{ type: 'attack', from: i, to: i + 1, bare: true }];
    if (!/^(?:in|near|at|outside|inside)$/.test(ws[k]?.w ?? '')) continue;
    // ... and a named place right there: "killed in Garissa", "killed near the town of Kidal".
    const lo = ws[k].end;
    if (!entities.some((e) => e.type === 'place' && e.start > lo && e.start - lo <= 25)) continue;
    if (NOT_ATTACK.test(text.slice(lo, lo + 40).trim())) continue;
    // "… have been killed in the region since 2020": a toll over time, not one killing.
    if (OVER_TIME.test(ws.map((w) => w.w).join(' '))) continue;
    return [{ type: 'attack', from: i, to: i + 1, bare: true }];
  }
  return [];
}

/** Words that may stand between a verb of decision and its noun: "declared a 90-day state of emergency". */
const DECISION_GAP = 4;

/**
 * "declared a state of emergency", "imposed a curfew on the city", "to declare martial law": a
 * government's decision, an event of type statement, from the verb to its noun.
 */
export function decisionHits(ws: Word[]): Hit[] {
  const D = lex().decisions;
  const out: Hit[] = [];
  for (const v of findPhrase(ws, D.verbs)) {
    const lo = v.at + v.len;
    const n = findPhrase(ws, D.nouns, lo, Math.min(ws.length, lo + DECISION_GAP + 3))[0];
    if (!n || n.at - lo > DECISION_GAP) continue;
    // Only determiners and modifiers between: "a nationwide", "a six-month", "an overnight".
    if (ws.slice(lo, n.at).some((w) => !/^[\p{L}\d-]+$/u.test(w.w) || /^(?:that|which|and|or|to)$/.test(w.w)))
      continue;
    out.push({ type: 'statement', from: v.at, to: n.at + n.len });
  }
  return out;
}

/**
 * The war's onset as the story dates it: a war word with "since" or "that began" after it ("a
 * rebellion since 2012", "an insurgency that began in May 2021 in …"), or "the
 * start of" before it ("the outbreak of the uprising in 2011"). An attack of its own, kept
 * only when its sentence dates it.
 */
export function onsetHits(ws: Word[]): Hit[] {
  const O = lex().onsets;
  const hits: Hit[] = [];
  for (const n of findPhrase(ws, O.nouns)) {
    const end = n.at + n.len;
    if (hits.some((h) => h.from <= n.at && n.at < h.to)) continue;
    const cue = findPhrase(ws, O.after, end, Math.min(ws.length, end + 4)).find(
      (c) => !ws.slice(end, c.at).some((w) => /^[,.;:()"“”]$/.test(w.w)),
    );
    if (cue) {
      hits.push({ type: 'attack', from: n.at, to: cue.at + cue.len, onset: true });
      continue;
    }
    const start = findPhrase(ws, O.before, Math.max(0, n.at - 5), n.at).find((b) => b.at + b.len >= n.at - 1);
    if (start) hits.push({ type: 'attack', from: start.at, to: end, onset: true });
  }
  return hits;
}
