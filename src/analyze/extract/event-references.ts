/**
 * How a mention of an event reads against the events told before it: a definite reference ("the
 * strike", "Tuesday's attack", "the operation in X"), dated or not, restated (", which took place
 * on Friday"), naming its target ("the attack on True Confidence"); or told as another ("another
 * strike", "Later, …"). Pure.
 */

import { MONTHS, WEEKDAYS } from '../time/lexicon.ts';
import type { EventItem } from '../types.ts';
import { rankedAt } from './event-clauses.ts';
import { verbLexicon } from './verbs.ts';
import { sentenceStart, WEEKDAY_NAME, words } from './words.ts';

/** The name right after a reference's "on"/"against": "the attack on True Confidence". */
export function targetNamed(text: string, e: EventItem): string | null {
  const after = text.slice(e.end, e.end + 60);
  const m = /^(?:\s+(?:on|against))?\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+\p{Lu}[\p{L}-]*){0,3})/u.exec(after);
  // (Only when the trigger itself ends in "on"/"against" or is followed by it.)
  const joined = /\b(?:on|against)$/i.test(text.slice(e.start, e.end)) || /^\s+(?:on|against)\b/i.test(after);
  return m && joined && m[1].length > 3 ? m[1] : null;
}

/** A determiner, then a degree word ranking what follows: "the deadliest", "its most violent direct". */
function rankedReference(lead: string, dets: ReadonlySet<string>): boolean {
  const ws = words(lead);
  return rankedAt(ws, ws.length) && ws.some((w) => dets.has(w.w));
}

/** A definite object after a capture verb: the place already said to change hands. */
export const DEFINITE_OBJECT =
  /^\s+(?:the|its|their|our|that)\s+(?:[\p{L}-]+\s+)?(?:base|town|city|village|camp|airport|position|positions|hill|district|area|garrison|post|checkpoint)\b/iu;

/** The time lexicon's weekdays and months, as alternations. */
const DAY_NAMES = () => [...WEEKDAYS.keys()].join('|');
const MONTH_NAMES = () => [...MONTHS.keys()].join('|');
let ownDay: RegExp | null = null;
/** A day told right after an event noun: "the attack on Tuesday", "the raid late Sunday", "the attack was on Friday". */
function ownDayRe(): RegExp {
  ownDay ??= new RegExp(
    `^\\s*(?:(?:was|were|came|happened|occurred|took\\s+place|began)\\s+)?(?:(?:on|of|late|early|last|this|overnight|in\\s+the\\s+early\\s+hours\\s+of)\\s+)*(?:(?:${DAY_NAMES()})\\b|yesterday|today|tonight|overnight|(?:${MONTH_NAMES()})\\.?\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH_NAMES()})\\b)`,
    'i',
  );
  return ownDay;
}

let dayBefore: RegExp | null = null;
/** A year or a day's possessive before an event noun: "the 1994 ceasefire", "Tuesday's attack". */
function dayBeforeRe(): RegExp {
  dayBefore ??= new RegExp(
    `(?:\\b(?:1[89]|20)\\d\\d|\\b(?:${DAY_NAMES()}|yesterday|weekend)['’]s)\\s+(?:[\\p{L}-]+\\s+)?$`,
    'iu',
  );
  return dayBefore;
}

/** A month and day right before an event noun: "April 22", "Oct. 7", "7 October". */
const DATE_WORDS =
  /\s(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?|\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*)\s+$/;

/** A day named in the possessive right before a mention: "Tuesday's strike", "last week's raid". */
const DAY_POSSESSIVE = new RegExp(
  `\\b(?:${WEEKDAY_NAME}(?:\\s+(?:night|morning|afternoon|evening))?|yesterday|last\\s+(?:week|month|night)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d{1,2})['’]s\\s+(?:[a-z-]+\\s+)?$`,
);

/** A sentence opened by a definite general noun of an incident, up to its verb: "The overnight operation in X ". */
const INCIDENT_SUBJECT =
  /^\s*(?:the|this|that)\s+((?:[\p{L}-]+\s+){0,4})(?:operation|incident|mission)\b(?:\s+(?:in|at|near|on)\s+[^,.;:]{1,50}?)?\s+(?:(?:has|had|was|were|also|reportedly)\s+)?$/iu;
/** A day or part of one among the modifiers of a noun: "the Sunday night operation". */
const DAY_WORD = new RegExp(
  `\\b(?:${WEEKDAY_NAME}|overnight|night|morning|evening|afternoon|yesterday)\\b`,
  'i',
);

/** An incident named as another one earlier in the clause: "in an earlier attack", "in a separate incident". */
export const SEPARATE_INCIDENT =
  /\b(?:in|during)\s+(?:an?\s+)?(?:earlier|separate|another|previous|second)\s+(?:attack|incident|raid|strike|assault|ambush)\b/i;

/** Words that announce an event as not the one just told: "another strike", "a second attack". */
export const ANOTHER =
  /\b(?:another|a\s+second|a\s+third|a\s+separate|a\s+further|other|separate|earlier|later)\s+(?:[\p{L}-]+\s+)?$/iu;

/**
 * A sentence that moves the story on: "Later, just before midnight, an air strike …", "Later,
 * enemy drones attacked …", "Elsewhere, gunmen stormed …".
 */
export const LATER =
  /^\s*(?:later|hours\s+later|minutes\s+later|later\s+that\s+(?:day|night|evening)|subsequently|afterwards|separately|elsewhere)\b(?:[^.;]*\b(?:a|an)\s+(?:[\p{L}-]+\s+){0,2}|\s*,\s*(?:[\p{L}-]+\s+){1,3})$/iu;

