/**
 * Event status from the claims about it: `reported` in the outlet's own voice, `claimed` when
 * only parties say it, `denied` when a party denies it, `disputed` when it is both claimed and
 * denied. Corroboration counts a family of copies as one source.
 */
import type { Claim, Event, Report } from '../../report/contract.ts';
import { copyFamilies } from './families.ts';

export function eventStatus(e: Event, claimsById: Map<string, Claim>): Event['status'] {
  const cs = e.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c);
  const denied = cs.some((c) => c.kind === 'denial');
  const asserted = cs.some((c) => c.kind !== 'denial');
  if (denied && asserted) return 'disputed';
  if (denied) return 'denied';
  // An event every mention of which sits inside a party's claim is only claimed.
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const c of cs) {
    for (const cm of c.mentions) {
      const list = spans.get(cm.doc);
      if (list) list.push(cm);
      else spans.set(cm.doc, [cm]);
    }
  }
  const inClaims = e.mentions.every((m) =>
    (spans.get(m.doc) ?? []).some((cm) => cm.start <= m.start && m.end <= cm.end),
  );
  return cs.length && inClaims ? 'claimed' : 'reported';
}

/** Independent sources of an event: a family of copies counts once. */
export function independentSources(e: Event, family: (doc: string) => string): number {
  return new Set(e.sources.map(family)).size;
}

export function applyStatus(report: Report): Report {
  const claimsById = new Map(report.claims.map((c) => [c.id, c]));
  const family = copyFamilies(report.documents);
  return {
    ...report,
    events: report.events.map((e) => ({
      ...e,
      status: eventStatus(e, claimsById),
      independentSources: independentSources(e, (s) => family.get(s) ?? s),
    })),
  };
}
