/**
 * The timeline: one entry per day with dated events, each with a short summary built from the
 * evidence (the words of the best-sourced events that day), its events and its sources. An event
 * appears on one day only (its start day). Days are in order.
 */
import type { Event, Report, TimelineEntry } from '../../report/contract.ts';

const LABEL: Record<Event['type'], string> = {
  attack: 'attack',
  shootdown: 'shootdown',
  'territory-change': 'territory change',
  'ceasefire-agreed': 'ceasefire agreed',
  'ceasefire-effective': 'ceasefire takes effect',
  'ceasefire-violation': 'ceasefire violated',
  talks: 'talks',
  appeal: 'appeal',
  humanitarian: 'humanitarian',
  statement: 'statement',
};

/**
 * The words around a mention for a summary: from the sentence start (when it is near) or a word
 * boundary before, to the sentence end or a word boundary after, at most `max` characters.
 */
export function clause(text: string, start: number, end: number, max = 120): string {
  let a = start;
  while (a > 0 && start - a < 100 && !/[.!?\n]/.test(text[a - 1])) a--;
  if (a > 0 && !/[.!?\n]/.test(text[a - 1])) {
    // sentence start too far: begin at a word boundary 40 characters before the mention
    a = Math.max(0, start - 40);
    while (a < start && !/\s/.test(text[a - 1] ?? ' ')) a++;
  }
  let b = end;
  while (b < text.length && b - end < 90 && !/[.!?\n;]/.test(text[b])) b++;
  if (b < text.length && !/[.!?\n;]/.test(text[b])) while (b > end && !/\s/.test(text[b])) b--;
  let s = text.slice(a, b).replace(/\s+/g, ' ').trim();
  if (s.length > max) {
    s = s.slice(0, max);
    s = `${s.slice(0, Math.max(s.lastIndexOf(' '), max - 20)).trimEnd()}…`;
  }
  return s;
}

/** The day an event is on the timeline (its start day), if it is dated to the day. */
export function timelineDay(e: Event): string | null {
  return e.date?.precision === 'day' && e.date.start ? e.date.start : null;
}

/** Events with more independent sources first; in report order among equals. */
export function bySources(a: { event: Event; index: number }, b: { event: Event; index: number }): number {
  const na = a.event.independentSources ?? a.event.sources.length;
  const nb = b.event.independentSources ?? b.event.sources.length;
  return nb - na || a.index - b.index;
}

/**
 * A day's summary from its events in timeline order (`at(k)`, `total` of them): the words of the
 * first three with distinct wording, then how many more there are.
 */
export function daySummary(
  at: (k: number) => Event | undefined,
  total: number,
  textOf: (doc: string) => string | undefined,
): string {
  const parts: string[] = [];
  const seen = new Set<string>();
  let shown = 0;
  for (let k = 0; k < total && shown < 3; k++) {
    const e = at(k);
    if (!e) break;
    const m = e.mentions[0];
    const t = m ? textOf(m.doc) : undefined;
    const words = t && m ? clause(t, m.start, m.end) : '';
    if (words && seen.has(words)) continue;
    seen.add(words);
    parts.push(words ? `${LABEL[e.type]}: ${words}` : LABEL[e.type]);
    shown++;
  }
  if (total > shown) parts.push(`and ${total - shown} more event(s)`);
  return parts.join(' · ');
}

/** One day's entry from its events (in report order) and the documents' texts. */
export function timelineEntry(
  date: string,
  events: Event[],
  textOf: (doc: string) => string | undefined,
): TimelineEntry {
  const evs = events
    .map((event, index) => ({ event, index }))
    .sort(bySources)
    .map((x) => x.event);
  return {
    date,
    summary: daySummary((k) => evs[k], evs.length, textOf),
    events: evs.map((e) => e.id),
    sources: [...new Set(evs.flatMap((e) => e.sources))].sort(),
  };
}

export function buildTimeline(report: Report): TimelineEntry[] {
  const texts = new Map(report.documents.map((d) => [d.id, d.text]));
  const byDay = new Map<string, Event[]>();
  for (const e of report.events) {
    const day = timelineDay(e);
    if (!day) continue;
    const list = byDay.get(day);
    if (list) list.push(e);
    else byDay.set(day, [e]);
  }
  return [...byDay.keys()]
    .sort()
    .map((date) => timelineEntry(date, byDay.get(date) ?? [], (d) => texts.get(d)));
}
