/**
 * The kind of a claim: the reporting verb's class, refined by what the content says —
 * "described the reports as disinformation" is a denial, "said the enemy shelled the town"
 * an accusation, "said its forces took the town" an assertion, "must withdraw" an appeal.
 */

import type { ClaimKind } from '../../report/contract.ts';
import { countryNamed, countryOfDemonym } from '../entities/country.ts';
import { WEEKDAYS } from '../time/lexicon.ts';
import type { EntityMention, Span } from '../types.ts';
import { lex } from './event-lexicon.ts';
import { verbLexicon } from './verbs.ts';

const cache = new Map<string, RegExp>();
function markerRe(kind: 'denial' | 'accusation' | 'appeal' | 'assertion'): RegExp {
  let re = cache.get(kind);
  if (!re) {
    const alts = verbLexicon()
      .contentMarkers[kind].map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/'/g, "['’]"))
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
  // "could hear clashes" reports what was heard: perception, not possibility.
  return !notFactualRe.test(t.replace(/\b(?:could|can|might)\s+(?:hear|see|feel|smell)\b/gi, ''));
}

/** The speaker's own side as a subject: "it", "we", "its forces", "our own army units". */
const OWN_FORCES =
  '(?:it|we|they|(?:its|our|their)\\s+(?:[\\p{L}-]+\\s+){0,2}?(?:forces|troops|army|soldiers|units|fighters|defenders))';

let rebuttalRe: RegExp[] | null = null;
const alt = (xs: string[]) =>
  xs.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')).join('|');

/**
 * A rebuttal without a denial verb, from the start of the content: the speaker's side kept the
 * truce ("its forces had observed the ceasefire") or nothing of the kind happened ("no aircraft
 * had been lost").
 */
function isRebuttal(t: string): boolean {
  rebuttalRe ??= rebuttalPatterns(verbLexicon().rebuttals);
  // ("was “targeting only the rebels and not civilians”": words quoted inside the content read as the rest.)
  const u = t.replace(/(?<=\s)[“"«](?=\p{L})|(?<=\p{L}[.,]?)[”"»]/gu, '');
  return rebuttalRe.some((re) => re.test(u)) || deniesOwnDeed(u);
}

