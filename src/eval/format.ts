/** Plain-text rendering of an EvalResult: one metric per line, `name  value  (detail)`, aligned. */
import type { EvalResult, Metric } from './types.ts';

export function formatValue(v: number | null): string {
  return v === null ? 'n/a' : v.toFixed(3);
}

export function formatTable(r: EvalResult): string {
  const rows: Metric[] = r.metrics;
  const nameWidth = Math.max(...rows.map((m) => m.name.length));
  const valueWidth = Math.max(...rows.map((m) => formatValue(m.value).length));
  return rows
    .map((m) => `${m.name.padEnd(nameWidth)}  ${formatValue(m.value).padStart(valueWidth)}  (${m.detail})`)
    .join('\n')
    .concat('\n');
}

/** A longer listing for humans tuning the pipeline: warnings, misses, wrong fields, unmatched items. */
export function formatDetails(r: EvalResult, limit = 50): string {
  const out: string[] = [];
  const section = <T>(title: string, items: T[], line: (x: T) => string) => {
    if (items.length === 0) return;
    out.push(`${title} (${items.length}):`);
    for (const x of items.slice(0, limit)) out.push(`  ${line(x)}`);
    if (items.length > limit) out.push(`  … ${items.length - limit} more`);
  };
  section('warnings', r.warnings, (w) => w);
  section('missed gold items', r.misses, (m) => `${m.kind} ${m.doc}: "${m.evidence}" — ${m.reason}`);
  section(
    'wrong fields',
    r.fieldErrors,
    (e) =>
      `${e.metric} ${e.doc}${e.evidence ? `: "${e.evidence}"` : ''}${e.reportItem ? ` [${e.reportItem}]` : ''} — expected ${e.expected}, got ${e.got}`,
  );
  section('report items hitting no gold item', r.unmatched, (u) => u);
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
