/**
 * Typed events from trigger phrases (data/lexicon/events.json): attacks with their mode,
 * shootdowns, territory changes, ceasefires agreed / taking effect / violated, talks, appeals,
 * humanitarian exchanges — each with date, place, actors and targets from the same sentence,
 * and the claims that report it. Pure.
 */
import { readFileSync } from 'node:fs';
import type { AttackMode, EventDate, EventType } from '../../report/contract.ts';
import type { ClaimItem, EntityMention, EventItem, Sentence, Span, TimeMention } from '../types.ts';
import { indexOf, type Word, words } from './words.ts';

interface RawEvents {
  ceasefireNouns: string[];
  triggers: {
    'ceasefire-agreed': { before: string[]; after: string[]; alone: string[] };
    'ceasefire-effective': { after: string[]; alone: string[]; future: string[] };
    'ceasefire-violation': { before: string[]; after: string[]; alone: string[] };
    shootdown: string[];
    'territory-change': string[];
    talks: string[];
    appeal: string[];
    humanitarian: string[];
    attack: string[];
  };
  modes: Record<Exclude<AttackMode, 'unspecified'>, string[]>;
  notEvents: string[];
  irrealis: { near: string[]; wide: string[] };
  violationCues: string[];
  anaphoricDeterminers: string[];
  /** Attack words too general to stand alone: an event only with a place or date in the sentence. */
  weakAttackTriggers: string[];
  /** Weapons named alone ("drones", "artillery"): an attack only with a dated sentence or casualties. */
  weaponNounTriggers: string[];
  /** Bare "captured"/"seized" report ground changing hands only with a territorial object. */
  territoryObjects: { ambiguousTriggers: string[]; nouns: string[] };
  negations: { words: string[] };
  /** Modifiers that make a general fighting word speak of the war over time. */
  aggregateCues: { before: string[]; after: string[]; durations: string[] };
  /** Documents as subjects of "calls for": not a party appealing. */
  documentSubjects: { words: string[] };
}

let lexicon: RawEvents | null = null;
function lex(): RawEvents {
  lexicon ??= JSON.parse(
    readFileSync(new URL('../../../data/lexicon/events.json', import.meta.url), 'utf8'),
  ) as RawEvents;
  return lexicon;
}

export interface EventInput {
  text: string;
  published: string | null;
  sentences: Sentence[];
  entities: EntityMention[];
  times: TimeMention[];
  claims: ClaimItem[];
}

interface Hit {
  type: EventType;
  from: number;
  to: number;
  /** Further trigger words of the same event in the sentence ("drones … explosions"). */
  more?: { from: number; to: number }[];
}

function findPhrase(ws: Word[], phrases: string[], from = 0, to = ws.length): { at: number; len: number }[] {
  const ix = indexOf(phrases);
  const out: { at: number; len: number }[] = [];
  for (let i = from; i < to; i++) {
    const m = ix.at(ws, i);
    if (m) {
      out.push({ at: i, len: m.len });
      i += m.len - 1;
    }
  }
  return out;
}

/** Ceasefire events: the truce noun with an agreeing / taking-effect / breaking word near it. */
function ceasefireHits(ws: Word[], prevMentionsTruce: boolean, namedBefore: (i: number) => boolean): Hit[] {
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
      // "… as the Soviet Union collapsed": another subject right before the verb.
      if (a.at > 0 && namedBefore(a.at)) continue;
      if (!hits.some((h) => h.from <= a.at && a.at < h.to))
        hits.push({ type: 'ceasefire-violation', from: a.at, to: a.at + a.len });
    }
  }
  return hits;
}

function simpleHits(ws: Word[], type: EventType, phrases: string[]): Hit[] {
  return findPhrase(ws, phrases).map((p) => ({ type, from: p.at, to: p.at + p.len }));
}

function modeOf(ws: Word[], from: number, to: number, back = 6, ahead = 8): AttackMode {
  const L = lex();
  const lo = Math.max(0, from - back);
  const hi = Math.min(ws.length, to + ahead);
  let best: { mode: AttackMode; dist: number } | null = null;
  for (const [mode, phrases] of Object.entries(L.modes) as [AttackMode, string[]][]) {
    for (const p of findPhrase(ws, phrases, lo, hi)) {
      const dist = p.at < from ? from - p.at : Math.max(0, p.at - to);
      // Weapon words say more than the ground-combat words of the trigger itself.
      const d = mode === 'ground' ? dist + 6 : dist;
      if (!best || d < best.dist) best = { mode, dist: d };
    }
  }
  return best?.mode ?? 'unspecified';
}

