/**
 * A source's title around its name in attribution: "…,” Taliban spokesman X said", "…, said
 * Ukrainian army spokesman X". Title words are capitalised words, entity names, and the words
 * of the entity layer's title lexicon (data/entities/titles.txt: heads and modifiers).
 */

import { lexicon } from '../entities/lexicon.ts';
import type { EntityMention } from '../types.ts';
import type { Word } from './words.ts';

let titleWords: Set<string> | null = null;

/** The longest title run this many words may take, name included. */
export const MAX_TITLE = 7;

export function isTitleWord(w: Word, text: string, entities: readonly EntityMention[]): boolean {
  if (!titleWords) {
    const lex = lexicon();
    titleWords = new Set([...lex.titleHeads, ...lex.titleModifiers].flatMap((t) => t.split(' ')));
  }
  // "the defence ministry's spokesman": a possessive title word too.
  if (titleWords.has(w.w) || titleWords.has(w.w.replace(/'s?$/, ''))) return true;
  if (/^\p{Lu}/u.test(text.slice(w.start, w.end))) return true;
  return entities.some((e) => e.start <= w.start && w.end <= e.end);
}

/** Index of the first word of the title run that ends at word `from` - 1 (walking back). */
export function titleStart(
  ws: Word[],
  from: number,
  text: string,
  entities: readonly EntityMention[],
): number {
  let k = from;
  for (;;) {
    if (k > 0 && from - k < MAX_TITLE && isTitleWord(ws[k - 1], text, entities)) k--;
    // "police and army sources": a coordinated title word.
    else if (
      k > 1 &&
      from - k < MAX_TITLE - 1 &&
      ws[k - 1].w === 'and' &&
      isTitleWord(ws[k - 2], text, entities)
    )
      k -= 2;
    else return k;
  }
}
