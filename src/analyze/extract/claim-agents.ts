/**
 * The parties a claim's content names as doers: an armed party by its common noun, another
 * nation by its adjective before an attack noun, a killing by a party named right before it; and
 * the witness-like sources whose telling of an attack charges no one. Pure.
 */

import { countryNamed, countryOfDemonym } from '../entities/country.ts';
import type { EntityMention } from '../types.ts';
import { alt, ownCountry } from './claim-rebuttals.ts';
import { lex } from './event-lexicon.ts';
import { verbLexicon } from './verbs.ts';

const cache = new Map<string, RegExp>();
/** The lexicon's content markers of one kind as one pattern: the words that tell a content's kind. */
export function markerRe(kind: 'denial' | 'accusation' | 'appeal' | 'assertion'): RegExp {
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

let partyNounRe: RegExp | null = null;
/** A possessive right before a word: "its army", "their own forces". */
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
export function witnessSource(key: string | null, entity?: EntityMention): boolean {
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
export function atrocityRe(): RegExp {
  const words = verbLexicon().atrocities?.words ?? [];
  atrocity ??= new RegExp(`\\b(?:${alt(words)})\\b`, 'i');
  return atrocity;
}

const KILLING =
  '(?:had\\s+|have\\s+|has\\s+)?(?:killed|shot dead|shot(?!\\s+down)|executed|opened fire (?:on|at)|fired (?:on|at))\\b';
let killingAfterRe: RegExp | null = null;
/** "the RSF killed …": a party named right before a verb of killing. */
export function killingAfter(text: string, at: number): boolean {
  killingAfterRe ??= new RegExp(`^\\s+${KILLING}`, 'i');
  return killingAfterRe.test(text.slice(at, at + 30));
}
/** Generic sources that watch all sides: "a monitoring group", "rights groups", "a watchdog". */
export const MONITOR = /^source:.*\b(?:monitor\w*|rights|watchdog|observatory|ngo|charity)\b/i;
let agentKillingRe: RegExp | null = null;
/** "security forces killed …", "a gang killed …": an armed party by its common noun. */
export function agentKilling(t: string): boolean {
  agentKillingRe ??= new RegExp(`\\b(?:${alt(lex().agentKillings.agents)})\\s+${KILLING}`, 'i');
  return agentKillingRe.test(t);
}

let attackAfterRe: RegExp | null = null;
/** "coalition airstrikes killed …", "RSF shelling hit …": another party's name before an attack noun. */
export function attackNounAfter(text: string, at: number): boolean {
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
export function namesOtherNation(t: string, mySide: string | null): boolean {
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
export function namesOtherParty(
  t: string,
  speakerKey: string | null,
  speaker: EntityMention | undefined,
): boolean {
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
