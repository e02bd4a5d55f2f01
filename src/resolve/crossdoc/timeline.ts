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

/** The clause around a mention: from the sentence start (or 60 chars before) to its end, trimmed. */
function clause(text: string, start: number, end: number, max = 110): string {
  let a = start;
  while (a > 0 && start - a < 60 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < 60 && !/[.!?\n;]/.test(text[b])) b++;
  const s = text.slice(a, b).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1).trimEnd()}…` : s;
}

export function buildTimeline(report: Report): TimelineEntry[] {
  const texts = new Map(report.documents.map((d) => [d.id, d.text]));
  const byDay = new Map<string, Event[]>();
  for (const e of report.events) {
    if (e.date?.precision !== 'day' || !e.date.start) continue;
    byDay.set(e.date.start, [...(byDay.get(e.date.start) ?? []), e]);
  }
  return [...byDay.keys()].sort().map((date) => {
    const evs = (byDay.get(date) ?? []).sort(
      (a, b) => (b.independentSources ?? b.sources.length) - (a.independentSources ?? a.sources.length),
    );
    const parts: string[] = [];
    for (const e of evs.slice(0, 3)) {
      const m = e.mentions[0];
      const t = m ? texts.get(m.doc) : undefined;
      parts.push(t && m ? `${LABEL[e.type]}: ${clause(t, m.start, m.end)}` : LABEL[e.type]);
    }
    if (evs.length > 3) parts.push(`and ${evs.length - 3} more`);
    return {
      date,
      summary: parts.join(' · '),
      events: evs.map((e) => e.id),
      sources: [...new Set(evs.flatMap((e) => e.sources))].sort(),
    };
  });
}
