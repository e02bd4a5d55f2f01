/**
 * Renders a report as a printable Markdown situation report: summary, timeline, figures by
 * reporter, contested claims, sources — every line cites the documents it comes from.
 */

import type { Entity, Figure, Report, ReportDocument } from '../contract.ts';
import { figureValue } from './figure-value.ts';

function cite(doc: ReportDocument | undefined): string {
  if (!doc) return '';
  return `[${doc.id}]`;
}

function entityName(byId: Map<string, Entity>, id: string | null | undefined, fallback: string): string {
  return (id && byId.get(id)?.name) || fallback;
}

/** The exact words of a mention, on one line, trimmed to `max` characters. */
export function evidence(report: Report, m: { doc: string; start: number; end: number }, max = 240): string {
  const doc = report.documents.find((d) => d.id === m.doc);
  if (!doc) return '';
  const s = doc.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}

export function renderMarkdown(report: Report): string {
  const byId = new Map(report.entities.map((e) => [e.id, e]));
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const out: string[] = [];
  const days = report.documents
    .map((d) => d.published?.slice(0, 10))
    .filter((d): d is string => !!d)
    .sort();
  out.push('# Situation report');
  out.push('');
  out.push(
    `Generated ${report.generatedAt} from ${report.documents.length} document(s)` +
      (days.length ? `, published ${days[0]} to ${days[days.length - 1]}` : '') +
      '.',
  );
  out.push('');
  out.push(
    `${report.events.length} events, ${report.claims.length} claims, ${report.figures.length} figures, ` +
      `${report.entities.length} entities.`,
  );

  if (report.timeline.length) {
    out.push('', '## Timeline', '');
    for (const t of report.timeline) {
      const srcs = t.sources.map((s) => cite(docs.get(s))).join('');
      out.push(`- **${t.date}** — ${t.summary} ${srcs}`);
    }
  }

  if (report.ceasefires?.length) {
    const ev = new Map(report.events.map((e) => [e.id, e]));
    const cites = (id: string | null) =>
      id ? [...new Set(ev.get(id)?.sources ?? [])].map((s) => cite(docs.get(s))).join('') : '';
    out.push('', '## Ceasefires', '');
    for (const c of report.ceasefires) {
      const agreed = c.agreed
        ? `agreed ${ev.get(c.agreed)?.date?.start ?? '?'} ${cites(c.agreed)}`
        : 'agreement not reported';
      const effective = c.effective
        ? `in effect ${ev.get(c.effective)?.date?.start ?? '?'} ${cites(c.effective)}`
        : '';
      const broken = c.violations.length
        ? `first violation reported ${c.firstViolation ?? '?'} (${c.violations.length} report(s)) ${c.violations.map(cites).join('')}`
        : 'no violation reported';
      out.push(`- ${[agreed, effective, broken].filter(Boolean).join(' → ')}`);
    }
  }

  const rising = (report.series ?? []).filter((s) => s.points.length > 1);
  if (rising.length) {
    out.push('', '## Figures over time', '');
    for (const s of rising) {
      const who = entityName(byId, s.reporter, 'the outlet itself');
      const pts = s.points.map((p) => `${figureValue(p)} (${p.asOf ?? '?'})`).join(' → ');
      out.push(`- ${who}, ${s.measure} ${s.group}: ${pts}`);
    }
  }

  const current = report.figures.filter((f) => !f.historical);
  if (current.length) {
    out.push('', '## Figures by reporter', '');
    const groups = new Map<string, Figure[]>();
    for (const f of current) {
      const who = entityName(byId, f.reporter, 'the outlet itself');
      groups.set(who, [...(groups.get(who) ?? []), f]);
    }
    for (const [who, list] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
      out.push(`### ${who}`, '');
      out.push('| measure | group | value | side | as of | source |', '|---|---|---|---|---|---|');
      for (const f of list) {
        const m = f.mentions[0];
        out.push(
          `| ${f.measure} | ${f.group} | ${figureValue(f)} | ${entityName(byId, f.side, '')} | ${f.asOf ?? ''} | ${m ? cite(docs.get(m.doc)) : ''} |`,
        );
      }
      out.push('');
    }
  }

  const contested = report.claims.filter((c) => c.contradicts.length > 0);
  if (contested.length) {
    out.push('', '## Contested claims', '');
    const claimById = new Map(report.claims.map((c) => [c.id, c]));
    for (const c of contested) {
      for (const otherId of c.contradicts) {
        const o = claimById.get(otherId);
        if (!o) continue;
        const a = o.mentions[0];
        const b = c.mentions[0];
        out.push(
          `- ${entityName(byId, o.speaker, 'The outlet')}: “${a ? evidence(report, a) : o.text}” ${a ? cite(docs.get(a.doc)) : ''}`,
        );
        out.push(
          `  - ${entityName(byId, c.speaker, 'The outlet')} (${c.kind}): “${b ? evidence(report, b) : c.text}” ${b ? cite(docs.get(b.doc)) : ''}`,
        );
      }
    }
  }

  out.push('', '## Sources', '');
  for (const d of report.documents) {
    const bits = [d.outlet, d.published?.slice(0, 10), d.wire?.length ? `wire: ${d.wire.join(', ')}` : null]
      .filter(Boolean)
      .join(' · ');
    const copies = d.reuse.length
      ? ` — shares text with ${d.reuse.map((r) => `${r.doc} (${r.kind})`).join(', ')}`
      : '';
    out.push(`- [${d.id}] ${d.title ?? '(untitled)'}${bits ? ` — ${bits}` : ''} — \`${d.source}\`${copies}`);
  }
  if (report.errors?.length) {
    out.push('', '## Inputs that could not be read', '');
    for (const e of report.errors) out.push(`- \`${e.source}\`: ${e.message}`);
  }
  out.push('');
  return out.join('\n');
}
