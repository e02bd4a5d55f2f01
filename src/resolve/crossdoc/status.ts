/**
 * Event status from the claims about it: `reported` in the outlet's own voice, `claimed` when
 * only parties say it, `denied` when a party denies it, `disputed` when it is both claimed and
 * denied. Corroboration counts a family of copies as one source.
 */
import type { Claim, Event, Report } from '../../report/contract.ts';
import { copyFamilies } from './families.ts';

/** What an event's status is decided from; the parts of a merged event combine (see `combineStatus`). */
export interface StatusParts {
  denied: boolean;
  asserted: boolean;
  claims: number;
  /** Every mention sits inside one of the event's claims. */
  inClaims: boolean;
}

export function statusParts(e: Event, claimsById: Map<string, Claim>): StatusParts {
  const cs = e.claims.map((id) => claimsById.get(id)).filter((c): c is Claim => !!c);
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const c of cs) {
    for (const cm of c.mentions) {
      const list = spans.get(cm.doc);
      if (list) list.push(cm);
      else spans.set(cm.doc, [cm]);
    }
  }
  return {
    denied: cs.some((c) => c.kind === 'denial'),
    asserted: cs.some((c) => c.kind !== 'denial'),
    claims: cs.length,
    inClaims: e.mentions.every((m) =>
      (spans.get(m.doc) ?? []).some((cm) => cm.start <= m.start && m.end <= cm.end),
    ),
  };
}

/**
 * The parts of two reports of one event from different documents: their claims and mentions are
 * in their own documents, so a mention of one is never inside a claim of the other.
 */
export function combineStatus(a: StatusParts, b: StatusParts): StatusParts {
  return {
    denied: a.denied || b.denied,
    asserted: a.asserted || b.asserted,
    claims: a.claims + b.claims,
    inClaims: a.inClaims && b.inClaims,
  };
}

export function statusOf(p: StatusParts): Event['status'] {
  if (p.denied && p.asserted) return 'disputed';
  if (p.denied) return 'denied';
  // An event every mention of which sits inside a party's claim is only claimed.
  return p.claims && p.inClaims ? 'claimed' : 'reported';
}

export function eventStatus(e: Event, claimsById: Map<string, Claim>): Event['status'] {
  return statusOf(statusParts(e, claimsById));
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
