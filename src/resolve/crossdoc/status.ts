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
  const inClaims = e.mentions.every((m) =>
    cs.some((c) => c.mentions.some((cm) => cm.doc === m.doc && cm.start <= m.start && m.end <= cm.end)),
  );
  return cs.length && inClaims ? 'claimed' : 'reported';
}

export function applyStatus(report: Report): Report {
  const claimsById = new Map(report.claims.map((c) => [c.id, c]));
  const family = copyFamilies(report.documents);
  return {
    ...report,
    events: report.events.map((e) => ({
      ...e,
      status: eventStatus(e, claimsById),
      independentSources: new Set(e.sources.map((s) => family.get(s) ?? s)).size,
    })),
  };
}