function dayOf(published: string | null): EventDate | null {
  return published ? { start: published.slice(0, 10), end: null, time: null, precision: 'day' } : null;
}

/**
 * The time nearest the trigger in its sentence — but not one that dates another clause: "since the
 * truce began on Monday" dates the truce, not the appeal after it; a date still ahead ("due to run
 * out on Saturday") dates no event already reported, unless a truce is to take effect then.
 */
function nearestTime(
  times: TimeMention[],
  sentence: Span,
  at: Span,
  text = '',
  allowFuture = true,
): TimeMention | null {
  let best: TimeMention | null = null;
  let bestDist = Infinity;
  for (const t of times) {
    if (t.start < sentence.start || t.end > sentence.end) continue;
    if (t.future && !allowFuture) continue;
    const lead = text.slice(Math.max(sentence.start, t.start - 80), t.start);
    const since = lead.search(/\bsince\b(?![^,;]*\bsince\b)/i);
    if (since >= 0 && !/[,;]/.test(lead.slice(since))) {
      const sinceAt = Math.max(sentence.start, t.start - 80) + since;
      if (at.end <= sinceAt || at.start >= t.end) continue;
    }
    const dist = t.start >= at.end ? t.start - at.end : t.end <= at.start ? (at.start - t.end) * 1.5 : 0;
    if (dist < bestDist) {
      best = t;
      bestDist = dist;
    }
  }
  return best;
}

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

