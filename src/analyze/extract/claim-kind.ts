/**
 * The kind of a claim: the reporting verb's class, refined by what the content says —
 * "described the reports as disinformation" is a denial, "said the enemy shelled the town"
 * an accusation, "said its forces took the town" an assertion, "must withdraw" an appeal.
 * Rebuttals without a denial verb are read in claim-rebuttals.ts, the parties a content names as
 * doers in claim-agents.ts.
 */

import type { ClaimKind } from '../../report/contract.ts';
import { WEEKDAYS } from '../time/lexicon.ts';
import type { EntityMention, Span } from '../types.ts';
import {
  agentKilling,
  atrocityRe,
  attackNounAfter,
  killingAfter,
  MONITOR,
  markerRe,
  namesOtherNation,
  namesOtherParty,
  witnessSource,
} from './claim-agents.ts';
import { alt, holdsOwnGround, isRebuttal } from './claim-rebuttals.ts';
import { verbLexicon } from './verbs.ts';

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
  // "could hear clashes" reports what was heard: perception, not possibility.
  return !notFactualRe.test(t.replace(/\b(?:could|can|might)\s+(?:hear|see|feel|smell)\b/gi, ''));
}

/** What a denial verb takes that is a proposal, not a claim: "(the) (ceasefire) proposal", "its offer". */
export function rejectsProposal(content: string): boolean {
  const ws = content.trim().toLowerCase().split(/\s+/);
  const from = /^(?:the|a|an|its|their|his|her|our|any|all|this|that)$/.test(ws[0] ?? '') ? 1 : 0;
  for (const w of ws.slice(from, from + 3)) {
    const word = w.replace(/[^\p{L}-]/gu, '');
    if (verbLexicon().proposalNouns.nouns.includes(word)) return true;
    if (/^(?:of|on|by|as|to|for|from|in|that|and)$/.test(word)) return false;
  }
  return false;
}

/** The participle opening a document's content, after the day it came out: "on Sunday denying". */
const STATEMENT_PARTICIPLE = new RegExp(
  `^\\s*(?:(?:on|late|early|last|this|yesterday|today|${[...WEEKDAYS.keys()].join('|')}|morning|afternoon|evening|night),?\\s+)*(\\p{L}+ing)\\b`,
  'iu',
);

export function claimKind(
  input: { text: string; entities: EntityMention[] },
  verbKind: ClaimKind,
  content: Span,
  speaker: string | null,
  lemma: string | null = null,
  quote = false,
): ClaimKind {
  // "issued a statement denying …": the participle after the document says what kind it is.
  if (verbKind === 'statement') {
    // ("issued a statement on Sunday rejecting …": the statement's day may come between.)
    const first = STATEMENT_PARTICIPLE.exec(input.text.slice(content.start, content.end))?.[1];
    const entry = first
      ? verbLexicon()
          .forms.get(first.toLowerCase())
          ?.find((f) => f.words.length === 1 && !f.entry.needs && f.entry.kind !== 'statement')?.entry
      : undefined;
    if (entry) return claimKind(input, entry.kind, content, speaker, entry.lemma, quote);
  }
  const speakerEntity = input.entities.find((e) => e.key === speaker);
  // "rejected the ceasefire proposal", "turned down the offer": a decision, not a denial of a claim.
  if (verbKind === 'denial' && rejectsProposal(input.text.slice(content.start, content.end)))
    return 'statement';
  const kind = partyKind(input, verbKind, content, speaker, speakerEntity);
  // A rebuttal names the strike it admits ("the air force struck only military targets"): still a
  // denial, unless the verb itself accuses.
  if (
    (kind === 'statement' || kind === 'assertion' || (kind === 'accusation' && verbKind !== 'accusation')) &&
    (isRebuttal(input.text.slice(content.start, content.end)) ||
      (speaker !== null &&
        holdsOwnGround(input.text.slice(content.start, content.end), speaker, speakerEntity)))
  )
    return 'denial';
  // Witnesses, residents, aid workers: describing an attack is reporting it, not blaming anyone.
  if (kind === 'accusation' && verbKind !== 'accusation' && witnessSource(speaker, speakerEntity))
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
  // "said the mission will be policed by 200 monitors": a plan or intention, numbers or not.
  if (
    kind === 'assertion' &&
    verbKind === 'statement' &&
    lemma !== null &&
    verbLexicon().factualReports.verbs.includes(lemma) &&
    !factual(input.text.slice(content.start, content.end))
  )
    return 'statement';
  return kind;
}

