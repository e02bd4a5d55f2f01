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

export function claimKind(
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
  if (markerRe('accusation').test(t) && others.length > 0) return 'accusation';
  if (markerRe('assertion').test(t) || /\d/.test(t)) return 'assertion';
  return verbKind;
}
