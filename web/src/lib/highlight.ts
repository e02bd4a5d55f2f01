/**
 * Renders article text into an element as DOM text nodes, with the given spans wrapped in
 * <mark>. Article text is untrusted: it is only ever put into text nodes, never parsed as HTML.
 */
export interface Span {
  start: number;
  end: number;
}

/** Non-overlapping, sorted spans clipped to the text (overlaps merged). */
export function normalizeSpans(spans: readonly Span[], length: number): Span[] {
  const s = spans
    .map((x) => ({
      start: Math.max(0, Math.min(length, x.start)),
      end: Math.max(0, Math.min(length, x.end)),
    }))
    .filter((x) => x.end > x.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Span[] = [];
  for (const x of s) {
    const last = out[out.length - 1];
    if (last && x.start <= last.end) last.end = Math.max(last.end, x.end);
    else out.push({ ...x });
  }
  return out;
}

/**
 * Replaces the children of `el` with the text, spans marked. Returns the <mark> elements in
 * text order; `active` (a span) gets class "active" on the mark that contains its start.
 */
export function renderHighlighted(
  el: HTMLElement,
  text: string,
  spans: readonly Span[],
  active?: Span,
): HTMLElement[] {
  const doc = el.ownerDocument;
  const parts: Node[] = [];
  const marks: HTMLElement[] = [];
  let at = 0;
  for (const sp of normalizeSpans(spans, text.length)) {
    if (sp.start > at) parts.push(doc.createTextNode(text.slice(at, sp.start)));
    const mark = doc.createElement('mark');
    mark.appendChild(doc.createTextNode(text.slice(sp.start, sp.end)));
    if (active && active.start >= sp.start && active.start < sp.end) mark.className = 'active';
    mark.tabIndex = -1;
    parts.push(mark);
    marks.push(mark);
    at = sp.end;
  }
  if (at < text.length) parts.push(doc.createTextNode(text.slice(at)));
  while (el.firstChild) el.removeChild(el.firstChild);
  for (const p of parts) el.appendChild(p);
  return marks;
}
