/**
 * Test notation for entity mentions: "[Sudan's army|organization|sd:army>country:SD] said …" becomes
 * the plain text with an EntityMention {type, key, affiliation} at the bracketed words.
 */
import type { EntityMention, Sentence } from '../../src/analyze/types.ts';
import type { EntityType } from '../../src/report/contract.ts';

export function marked(src: string): { text: string; entities: EntityMention[] } {
  const entities: EntityMention[] = [];
  let text = '';
  let i = 0;
  const re = /\[([^\]|]+)\|(\w+)\|([^\]>]+)(?:>([^\]]+))?\]/g;
  for (let m = re.exec(src); m; m = re.exec(src)) {
    text += src.slice(i, m.index);
    const start = text.length;
    text += m[1];
    entities.push({
      start,
      end: text.length,
      type: m[2] as EntityType,
      name: m[1],
      key: m[3],
      affiliation: m[4] ?? null,
    });
    i = m.index + m[0].length;
  }
  text += src.slice(i);
  return { text, entities };
}

/** Sentences split on . ! ? followed by space, paragraphs on blank lines (good enough for tests). */
export function simpleSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  const re = /[^\n]+?(?:[.!?]["”’]?(?=\s|$)|$)|\n\s*\n/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (/^\n\s*\n$/.test(m[0])) {
      paragraph++;
      continue;
    }
    const lead = m[0].length - m[0].trimStart().length;
    if (!m[0].trim()) continue;
    out.push({
      start: m.index + lead,
      end: m.index + m[0].trimEnd().length,
      tokenStart: 0,
      tokenEnd: 0,
      paragraph,
    });
  }
  return out;
}