/** The rebuttal patterns, built once from the lexicon. */
function rebuttalPatterns(R: ReturnType<typeof verbLexicon>['rebuttals']): RegExp[] {
  // Verbs of striking, and "launch(es) their strikes".
  const STRIKING = `${alt(R.strikeVerbs)}|launch(?:es|ed)?(?:\\s+\\p{L}+)?\\s+(?:air\\s*)?strikes`;
  return [
    new RegExp(
      `^(?:that\\s+)?(?:it|we|they|(?:its|our|their)(?:\\s+own)?(?:\\s+[\\p{L}-]+){1,2})\\s+(?:had\\s+|has\\s+|have\\s+)?(?:always\\s+|fully\\s+|strictly\\s+)?(?:${alt(R.keptVerbs)})\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(R.agreements)})\\b`,
      'iu',
    ),
    // "our units took no steps violating the accord": the truce kept, told by what was not done.
    new RegExp(
      `^(?:that\\s+)?(?:it|we|they|(?:its|our|their)(?:\\s+own)?(?:\\s+[\\p{L}-]+){1,2})\\s+(?:had\\s+|has\\s+|have\\s+)?(?:taken|took|made|committed)\\s+no\\s+(?:[\\p{L}-]+\\s+)?(?:actions?|steps?|moves?)\\s+(?:breaching|violating|breaking|that\\s+(?:breached|violated|broke))\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,2}?(?:${alt(R.agreements)})\\b`,
      'iu',
    ),
    new RegExp(
      `^(?:that\\s+)?no\\s+(?:[\\p{L}-]+\\s+){1,2}(?:had|has|have|was|were)\\s+(?:been\\s+)?(?:${alt(R.nothingParticiples)})\\b`,
      'iu',
    ),
    // "there were no fighters inside the clinic": denies that those charged were there.
    /^(?:that\s+)?there\s+(?:was|were|had\s+been)\s+no\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+\s+(?:at|in|inside|among|within)\s+(?:the|that|this)\b/iu,
    // "the rifles were not produced by us", "the attack was not carried out by us": not its doing.
    /\b(?:had|has|have|was|were|is|are)\s+not\s+(?:been\s+)?(?:\p{L}+ed|made|done|built)\s+by\s+(?:it|us|them|him|her|the\s+company|the\s+group|the\s+movement|its\s+forces|our\s+forces)\b/iu,
    // "missile production has remained unaffected", "the plant is intact": nothing was hit.
    /\b(?:remained|remains|remain|was|were|is|are)\s+(?:\p{L}+ly\s+)?(?:unaffected|intact|undamaged|unharmed|unscathed|fully\s+operational)\b/iu,
    // "it had never rejected talks", "we have never used such weapons": the speaker's own side
    // says it never did what it is charged with.
    /^(?:in\s+response,?\s+)?(?:that\s+)?(?:it|we|they)\s+(?:had|has|have)\s+never\s+\p{L}+ed\b/iu,
    // "the military does not target civilians", "hasn't conducted any airstrikes", "didn't strike
    // the compound": a strike of one's own side denied.
    new RegExp(
      `^[“"']?(?:that\\s+)?(?:[^.;:!?]{0,120}?\\s)?(?:does\\s+not|do\\s+not|did\\s+not|doesn['’]t|don['’]t|didn['’]t|has\\s+not|have\\s+not|hasn['’]t|haven['’]t|had\\s+not|hadn['’]t|never)\\s+(?:\\p{L}+\\s+){0,2}?(?:${alt(R.strikeVerbs)}|target|strike|hit|attack|bomb|shell|conduct(?:ed)?|carr(?:y|ied)\\s+out|perform(?:ed)?)\\b`,
      'iu',
    ),
    // "Russia is not targeting civilians", "we are not attacking anyone".
    /^[“"']?(?:that\s+)?(?:[^.;:!?]{0,120}?\s)?(?:is|are|was|were)(?:\s+not|n['’]t)\s+(?:\p{L}+ly\s+)?(?:targeting|striking|attacking|bombing|shelling|hitting|firing\s+(?:on|at))\b/iu,
    // "we have no soldiers in that country", "it does not have any forces stationed there".
    new RegExp(
      `^[“"']?(?:that\\s+)?(?:[^.;:!?]{0,120}?\\s)?(?:(?:does|do|did)\\s+not\\s+have|(?:doesn|don|didn)['’]t\\s+have|has\\s+no|have\\s+no|had\\s+no)\\s+(?:any\\s+)?(?:${alt(R.presenceNouns)})\\s+(?:\\p{L}+ly\\s+)?(?:in|on|at|inside|deployed|stationed|present|based|fighting)\\b`,
      'iu',
    ),
    // "…, contrary to earlier claims that the base was lost": the speaker sets its account against
    // another's.
    /\bcontrary\s+to\s+(?:the\s+|some\s+|media\s+|earlier\s+)?(?:reports?|claims?|allegations?|statements?|rumou?rs?)\b/iu,
    // "we are firmly in control of the port", "it remained in charge of the valley".
    new RegExp(
      `^(?:that\\s+)?${OWN_FORCES}\\s+(?:is|are|was|were|remains?|remained)\\s+(?:still\\s+|firmly\\s+|fully\\s+)?in\\s+(?:full\\s+|firm\\s+)?(?:control|charge)\\s+of\\b`,
      'iu',
    ),
    // "it struck an army depot and not the clinic": the strike admitted, the charge denied.
    /\b(?:military|legitimate|army)\s+(?:[\p{L}-]+\s+)?(?:targets?|bases?|sites?|objectives?|facilit(?:y|ies)|positions?)\b[^.;]{0,30}?\b(?:and|but)\s+not\b/iu,
    // "there was no violence at the sites", "…, but there were no clashes": nothing happened.
    new RegExp(
      `(?:^[“"']?|\\b(?:but|and)\\s+)(?:that\\s+)?there\\s+(?:was|were|is|are|had\\s+been|has\\s+been|have\\s+been)\\s+no\\s+(?:such\\s+)?(?:${alt([...R.noneHappened, ...R.noneSeen])})\\b`,
      'iu',
    ),
    // "shot in the air and did not see any casualties": the harm said done was not seen.
    new RegExp(
      `\\b(?:did\\s+not|didn['’]t|had\\s+not|hadn['’]t|has\\s+not|hasn['’]t)\\s+(?:see|find|observe|record|register|detect|witness)\\s+any\\s+(?:${alt([...R.noneSeen, ...R.noneHappened])})\\b`,
      'iu',
    ),
    // "there is no evidence of civilian deaths", "has seen no evidence of any strike": the
    // harm or deed others report is not borne out.
    new RegExp(
      `\\b(?:(?:have|has|had)\\s+(?:seen\\s+|found\\s+)?no|(?:do|does|did)\\s+not\\s+have|(?:don|doesn|didn)['’]t\\s+have|there\\s+(?:is|was)\\s+no)\\s+(?:any\\s+)?evidence\\s+(?:of|for)\\s+(?:any\\s+|such\\s+)?(?:civilian\\s+)?(?:${alt([...R.noneHappened, ...R.noneSeen])})\\b`,
      'iu',
    ),
    // "the navy is not aware of any shooting", "had no knowledge of such a strike": the deed
    // others report is unknown to the side said to have done it.
    new RegExp(
      `\\b(?:(?:was|were|is|are)(?:\\s+not|n['’]t)\\s+aware|(?:had|has|have)\\s+no\\s+(?:knowledge|record|information))\\s+(?:of|about)\\s+(?:any|such(?:\\s+an?)?)\\s+(?:${alt([...R.noneHappened, ...R.noneSeen])})\\b`,
      'iu',
    ),
    // "the ship was headed for Egypt, not Israel", "stray rocket fire and not our missiles were
    // responsible", "they were not fighters but farmers": a correction of what others said.
    /(?:,\s*|\s+and\s+)not\s+(?:a|an|the|by|our|its|their)?\s*(?!\p{L}+ing\b)[\p{L}-]+(?:\s+[\p{L}-]+){0,5}\s*(?:[.,;]|$|(?:was|were|is|are)\s+(?:responsible|to\s+blame|behind))|\b(?:was|were|are|is)\s+not\s+(?!\p{L}+ing\b)[\p{L}-]+,?\s+but\s+/iu,
    // "the city has not yet fallen", "the base had not been captured": the ground said lost is not.
    /\b(?:has|have|had)(?:\s+not|n['’]t)\s+(?:yet\s+)?(?:fallen|been\s+(?:captured|taken|seized|overrun|lost))\b/iu,
    // "aid was distributed without incident": nothing of the kind happened.
    /\bwithout\s+(?:any\s+)?(?:incidents?|casualties|injuries|loss(?:es)?\s+of\s+life)\b/iu,
    // "the attack was thwarted": what the other side claims never succeeded.
    // "a raid by armed speedboats was foiled": the attacker may be named between.
    /\b(?:attack|assault|attempt|raid|incursion)s?(?:\s+(?:by|from|on|with)(?:\s+[\p{L}-]+){1,4})?\s+(?:was|were|had\s+been|has\s+been)\s+(?:thwarted|foiled|repelled|repulsed)\b/iu,
    // "its troops are still fighting in the town": the ground said lost is not.
    STILL_HOLDING,
    // "all targets were chosen in areas where there are no civilians": civilian harm denied.
    /\btargets?\b[^.;]{0,120}?\bno\s+civilians\b/iu,
    // "the uniforms did not belong to its army", "the dead were not members of the group".
    /\b(?:(?:did|do|does)\s+not|(?:didn|don|doesn)['’]t)\s+belong\s+to\b|\b(?:were|was|are|is)\s+not\s+(?:members?|part)\s+of\b/iu,
    // "the air force struck only military targets", "it had only hit an army camp": the strike
    // admitted, the charge rejected.
    new RegExp(
      `\\b(?:(?:${alt(R.strikeVerbs)})\\s+only|only\\s+(?:${alt(R.strikeVerbs)}))\\s+(?:[\\p{L}-]+\\s+){0,3}?(?:${alt(R.legitimateTargets)}|(?:military|army)[\\p{L}-]*\\s+(?:targets|objectives|sites|facilities|infrastructure|camps?|bases?|posts?|barracks))\\b`,
      'iu',
    ),
    // "we only carry out our raids against … legitimate military targets", "its jets hit
    // solely military and military-linked objects": a longer telling of the same.
    new RegExp(
      `\\b(?:(?:${STRIKING})\\s+(?:\\p{L}+\\s+)?(?:only|exclusively|solely)|(?:only|exclusively|solely)\\s+(?:\\p{L}+\\s+)?(?:${STRIKING}))\\b[^.;]{0,100}?\\b(?:legitimate|military)(?:[\\s-]+(?:and|or)\\s+[\\p{L}-]+)?\\s+(?:targets|objectives|objects|sites|facilities|infrastructure)\\b`,
      'iu',
    ),
  ];
}

let ownDeedRe: RegExp | null = null;
/**
 * "it had not ordered families out", "we did not order the shelling": the speaker's side says
 * it did not do something — a denial, unless the verb only tells what it did not know or decide.
 */
function deniesOwnDeed(t: string): boolean {
  ownDeedRe ??=
    /^[“"']?(?:that\s+)?(?:it|we|they|(?:its|our|their)(?:\s+own)?(?:\s+[\p{L}-]+){1,2})\s+(?:had|has|have|did|does|do)(?:\s+not|n['’]t|\s+never)\s+(?:\p{L}+ly\s+)?(\p{L}+)/iu;
  const m = ownDeedRe.exec(t.trim());
  return m !== null && !verbLexicon().rebuttals.notDenialVerbs.includes(m[1].toLowerCase());
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

let partyNounRe: RegExp | null = null;
export const OWN = /\b(?:its|their|our|his|her|my|own)\s+(?:own\s+)?$/i;

/**
 * "said army aircraft had bombed the clinic", "said both sides had violated it": an armed party
 * named by a common noun, not the speaker's own ("its fighters", or "army" from the army).
 */
export function partyNouns(): RegExp {
  partyNounRe ??= new RegExp(
    `\\b(?:${verbLexicon()
      .armedPartyNouns.nouns.map((m) => m.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
      .join('|')})\\b`,
    'gi',
  );
  partyNounRe.lastIndex = 0;
  return partyNounRe;
}

// The lexicon's lists of services and attack nouns (typed in verbs.ts).
const services = (): string[] => verbLexicon().witnessSources.services ?? [];
const attackNouns = (): string[] => verbLexicon().armedPartyNouns.attackNouns ?? [];

let serviceRe: RegExp | null = null;
/**
 * A witness-like source: "residents", "aid workers", "a doctor" — or a health or rescue service
 * ("Palestinian health officials", "the health ministry", "the civil defence agency"), whose count
 * of the dead reports an attack rather than charging anyone with it.
 */
function witnessSource(key: string | null, entity?: EntityMention): boolean {
  if (!key) return false;
  serviceRe ??= new RegExp(`\\b(?:${alt(services())})\\b`, 'i');
  if (entity && entity.type !== 'country' && (serviceRe.test(entity.name) || /:ministry:health$/.test(key)))
    return true;
  // "Residents said …" opening a sentence may come back from the entity layer as a name.
  const heads = verbLexicon().witnessSources.heads;
  if (entity && heads.includes(entity.name.toLowerCase())) return true;
  if (!key.startsWith('source:')) return false;
  const name = key.slice('source:'.length);
  if (serviceRe.test(name)) return true;
  return verbLexicon().witnessSources.heads.some((h) => name === h || name.endsWith(` ${h}`));
}

let atrocity: RegExp | null = null;
function atrocityRe(): RegExp {
  const words = verbLexicon().atrocities?.words ?? [];
  atrocity ??= new RegExp(`\\b(?:${alt(words)})\\b`, 'i');
  return atrocity;
}

const KILLING =
  '(?:had\\s+|have\\s+|has\\s+)?(?:killed|shot dead|shot(?!\\s+down)|executed|opened fire (?:on|at)|fired (?:on|at))\\b';
let killingAfterRe: RegExp | null = null;
/** "the RSF killed …": a party named right before a verb of killing. */
function killingAfter(text: string, at: number): boolean {
  killingAfterRe ??= new RegExp(`^\\s+${KILLING}`, 'i');
  return killingAfterRe.test(text.slice(at, at + 30));
}
/** Generic sources that watch all sides: "a monitoring group", "rights groups", "a watchdog". */
const MONITOR = /^source:.*\b(?:monitor\w*|rights|watchdog|observatory|ngo|charity)\b/i;
let agentKillingRe: RegExp | null = null;
/** "security forces killed …", "a gang killed …": an armed party by its common noun. */
function agentKilling(t: string): boolean {
  agentKillingRe ??= new RegExp(`\\b(?:${alt(lex().agentKillings.agents)})\\s+${KILLING}`, 'i');
  return agentKillingRe.test(t);
}

let attackAfterRe: RegExp | null = null;
/** "coalition airstrikes killed …", "RSF shelling hit …": another party's name before an attack noun. */
function attackNounAfter(text: string, at: number): boolean {
  // Weapons and fire only: "repelled an RSF attack" is the speaker's defence, "RSF troops" no act.
  attackAfterRe ??= new RegExp(
    `^\\s+(?:${alt(
      attackNouns().filter(
        (n) => !/^(?:attacks?|raids?|assaults?|forces|troops|army|military|soldiers|fighters)$/.test(n),
      ),
    )})\\b`,
    'i',
  );
  return attackAfterRe.test(text.slice(at, at + 40));
}

let demonymAttackRe: RegExp | null = null;
/** A capitalised word before an attack noun: "Ukrainian shelling", "Israeli airstrikes". */
function demonymAttack(): RegExp {
  demonymAttackRe ??= new RegExp(`\\b(\\p{Lu}[\\p{L}-]+)\\s+(?:${alt(attackNouns())})\\b`, 'gu');
  return demonymAttackRe;
}
/**
 * "said Ukrainian shelling killed 27", "said Israeli airstrikes hit the camp": a national adjective
 * before an attack noun names the attacker; another country than the speaker's is a charge.
 */
function namesOtherNation(t: string, mySide: string | null): boolean {
  // Only a speaker whose own country is known can be told apart from the nation it names.
  if (!mySide?.startsWith('country:')) return false;
  const attack = t.search(markerRe('accusation'));
  for (const m of t.matchAll(demonymAttack())) {
    const c = countryOfDemonym(m[1]);
    if (!c || `country:${c.iso2.toLowerCase()}` === mySide) continue;
    const at = m.index ?? 0;
    // The attacker: the subject of an attack word or its own attack noun ("Ukrainian shelling").
    if (OWN.test(t.slice(0, at))) continue;
    if (
      /^(?:shelling|fire|gunfire|bombardment|bombing|strikes?|airstrikes?)\b/i.test(
        t.slice(at + m[1].length + 1),
      )
    )
      return true;
    if (attack > at && attack - at < 80) return true;
  }
  return false;
}

/** "Iranian advisers", "Rwanda's army": a text that names this country by its name or adjective. */
export function namesNation(t: string, country: string): boolean {
  for (const m of t.matchAll(/\b\p{Lu}[\p{L}-]+/gu)) {
    const c = countryNamed(m[0]) ?? countryOfDemonym(m[0]);
    if (c && `country:${c.iso2.toLowerCase()}` === country) return true;
  }
  return false;
}

/** "deadly Russian strikes": a text that names this country's attack by its national adjective. */
export function namesNationAttack(t: string, country: string): boolean {
  for (const m of t.matchAll(demonymAttack())) {
    const c = countryOfDemonym(m[1]);
    if (c && `country:${c.iso2.toLowerCase()}` === country && !OWN.test(t.slice(0, m.index ?? 0)))
      return true;
  }
  return false;
}

/** The speaker's side still fighting for or holding the ground: "its troops are still fighting there". */
export const STILL_HOLDING = new RegExp(
  `^(?:that\\s+)?${OWN_FORCES}\\s+(?:(?:is|are|was|were)\\s+)?(?:still\\s+(?:fighting|holding|holds?|defending)|continu(?:e|es|ed|ing)\\s+to\\s+(?:fight|hold|defend))\\b`,
  'iu',
);

/** "… remains under the control of X": X is whoever holds the place. */
export const UNDER_CONTROL =
  /\b(?:(?:is|are|was|were|remains?|remained)\s+(?:still\s+|firmly\s+|fully\s+)?in\s+(?:full\s+|firm\s+)?(?:control|charge)\s+of\b|(?:remains?|remained|is|was|are|were|stays?|stayed)\s+(?:\p{L}+ly\s+|still\s+|now\s+)?(?:in|under)\s+(?:the\s+)?(?:full\s+|firm\s+|complete\s+|total\s+)?(?:([\p{L}'’-]+)\s+)?(?:control|hands)\b(?:\s+of\s+(?:the\s+)?([\p{L}'’-]+))?)/iu;

/**
 * "the port remains under the control of our forces", "the city is under the control of Kenya's
 * defence forces": the speaker's side says it still holds the ground — the answer to a claim that
 * it was lost.
 */
function holdsOwnGround(t: string, speaker: string, entity: EntityMention | undefined): boolean {
  const m = UNDER_CONTROL.exec(t);
  const owner = m?.[2] ?? m?.[1];
  if (!owner) return false;
  if (/^(?:its|our|their)$/i.test(owner)) return true;
  const mine = ownCountry(speaker, entity);
  const word = owner.replace(/['’]s?$/, '');
  const named = countryNamed(word) ?? countryOfDemonym(word);
  return mine !== null && named !== null && `country:${named.iso2.toLowerCase()}` === mine;
}

/** The country a speaker speaks for, when it is one or belongs to one. */
function ownCountry(key: string, e: EntityMention | undefined): string | null {
  if (key.startsWith('country:')) return key;
  return e?.affiliation?.startsWith('country:') ? e.affiliation : null;
}

function namesOtherParty(t: string, speakerKey: string | null, speaker: EntityMention | undefined): boolean {
  if (!speakerKey) return false;
  if (witnessSource(speakerKey, speaker)) return false;
  const own = (speaker?.name ?? speakerKey.slice(speakerKey.indexOf(':') + 1)).toLowerCase();
  // The party is the agent: it stands before the attack word ("army aircraft had bombed").
  const attack = t.search(markerRe('accusation'));
  for (const m of t.matchAll(partyNouns())) {
    const noun = m[0].toLowerCase();
    const at = m.index ?? 0;
    // ... or the agent after "by": "violations of the truce by both sides".
    const byAgent = at > attack && at - attack < 60 && /\bby\s+(?:the\s+)?$/i.test(t.slice(0, at));
    // "coalition airstrikes killed 30": the party's own weapon is the attack.
    const ownWeapon = attackNounAfter(t, at + m[0].length) && !OWN.test(t.slice(0, at));
    if (ownWeapon && !own.includes(noun)) return true;
    if (attack < 0 || (!byAgent && (at > attack || attack - at > 80))) continue;
    if (OWN.test(t.slice(0, at))) continue;
    if (own.includes(noun)) continue;
    // "Ukraine said Ukrainian forces struck a depot": the speaker's own nation's forces.
    const adj = /(\p{Lu}[\p{L}-]+)\s+$/u.exec(t.slice(Math.max(0, at - 40), at));
    const nation = adj ? countryOfDemonym(adj[1]) : null;
    if (nation && ownCountry(speakerKey, speaker) === `country:${nation.iso2.toLowerCase()}`) continue;
    return true;
  }
  return false;
}

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