function nearestPlace(entities: EntityMention[], sentence: Span, at: Span, text = ''): EntityMention | null {
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

const AGREEMENT_NOUN = /^(?:cease-?fires?|truces?|armistices?|deals?|agreements?|accords?)$/;
const LOCATIVE_BEFORE = /\b(?:in|across|along|throughout|around|near|over|on)\s+(?:the\s+)?$/i;

/**
 * The place of a truce taking effect or broken: only one stated with it ("took effect in Idlib",
 * "violations along the front in Donetsk"), never another event's place in the same sentence.
 */
function adjacentPlace(
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
function venuePlace(entities: EntityMention[], sentence: Span, at: Span, text: string): EntityMention | null {
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

/** Future, hypothetical or purpose contexts: "future peace talks", "calls for an exchange of prisoners". */
/** "could hear", "could see": a modal of perception reports what was heard, not what might be. */
const PERCEPTION = /^(hear|see|feel|smell|heard|seen|felt)$/;

function isIrrealis(ws: Word[], h: Hit): boolean {
  const L = lex();
  for (const m of findPhrase(ws, L.irrealis.near, Math.max(0, h.from - 3), h.from))
    if (!PERCEPTION.test(ws[m.at + m.len]?.w ?? '')) return true;
  for (const m of findPhrase(ws, L.irrealis.wide, Math.max(0, h.from - 8), h.from))
    if (!PERCEPTION.test(ws[m.at + m.len]?.w ?? '')) return true;
  return false;
}

/** The weapon of one trigger alone: "fighter jets struck" → airstrike, "firing heavy artillery" → shelling. */
function localMode(ws: Word[], h: { from: number; to: number }): AttackMode {
  return modeOf(ws, h.from, h.to, 2, 3);
}

/**
 * Attacks with other weapons in another clause of the sentence are distinct: "clashes continued
 * in Kharkiv, with drones striking the port and artillery firing on the suburbs".
 */
function otherClause(ws: Word[], h: Hit, same: Hit[], entities: EntityMention[], text: string): boolean {
  const m = localMode(ws, h);
  if (m === 'unspecified' || isWeaponNoun(ws, h) || same.some((k) => localMode(ws, k) === m)) return false;
  const near = same.reduce((a, b) => (Math.abs(b.from - h.from) < Math.abs(a.from - h.from) ? b : a));
  const lo = ws[Math.min(near.to, h.to) - 1].end;
  const hi = ws[Math.max(near.from, h.from)].start;
  if (hi <= lo) return false;
  return (
    entities.some((e) => e.start >= lo && e.end <= hi) ||
    /\b(?:where|while|whereas|although|though)\b/i.test(text.slice(lo, hi))
  );
}

/** The mode of an attack hit among the hits kept in its sentence. */
function attackMode(ws: Word[], x: Hit, kept: Hit[]): AttackMode {
  if (isOnset(ws, x)) return 'unspecified';
  // Several attacks in the sentence: each keeps to the weapon of its own words.
  let attacks = 0;
  for (const k of kept) if (k.type === 'attack') attacks++;
  const near = attacks > 1 ? localMode(ws, x) : 'unspecified';
  const own = near !== 'unspecified' ? near : modeOf(ws, x.from, x.to);
  if (own !== 'unspecified' || !x.more) return own;
  // "the hum of drones …, followed by the thud of explosions": the weapon named by another mention.
  for (const o of x.more) {
    const m = localMode(ws, o);
    if (m !== 'unspecified') return m;
  }
  return own;
}

/** "… for a fifth week", "… for the third month": fighting counted in weeks or longer. */
function forWeeks(ws: Word[], from: number): boolean {
  const durations = lex().aggregateCues.durations;
  for (let k = from; k < Math.min(ws.length - 2, from + 5); k++) {
    if (ws[k].w !== 'for' || !/^(a|the)$/.test(ws[k + 1].w)) continue;
    if (durations.includes(ws[k + 2].w) || durations.includes(ws[k + 3]?.w ?? '')) return true;
  }
  return false;
}

/** "had not withdrawn from", "never attacked": the event word is negated. */
function isNegated(ws: Word[], h: Hit): boolean {
  if (h.type === 'ceasefire-violation') return false;
  return findPhrase(ws, lex().negations.words, Math.max(0, h.from - 2), h.from).length > 0;
}

/**
 * "captured the town", "seized Kherson" are territory; "captured 27 soldiers", "seized power",
 * "the hospitals it had seized in the capital" are not: the object right after the verb decides.
 */
function hasTerritoryObject(ws: Word[], h: Hit, entities: EntityMention[]): boolean {
  const L = lex().territoryObjects;
  const trigger = ws
    .slice(h.from, h.to)
    .map((w) => w.w)
    .join(' ');
  if (!L.ambiguousTriggers.includes(trigger)) return true;
  const hi = Math.min(ws.length, h.to + 5);
  for (let k = h.to; k < hi; k++) {
    const w = ws[k];
    if (/^[.,;:!?]$/.test(w.w) || /^(in|at|on|by|from|during|after|before|for|with|since|to)$/.test(w.w))
      return false;
    if (entities.some((e) => e.type === 'place' && e.start <= w.start && w.end <= e.end)) return true;
    if (findPhrase(ws, L.nouns, k, k + 1).length) return true;
  }
  return false;
}

/** "the war began", "fighting that broke out on …": the onset of a conflict, no one mode of attack. */
const ONSET = /^(?:war|conflict|hostilities)\b.*\b(?:began|broke out|erupted|started)$/;
/** "since fighting erupted", "fighting, which began …": fighting that began the war. */
const ONSET_CUE = /\b(?:since|when|until|latest|current|first|which|that)\b/;
function isOnset(ws: Word[], h: Hit): boolean {
  const phrase = ws
    .slice(h.from, Math.min(ws.length, h.from + 12))
    .map((w) => w.w)
    .join(' ');
  if (/^(?:fighting|violence)\b/.test(phrase)) {
    const before = ws
      .slice(Math.max(0, h.from - 3), h.from)
      .map((w) => w.w)
      .join(' ');
    const between = phrase.match(/^\S+((?:\s+[^\s.;]+){0,9}?)\s+(?:began|broke out|erupted|started)\b/);
    // "The fighting … began" names the war already under way; "Fighting erupted in X" a flare-up.
    if (!between || !(ONSET_CUE.test(before) || /\bthe$/.test(before) || ONSET_CUE.test(between[1])))
      return false;
  }
  const m = phrase.match(
    /^(?:war|fighting|conflict|hostilities|violence)\b(?:\s+[^\s.;]+){0,9}?\s+(?:began|broke out|erupted|started)\b/,
  );
  return (
    m !== null ||
    ONSET.test(
      ws
        .slice(h.from, h.to)
        .map((w) => w.w)
        .join(' '),
    )
  );
}

function isWeaponNoun(ws: Word[], h: Hit): boolean {
  return (
    h.type === 'attack' &&
    lex().weaponNounTriggers.includes(
      ws
        .slice(h.from, h.to)
        .map((w) => w.w)
        .join(' '),
    )
  );
}

const CASUALTY = /\b(killed|killing|wounded|wounding|injured|injuring|dead|deaths)\b/i;

const LOCATIVE = /^\W*(?:\w+\s+){0,7}?(?:in|near|along|around|across|outside|inside|at)\s+(?:the\s+)?\w/;

const PARTY_TYPES = new Set(['country', 'group', 'organization']);

/**
 * One event per real event within a document: mentions of the same type on the same day at the
 * same place (any place for ceasefire moments, which are one per day) become one event.
 */
export function mergeWithinDocument(
  events: EventItem[],
  text = '',
  standalone: ReadonlySet<EventItem> = new Set(),
): EventItem[] {
  const out: EventItem[] = [];
  const dets = new Set(lex().anaphoricDeterminers);
  for (const e of events) {
    // "the strike", "the missile attack": a definite reference to the latest event of its type.
    const before = text
      .slice(Math.max(0, e.start - 30), e.start)
      .toLowerCase()
      .match(/([a-z]+)\s+$/);
    // "the war began in 2022" is the war's onset, not the strike just reported.
    const anaphoric = before !== null && dets.has(before[1]) && e.type !== 'talks' && !standalone.has(e);
    // ... but only when the reference does not date itself to another day.
    const latest = anaphoric
      ? [...out].reverse().find((o) => o.type === e.type && (!e.dated || o.date?.start === e.date?.start))
      : undefined;
    const same =
      latest ??
      out.find(
        (o) =>
          o.type === e.type &&
          o.date?.start === e.date?.start &&
          (o.type.startsWith('ceasefire') || o.type === 'appeal'
            ? true
            : o.place !== null && o.place === e.place) &&
          (o.mode ?? null) === (e.mode ?? null),
      );
    if (!same) {
      out.push({ ...e });
      continue;
    }
    same.more = [...(same.more ?? []), { start: e.start, end: e.end }];
    same.claims = [...new Set([...same.claims, ...e.claims])];
    same.actors = [...new Set([...same.actors, ...e.actors])];
    same.targets = [...new Set([...same.targets, ...e.targets])];
  }
  return out;
}

export function extractEvents(input: EventInput): EventItem[] {
  const L = lex();
  const out: EventItem[] = [];
  let prevTruce = false;
  // Entities by start, walked with the sentences: each sentence looks only at its own.
  const byStart = [...input.entities].sort((a, b) => a.start - b.start);
  const onsets = new Set<EventItem>();
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
    const hits: Hit[] = [
      ...ceasefireHits(ws, prevTruce, (i) =>
        sentEntities.some((e) => e.end === ws[i - 1].end && e.type !== 'place'),
      ),
      ...simpleHits(ws, 'shootdown', L.triggers.shootdown),
      ...simpleHits(ws, 'territory-change', L.triggers['territory-change']),
      ...simpleHits(ws, 'talks', L.triggers.talks),
      ...simpleHits(ws, 'appeal', L.triggers.appeal),
      ...simpleHits(ws, 'humanitarian', L.triggers.humanitarian),
      ...simpleHits(ws, 'attack', L.triggers.attack),
    ]
      .filter((h) => !blocked.includes(h.from))
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
      const same = kept.filter((k) => k.type === h.type);
      if (same.length) {
        const here = h.type === 'attack' ? placeOf(h) : null;
        const elsewhere =
          here !== null && same.length < 3 && !same.some((k) => placeOf(k) === here || placeOf(k) === null);
        const separate =
          h.type === 'attack' && same.length < 3 && otherClause(ws, h, same, sentEntities, input.text);
        if (!elsewhere && !separate) {
          // Another word for the same event: one more mention of it.
          const near = same.reduce((a, b) => (Math.abs(b.from - h.from) < Math.abs(a.from - h.from) ? b : a));
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
    // A general word of fighting needs its anchor close by: "the latest fighting is the worst since
    // 1994" speaks of the war as a whole, even when the sentence names a place elsewhere.
    const hasLocalAnchor = (h: Hit): boolean => {
      const lo = Math.max(sent.start, ws[h.from].start - 50);
      const hi = Math.min(sent.end, ws[h.to - 1].end + 70);
      const near = (e: Span) => e.start >= lo && e.end <= hi;
      if (input.times.some(near) || sentEntities.some((e) => e.type === 'place' && near(e))) return true;
      return LOCATIVE.test(input.text.slice(ws[h.to - 1].end, Math.min(sent.end, ws[h.to - 1].end + 90)));
    };
    const truceInSentence = findPhrase(ws, L.ceasefireNouns).length > 0;
    for (const h of kept) {
      if (isIrrealis(ws, h) || isNegated(ws, h)) continue;
      if (h.type === 'territory-change' && !hasTerritoryObject(ws, h, sentEntities)) continue;
      // An appeal is a party urging or calling on another (REPORT.md): the trigger is the verb of an
      // attributed appeal with a known speaker, or a dated one.
      if (
        h.type === 'appeal' &&
        !input.times.some((t) => t.start >= sent.start && t.end <= sent.end) &&
        !input.claims.some(
          (c) =>
            c.kind === 'appeal' &&
            c.speaker !== null &&
            c.start <= ws[h.from].start &&
            ws[h.from].start < c.content.start,
        )
      )
        continue;
      // "the agreement also calls for …": a document, not a party, asks (its subject right before).
      if (
        h.type === 'appeal' &&
        findPhrase(ws, L.documentSubjects.words, Math.max(0, h.from - 3), h.from).some((d) =>
          ws
            .slice(d.at + d.len, h.from)
            .every((w) => /^(also|further|explicitly|specifically|only)$/.test(w.w)),
        )
      )
        continue;
      // "two cease-fires negotiated by Russia": the truce agreed, not a round of talks.
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
      const trigger = ws
        .slice(h.from, h.to)
        .map((w) => w.w)
        .join(' ');
      const weakMode = modeOf(ws, h.from, h.to);
      const anaphoric =
        h.from > 0 && L.anaphoricDeterminers.includes(ws[h.from - 1].w) && out.some((o) => o.type === h.type);
      const weak =
        h.type === 'attack' &&
        L.weakAttackTriggers.includes(trigger) &&
        (weakMode === 'ground' || weakMode === 'unspecified');
      if (weak && !anaphoric && !hasLocalAnchor(h)) continue;
      // "repeated clashes", "weeks of fighting", "fighting ground on for a fifth week": the war over time.
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
      if (h.type === 'attack' && L.weaponNounTriggers.includes(trigger)) {
        const s = input.text.slice(sent.start, sent.end);
        const dated = input.times.some(
          (x) => x.start >= sent.start && x.end <= sent.end && x.date.precision === 'day',
        );
        if (kept.some((k) => k.type === 'shootdown') || !(dated || CASUALTY.test(s) || hasAnchor(h)))
          continue;
      }
      const span = { start: ws[h.from].start, end: ws[h.to - 1].end };
      const more = (h.more ?? []).map((o) => ({ start: ws[o.from].start, end: ws[o.to - 1].end }));
      const clause = {
        start: Math.max(sent.start, span.start - 60),
        end: Math.min(sent.end, span.end + 120),
      };
      const t = nearestTime(
        input.times,
        sent,
        span,
        input.text,
        h.type === 'ceasefire-effective' || h.type === 'ceasefire-agreed' || h.type === 'talks',
      );
      const date = t ? t.date : dayOf(input.published);
      const dated = t !== null;
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
              : nearestPlace(sentEntities, sent, span, input.text);
      const parties = sentEntities.filter(
        (e) => PARTY_TYPES.has(e.type) && e.start >= clause.start && e.end <= clause.end,
      );
      const actors = parties.filter((e) => e.end <= span.start).map((e) => e.key);
      const targets = parties.filter((e) => e.start >= span.end).map((e) => e.key);
      const claims = input.claims
        .map((c, i) => ({ c, i }))
        .filter(
          ({ c }) =>
            (c.content.start <= span.start && span.end <= c.content.end) ||
            (c.start <= span.start && span.end <= c.end),
        )
        .map(({ i }) => i);
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
  return mergeWithinDocument(out, input.text, onsets);
}
