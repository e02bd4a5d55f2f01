/**
 * What linking a denial reads of the claims once: their content words, the events they share,
 * which speak of the dead and which count them, whether a claim blames a denier's side. Pure.
 */
import type { ClaimItem, EntityMention } from '../types.ts';
import { namesNationAttack, OWN, partyNouns } from './claim-agents.ts';
import { CASUALTIES, COUNT } from './claim-disputes.ts';
import { namesSide, partyOf } from './claim-parties.ts';

/** Sentences between a denial and the charge it answers, at most (asides included). */
export const MAX_GAP = 4;

/** The claims being linked and what is read of them once. */
export interface DenialContext {
  claims: ClaimItem[];
  sentenceOf: number[];
  entities: EntityMention[];
  text: string;
  /** A claim's place among the sentences that attribute something. */
  rank: number[];
  /** Whether claims `a` and `b` report or deny one event. */
  shareEvent: (a: number, b: number) => boolean;
  /** A claim's content words, read once. */
  words: (c: ClaimItem) => Set<string>;
  /** `x` speaks of casualties and `y` counts them. */
  bothCountDead: (x: ClaimItem, y: ClaimItem) => boolean;
  /** Denial `c` is what report `o` tells. */
  reportedIn: (o: ClaimItem, c: ClaimItem) => boolean;
  /** Whether claim `o` blames the side of denial `c`. */
  blamesSideOf: (c: ClaimItem, o: ClaimItem) => boolean;
}

/**
 * The context of linking, read after the disputes have ended any content early: which claims
 * speak of the dead or hurt and which give a count, and the denier's side.
 */
export function denialContext(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text: string,
  shareEvent: (a: number, b: number) => boolean,
  words: (c: ClaimItem) => Set<string>,
  rank: number[],
): DenialContext {
  // Which claims speak of the dead or hurt, and which give a count: read once per claim, after the
  // disputes above have ended any content early.
  const ofDead = new Map(claims.map((c) => [c, CASUALTIES.test(text.slice(c.content.start, c.content.end))]));
  const counts = new Map(claims.map((c) => [c, COUNT.test(text.slice(c.content.start, c.content.end))]));
  /** `x` speaks of casualties and `y` counts them. */
  const bothCountDead = (x: ClaimItem, y: ClaimItem) => !!ofDead.get(x) && !!ofDead.get(y) && !!counts.get(y);
  /**
   * Denial `c` is what report `o` tells ("a source told AFP the army rejected the charges"): inside
   * its content with no clause break before it (not "accused X of …, but the charge was dismissed").
   */
  const reportedIn = (o: ClaimItem, c: ClaimItem): boolean =>
    o.content.start <= c.start &&
    c.end <= o.content.end &&
    !/[,;:]|\bbut\b/i.test(text.slice(o.content.start, c.content.start));
  /** A denier's side and the common nouns that name it ("an army spokesman"), read once per denial. */
  const sides = new Map<ClaimItem, { side: string | null; nouns: Set<string> }>();
  const sideOf = (c: ClaimItem) => {
    let x = sides.get(c);
    if (!x) {
      x = { side: partyOf(c.speaker, entities), nouns: partyNounsIn(speakerName(c.speaker, entities)) };
      sides.set(c, x);
    }
    return x;
  };
  /** Whether claim `o` blames the side of denial `c` (its party, its nouns, its nation). */
  const blamesSideOf = (c: ClaimItem, o: ClaimItem): boolean => {
    const { side, nouns } = sideOf(c);
    return (
      (side !== null &&
        // "targeted radars in Pakistan": the side struck, not blamed.
        namesSide(
          o,
          side,
          entities,
          (e) => !TARGETED.test(text.slice(Math.max(o.content.start, e.start - 40), e.start)),
        )) ||
      namesParty(text.slice(o.content.start, o.content.end), nouns) ||
      (side?.startsWith('country:') === true &&
        namesNationAttack(text.slice(o.content.start, o.content.end), side))
    );
  };
  return {
    claims,
    sentenceOf,
    entities,
    text,
    rank,
    shareEvent,
    words,
    bothCountDead,
    reportedIn,
    blamesSideOf,
  };
}

/** Before a party named as the one struck: "strikes on India", "near Basra, Iraq's main port". */
const TARGETED =
  /\b(?:in|on|against|at|into|inside|across|over|towards?)\s+(?:the\s+)?(?:\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*)*\s*,\s*)?$/u;

/** A speaker's name: its entity's, or the key past its type. */
function speakerName(key: string | null, entities: EntityMention[]): string {
  if (!key) return '';
  return entities.find((e) => e.key === key)?.name ?? key.slice(key.indexOf(':') + 1);
}

/** The party nouns in a speaker's name: "an army spokesman" → army. */
function partyNounsIn(name: string): Set<string> {
  return new Set([...name.matchAll(partyNouns())].map((m) => m[0].toLowerCase()));
}

/** Whether a text names one of these party nouns as someone else's ("the army", not "its army"). */
function namesParty(t: string, nouns: ReadonlySet<string>): boolean {
  if (!nouns.size) return false;
  for (const m of t.matchAll(partyNouns()))
    if (nouns.has(m[0].toLowerCase()) && !OWN.test(t.slice(0, m.index ?? 0))) return true;
  return false;
}
