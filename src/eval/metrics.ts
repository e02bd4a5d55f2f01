/** Building metric lines. */
import type { Metric } from './types.ts';

export function ratio(name: string, hits: number, total: number, extra?: string): Metric {
  const detail = `${hits}/${total}${extra ? `; ${extra}` : ''}`;
  return { name, value: total === 0 ? null : hits / total, hits, total, detail };
}

/** Precision, recall and F1 lines for `prefix` (F1's hits/total are 2·tp and report+gold). */
export function prf(prefix: string, tp: number, reported: number, gold: number): Metric[] {
  const p = reported === 0 ? null : tp / reported;
  const r = gold === 0 ? null : tp / gold;
  const f = reported + gold === 0 ? null : (2 * tp) / (reported + gold);
  const fmt = (x: number | null) => (x === null ? 'n/a' : x.toFixed(3));
  return [
    { name: `${prefix}.precision`, value: p, hits: tp, total: reported, detail: `${tp}/${reported}` },
    { name: `${prefix}.recall`, value: r, hits: tp, total: gold, detail: `${tp}/${gold}` },
    {
      name: `${prefix}.f1`,
      value: f,
      hits: 2 * tp,
      total: reported + gold,
      detail: `P ${fmt(p)} R ${fmt(r)}; ${tp} hits, ${reported} report, ${gold} gold`,
    },
  ];
}

/** A hits/total tally keyed by metric name. */
export class Tally {
  private readonly counts = new Map<string, { hits: number; total: number }>();
  add(name: string, ok: boolean): void {
    const c = this.counts.get(name) ?? { hits: 0, total: 0 };
    c.total += 1;
    if (ok) c.hits += 1;
    this.counts.set(name, c);
  }
  get(name: string): { hits: number; total: number } {
    return this.counts.get(name) ?? { hits: 0, total: 0 };
  }
  metric(name: string, extra?: string): Metric {
    const c = this.get(name);
    return ratio(name, c.hits, c.total, extra);
  }
}
