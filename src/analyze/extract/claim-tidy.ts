/**
 * Claims tidied once a document's drafts are made: spans trimmed of stray punctuation, quotation
 * sentences given to the speaker before them, a participle clause folded into its denial, and
 * the inner verb of "X said he believed …" dropped. Pure.
 */
import { WEEKDAYS } from '../time/lexicon.ts';
import type { ClaimItem, Sentence, Span } from '../types.ts';

/** What tidying needs of the claim input. */
export interface TidyInput {
  text: string;
  sentences: Sentence[];
}

export function trimSpan(text: string, s: Span): Span {
  let { start, end } = s;
  while (start < end && /[\s,:;—–]/.test(text[start])) start++;
  while (end > start && /[\s.,;:—–]/.test(text[end - 1])) end--;
  return { start, end };
}

/** A sentence that is only a quotation continues the speaker of the claim just before it. */
export function quoteSentences(input: TidyInput, claims: ClaimItem[], sentenceOf: number[]): void {
  const covered = new Set(sentenceOf);
  const closes = (t: string) => /[”"»][.!?]?$|[.!?][”"»]$/.test(t);
  input.sentences.forEach((s, si) => {
    if (covered.has(si)) return;
    const t = input.text.slice(s.start, s.end).trim();
    if (!/^[“"«„]/.test(t)) return;
    // "“We received no such report. How could we pay what was never reported?”": a quotation of
    // several sentences, none attributed, ends where its closing mark is.
    let last = si;
    while (!closes(input.text.slice(input.sentences[last].start, input.sentences[last].end).trim())) {
      last++;
      const next = input.sentences[last];
      if (!next || last - si > 3 || covered.has(last) || next.paragraph !== s.paragraph) return;
    }
    let k = claims.length - 1;
    while (k >= 0 && sentenceOf[k] > si) k--;
    if (k < 0 || si - sentenceOf[k] > 2 || input.sentences[sentenceOf[k]].paragraph < s.paragraph - 1) return;
    const prev = claims[k];
    for (let x = si + 1; x <= last; x++) covered.add(x);
    const span = trimSpan(input.text, { start: s.start, end: input.sentences[last].end });
    // "“We saw another staged event,” the envoy said. “There are people trained for this.”": the
    // quotation goes on right after its attribution — one claim, its words up to the new close.
    if (
      sentenceOf[k] === si - 1 &&
      input.sentences[si - 1].paragraph === s.paragraph &&
      prev.quote &&
      prev.content.start < input.sentences[si - 1].start + 2 &&
      prev.end <= s.start
    ) {
      prev.end = span.end;
      prev.content = { start: prev.content.start, end: span.end };
      return;
    }
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

/** Claims with the sentence each is told in, index for index. */
interface Tidied {
  claims: ClaimItem[];
  sentenceOf: number[];
}

/** The claims (and their sentence numbers) that `keep` marks. */
function kept(claims: ClaimItem[], sentenceOf: number[], keep: boolean[]): Tidied {
  return { claims: claims.filter((_, i) => keep[i]), sentenceOf: sentenceOf.filter((_, i) => keep[i]) };
}

/**
 * "X denied Y, saying Z" where Z rebuts too: one denial with its reason, not two; and a verb with
 * nothing said but its adjuncts ("released a statement late that day, saying that Z") is Z's. The participle
 * clause follows the denial in the same sentence, by the same speaker, with only a comma between.
 */
export function foldElaborations(text: string, claims: ClaimItem[], sentenceOf: number[]): Tidied {
  const keep = claims.map(() => true);
  let last = -1;
  claims.forEach((c, i) => {
    const d = last >= 0 ? claims[last] : null;
    // "The army released a statement late that day, saying that …": what was said is the clause.
    if (
      d &&
      d.kind !== 'denial' &&
      !c.quote &&
      sentenceOf[last] === sentenceOf[i] &&
      d.speaker === c.speaker &&
      onlyWhen(text.slice(d.content.start, d.content.end)) &&
      /^[\s,]*$/.test(text.slice(Math.max(d.end, d.content.end), c.start)) &&
      /^(?:saying|adding|stating)\b/u.test(text.slice(c.start, c.end))
    ) {
      c.start = Math.min(c.start, d.start);
      keep[last] = false;
      last = i;
      return;
    }
    if (
      d &&
      d.kind === 'denial' &&
      c.kind === 'denial' &&
      !c.quote &&
      sentenceOf[last] === sentenceOf[i] &&
      d.speaker === c.speaker &&
      /^[\s,]*$/.test(text.slice(Math.max(d.end, d.content.end), c.start)) &&
      /^\p{L}+ing\b/u.test(text.slice(c.start, c.end))
    ) {
      d.content = { start: d.content.start, end: Math.max(d.content.end, c.content.end) };
      d.end = Math.max(d.end, c.end);
      keep[i] = false;
      return;
    }
    last = i;
  });
  return kept(claims, sentenceOf, keep);
}

/** Words that name a time ("later", "this morning", "on Monday"; the weekdays of the time lexicon). */
const WHEN_NOUNS = new Set([
  ...WEEKDAYS.keys(),
  ...[
    'later',
    'earlier',
    'day',
    'week',
    'month',
    'morning',
    'afternoon',
    'evening',
    'night',
    'today',
    'yesterday',
  ],
]);
/** Words that only frame a time: "late that day", "on the morning of", "earlier this week". */
const WHEN_FRAME = new Set([
  'on',
  'in',
  'at',
  'during',
  'the',
  'a',
  'an',
  'of',
  'that',
  'last',
  'this',
  'late',
  'early',
]);

/**
 * A content that tells nothing but when it was said ("late that day"): the verb's adjuncts, not a
 * statement. At least one word must name a time: "this" alone ("refuted this") is an object.
 */
function onlyWhen(content: string): boolean {
  if (!/^[\p{L}\d\s,.;:]*$/u.test(content)) return false;
  const words = content.toLowerCase().match(/[\p{L}\d]+/gu) ?? [];
  return words.some((w) => WHEN_NOUNS.has(w)) && words.every((w) => WHEN_NOUNS.has(w) || WHEN_FRAME.has(w));
}

/**
 * `c` is `o` found twice: `o`'s content opens on `c`'s verb and both end together ("was quoted as
 * saying there were no …" and "saying there were no …").
 */
function foundTwice(c: ClaimItem, o: ClaimItem): boolean {
  return c.content.end === o.content.end && c.start >= o.content.start && c.start - o.content.start <= 12;
}

/** "X said he believed …": the inner verb with the same speaker is not a claim of its own. */
export function dropNestedDuplicates(claims: ClaimItem[], sentenceOf: number[]): Tidied {
  const keep = claims.map(
    (c, i) =>
      !claims.some(
        (o, j) =>
          j !== i &&
          o.speaker === c.speaker &&
          sentenceOf[j] === sentenceOf[i] &&
          // "said its strike killed 60 fighters as it denied targeting civilians": a denial told
          // inside the same speaker's other claim is a claim of its own.
          // (Not one claim found twice: "was quoted as saying none were …" / "saying …".)
          !(c.kind === 'denial' && o.kind !== 'denial' && !foundTwice(c, o)) &&
          o.content.start <= c.start &&
          c.end <= o.content.end &&
          o.content.end - o.content.start > c.content.end - c.content.start,
      ),
  );
  // The claim kept for the words found twice takes the denial's kind and its narrower content.
  claims.forEach((c, i) => {
    if (keep[i] || c.kind !== 'denial') return;
    for (const [j, o] of claims.entries())
      if (keep[j] && o.speaker === c.speaker && foundTwice(c, o)) {
        o.kind = 'denial';
        o.content = c.content;
      }
  });
  return kept(claims, sentenceOf, keep);
}

/**
 * "X said …, the Associated Press reported", "Reuters reported that X said …": an agency that
 * relays another's claim says nothing of its own. Its claim is dropped, and the claim it relays
 * ends before the relaying words.
 */
export function dropRelays(text: string, claims: ClaimItem[], sentenceOf: number[]): Tidied {
  const keep = claims.map(() => true);
  claims.forEach((r, i) => {
    if (!r.speaker?.startsWith('agency:')) return;
    const inner = claims.findIndex(
      (o, j) =>
        j !== i &&
        sentenceOf[j] === sentenceOf[i] &&
        o.speaker !== null &&
        o.speaker !== r.speaker &&
        // (The relayed claim opens what the agency says: "AP reported that X, quoting a
        // commander who said …" is the agency's own report.)
        o.start >= r.content.start &&
        o.start - r.content.start < 80 &&
        !/[,;:(]/.test(text.slice(r.content.start, o.start)) &&
        o.content.start < r.content.end,
    );
    if (inner < 0) return;
    keep[i] = false;
    const o = claims[inner];
    if (o.content.end > r.content.end && o.content.start < r.content.end) {
      o.content = { start: o.content.start, end: r.content.end };
      o.end = Math.min(o.end, Math.max(o.content.end, r.start));
    }
  });
  return kept(claims, sentenceOf, keep);
}
