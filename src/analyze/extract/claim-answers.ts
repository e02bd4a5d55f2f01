/**
 * Which claim a denial names or takes up in so many words: "…, a claim X rejected", "when asked
 * about …", "X's statements", "allegations made by X", "such allegations". Pure.
 */
import { countryOfDemonym } from '../entities/country.ts';
import { contentWords, wordOverlap } from '../nlp/function-words.ts';
import type { ClaimItem, EntityMention } from '../types.ts';
import { CASUALTIES, firstCount } from './claim-disputes.ts';
import { oneSide, partyOf } from './claim-parties.ts';
import { claimNounAlternation, verbLexicon } from './verbs.ts';

/** Sentences back within which a named party's claim is looked for. */
const NAMED_REACH = 12;
/** How many sentences on a named party's account may be told, when none came before the denial. */
const NAMED_AHEAD = 4;

/** "X's statements", "claims by X": the latest earlier claim by X, when the denial names X's words. */
let named: { owner: RegExp; by: RegExp } | null = null;
/** After a name: "'s statements"; before it: "claims by (the) …". */
function namedRes(): { owner: RegExp; by: RegExp } {
  const nouns = claimNounAlternation();
  named ??= {
    // "X's (latest) claims", or the name used as a modifier: "the AP report", "the Al-Shabaab claims".
    owner: new RegExp(`^(?:['’]s?\\s+(?:[\\p{L}-]+\\s+)?|\\s+)(?:${nouns})\\b`, 'iu'),
    by: new RegExp(
      `\\b(?:${nouns})\\s+(?:(?:made|levell?ed|raised|voiced|issued)\\s+)?(?:by|from|of)\\s+(?:\\S+\\s+){0,3}$`,
      'iu',
    ),
  };
  return named;
}

/**
 * "He refuted Gerasimov's statements": the last claim of the party a denial names as the one it
 * answers — its last charge first when the denial names charges (`charges`: "X's accusations").
 */
export function claimOfNamed(
  text: string,
  claims: ClaimItem[],
  sentenceOf: number[],
  i: number,
  entities: EntityMention[],
  charges = false,
): number | null {
  const c = claims[i];
  const { owner, by } = namedRes();
  for (const e of entities) {
    if (e.start < c.content.start || e.end > c.content.end || e.key === c.speaker) continue;
    const names =
      owner.test(text.slice(e.end, e.end + 30)) ||
      by.test(text.slice(Math.max(c.content.start, e.start - 40), e.start));
    if (!names) continue;
    const theirs = (j: number) =>
      claims[j].kind !== 'denial' &&
      (claims[j].speaker === e.key || partyOf(claims[j].speaker, entities) === partyOf(e.key, entities));
    // "dismissed X's accusations as lies": X's last charge, before X's last word of any kind.
    if (charges)
      for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= NAMED_REACH; j--)
        if (theirs(j) && claims[j].kind === 'accusation') return j;
    // ("disputed X's claim of killing 51 soldiers": of X's claims, the one the denial's words retell;
    // else X's last.)
    const denied = contentWords(text.slice(c.content.start, c.content.end));
    let best = -1;
    let bestOverlap = 0;
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= NAMED_REACH; j--) {
      if (!theirs(j)) continue;
      if (best < 0) best = j;
      const o = claims[j];
      const overlap = wordOverlap(denied, contentWords(text.slice(o.content.start, o.content.end)));
      if (overlap >= 0.3 && overlap > bestOverlap) {
        best = j;
        bestOverlap = overlap;
      }
    }
    if (best >= 0) return best;
  }
  // "refuted Sebby's claims": a part of a speaker's name, not found as a name of its own.
  const said = text.slice(c.content.start, c.content.end);
  // ("Sentinel Group's version": any word of the owner's name; with nothing of theirs before, their
  // account told next, in another sentence: "… The company insisted its guards returned fire".)
  for (const m of said.matchAll(namePartRe())) {
    const parts = m[1].toLowerCase().split(/\s+/);
    const theirs = (j: number) => {
      const o = claims[j];
      if (o.kind === 'denial' || o.kind === 'appeal' || !o.speaker || o.speaker === c.speaker) return false;
      const name = (
        entities.find((e) => e.key === o.speaker)?.name ?? o.speaker.slice(o.speaker.indexOf(':') + 1)
      )
        .toLowerCase()
        .split(/\s+/);
      return parts.some((p) => name.includes(p));
    };
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= NAMED_REACH; j--) if (theirs(j)) return j;
    const later = nextClaimBy(sentenceOf, i, NAMED_AHEAD, theirs);
    if (later >= 0) return later;
  }
  // "denounced the Russian statement", "rejected Israeli claims": the nation's adjective names them.
  for (const m of said.matchAll(demonymWordsRe())) {
    const country = countryOfDemonym(m[1]);
    if (!country) continue;
    const key = `country:${country.iso2.toLowerCase()}`;
    if (partyOf(c.speaker, entities) === key) continue;
    for (let j = i - 1; j >= 0 && sentenceOf[i] - sentenceOf[j] <= NAMED_REACH; j--)
      if (claims[j].kind !== 'denial' && partyOf(claims[j].speaker, entities) === key) return j;
  }
  return null;
}

