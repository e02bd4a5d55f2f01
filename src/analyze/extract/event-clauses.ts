/**
 * Word-level tests on an event trigger in its sentence: its attack mode, irrealis or negated
 * contexts, war onsets, aggregates over weeks, territorial objects, other clauses. Pure.
 */
import type { AttackMode } from '../../report/contract.ts';
import type { EntityMention, Sentence } from '../types.ts';
import { findPhrase, type Hit, lex } from './event-lexicon.ts';
import type { Word } from './words.ts';

/** Words by which a target holds weapons rather than being hit by them. */
const STORES =
  /^(?:housing|housed|storing|stored|containing|holding|hosting|keeping|producing|making|assembling|repairing)$/;

/** A weapon word at `at` that a target holds: a storing word in the three words before it (not before `floor`). */
function heldWeapon(ws: Word[], at: number, floor: number): boolean {
  return ws.slice(Math.max(floor, at - 3), at).some((w) => STORES.test(w.w));
}

/** A word at `at` that an attack is aimed at: "on", "at", "against" in the four words before it (not before `floor`). */
function aimedAt(ws: Word[], at: number, floor: number): boolean {
  for (let k = at - 1; k >= Math.max(floor, at - 4); k--) {
    if (/^(?:on|at|against|targeting)$/.test(ws[k].w)) return true;
    // "an attack on the city with drones": the weapon it was made with.
    if (/^(?:with|by|using|from|and|,)$/.test(ws[k].w)) return false;
  }
  return false;
}

/** A ground-combat word that only describes the place after it: "a frontline village", "front line positions". */
function placeDescribed(ws: Word[], at: number, len: number): boolean {
  return findPhrase(ws, lex().territoryObjects.nouns, at + len, at + len + 1).length > 0;
}

/** The attack mode named nearest the trigger; weapon words outrank the ground-combat words. */
export function modeOf(ws: Word[], from: number, to: number, back = 6, ahead = 8): AttackMode {
  const L = lex();
  const lo = Math.max(0, from - back);
  const hi = Math.min(ws.length, to + ahead);
  let best: { mode: AttackMode; dist: number } | null = null;
  for (const [mode, phrases] of Object.entries(L.modes) as [AttackMode, string[]][]) {
    for (const p of findPhrase(ws, phrases, lo, hi)) {
      // "a hangar housing naval drones", "a depot storing missiles": the target's contents.
      if (p.at > to && heldWeapon(ws, p.at, to)) continue;
      // "an attack on a police helicopter", "fired at a drone factory": the aircraft is the target.
      if ((mode === 'airstrike' || mode === 'drone') && p.at >= to && aimedAt(ws, p.at, from)) continue;
      // "a suicide bombing", "a car bombing": a bomb on the ground, no aircraft.
      if (
        mode === 'airstrike' &&
        /^(?:suicide|car|roadside|truck|bicycle|motorcycle)$/.test(ws[p.at - 1]?.w ?? '')
      )
        continue;
      // "the frontline town of X", "militant positions": where the attack fell, not the way it was fought.
      if (mode === 'ground' && placeDescribed(ws, p.at, p.len)) continue;
      // "targeted 19 gunmen", "struck fighters": armed men after the trigger are its targets,
      // unless "by" makes them its doers ("an attack by gunmen").
      if (
        mode === 'ground' &&
        p.at >= to &&
        L.groundActors.words.includes(ws[p.at + p.len - 1].w) &&
        !ws.slice(Math.max(to, p.at - 3), p.at).some((w) => w.w === 'by')
      )
        continue;
      const dist = p.at < from ? from - p.at : Math.max(0, p.at - to);
      // Weapon words say more than the ground-combat words of the trigger itself.
      const d = mode === 'ground' ? dist + 6 : dist;
      if (!best || d < best.dist) best = { mode, dist: d };
    }
  }
  // "a drone bombed the depot": the platform named with a verb of bombing is its mode.
  if (best?.mode === 'airstrike' && best.dist === 0) {
    const drone = findPhrase(ws, L.modes.drone, Math.max(0, from - 3), from);
    if (drone.length) return 'drone';
  }
  return best?.mode ?? 'unspecified';
}

