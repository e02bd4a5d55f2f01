/**
 * Claims told inside a denial: "Ukraine denied claims by Russia's president that the town had
 * been encircled", "rejected Pakistan's allegations that it was involved" — the claim denied is a
 * claim of its own, by the party named, and the denial answers it. Pure.
 */
import type { ClaimItem, EntityMention, Span } from '../types.ts';
import { demonymCountry } from './figure-groups.ts';
import { claimNounAlternation, verbLexicon } from './verbs.ts';
import { WEEKDAY_NAME } from './words.ts';

let ownedNounRe: RegExp | null = null;
/** "claims by …", "X's allegations": a claim noun with its owner after or before it. */
function ownedNouns(): RegExp {
  const nouns = claimNounAlternation();
  ownedNounRe ??= new RegExp(
    `\\b(?:(?:${nouns})\\s+(?:(?:being\\s+)?(?:made|issued|put\\s+forward|circulated|spread|peddled|floated|relayed)\\s+)?(?:by|from|of)\\s+)|(?:['’]s?\\s+(?:[\\p{L}-]+\\s+)?(?:${nouns})\\b)|(?:(?<=\\b[\\p{L}-]+\\s+)(?:${nouns})(?=\\s+(?:that|of)\\b))`,
    'giu',
  );
  return ownedNounRe;
}

/** After the owner's name: a head noun of its ("group", "movement") and a day it spoke on. */
const OWNER_TAIL = new RegExp(
  `^(?:\\s+(?:group|movement|militia|rebels|government|ministry|army|military|forces))?(?:\\s+(?:late\\s+|early\\s+)?on\\s+${WEEKDAY_NAME}(?:\\s+(?:night|morning|evening|afternoon))?)?(?=\\s)`,
  'i',
);

/** Words that open what the embedded claim says. */
const ABOUT = /^\s*(?:that|about|regarding|concerning|of|on)\b/i;
/** Where the embedded claim's content ends: another one joined on, or the clause's end. */
// (Not the point of an initial: "U.S. forces", "the U.N. mission".)
const CONTENT_END = /,\s*(?:as well as|and|but|while|saying|adding)\b|[;:]|(?<!\b\p{Lu})\.(?=\s|$)/u;

let judgedRe: RegExp | null = null;
/** "… is false", "… are baseless lies": the verdict on the claim, after what it says. */
function judged(): RegExp {
  if (!judgedRe) {
    const words = [...verbLexicon().contentMarkers.denial, ...verbLexicon().claimNouns.wrongAdjectives]
      .sort((a, b) => b.length - a.length)
      .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    judgedRe = new RegExp(`\\s+(?:is|are|was|were)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:${words})\\b`, 'iu');
  }
  return judgedRe;
}

const PARTY_TYPES = new Set(['person', 'country', 'group', 'organization']);

