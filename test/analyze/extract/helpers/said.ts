/** The claims of a text as its speakers' names and kinds, for the claim-speakers-*.test.ts files. */
import { analyzeDocument } from '../../../../src/analyze/index.ts';

/** Each claim as { speaker name, speaker affiliation, kind, text } through the whole analysis. */
export function said(text: string) {
  const a = analyzeDocument({ text, published: '2024-03-12' });
  return a.claims.map((c) => {
    const e = a.entities.find((x) => x.key === c.speaker);
    return {
      name: e?.name ?? null,
      affiliation: e?.affiliation ?? null,
      kind: c.kind,
      text: text.slice(c.start, c.end),
    };
  });
}
