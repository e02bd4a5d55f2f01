/** The event lexicon (data/lexicon/events.json), the trigger hit type and phrase search shared by the event modules. */
import { readFileSync } from 'node:fs';
import type { AttackMode, EventType } from '../../report/contract.ts';
import { indexOf, type Word } from './words.ts';

export interface RawEvents {
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
  /** Words of time or manner between a determiner and the noun it refers back with: "the overnight raid". */
  referenceModifiers: { words: string[] };
  /** Degree words ranking an attack among others: "the deadliest attack this year". */
  superlatives: { words: string[] };
  /** Attack words too general to stand alone: an event only with a place or date in the sentence. */
  weakAttackTriggers: string[];
  /** Weapons named alone ("drones", "artillery"): an attack only with a dated sentence or casualties. */
  weaponNounTriggers: string[];
  /** Nouns that make a weapon's name a unit's or a post's: "the artillery unit", "a drone operator". */
  weaponUnitNouns: { nouns: string[] };
  /** Bare "captured"/"seized" report ground changing hands only with a territorial object. */
  territoryObjects: { ambiguousTriggers: string[]; passiveTriggers: string[]; nouns: string[] };
  negations: { words: string[] };
  /** Modifiers that make a general fighting word speak of the war over time. */
  aggregateCues: { before: string[]; after: string[]; durations: string[] };
  /** Documents as subjects of "calls for": not a party appealing. */
  documentSubjects: { words: string[] };
  /** Cues that make a plural attack noun speak of attacks in general ("attacks continue"). */
  genericCues: { plurals: string[]; cues: string[]; closing: string[]; habitAdverbs: string[] };
  /** What a downing brings down: drones, or crewed aircraft. */
  downedCraft: { drones: string[]; crewed: string[] };
  /** Armed men among the ground-mode words: targets when after the trigger without "by". */
  groundActors: { words: string[] };
  /** Verbs of killing that report an attack when an armed party is their subject. */
  agentKillings: {
    verbs: string[];
    agents: string[];
    between: string[];
    subjectModifiers: string[];
    /** Pronouns that stand for the speaker after a verb of saying: "said they killed …". */
    pronouns: string[];
    pronounAfter: string[];
    /** Words that end the clause of a party before "and killed". */
    clauseBreaks: string[];
    /** Words right before a party that opens its clause: "its soldiers …", "said the army …". */
    clauseOpeners: string[];
  };
  /** Verbs that end or pause talks: "suspended peace talks" is a decision announced, not a meeting. */
  talksEnded: { before: string[] };
  /** Words before an event told as the deed another answers: "in retaliation for". */
  answerCues: {
    /** "to avenge the attack": verbs whose object is the deed answered. */
    directVerbs: string[];
    nouns: string[];
    preps: string[];
    determiners: string[];
    /** "blaming them for an attack", "accused X of the raid": the deed blamed is another event. */
    blame: { verbs: string[]; preps: string[] };
  };
  /** Emergency powers declared or imposed: a decision, typed statement. */
  decisions: { verbs: string[]; nouns: string[] };
  /** How a story dates its war: "a civil war since April", "the outbreak of the uprising in 2011". */
  onsets: { nouns: string[]; after: string[]; before: string[] };
}

let lexicon: RawEvents | null = null;
export function lex(): RawEvents {
  lexicon ??= JSON.parse(
    readFileSync(new URL('../../../data/lexicon/events.json', import.meta.url), 'utf8'),
  ) as RawEvents;
  return lexicon;
}

export interface Hit {
  type: EventType;
  from: number;
  to: number;
  /** Further trigger words of the same event in the sentence ("drones … explosions"). */
  more?: { from: number; to: number }[];
  /** Told only by its dead ("two soldiers were killed in Gao"): an event only when anchored. */
  bare?: boolean;
  /** The war's onset as the story dates it ("a conflict that began in May 2021"). */
  onset?: boolean;
}

export function findPhrase(
  ws: Word[],
  phrases: string[],
  from = 0,
  to = ws.length,
): { at: number; len: number }[] {
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
