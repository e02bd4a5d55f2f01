/**
 * Ceasefires followed through time: each agreement opens a truce; the next "takes effect" event
 * and the violations reported after it (until the next agreement) belong to it. Events without
 * an agreement before them open a truce of their own.
 */
import type { Ceasefire, Event, Report } from '../../report/contract.ts';

function daysBetween(a: string, b: string): number {
  return Math.abs(Date.parse(b) - Date.parse(a)) / 86_400_000;
}

const day = (e: Event) => (e.date?.precision === 'day' ? e.date.start : null);

export function trackCeasefires(report: Pick<Report, 'events'>): Ceasefire[] {
  const moments = report.events
    .filter((e) => e.type.startsWith('ceasefire-') && day(e))
    .sort((a, b) => (day(a) ?? '').localeCompare(day(b) ?? '') || a.type.localeCompare(b.type));
  const out: Ceasefire[] = [];
  let current: Ceasefire | null = null;
  for (const e of moments) {
    const d = day(e);
    if (e.type === 'ceasefire-agreed') {
      current = { agreed: e.id, effective: null, violations: [], start: d, firstViolation: null };
      out.push(current);
    } else if (e.type === 'ceasefire-effective') {
      // Reports of one truce taking effect can differ by a day (late evening, time zones).
      if (current?.effective && d && current.start && daysBetween(current.start, d) <= 1) continue;
      if (!current || current.effective) {
        current = { agreed: null, effective: null, violations: [], start: d, firstViolation: null };
        out.push(current);
      }
      current.effective = e.id;
      current.start = d;
    } else {
      if (!current) {
        current = { agreed: null, effective: null, violations: [], start: null, firstViolation: null };
        out.push(current);
      }
      current.violations.push(e.id);
      current.firstViolation ??= d;
    }
  }
  return out;
}