/**
 * The first claim after claim i, in a later sentence within `reach` sentences, that `theirs`
 * accepts — a party's account told after the denial that names it; -1 when there is none.
 */
export function nextClaimBy(
  sentenceOf: number[],
  i: number,
  reach: number,
  theirs: (j: number) => boolean,
): number {
  for (let j = i + 1; j < sentenceOf.length && sentenceOf[j] - sentenceOf[i] <= reach; j++)
    if (sentenceOf[j] > sentenceOf[i] && theirs(j)) return j;
  return -1;
}

let namePart: RegExp | null = null;
/** A capitalised word owning a claim noun: "Sebby's claims", "Ngoma’s statement". */
function namePartRe(): RegExp {
  namePart ??= new RegExp(
    `\\b((?:\\p{Lu}[\\p{L}-]+\\s+){0,2}\\p{Lu}[\\p{L}-]+)['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${claimNounAlternation()})\\b`,
    'gu',
  );
  return namePart;
}

let demonymWords: RegExp | null = null;
/** A capitalised adjective right before a claim noun: "the Russian statement", "Israeli claims". */
function demonymWordsRe(): RegExp {
  demonymWords ??= new RegExp(`\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:${claimNounAlternation()})\\b`, 'gu');
  return demonymWords;
}

/** Between a denial and the claim it was asked to answer: "when asked about what". */
const ASKED_ABOUT =
  /^[\s,]*(?:when|after being|after|while|in)\s+(?:asked|questioned|responding|reacting|replying)\s+(?:to\s+)?(?:comment\s+)?(?:on|about|to)?\s*(?:\S+\s+){0,3}$/i;

/**
 * The claim a denial answers within its sentence: the one just before it, taken up by a noun or
 * "which" ("…, a claim the army rejected"), or the one right after that it was asked about
 * ("…, the ministry said when asked about what X said were strikes").
 */
export function claimAnsweredInSentence(
  text: string,
  claims: ClaimItem[],
  sentenceOf: number[],
  i: number,
  entities: EntityMention[],
): number | null {
  const c = claims[i];
  const answerable = (j: number) =>
    j >= 0 &&
    j < claims.length &&
    sentenceOf[j] === sentenceOf[i] &&
    claims[j].kind !== 'denial' &&
    claims[j].kind !== 'appeal' &&
    !oneSide(claims[j], c, entities);
  let j = i - 1;
  while (j >= 0 && sentenceOf[j] === sentenceOf[i] && claims[j].content.end > c.start) j--;
  if (answerable(j) && takesUp().test(text.slice(claims[j].content.end, c.end))) return j;
  const k = i + 1;
  if (answerable(k) && claims[k].start >= c.end && ASKED_ABOUT.test(text.slice(c.end, claims[k].start)))
    return k;
  return null;
}

let takesUpRe: RegExp | null = null;
function takesUp(): RegExp {
  if (!takesUpRe) {
    const nouns = claimNounAlternation();
    takesUpRe = new RegExp(
      `^["”'’]?[\\s,;:—–(]*(?:(?:but|and|though|although)\\s+)?(?:(?:the|a|an|this|that|these|those)\\s+(?:[\\p{L}-]+\\s+)?(?:${nouns})\\b|which\\b)`,
      'iu',
    );
  }
  return takesUpRe;
}

