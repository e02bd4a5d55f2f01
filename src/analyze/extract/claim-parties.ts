/** Whose side a speaker or a named body is on. Pure. */
import { countryInWords } from '../entities/country.ts';
import type { ClaimItem, EntityMention } from '../types.ts';

/**
 * The party an entity speaks for: a country or armed group itself, or an organisation's country;
 * a source the claims layer named by its nation's word ("a Djiboutian military officer") is that
 * nation's.
 */
export function partyOf(key: string | null, entities: EntityMention[]): string | null {
  if (!key) return null;
  const e = entities.find((x) => x.key === key);
  if (!e) return key;
  if (e.type === 'country' || (e.type === 'group' && !key.startsWith('source:'))) return e.key;
  const nation = key.startsWith('source:') ? countryInWords(e.name.split(/\s+/)) : null;
  return e.affiliation ?? (nation ? `country:${nation.iso2.toLowerCase()}` : e.key);
}

/** `o` is said by `c`'s speaker or by its side. */
export function oneSide(o: ClaimItem, c: ClaimItem, entities: EntityMention[]): boolean {
  if (!o.speaker) return false;
  if (o.speaker === c.speaker) return true;
  const side = partyOf(c.speaker, entities);
  return side !== null && partyOf(o.speaker, entities) === side;
}

/** A name of `side` (no place) told inside the claim's content, that `keep` accepts. */
export function namesSide(
  o: ClaimItem,
  side: string,
  entities: EntityMention[],
  keep: (e: EntityMention) => boolean = () => true,
): boolean {
  return entities.some(
    (e) =>
      e.start >= o.content.start &&
      e.end <= o.content.end &&
      e.type !== 'place' &&
      partyOf(e.key, entities) === side &&
      keep(e),
  );
}
