/**
 * Where what was said begins after a verb of saying: past the one told ("told reporters",
 * "told the BBC"), when it was said ("said on Tuesday that …") and the word that opens it ("that",
 * a colon or a comma) — and what ends it: a later attribution in the same sentence. Pure.
 */
import type { ClaimInput } from './claims.ts';
import { claimNounAlternation, verbAt, verbLexicon } from './verbs.ts';
import type { Word } from './words.ts';

/** Who is told, when no name: "told reporters", "told him". */
const ADDRESSEES = /^(?:reporters|journalists|him|her|them|us|me|parliament|lawmakers)$/;

type ContentInput = Pick<ClaimInput, 'text' | 'entities' | 'times'>;

/**
 * The word index past the one told after a verb like "told" ending at word `to` ("told reporters",
 * "told AFP", "told the BBC that"); `to` itself for other verbs or when no one is named.
 */
export function pastAddressee(input: ContentInput, ws: Word[], to: number, lemma: string): number {
  if (!verbLexicon().addresseeVerbs.includes(lemma) || !ws[to]) return to;
  // "told the BBC that …": the article may open the one told.
  const at = ws[to].w === 'the' && ws[to + 1] ? to + 1 : to;
  const addressee = input.entities.find((e) => e.start === ws[at].start && e.type !== 'place');
  if (addressee) {
    let c = at;
    while (c < ws.length && ws[c].end <= addressee.end) c++;
    // ("told the Reuters news agency on Monday that …": the name's common noun after it is the one told too.)
    let k = c;
    while (
      k < ws.length &&
      k - c < 3 &&
      /^\p{Ll}+$/u.test(input.text.slice(ws[k].start, ws[k].end)) &&
      // ("told AFP about the shelling that took place …": what it was about, not the one told.)
      !/^(?:that|on|about)$/.test(ws[k].w)
    )
      k++;
    return k > c && /^(?:that|on)$/.test(ws[k]?.w ?? '') ? k : c;
  }
  if (ADDRESSEES.test(ws[to].w)) return to + 1;
  // "told the BBC that …", "assured media outlets that …", "told a daily military briefing in
  // Moscow that …": the one told, up to "that".
  let k = at;
  while (
    k < ws.length &&
    k - at < 7 &&
    /^[\p{L}-]+$/u.test(ws[k].w) &&
    ws[k].w !== 'that' &&
    !(verbAt(ws, k) && !/ing$/.test(ws[k].w))
  )
    k++;
  return k > at && ws[k]?.w === 'that' ? k : to;
}

/** The word index where the content of a verb ending at word `to` starts. */
export function contentStart(input: ContentInput, ws: Word[], to: number, lemma: string): number {
  let c = pastAddressee(input, ws, to, lemma);
  // "said on Tuesday that …": when it was said, then what.
  const lead = ws[c] && /^(?:on|late|early|last)$/.test(ws[c].w) ? 1 : 0;
  const when = input.times.find((t) => t.start === ws[c]?.start || t.start === ws[c + lead]?.start);
  if (when) {
    let k = c;
    while (k < ws.length && ws[k].end <= when.end) k++;
    if (ws[k]?.w === 'that') c = k;
  }
  // "told reporters on condition of anonymity that …", "said anonymously that …": how it was said, then what.
  const how =
    /^(?:on\s+(?:the\s+)?condition\s+of\s+anonymity|anonymously|privately|by\s+telephone|by\s+phone)\s+that\b/i.exec(
      input.text.slice(ws[c]?.start ?? input.text.length),
    );
  if (how) {
    const end = (ws[c]?.start ?? 0) + how[0].length;
    while (c < ws.length && ws[c].end < end) c++;
  }
  // "said in response that …", "said in reply that …": how it was said, then what.
  if (
    /^in$/.test(ws[c]?.w ?? '') &&
    /^(?:response|reply)$/.test(ws[c + 1]?.w ?? '') &&
    ws[c + 2]?.w === 'that'
  )
    c += 2;
  // ("rejected that and said …": a pronoun object, not the opening of a clause.)
  const pronoun = ws[c]?.w === 'that' && /^(?:and|but|[,;])$/.test(ws[c + 1]?.w ?? '');
  if ((ws[c]?.w === 'that' && !pronoun) || ws[c]?.w === ':' || ws[c]?.w === ',') c++;
  // ('the army “rejected” these charges': the mark that closes a quoted verb is not what was said.)
  if (/^[”"»]$/.test(ws[c]?.w ?? '') && ws.slice(Math.max(0, c - 4), c).some((w) => /^[“«„]$/.test(w.w))) c++;
  return c;
}

/** What introduces a later attribution in the same sentence: ", but", ", a claim", " — a charge". */
let laterAttribution: RegExp | null = null;
/** What introduces an answer after a claim: ", but", "— a claim (that) the", ", an allegation". */
export function laterAttributionRe(): RegExp {
  if (!laterAttribution) {
    const nouns = claimNounAlternation();
    laterAttribution = new RegExp(
      `(?:\\bbut(?:\\s+[^\\s,;:.!?“”"]+){0,6}?|(?:,|\\s[—–])(?:\\s+(?:a|an|the)\\s+(?:[\\p{L}-]+\\s+)?(?:${nouns})(?:\\s+(?:that|which))?|\\s+which\\b[^,;.]{0,60}?)?)(?:\\s+(?:the|an?))?\\s*$`,
      'u',
    );
  }
  return laterAttribution;
}