/** An event told as what another came before or after: "hours after the assassination of …". */
export const RELATIVE =
  /\b(?:after|before|following|since|ahead\s+of|days?\s+after|weeks?\s+after)\s+(?:the|a|an|his|her|its|their|last\s+\p{L}+['’]s)\s+(?:[\p{L}-]+\s+){0,2}$/iu;

/**
 * A relative clause that tells when the event just named happened: ", which occurred on …".
 * ("The attack happened at about 1 p.m. on Monday in X": the reference is the clause's subject.)
 */
const RESTATED =
  /^(?:\s*,\s*(?:which|that)\s+(?:occurred|happened|took\s+place|began|started|unfolded)|\s+(?:occurred|happened|took\s+place|unfolded))\b/i;

/** How a mention reads as a reference back to an event told before. */
export interface Reference {
  /** A definite reference to the latest event of its type (no talks, no event told standalone). */
  anaphoric: boolean;
  /** A reference that dates itself: "the April 22 attack", "Tuesday's strike". */
  datedRef: boolean;
  /** An attack told only as "the attack", no day right at it: its sentence's day dates something else. */
  looseRef: boolean;
  /** "The raid, which took place on Friday night, …": the event told before, dated now more exactly. */
  restated: boolean;
}

/**
 * "the strike", "the missile attack": a definite reference to the latest event of its type.
 * ("the April 22 attack", "the Oct. 7 assault": the date between article and noun is skipped.)
 * ("the raid in which nine died", "struck by the missile strike": any of its words
 * in the sentence may be the reference.)
 */
export function readReference(
  text: string,
  e: EventItem,
  dets: ReadonlySet<string>,
  modifiers: ReadonlySet<string>,
  standalone: ReadonlySet<EventItem>,
): Reference {
  const lead = (m: { start: number }) => text.slice(Math.max(0, m.start - 40), m.start).toLowerCase();
  /** The anaphoric determiner of a mention: the word before it (a date between skipped), or its own first word. */
  const determinerOf = (m: { start: number; end: number }): string | null => {
    // ("Tuesday's strike", "last week's massacre": a day's possessive is a definite article.)
    if (DAY_POSSESSIVE.test(lead(m))) return 'the';
    const tail = lead(m)
      .replace(DATE_WORDS, ' ')
      .match(/(?:([a-z]+)\s+)?([a-z]+)\s+$/);
    const before = tail?.[2];
    // ("officials claimed that shelling killed 20": the conjunction after a verb of saying.)
    const saying = before === 'that' && tail?.[1] !== undefined && verbLexicon().forms.has(tail[1]);
    if (before !== undefined && dets.has(before) && !saying) return before;
    // ("the overnight raid", "the deadly shelling": a word of time or manner between.)
    if (before !== undefined && tail?.[1] !== undefined && dets.has(tail[1]) && modifiers.has(before))
      return tail[1];
    // ("the shooting" may be a trigger phrase of its own, article included.)
    const opener = /^([a-z]+)\s/i.exec(text.slice(m.start, m.end))?.[1]?.toLowerCase();
    return opener !== undefined && dets.has(opener) ? opener : null;
  };
  /**
   * "The Sunday night operation in X targeted …": the verb's subject is the incident told before,
   * named by a general noun (dated when a day stands in it).
   */
  const incidentSubject = (m: { start: number }): { dated: boolean } | null => {
    const x = INCIDENT_SUBJECT.exec(text.slice(sentenceStart(text, m.start), m.start));
    return x ? { dated: DAY_WORD.test(x[1]) } : null;
  };
  const refersBack = (m: { start: number; end: number }) => {
    // "the killing of a commander in Sidon", "the assassination of X": a new event named by what
    // befell whom, not a reference back.
    const named = /^\s+of\b/i.test(text.slice(m.end, m.end + 4)) || /\bof$/i.test(text.slice(m.start, m.end));
    // "the war began in 2022" is the war's onset, not the strike just reported.
    // "the most violent direct attack": ranked among others, the story's own attack.
    return (determinerOf(m) !== null || rankedReference(lead(m), dets) || incidentSubject(m)) && !named;
  };
  const refs = [e, ...(e.more ?? [])].filter(refersBack);
  const definite = refs.length > 0;
  // "the April 22 attack": a reference that dates itself, more exactly than the event it names.
  const datedRef = refs.some(
    (m) => DATE_WORDS.test(lead(m)) || DAY_POSSESSIVE.test(lead(m)) || incidentSubject(m)?.dated === true,
  );
  const anaphoric = definite && e.type !== 'talks' && !standalone.has(e);
  // "The attack was a setback to talks stalled since August 2018": a reference with no day of its
  // own right at it — the day found in its sentence dates something else.
  const looseRef =
    anaphoric &&
    e.type === 'attack' &&
    e.dated === true &&
    // (told only as a reference, not as a new deed referred to again: "a bomber rammed … the attack",
    // "the strikes came two days after shelling killed 20")
    refs.length === 1 + (e.more?.length ?? 0) &&
    // ("its attacks", "their strikes": a party's attacks in general; "claimed that shelling …": no determiner)
    /^(?:the|this)$/.test(determinerOf(e) ?? '') &&
    !datedRef &&
    !refs.some((m) => ownDayRe().test(text.slice(m.end, m.end + 40)) || dayBeforeRe().test(lead(m)));
  // "The raid, which took place on Friday night, …": the event told before, dated
  // now more exactly.
  const restated = anaphoric && refs.some((m) => RESTATED.test(text.slice(m.end, m.end + 40)));
  // ... but only when the reference does not date itself to another day; an undated one takes
  // the day its later reference gives ("the massacre …" then "the attack, which happened on 3 May").
  return { anaphoric, datedRef, looseRef, restated };
}
