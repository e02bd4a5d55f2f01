/**
 * Quotations in claims: whether a content is quoted, the quotation sentence before "X said.", a
 * content extended back to the quote it closes, and coordinated that-clauses split outside quotes. Pure.
 */
import type { Span } from '../types.ts';
import type { ClaimDraft } from './claim-drafts.ts';
import { trimSpan } from './claim-tidy.ts';
import type { ClaimInput } from './claims.ts';

export function isQuote(text: string, s: Span): boolean {
  const t = text.slice(s.start, s.end).trim();
  return /^[“"«„‘]/.test(t) || /[”"»’]$/.test(t);
}

/** The previous sentence of the paragraph when it is only a quotation (“…” or "…"). */
export function quoteBefore(input: ClaimInput, si: number): Span | null {
  const prev = input.sentences[si - 1];
  if (!prev || prev.paragraph !== input.sentences[si].paragraph) return null;
  const span = trimSpan(input.text, prev);
  const t = input.text.slice(span.start, span.end);
  if (!/[”"»]$/.test(t)) return null;
  // The whole sentence quoted, or the end of a quotation opened in an earlier sentence.
  const closesEarlier =
    (t.match(/[”»]/g) ?? []).length > (t.match(/[“«„]/g) ?? []).length ||
    (t.match(/"/g) ?? []).length % 2 === 1;
  return /^[“"«„]/.test(t) || closesEarlier ? span : null;
}

/** Extends a content that closes a quote opened in an earlier sentence of the same paragraph. */
export function extendQuote(input: ClaimInput, d: ClaimDraft): void {
  const t = input.text.slice(d.content.start, d.content.end);
  const opens = (t.match(/[“«„]/g) ?? []).length;
  const closes = (t.match(/[”»]/g) ?? []).length;
  // Straight quotes do not say which way they face: an odd count closing the content closes a
  // quotation opened before it.
  const straight = (t.match(/"/g) ?? []).length % 2 === 1 && /"[\s,.]*$/.test(t);
  if (closes <= opens && !straight) return;
  const para = input.sentences[d.sentence].paragraph;
  // From the sentence before the one the content starts in (a quotation before "X said." is its own).
  let from = d.sentence;
  while (from > 0 && input.sentences[from].start > d.content.start) from--;
  for (let k = from - 1; k >= 0 && input.sentences[k].paragraph === para && from - k <= 4; k--) {
    const s = input.sentences[k];
    const st = input.text.slice(s.start, s.end);
    const open = straight
      ? (st.match(/"/g) ?? []).length % 2 === 1
        ? st.lastIndexOf('"')
        : -1
      : st.search(/[“«„]/);
    if (open >= 0) {
      d.content = { start: s.start + open, end: d.content.end };
      d.mention = { start: Math.min(d.mention.start, s.start + open), end: d.mention.end };
      d.quote = true;
      return;
    }
  }
}

/** "A, and that B": the content's coordinated that-clauses (quotes are not split). */
export function thatClauses(text: string, content: Span): Span[] {
  const t = text.slice(content.start, content.end);
  const out: Span[] = [];
  let from = 0;
  for (const m of t.matchAll(/,?\s+and\s+that\s+/g)) {
    const at = m.index ?? 0;
    const before = t.slice(0, at);
    // Inside an open quotation the words are the speaker's own: leave them whole.
    if ((before.match(/[“«]/g) ?? []).length > (before.match(/[”»]/g) ?? []).length) continue;
    out.push(trimSpan(text, { start: content.start + from, end: content.start + at }));
    from = at + m[0].length;
  }
  if (!out.length) return [content];
  out.push(trimSpan(text, { start: content.start + from, end: content.end }));
  return out.filter((x) => x.end > x.start);
}