/** "could hear", "could see": a modal of perception reports what was heard, not what might be. */
const PERCEPTION = /^(hear|see|feel|smell|heard|seen|felt)$/;

export function isIrrealis(ws: Word[], h: Hit): boolean {
  const L = lex();
  for (const m of findPhrase(ws, L.irrealis.near, Math.max(0, h.from - 3), h.from))
    if (!PERCEPTION.test(ws[m.at + m.len]?.w ?? '')) return true;
  for (const m of findPhrase(ws, L.irrealis.wide, Math.max(0, h.from - 8), h.from))
    if (!PERCEPTION.test(ws[m.at + m.len]?.w ?? '')) return true;
  // "fighting is likely to escalate", "clashes are expected to spread": what may yet come.
  const after = ws
    .slice(h.to, h.to + 4)
    .map((w) => w.w)
    .join(' ');
  return AHEAD.test(after);
}

/** Right after an event word: it is said to be still to come. */
const AHEAD = /^(?:is|are|was|were)\s+(?:likely|expected|set|poised|due|bound)\s+to\b/;

/** The weapon of one trigger alone: "fighter jets struck" → airstrike, "firing heavy artillery" → shelling. */
export function localMode(ws: Word[], h: { from: number; to: number }): AttackMode {
  return modeOf(ws, h.from, h.to, 2, 3);
}

let answerRe: RegExp | null = null;
/**
 * Where the cue that tells the event at `start` as the deed another answers begins ("… in
 * retaliation for a deadly | strike"), at or after `lo`; -1 without one.
 */
export function answerCueAt(text: string, start: number, lo = 0): number {
  const A = lex().answerCues;
  answerRe ??= new RegExp(
    `\\b(?:(?:${A.nouns.join('|')})\\s+(?:${A.preps.join('|')})|${A.directVerbs.join('|')})\\s+(?:(?:${A.determiners.join('|')})\\s+)?(?:(?!(?:and|or)\\s)[\\p{L}\\d-]+\\s+){0,3}$`,
    'iu',
  );
  const from = Math.max(lo, start - 60);
  const m = answerRe.exec(text.slice(from, start));
  return m ? from + m.index : -1;
}

/**
 * "…, blaming the group for an ambush on a convoy", "accused the rebels of the raid": the deed a
 * party is blamed for, named after the verb of blame, its "for"/"of" and a determiner. The index
 * of the verb, or -1.
 */
