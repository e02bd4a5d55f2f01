/**
 * A headline, a deck or a caption tells again what the body tells: an event named only in the
 * lines above the body ("2 die as troops battle at border") is the body's event of its type, not
 * one of its own. Pure.
 */
import type { EventItem, Span } from '../types.ts';

/** A paragraph of the body: more words than a headline, ending as a sentence ends. */
const BODY_WORDS = 12;
const SENTENCE_END = /[.!?"”’)]$/;

/**
 * Where the heading lines end: the leading paragraphs (headline, deck, byline, dateline,
 * caption) before the first one that is a sentence of more than twelve words. 0 when the text
 * opens with the body.
 */
export function headingEnd(text: string): number {
  let end = 0;
  for (const m of text.matchAll(/[^\n]+(?:\n[^\n]+)*/g)) {
    const p = m[0].trim();
    if (SENTENCE_END.test(p) && p.split(/\s+/).length > BODY_WORDS) return end;
    end = m.index + m[0].length;
  }
  // (No paragraph of the body at all: nothing is a heading.)
  return 0;
}

const spans = (e: EventItem): Span[] => [{ start: e.start, end: e.end }, ...(e.more ?? [])];

/**
 * Events told only in the heading lines join the body's event of the same type — the one at the
 * same place when the heading names a place, else the first — as further mentions; an event the
 * body does not tell stays.
 */
export function foldHeadings(events: EventItem[], text: string): EventItem[] {
  const end = headingEnd(text);
  if (end === 0) return events;
  const heading = (e: EventItem) => spans(e).every((m) => m.end <= end);
  const body = events.filter((e) => !heading(e));
  const folded = new Set<EventItem>();
  for (const e of events) {
    if (!heading(e)) continue;
    const same = body.filter((o) => o.type === e.type);
    const into = (e.place !== null ? same.find((o) => o.place === e.place) : undefined) ?? same[0];
    if (!into) continue;
    into.more = [...(into.more ?? []), ...spans(e)].sort((a, b) => a.start - b.start);
    into.claims = [...new Set([...into.claims, ...e.claims])].sort((a, b) => a - b);
    folded.add(e);
  }
  return events.filter((e) => !folded.has(e));
}
