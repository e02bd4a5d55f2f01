/**
 * Where what was said begins after a verb of saying: past the one told ("told reporters",
 * "told the BBC"), when it was said ("said on Tuesday that …") and the word that opens it ("that",
 * a colon or a comma) — and what ends it: a later attribution in the same sentence. Pure.
 */
import type { ClaimInput } from './claims.ts';
import { claimNounAlternation, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

/** Who is told, when no name: "told reporters", "told him". */
export const ADDRESSEES = /^(?:reporters|journalists|him|her|them|us|me|parliament|lawmakers)$/;

/** The word index where the content of a verb ending at word `to` starts. */
export function contentStart(
  input: Pick<ClaimInput, 'text' | 'entities' | 'times'>,
  ws: Word[],
  to: number,
  lemma: string,
): number {
  const { text } = input;
  let c = to;
  // "told reporters that …", "told AFP …": the addressee is not the content.
  if (verbLexicon().addresseeVerbs.includes(lemma)) {
    // "told the BBC that …": the article may open the one told.
    const at = ws[c]?.w === 'the' && ws[c + 1] ? c + 1 : c;
    const addressee = input.entities.find((e) => e.start === ws[at]?.start && e.type !== 'place');
    if (addressee) {
      c = at;
      while (c < ws.length && ws[c].end <= addressee.end) c++;
    } else if (ws[c] && ADDRESSEES.test(ws[c].w)) c++;
    else {
      // "told the BBC that …": a name the entity layer did not know, up to "that".
      let k = at;
      while (k < ws.length && k - at < 4 && /^\p{Lu}/u.test(text.slice(ws[k].start, ws[k].end))) k++;
      if (k > at && ws[k]?.w === 'that') c = k;
    }
  }
  // "said on Tuesday that …": when it was said, then what.
  const lead = ws[c] && /^(?:on|late|early|last)$/.test(ws[c].w) ? 1 : 0;
  const when = input.times.find((t) => t.start === ws[c]?.start || t.start === ws[c + lead]?.start);
  if (when) {
    let k = c;
    while (k < ws.length && ws[k].end <= when.end) k++;
    if (ws[k]?.w === 'that') c = k;
  }
  if (ws[c]?.w === 'that' || ws[c]?.w === ':' || ws[c]?.w === ',') c++;
  return c;
}

/** What introduces a later attribution in the same sentence: ", but", ", a claim", " — a charge". */
let laterAttribution: RegExp | null = null;
/** What introduces an answer after a claim: ", but", "— a claim (that) the", ", an allegation". */
export function laterAttributionRe(): RegExp {
  if (!laterAttribution) {
    const nouns = claimNounAlternation();
    laterAttribution = new RegExp(
      `(?:\\bbut|(?:,|\\s[—–])(?:\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${nouns})(?:\\s+(?:that|which))?)?)(?:\\s+(?:the|an?))?\\s*$`,
      'u',
    );
  }
  return laterAttribution;
}