/** "reports from local people that …", "claims by residents that …": people unnamed who say it. */
let genericOwnerRe: RegExp | null = null;
function genericOwner(): RegExp {
  if (!genericOwnerRe) {
    const alts = [...verbLexicon().genericSpeakers, 'people', 'local people']
      .sort((a, b) => b.length - a.length)
      .map((g) => g.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    genericOwnerRe = new RegExp(
      `^(?:the\\s+)?(?:(?:local|some|several|many|other)\\s+)?(?:${alts})\\b`,
      'iu',
    );
  }
  return genericOwnerRe;
}

/** Makes the entity for a generic source and returns its key. */
export type SourceMaker = (name: string, span: Span) => string;

/**
 * The owner told as a modifier right before a claim noun at `at`: a party named there, a nation's
 * adjective for a country the document names ("Russian claims"), or a body described by its head
 * noun ("military reports").
 */
function ownerBefore(
  text: string,
  from: number,
  at: number,
  entities: EntityMention[],
  makeSource: SourceMaker | null,
): Pick<EntityMention, 'key' | 'start' | 'end'> | undefined {
  const modifier = /([\p{L}-]+)\s+$/u.exec(text.slice(Math.max(from, at - 40), at));
  if (!modifier) return undefined;
  const span = { start: at - modifier[0].length, end: at - modifier[0].length + modifier[1].length };
  const party = entities.find((e) => e.end === span.end && PARTY_TYPES.has(e.type));
  if (party) return party;
  const nation = /^\p{Lu}/u.test(modifier[1]) ? demonymCountry(modifier[1]) : null;
  const named = nation ? entities.find((e) => e.key === nation) : undefined;
  if (named) return { key: named.key, ...span };
  if (makeSource && verbLexicon().descriptionHeads.organisations.includes(modifier[1].toLowerCase()))
    return { key: makeSource(modifier[1].toLowerCase(), span), ...span };
  return undefined;
}

/**
 * "an armed movement's claim that …": a body described by its head noun, with up to two
 * lower-case modifiers, right before the possessive at `at`, as a source of its own.
 */
function describedOwner(
  text: string,
  at: number,
  makeSource: SourceMaker | null,
): Pick<EntityMention, 'key' | 'start' | 'end'> | undefined {
  const m = /(?:^|\s)((?:\p{Ll}[\p{L}-]*\s+){0,2}(\p{Ll}+))$/u.exec(text.slice(Math.max(0, at - 60), at));
  if (!m || !makeSource || !verbLexicon().descriptionHeads.organisations.includes(m[2])) return undefined;
  const name = m[1].replace(/^(?:the|a|an)\s+/, '');
  const span = { start: at - name.length, end: at };
  return { key: makeSource(name, span), ...span };
}

/** The frame of a denial ends on a verb of denying: "Kyiv rejected ", "has dismissed ". */
function deniedByVerb(frame: string): boolean {
  const last = /([\p{L}]+)\W*$/u.exec(frame)?.[1]?.toLowerCase();
  return !!last && (verbLexicon().forms.get(last) ?? []).some((f) => f.entry.kind === 'denial');
}

function claimsIn(
  text: string,
  denial: ClaimItem,
  entities: EntityMention[],
  makeSource: SourceMaker | null,
): ClaimItem[] {
  const out: ClaimItem[] = [];
  const { start, end } = denial.content;
  const part = text.slice(start, end);
  for (const m of part.matchAll(ownedNouns())) {
    const at = start + (m.index ?? 0);
    let speaker: Pick<EntityMention, 'key' | 'start' | 'end'> | undefined;
    let contentFrom: number;
    let described = false;
    if (!/^['’]/.test(m[0]) && !/\s$/.test(m[0])) {
      // "military reports of ten deaths", "Russian claims that …": the owner as a modifier.
      speaker = ownerBefore(text, start, at, entities, makeSource);
      contentFrom = at + m[0].length;
    } else if (/^['’]/.test(m[0])) {
      // "Pakistan's allegations that …": the owner right before the possessive.
      speaker = entities.find((e) => e.end === at && PARTY_TYPES.has(e.type));
      if (!speaker) {
        speaker = describedOwner(text, at, makeSource);
        described = speaker !== undefined;
      }
      contentFrom = at + m[0].length;
    } else {
      // "claims by the defence minister of X about …": the first party after "by".
      const after = at + m[0].length;
      speaker = entities.find((e) => e.start >= after && e.start - after <= 40 && PARTY_TYPES.has(e.type));
      // ("a claim by Sudan's RSF group that …": the party the possessive owns.)
      const owned =
        speaker && /^['’]s?\s/.test(text.slice(speaker.end, speaker.end + 3)) ? speaker : undefined;
      if (owned)
        speaker =
          entities.find(
            (e) =>
              e.start > owned.end && e.start - owned.end <= 25 && PARTY_TYPES.has(e.type) && e.end <= end,
          ) ?? owned;
      const generic = speaker || !makeSource ? null : genericOwner().exec(text.slice(after, end));
      if (generic && makeSource) {
        const span = { start: after, end: after + generic[0].length };
        const name = generic[0].replace(/^the\s+/i, '');
        speaker = { key: makeSource(name, span), ...span };
      }
      contentFrom = speaker ? speaker.end : after;
      // ("military reports of ten deaths": no owner after "of", so what was reported follows it.)
      if (!speaker && /\s+of\s+$/i.test(m[0])) {
        speaker = ownerBefore(text, start, at, entities, makeSource);
        contentFrom = at + m[0].replace(/\s+of\s+$/i, '').length;
      }
    }
    if (!speaker || speaker.key === denial.speaker) continue;
    // A source named by the claims layer counts only when it is the people just found.
    if (
      speaker.key.startsWith('source:') &&
      !described &&
      !/^(?:claims?|reports?|allegations?|accounts?)\b/i.test(m[0])
    )
      continue;
    // (Past the rest of the owner's name and a day: "by X group on Saturday that …".)
    const lead = OWNER_TAIL.exec(text.slice(contentFrom, end))?.[0].length ?? 0;
    const about = ABOUT.exec(text.slice(contentFrom + lead, end));
    if (!about) continue;
    const cStart = contentFrom + lead + about[0].length;
    const tail = text.slice(cStart, end);
    // (The verdict closes the denial's own words: "The claim by X that … is false, Y said".)
    const verdict = judged().exec(tail);
    // (Not when a verb of denying carries it: "rejected X's claim that the figures were inflated".)
    const closes =
      verdict &&
      /^[\s"”'’.,;:!]*$/.test(tail.slice(verdict.index + verdict[0].length)) &&
      !deniedByVerb(text.slice(denial.start, start));
    const stops = [CONTENT_END.exec(tail), closes ? verdict : null].filter((x) => x !== null);
    const stop = Math.min(tail.length, ...stops.map((x) => x.index));
    const content: Span = trim(text, { start: cStart, end: cStart + stop });
    if (content.end - content.start < 8) continue;
    const mentionStart = Math.min(at, speaker.start);
    out.push({
      start: mentionStart,
      end: content.end,
      speaker: speaker.key,
      kind: /\b(?:allegations?|accusations?|charges?)\b/i.test(m[0]) ? 'accusation' : 'assertion',
      quote: false,
      content,
      date: null,
    });
  }
  return out;
}

function trim(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s"“”'‘’«»]/.test(text[start])) start++;
  while (end > start && /[\s"“”'‘’«»,.]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The document's claims with those told inside its denials added, in text order. */
export function withEmbeddedClaims(
  text: string,
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  makeSource: SourceMaker | null = null,
): { claims: ClaimItem[]; sentenceOf: number[] } {
  const rows = claims.map((c, i) => ({ c, s: sentenceOf[i] }));
  for (let i = 0; i < claims.length; i++) {
    const d = claims[i];
    if (d.kind !== 'denial') continue;
    for (const e of claimsIn(text, d, entities, makeSource)) {
      // Not already found by the reporting verbs ("claims by X that …" may be a claim of its own),
      // nor told before by its speaker: the denial answers that one.
      if (claims.some((o) => o.speaker === e.speaker && (o.start < e.end || o.end <= d.start))) continue;
      rows.push({ c: e, s: sentenceOf[i] });
    }
  }
  rows.sort((a, b) => a.c.start - b.c.start || a.c.end - b.c.end);
  return { claims: rows.map((r) => r.c), sentenceOf: rows.map((r) => r.s) };
}
