/**
 * Figure series: for each reporter, measure, group and side, the values over time (by asOf),
 * so a party's rising toll — and the gap between parties — can be read at a glance.
 * Historical figures are left out; figures are never averaged.
 */
import type { Report, Series } from '../../report/contract.ts';

export function buildSeries(report: Report): Series[] {
  const groups = new Map<string, Series>();
  for (const f of report.figures) {
    if (f.historical) continue;
    const key = [f.reporter, f.measure, f.group, f.side].join('|');
    let s = groups.get(key);
    if (!s) {
      s = { reporter: f.reporter, measure: f.measure, group: f.group, side: f.side, points: [] };
      groups.set(key, s);
    }
    s.points.push({ asOf: f.asOf, low: f.low, high: f.high, qualifier: f.qualifier, figure: f.id });
  }
  for (const s of groups.values()) {
    s.points.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || (a.low ?? 0) - (b.low ?? 0));
  }
  return [...groups.values()];
}
