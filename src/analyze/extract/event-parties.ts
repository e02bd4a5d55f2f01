/**
 * Who did it and to whom: the parties named with an event's trigger — never the one reporting
 * it ("…, the army said") nor a generic source ("residents said"). A national adjective before the
 * trigger names the actor ("Russian shelling", "Israeli strikes"); "an attack by X" too. Pure.
 */
import { countryByDemonym } from '../geo/countries.ts';
import type { ClaimItem, EntityMention, Span } from '../types.ts';

const PARTY_TYPES = new Set(['country', 'group', 'organization']);
/** The words between a claimant and an attack it claims as its own. */
const CLAIMED_OWN = /\bclaim(?:s|ed|ing)?\s+(?:(?:responsibility|credit)\s+for\s+)?$/i;

export interface Parties {
  actors: string[];
  targets: string[];
}

export function partiesOf(
  text: string,
  entities: EntityMention[],
  claims: ClaimItem[],
  clause: Span,
  span: Span,
): Parties {
  // Inside reported content, only what the content names: the speaker reports, it is no party.
  let window = clause;
  const speakers = new Set<string>();
  const claimants: string[] = [];
  for (const c of claims) {
    if (c.content.start <= span.start && span.end <= c.content.end) {
      window = { start: Math.max(window.start, c.content.start), end: Math.min(window.end, c.content.end) };
      if (!c.speaker) continue;
      // "Hezbollah claimed several attacks", "the group claimed responsibility for the bombing":
      // who claims an attack as its own did it.
      if (CLAIMED_OWN.test(text.slice(c.start, c.content.start)) && !c.speaker.startsWith('source:'))
        claimants.push(c.speaker);
      else speakers.add(c.speaker);
    }
  }
  const parties = entities.filter(
    (e) =>
      PARTY_TYPES.has(e.type) &&
      e.start >= window.start &&
      e.end <= window.end &&
      !e.key.startsWith('source:') &&
      !speakers.has(e.key),
  );
  // "an attack by ISWAP fighters", "shelling blamed on the rebels": the agent after the trigger;
  // "shelling from Afghan forces": the source right after it.
  const agents = parties.filter((e) => {
    if (e.start < span.end) return false;
    const after = text.slice(span.end, e.start);
    return (
      (/^\W*(?:\w+\s+){0,2}?(?:by|on)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(after) &&
        /\b(?:by|blamed\s+on)\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(
          text.slice(Math.max(span.end, e.start - 30), e.start),
        )) ||
      /^\s+from\s+(?:the\s+)?(?:[\p{L}-]+\s+)?$/iu.test(after)
    );
  });
  // "One Israeli soldier was killed …", "Two villages were shelled": in the passive the subject
  // before the verb is struck, not striking.
  const passive =
    /(?:ed|en)$/i.test(text.slice(span.start, span.end)) &&
    /\b(?:was|were|been|being)\s+(?:\p{Ll}+ly\s+)?$/iu.test(
      text.slice(Math.max(window.start, span.start - 30), span.start),
    );
  const before = parties.filter((e) => e.end <= span.start).map((e) => e.key);
  const actors = [...claimants, ...(passive ? [] : before)];
  actors.push(...agents.map((e) => e.key));
  const demonym = nationalAdjective(text, span, window, entities);
  if (demonym && !passive) actors.push(demonym);
  const targets = [
    ...(passive ? before : []),
    ...(passive && demonym ? [demonym] : []),
    ...parties.filter((e) => e.start >= span.end && !agents.includes(e)).map((e) => e.key),
  ];
  return { actors: [...new Set(actors)], targets: [...new Set(targets)].filter((k) => !actors.includes(k)) };
}

/** "Russian shelling", "Israeli air strikes", "Turkish drone strikes": the country of the adjective. */
function nationalAdjective(text: string, span: Span, window: Span, entities: EntityMention[]): string | null {
  const from = Math.max(window.start, span.start - 30);
  const m = /(\p{Lu}[\p{L}-]+)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(text.slice(from, span.start));
  if (!m) return null;
  // Already an entity ("Russian forces" as the army): counted as a party above.
  const at = from + (m.index ?? 0);
  if (entities.some((e) => e.start <= at && at < e.end)) return null;
  const c = countryByDemonym(m[1]);
  // A country's own name is an entity already; only adjectives ("Russian", not "Russia").
  return c && c.name !== m[1] && !c.aliases.includes(m[1]) ? `country:${c.iso2.toLowerCase()}` : null;
}