const OWN_STRIKE =
  /^(?:that\s+)?(?:it|we|they|to|(?:its|our|their)(?:\s+own)?(?:\s+[\p{L}-]+){1,2})\s+(?:had\s+|has\s+|have\s+)?(?:\p{L}+ly\s+)?(?:struck|hit|targeted|bombed|shelled|attacked|destroyed|downed|shot\s+down|intercepted|killed|launched)\b/iu;

let wrongRe: RegExp | null = null;
/** "the media reports were wrong", "the figures are exaggerated": a statement called false. */
function callsReportsWrong(t: string): boolean {
  const cn = verbLexicon().claimNouns;
  wrongRe ??= new RegExp(
    `\\b(?:${alt(cn.nouns)})\\s+(?:was|were|is|are|had\\s+been|have\\s+been|has\\s+been)\\s+(?:(?:completely|totally|wholly|grossly|simply|greatly|all|both)\\s+)?(?:${alt(cn.wrongAdjectives)})\\b`,
    'i',
  );
  return wrongRe.test(t);
}

let pronounWrongRe: RegExp | null = null;
/** "“That is incorrect,” an official said", "This is not true": what was said before, called false. */
function callsThatWrong(t: string): boolean {
  pronounWrongRe ??= new RegExp(
    `^\\W*(?:that|this|it)(?:['’]s|\\s+(?:is|was))\\s+(?:(?:simply|completely|totally|absolutely)\\s+)?(?:${alt(verbLexicon().claimNouns.wrongAdjectives)})\\W*$`,
    'iu',
  );
  return pronounWrongRe.test(t.trim());
}

let labelRe: RegExp | null = null;
/** "the enemy statement as misinformation", "these reports as pure propaganda", "the claims as “a cynical attempt to justify …”": a statement labelled false. */
function labelsFalse(t: string): boolean {
  const cn = verbLexicon().claimNouns;
  labelRe ??= new RegExp(
    `^(?:[\\p{L}’'-]+\\s+){0,4}?(?:${alt(cn.nouns)})\\s+(?:[^.;:]{0,60}?\\s)?as\\s+["“‘']?(?:an?\\s+)?(?:[\\p{L}-]+\\s+)?(?:${alt(verbLexicon().contentMarkers.denial)})\\b`,
    'iu',
  );
  return labelRe.test(t.trim());
}

function partyKind(
  input: { text: string; entities: EntityMention[] },
  verbKind: ClaimKind,
  content: Span,
  speaker: string | null,
  speakerEntity: EntityMention | undefined,
): ClaimKind {
  const t = input.text.slice(content.start, content.end);
  // "slammed the enemy's statement as misinformation": a charge against the statement itself.
  if (verbKind === 'accusation' && labelsFalse(t)) return 'denial';
  if (verbKind === 'accusation' || verbKind === 'denial' || verbKind === 'appeal') return verbKind;
  if (markerRe('denial').test(t) && !/\b(they|it|we) (said|say)\b/i.test(t)) return 'denial';
  if (callsReportsWrong(t) || callsThatWrong(t)) return 'denial';
  if (markerRe('appeal').test(t)) return 'appeal';
  const mySide = sideOf(speakerEntity);
  const others = input.entities.filter(
    (e) =>
      e.start >= content.start &&
      e.end <= content.end &&
      (e.type === 'country' || e.type === 'group' || e.type === 'organization') &&
      sideOf(e) !== mySide,
  );
  // "said it struck a Hamas command centre", "said its jets hit rocket launchers": the speaker's
  // own strike, reported — an assertion, not a charge against the side it hit.
  if (OWN_STRIKE.test(t)) return 'assertion';
  if (
    (markerRe('accusation').test(t) && others.length > 0) ||
    namesOtherParty(t, speaker, speakerEntity) ||
    namesOtherNation(t, mySide) ||
    others.some((e) => attackNounAfter(input.text, e.end))
  )
    return 'accusation';
  // "said security forces killed two protesters", "a gang killed 70 people, the UN said": an armed
  // party's killing told by someone other than a witness is a charge against it.
  if (
    speaker &&
    !witnessSource(speaker, speakerEntity) &&
    (others.some((e) => killingAfter(input.text, e.end)) ||
      // by a common noun ("a gang", "security forces"), the side is known only to a body of no side
      (agentKilling(t) &&
        ((speakerEntity?.type === 'organization' && !speakerEntity.affiliation) || MONITOR.test(speaker))))
  )
    return 'accusation';
  // "said dozens of women were raped", "called the shootings war crimes": an atrocity reported by a
  // party or body charges someone with it, named or not (a witness only tells what happened).
  if (atrocityRe().test(t) && speaker && !witnessSource(speaker, speakerEntity) && !OWN_STRIKE.test(t))
    return 'accusation';
  if (markerRe('assertion').test(t) || /\d/.test(t)) return 'assertion';
  return verbKind;
}
