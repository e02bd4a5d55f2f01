/** Whose side a speaker or a named body is on. Pure. */
import { countryNamed, countryOfDemonym } from '../entities/country.ts';
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
  return e.affiliation ?? (key.startsWith('source:') ? nationNamed(e.name) : null) ?? e.key;
}

/** The country a source's name holds by its name or people's word, not in a compound ("Iran-backed"). */
function nationNamed(name: string): string | null {
  for (const w of name.split(/\s+/)) {
    if (w.includes('-')) continue;
    const c = countryOfDemonym(w) ?? countryNamed(w);
    if (c) return `country:${c.iso2.toLowerCase()}`;
  }
  return null;
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