function blamedFor(ws: Word[], at: number): number {
  const B = lex().answerCues.blame;
  let k = at;
  while (k > 0 && at - k < 3 && /^[\p{L}-]+$/u.test(ws[k - 1].w) && !B.preps.includes(ws[k - 1].w)) k--;
  if (k < 2 || !B.preps.includes(ws[k - 1].w) || k === at) return -1;
  for (let m = k - 2; m >= Math.max(0, k - 7); m--) {
    if (!/^[\p{L}'’-]+$/u.test(ws[m].w)) return -1;
    if (B.verbs.includes(ws[m].w)) return m;
  }
  return -1;
}

/**
 * "The barrage came after the army said it struck a depot": the deed told in a clause opened by
 * "after"/"following" (not "after storming …"). The index of the conjunction, or -1.
 */
function afterClause(ws: Word[], at: number): number {
  for (let m = at - 1; m >= Math.max(1, at - 10); m--) {
    const w = ws[m].w;
    if (!/^[\p{L}'’-]+$/u.test(w)) return -1;
    if (/^(?:after|following)$/.test(w)) return /ing$/.test(ws[m + 1]?.w ?? '') ? -1 : m;
  }
  return -1;
}

/**
 * Where the clause telling hit k as a deed apart from another attack of its sentence begins (the
 * blame or the "after" before it), when that other attack is told before it and k is no definite
 * reference; -1 otherwise.
 */
export function apartClauseAt(ws: Word[], k: Hit, attacks: Hit[]): number {
  // ("a week after the raid began": a definite reference, the attack already told.)
  if (k.from > 0 && lex().anaphoricDeterminers.includes(ws[k.from - 1].w)) return -1;
  for (const m of [blamedFor(ws, k.from), afterClause(ws, k.from)])
    if (m >= 0 && attacks.some((o) => o !== k && o.to <= m)) return m;
  return -1;
}

/**
 * Attacks with other weapons in another clause of the sentence are distinct: "clashes continued
 * in Kharkiv, with drones striking the port and artillery firing on the suburbs".
 */
export function otherClause(
  ws: Word[],
  h: Hit,
  same: Hit[],
  entities: EntityMention[],
  text: string,
): boolean {
  // "… fired rockets at a barracks following the killing of its leader", "hours before the
  // assassination of X": another event, told as what this one came before or after.
  // "… said the attack was in retaliation for Israeli air strikes": the deed it answers is another.
  const told = (k: Hit) =>
    (k.from >= 2 &&
      /^(?:the|a|an)$/.test(ws[k.from - 1].w) &&
      /^(?:following|after|before|since)$/.test(ws[k.from - 2].w)) ||
    answerCueAt(text, ws[k.from].start) >= 0 ||
    apartClauseAt(ws, k, [...same, h]) >= 0;
  // "to avenge the raid and killing of …": one deed named twice.
  if (same.some((k) => k.to + 1 === h.from && /^(?:and|or)$/.test(ws[k.to].w))) return false;
  if (told(h) || same.some(told)) return true;
  const m = localMode(ws, h);
  if (m === 'unspecified' || isWeaponNoun(ws, h) || same.some((k) => localMode(ws, k) === m)) return false;
  const near = same.reduce((a, b) => (Math.abs(b.from - h.from) < Math.abs(a.from - h.from) ? b : a));
  if (namesSetting(ws, h.from > near.from ? h : near)) return false;
  const lo = ws[Math.min(near.to, h.to) - 1].end;
  const hi = ws[Math.max(near.from, h.from)].start;
  if (hi <= lo) return false;
  return (
    entities.some((e) => e.start >= lo && e.end <= hi) ||
    /\b(?:where|while|whereas|although|though)\b/i.test(text.slice(lo, hi))
  );
}

/**
 * "gunmen shot dead four guards in a raid on …": an attack noun after "in a"/"during the" names
 * the attack the deed before it was done in — one event.
 */
export function namesSetting(ws: Word[], h: Hit): boolean {
  return h.from >= 2 && /^(?:a|an|the)$/.test(ws[h.from - 1].w) && /^(?:in|during)$/.test(ws[h.from - 2].w);
}

/** A weapon introduced by "using"/"with" later in the sentence ("… using drones"). */
function weaponUsed(ws: Word[], from: number): AttackMode | null {
  for (const [mode, phrases] of Object.entries(lex().modes) as [AttackMode, string[]][]) {
    if (mode === 'ground') continue;
    for (const p of findPhrase(ws, phrases, from))
      for (let k = Math.max(from, p.at - 3); k < p.at; k++)
        if (/^(using|with|by)$/.test(ws[k].w)) return mode;
  }
  return null;
}

/** The mode of an attack hit among the hits kept in its sentence. */
export function attackMode(ws: Word[], x: Hit, kept: Hit[]): AttackMode {
  if (isOnset(ws, x)) return 'unspecified';
  // Several attacks in the sentence: each keeps to the weapon of its own words.
  let attacks = 0;
  for (const k of kept) if (k.type === 'attack') attacks++;
  const near = attacks > 1 ? localMode(ws, x) : 'unspecified';
  let own = near !== 'unspecified' ? near : modeOf(ws, x.from, x.to);
  // "attacks on army posts …, including two using attack drones": the weapon named further on.
  // ("clashes …, with jets bombing the town" keep their own ground mode).
  if ((own === 'ground' || own === 'unspecified') && modeOf(ws, x.from, x.to, 0, 0) === 'unspecified')
    own = weaponUsed(ws, x.to) ?? own;
  if (own !== 'unspecified' || !x.more) return own;
  // "the hum of drones …, followed by the thud of explosions": the weapon named by another mention.
  for (const o of x.more) {
    if (heldWeapon(ws, o.from, 0) || aimedAt(ws, o.from, 0)) continue;
    const m = localMode(ws, o);
    if (m !== 'unspecified') return m;
  }
  return own;
}

/** "… for a fifth week", "… into its third month": fighting counted in weeks or longer. */
export function forWeeks(ws: Word[], from: number): boolean {
  const durations = lex().aggregateCues.durations;
  for (let k = from; k < Math.min(ws.length - 2, from + 5); k++) {
    if (!/^(for|into)$/.test(ws[k].w) || !/^(a|the|its|their)$/.test(ws[k + 1].w)) continue;
    if (durations.includes(ws[k + 2].w) || durations.includes(ws[k + 3]?.w ?? '')) return true;
  }
  return false;
}

/** "had not withdrawn from", "never attacked": the event word is negated. */
export function isNegated(ws: Word[], h: Hit): boolean {
  if (h.type === 'ceasefire-violation') return false;
  return findPhrase(ws, lex().negations.words, Math.max(0, h.from - 2), h.from).length > 0;
}

/**
 * "captured the town", "seized Kherson" are territory; "captured 27 soldiers", "seized power",
 * "the hospitals it had seized in the capital" are not: the object right after the verb decides.
 */
export function hasTerritoryObject(ws: Word[], h: Hit, entities: EntityMention[]): boolean {
  const L = lex().territoryObjects;
  const trigger = triggerOf(ws, h);
  // "Kupiansk had been captured", "the town has fallen": the ground is the subject before.
  // ("villages were also liberated": a participle after a form of "be" and an adverb is passive too.)
  const be = /^(?:also|then|later|quickly|soon|finally|eventually|reportedly|fully|partly|partially)$/.test(
    ws[h.from - 1]?.w ?? '',
  )
    ? h.from - 2
    : h.from - 1;
  const passive =
    L.passiveTriggers.includes(trigger) ||
    (L.ambiguousTriggers.includes(trigger) &&
      /(?:ed|en)$/.test(trigger) &&
      /^(?:was|were|been|is|are|being)$/.test(ws[be]?.w ?? ''));
  if (passive) {
    for (let k = h.from - 1; k >= Math.max(0, h.from - 7); k--) {
      if (/^[.,;:!?]$/.test(ws[k].w)) return false;
      // ("photos … said were taken in X had been taken elsewhere": a place after "in" is no subject.)
      if (isGround(ws, k, entities) && !LOCATIVE_BEFORE.test(ws[groundStart(ws, k, entities) - 1]?.w ?? ''))
        return true;
    }
    return false;
  }
  if (!L.ambiguousTriggers.includes(trigger)) return true;
  // "the occupied Golan Heights", "in occupied Crimea", "Russian-occupied Donetsk": a participle
  // used as an adjective names a place, not a capture.
  const prev = ws[h.from - 1]?.w ?? '';
  if (
    /ed$/.test(trigger) &&
    (/^(?:the|in|of|from|into|across|a|an|newly|illegally)$/.test(prev) ||
      /-$/.test(prev) ||
      // "the partially occupied eastern region" — not "quickly occupied the town", "briefly occupied Izium".
      (trigger === 'occupied' &&
        /^\p{Ll}+ly$/u.test(prev) &&
        /^\p{Ll}/u.test(ws[h.to]?.w ?? '') &&
        !/^(?:the|a|an|its|their|his|her|our|parts?|most|much|several|two|three|all)$/.test(
          ws[h.to]?.w ?? '',
        )))
  )
    return false;
  // ("had seized wide parts of three towns": a partitive may stand before the ground.)
  const hi = Math.min(ws.length, h.to + 7);
  for (let k = h.to; k < hi; k++) {
    const w = ws[k];
    if (/^[.,;:!?]$/.test(w.w) || /^(in|at|on|by|from|during|after|before|for|with|since|to)$/.test(w.w))
      return false;
    if (isGround(ws, k, entities)) return true;
    // "since the rebels captured it", "to capture parts of it": the ground named before in the sentence.
    if (w.w === 'it' && (k === h.to || /^of$/.test(ws[k - 1].w))) return groundBefore(ws, h.from, entities);
  }
  return false;
}

/** Ground named in the clause before word `from`, within its sentence ("the city of X … captured it"). */
function groundBefore(ws: Word[], from: number, entities: EntityMention[]): boolean {
  for (let k = from - 1; k >= Math.max(0, from - 20); k--) {
    if (/^[.!?;]$/.test(ws[k].w)) return false;
    if (isGround(ws, k, entities))
      return !LOCATIVE_BEFORE.test(ws[groundStart(ws, k, entities) - 1]?.w ?? '');
  }
  return false;
}

/** Prepositions that put a place in an adjunct ("in X", "near X"), not in the subject. */
const LOCATIVE_BEFORE = /^(?:in|at|near|around|inside|outside|from|into|across)$/;

/** The first word of the noun phrase of ground that holds word k: "the town of X". */
function groundStart(ws: Word[], k: number, entities: EntityMention[]): number {
  const e = entities.find((x) => x.type === 'place' && x.start <= ws[k].start && ws[k].end <= x.end);
  let j = k;
  if (e) while (j > 0 && ws[j - 1].start >= e.start) j--;
  // ... and back over "the town of", "a village of".
  while (j > 0 && (/^(?:of|the|a|an)$/.test(ws[j - 1].w) || isGround(ws, j - 1, entities))) j--;
  return j;
}

/** A word that names ground: inside a place's name, or a territorial noun ("the town", "positions"). */
function isGround(ws: Word[], k: number, entities: EntityMention[]): boolean {
  const w = ws[k];
  // ("Tikrit's southern districts": a place's name with its possessive.)
  const end = /['’]s?$/.test(w.w) ? w.end - (w.w.endsWith('s') ? 2 : 1) : w.end;
  return (
    entities.some((e) => e.type === 'place' && e.start <= w.start && end <= e.end) ||
    findPhrase(ws, lex().territoryObjects.nouns, k, k + 1).length > 0 ||
    (end < w.end && lex().territoryObjects.nouns.includes(w.w.slice(0, end - w.end)))
  );
}

/** "the war began", "fighting that broke out on …": the onset of a conflict, no one mode of attack. */
const ONSET = /^(?:war|conflict|hostilities)\b.*\b(?:began|broke out|erupted|started)$/;
/** "since fighting erupted", "fighting, which began …": fighting that began the war. */
const ONSET_CUE = /\b(?:since|when|until|latest|current|first|which|that)\b/;
export function isOnset(ws: Word[], h: Hit): boolean {
  if (h.onset) return true;
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
  return m !== null || ONSET.test(triggerOf(ws, h));
}

/** The trigger's words, lower-cased, as the lexicons list them. */
export function triggerOf(ws: Word[], h: Pick<Hit, 'from' | 'to'>): string {
  return ws
    .slice(h.from, h.to)
    .map((w) => w.w)
    .join(' ');
}

export function isWeaponNoun(ws: Word[], h: Hit): boolean {
  return h.type === 'attack' && lex().weaponNounTriggers.includes(triggerOf(ws, h));
}

/** A general word of fighting ("clashes", "a blast"), which needs an anchor to be an event. */
export function isWeakTrigger(ws: Word[], h: Hit): boolean {
  return h.type === 'attack' && lex().weakAttackTriggers.includes(triggerOf(ws, h));
}

/**
 * The part of a sentence whose day and place belong to hit h: before an attack told as the one it
 * answers ("… in retaliation for a strike on Y on Monday"), or, for that answered attack, from its cue.
 */
export function answerScope(text: string, ws: Word[], sent: Sentence, h: Hit, kept: Hit[]): Sentence {
  const attacks = kept.filter((k) => k.type === 'attack');
  const cueAt = (k: Hit) => {
    const at = answerCueAt(text, ws[k.from].start, sent.start);
    if (at >= 0) return at;
    const m = apartClauseAt(ws, k, attacks);
    return m >= 0 ? ws[m].start : -1;
  };
  const own = h.type === 'attack' ? cueAt(h) : -1;
  const next = kept.find((k) => k !== h && k.type === 'attack' && k.from > h.from && cueAt(k) >= 0);
  const end = next ? cueAt(next) : -1;
  // (An answered deed that answers another in turn: "shelling began after X struck Y to avenge
  // the April 22 attack" — from its own cue to the next one.)
  const start = own >= 0 ? own : sent.start;
  return { ...sent, start, end: end > ws[h.to - 1].end ? end : sent.end };
}

/** A degree word ranking the trigger among others in the four words before it: "the deadliest attack". */
export function rankedAt(ws: Word[], from: number): boolean {
  return findPhrase(ws, lex().superlatives.words, Math.max(0, from - 4), from).length > 0;
}
