/**
 * The kind of a claim: the reporting verb's class, refined by what the content says —
 * "described the reports as disinformation" is a denial, "said the enemy shelled the town"
 * an accusation, "said its forces took the town" an assertion, "must withdraw" an appeal.
 */
import type { ClaimKind } from '../../report/contract.ts';
import type { EntityMention, Span } from '../types.ts';
import { verbLexicon } from './verbs.ts';

const cache = new Map<string, RegExp>();
function markerRe(kind: 'denial' | 'accusation' | 'appeal' | 'assertion'): RegExp {
  let re = cache.get(kind);
  if (!re) {
    const alts = verbLexicon()
      .contentMarkers[kind].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|');
    re = new RegExp(`\\b(?:${alts})\\b`, 'i');
    cache.set(kind, re);
  }
  return re;
}

/** The party an entity speaks for: a country, an armed group itself, or an organ's country. */
function sideOf(e: EntityMention | undefined): string | null {
  if (!e) return null;
  return e.type === 'country' || e.type === 'group' ? e.key : (e.affiliation ?? e.key);
}

let notFactualRe: RegExp | null = null;
/** Reported content that only states what happened or is the case: no modal, plan or opinion. */
function factual(t: string): boolean {
  notFactualRe ??= new RegExp(
    `\\b(?:${verbLexicon()
      .factualReports.notFactual.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})\\b`,
    'i',
  );
  return !notFactualRe.test(t);
}

export function claimKind(
  input: { text: string; entities: EntityMention[] },
  verbKind: ClaimKind,
  content: Span,
  speaker: string | null,
  lemma: string | null = null,
  quote = false,
): ClaimKind {
  const kind = partyKind(input, verbKind, content, speaker);
  // Witnesses, residents, aid workers: describing an attack is reporting it, not blaming anyone.
  if (kind === 'accusation' && verbKind !== 'accusation' && speaker?.startsWith('source:'))
    return 'assertion';
  // "X said the militia had withdrawn from the town": reported, unquoted fact is an assertion.
  if (
    kind === 'statement' &&
    !quote &&
    lemma !== null &&
    verbLexicon().factualReports.verbs.includes(lemma) &&
    factual(input.text.slice(content.start, content.end))
  )
    return 'assertion';
  return kind;
}

let partyNounRe: RegExp | null = null;
const OWN = /\b(?:its|their|our|his|her|my|own)\s+(?:own\s+)?$/i;

/**
 * "said army aircraft had bombed the clinic", "said both sides had violated it": an armed party
 * named by a common noun, not the speaker's own ("its fighters", or "army" from the army).
 */
function namesOtherParty(t: string, speaker: EntityMention | undefined): boolean {
  if (!speaker || speaker.key.startsWith('source:')) return false;
  partyNounRe ??= new RegExp(
    `\\b(?:${verbLexicon()
      .armedPartyNouns.nouns.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})\\b`,
    'gi',
  );
  const own = speaker.name.toLowerCase();
  // The party is the agent: it stands before the attack word ("army aircraft had bombed").
  const attack = t.search(markerRe('accusation'));
  for (const m of t.matchAll(partyNounRe)) {
    const noun = m[0].toLowerCase();
    const at = m.index ?? 0;
    if (attack < 0 || at > attack || attack - at > 80) continue;
    if (OWN.test(t.slice(0, at))) continue;
    if (own.includes(noun)) continue;
    return true;
  }
  return false;
}

function partyKind(
  input: { text: string; entities: EntityMention[] },
  verbKind: ClaimKind,
  content: Span,
  speaker: string | null,
): ClaimKind {
  if (verbKind === 'accusation' || verbKind === 'denial' || verbKind === 'appeal') return verbKind;
  const t = input.text.slice(content.start, content.end);
  if (markerRe('denial').test(t) && !/\b(they|it|we) (said|say)\b/i.test(t)) return 'denial';
  if (markerRe('appeal').test(t)) return 'appeal';
  const speakerEntity = input.entities.find((e) => e.key === speaker);
  const mySide = sideOf(speakerEntity);
  const others = input.entities.filter(
    (e) =>
      e.start >= content.start &&
      e.end <= content.end &&
      (e.type === 'country' || e.type === 'group' || e.type === 'organization') &&
      sideOf(e) !== mySide,
  );
  if (markerRe('accusation').test(t) && (others.length > 0 || namesOtherParty(t, speakerEntity)))
    return 'accusation';
  if (markerRe('assertion').test(t) || /\d/.test(t)) return 'assertion';
  return verbKind;
}
