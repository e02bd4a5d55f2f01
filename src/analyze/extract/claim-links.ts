/**
 * Claims linked after extraction: denials to what they deny, quotation sentences to their speaker,
 * nested restatements dropped. Pure.
 */
import { contentWords, wordOverlap } from '../nlp/function-words.ts';
import type { ClaimItem, EntityMention, Sentence, Span } from '../types.ts';

/** What linking needs of the claim input. */
export interface LinkInput {
  text: string;
  sentences: Sentence[];
}

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,:;—–]/.test(text[start])) start++;
  while (end > start && /[\s.,;:—–]/.test(text[end - 1])) end--;
  return { start, end };
}

/** The party an entity speaks for: a country or armed group itself, or an organisation's country. */
function partyOf(key: string | null, entities: EntityMention[]): string | null {
  if (!key) return null;
  const e = entities.find((x) => x.key === key);
  if (!e) return key;
  return e.type === 'country' || e.type === 'group' ? e.key : (e.affiliation ?? e.key);
}

/**
 * A denial contradicts the claim it answers: an earlier claim (same or two sentences back) by
 * someone else, preferring one that blames the denier's own side.
 */
export function contradictions(
  claims: ClaimItem[],
  sentenceOf: number[],
  entities: EntityMention[],
  text = '',
): void {
  const cache = new Map<ClaimItem, Set<string>>();
  const words = (c: ClaimItem) => {
    let w = cache.get(c);
    if (!w) {
      w = contentWords(text.slice(c.content.start, c.content.end));
      cache.set(c, w);
    }
    return w;
  };
  claims.forEach((c, i) => {
    if (c.kind !== 'denial') return;
    const side = partyOf(c.speaker, entities);
    const blamesMe = (o: ClaimItem) =>
      side !== null &&
      entities.some(
        (e) =>
          e.start >= o.content.start &&
          e.end <= o.content.end &&
          e.type !== 'place' &&
          partyOf(e.key, entities) === side,
      );
    let best = -1;
    let bestScore = -Infinity;
    for (let j = 0; j < claims.length; j++) {
      const o = claims[j];
      if (j === i || o.kind === 'denial' || o.kind === 'appeal') continue;
      if (o.speaker && (o.speaker === c.speaker || (side && partyOf(o.speaker, entities) === side))) continue;
      const dist = sentenceOf[i] - sentenceOf[j];
      if (dist < 0 || dist > 2 || (dist === 0 && o.start > c.start)) continue;
      const score =
        -dist * 5 +
        // The words of the charge come back in its denial ("shelled the market" / "shelling").
        6 * wordOverlap(words(c), words(o)) +
        // A denial answers an accusation or an assertion; between two equally near, the accusation.
        (o.kind === 'accusation' ? 3.5 : o.kind === 'assertion' ? 3 : 0) +
        (blamesMe(o) ? 4 : 0) +
        j / 1000;
      if (score > bestScore) {
        bestScore = score;
        best = j;
      }
    }
    if (best >= 0) c.contradicts = [best];
  });
}

/** A sentence that is only a quotation continues the speaker of the claim just before it. */
export function quoteSentences(input: LinkInput, claims: ClaimItem[], sentenceOf: number[]): void {
  const covered = new Set(sentenceOf);
  input.sentences.forEach((s, si) => {
    if (covered.has(si)) return;
    const t = input.text.slice(s.start, s.end).trim();
    if (!/^[“"«„]/.test(t) || !/[”"»][.!?]?$|[.!?][”"»]$/.test(t)) return;
    let k = claims.length - 1;
    while (k >= 0 && sentenceOf[k] > si) k--;
    if (k < 0 || si - sentenceOf[k] > 2 || input.sentences[sentenceOf[k]].paragraph < s.paragraph - 1) return;
    const prev = claims[k];
    const span = trimSpan(input.text, s);
    claims.splice(k + 1, 0, {
      ...span,
      speaker: prev.speaker,
      kind: 'statement',
      quote: true,
      content: span,
      date: prev.date,
    });
    sentenceOf.splice(k + 1, 0, si);
  });
}

/** "X said he believed …": the inner verb with the same speaker is not a claim of its own. */
export function dropNestedDuplicates(
  claims: ClaimItem[],
  sentenceOf: number[],
): { claims: ClaimItem[]; sentenceOf: number[] } {
  const keep = claims.map(
    (c, i) =>
      !claims.some(
        (o, j) =>
          j !== i &&
          o.speaker === c.speaker &&
          sentenceOf[j] === sentenceOf[i] &&
          o.content.start <= c.start &&
          c.end <= o.content.end &&
          o.content.end - o.content.start > c.content.end - c.content.start,
      ),
  );
  return { claims: claims.filter((_, i) => keep[i]), sentenceOf: sentenceOf.filter((_, i) => keep[i]) };
}
