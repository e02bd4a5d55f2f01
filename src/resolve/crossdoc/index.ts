/**
 * Resolution across documents on the assembled report: one event from many reports, status and
 * corroboration, contradictions between outlets, timeline, figure series and ceasefires. Pure.
 * (Stories form as documents arrive, in resolution: see `stories.ts`.)
 */
import type { Report } from '../../report/contract.ts';
import { trackCeasefires } from './ceasefires.ts';
import { linkContradictions } from './contradictions.ts';
import { applyEventMerge } from './events.ts';
import { buildSeries } from './series.ts';
import { applyStatus } from './status.ts';
import { buildTimeline } from './timeline.ts';

export function resolveAcross(report: Report): Report {
  let r = applyEventMerge(report);
  r = applyStatus(r);
  r = linkContradictions(r);
  return {
    ...r,
    timeline: buildTimeline(r),
    series: buildSeries(r),
    ceasefires: trackCeasefires(r),
  };
}