/**
 * A denial whose object is only a claim noun or a pronoun: "such allegations", "the claim", "it" —
 * also when another clause follows ("has denied this and observers say …").
 */
let anaphoricRe: RegExp | null = null;
export function anaphoricObject(t: string): boolean {
  anaphoricRe ??= new RegExp(
    `^(?:(?:such|these|those|the|this|that|any|all)\\s+(?:[\\p{L}-]+\\s+)?(?:${claimNounAlternation()})|it|this|that|them)(?:[.,;:!]?$|,?\\s+(?:and|but|while|whereas)\\s|\\s+as\\s)`,
    'iu',
  );
  return anaphoricRe.test(t);
}

/** Sentences back from the claim a plural object names within which that party's other claims are its too. */
const PLURAL_REACH = 2;

/** The claim nouns as a set, built once. */
let claimNounSet: Set<string> | null = null;

/** The denial's object names charges: "X's accusations", "the allegations by X". */
export function chargesObject(t: string): boolean {
  return /^(?:\S+\s+){0,4}?(?:accusations?|allegations?|charges?)\b/iu.test(t.trim());
}

/**
 * "dismissed the reports", "denied the Ukrainian claims": a claim noun in the plural takes up more
 * than one statement. ("denied such allegations" speaks of their kind, not of each one told.)
 */
export function pluralClaimObject(t: string): boolean {
  claimNounSet ??= new Set(verbLexicon().claimNouns.nouns);
  const nouns = claimNounSet;
  const ws = t.toLowerCase().match(/\p{L}[\p{L}-]*/gu) ?? [];
  if (ws[0] === 'such') return false;
  const w = ws.slice(0, 5).find((x) => nouns.has(x));
  return !!w && w.endsWith('s') && nouns.has(w.slice(0, -1));
}

/**
 * The other claims of the speaker of claim `j` told up to PLURAL_REACH sentences before it and
 * before the denial `i` ("… said it killed 66. It also said it lost fighters. X dismissed the
 * reports"): what a plural object takes up with `j`, at most `max`.
 */
export function samePartyClaims(
  claims: ClaimItem[],
  sentenceOf: number[],
  i: number,
  j: number,
  max = 2,
  onlyCharges = false,
): number[] {
  const out: number[] = [];
  for (let k = i - 1; k >= 0 && sentenceOf[j] - sentenceOf[k] <= PLURAL_REACH && out.length < max; k--) {
    const o = claims[k];
    if (k === j || o.kind === 'denial' || o.kind === 'appeal' || o.speaker !== claims[j].speaker) continue;
    if (onlyCharges && o.kind !== 'accusation') continue;
    out.push(k);
  }
  return out;
}

/**
 * A toll its teller gives twice (in a summary line and again in the body) is one charge: a denial
 * that answers one telling answers the other too. Same speaker, same count of the dead or hurt.
 */
export function restatedCharges(claims: ClaimItem[], text: string): void {
  const count = new Map<ClaimItem, number | null>();
  const tollOf = (c: ClaimItem) => {
    if (!count.has(c)) {
      const t = text.slice(c.content.start, c.content.end);
      count.set(c, CASUALTIES.test(t) ? (firstCount(t)?.value ?? null) : null);
    }
    return count.get(c) ?? null;
  };
  for (const c of claims) {
    if (c.kind !== 'denial' || !c.contradicts?.length) continue;
    const more: number[] = [];
    for (const t of c.contradicts) {
      const told = claims[t];
      const value = told ? tollOf(told) : null;
      if (!told?.speaker || value === null) continue;
      claims.forEach((u, j) => {
        if (
          u !== told &&
          u !== c &&
          u.speaker === told.speaker &&
          u.kind !== 'denial' &&
          u.kind !== 'appeal' &&
          !c.contradicts?.includes(j) &&
          !more.includes(j) &&
          tollOf(u) === value
        )
          more.push(j);
      });
    }
    if (more.length) c.contradicts = [...c.contradicts, ...more].sort((a, b) => a - b);
  }
}
