/**
 * Figure series: for each reporter, measure, group and side, the values over time (by asOf),
 * so a party's rising toll — and the gap between parties — can be read at a glance.
 * Historical figures are left out; figures are never averaged.
 */
import type { Figure, Report, Series } from '../../report/contract.ts';

/** The series a figure belongs to (null: historical figures are in none). */
export function seriesKey(f: Figure): string | null {
  return f.historical ? null : [f.reporter, f.measure, f.group, f.side].join('|');
}

/** One series from its figures (all with the same key, in report order). */
export function seriesOf(figures: Figure[]): Series {
  const f = figures[0];
  const points = figures.map((x) => ({
    asOf: x.asOf,
    low: x.low,
    high: x.high,
    qualifier: x.qualifier,
    figure: x.id,
  }));
  points.sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? '') || (a.low ?? 0) - (b.low ?? 0));
  return { reporter: f.reporter, measure: f.measure, group: f.group, side: f.side, points };
}

export function buildSeries(report: Report): Series[] {
  const groups = new Map<string, Figure[]>();
  for (const f of report.figures) {
    const key = seriesKey(f);
    if (key === null) continue;
    const list = groups.get(key);
    if (list) list.push(f);
    else groups.set(key, [f]);
  }
  return [...groups.values()].map(seriesOf);
}
