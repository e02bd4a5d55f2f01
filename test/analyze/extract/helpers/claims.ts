/** Claims of a marked-up text through extractClaims alone, for the claims-*.test.ts files. */
import { extractClaims } from '../../../../src/analyze/extract/claims.ts';
import type { ClaimItem } from '../../../../src/analyze/types.ts';
import { marked, simpleSentences } from '../../../helpers/marked.ts';

export function claims(
  src: string,
  dated: { phrase: string; day: string }[] = [],
): { text: string; claims: ClaimItem[]; created: string[] } {
  const { text, entities } = marked(src);
  const times = dated.map(({ phrase, day }) => {
    const at = text.indexOf(phrase);
    return {
      start: at,
      end: at + phrase.length,
      date: { start: day, end: null, time: null, precision: 'day' as const },
    };
  });
  const r = extractClaims({
    text,
    published: '2023-05-21',
    sentences: simpleSentences(text),
    entities,
    times,
  });
  return { text, claims: r.claims, created: r.entities.map((e) => e.name) };
}

export const view = (text: string, c: ClaimItem) =>
  `${c.speaker}|${c.kind}|${text.slice(c.content.start, c.content.end)}`;
