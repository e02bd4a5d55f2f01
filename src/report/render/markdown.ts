/**
 * Renders a report as a printable Markdown situation report: summary, timeline, figures by
 * reporter, contested claims, sources — every line cites the documents it comes from.
 */
import type { Entity, Figure, Report, ReportDocument } from '../contract.ts';

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

function figureValue(f: Figure): string {
  const n = (x: number | null) => (x === null ? '?' : x.toLocaleString('en-US'));
  if (f.qualifier === 'range' || (f.high !== null && f.high !== f.low)) return `${n(f.low)}–${n(f.high)}`;
  const q: Record<string, string> = {
    exact: '',
    'at-least': 'at least ',
    'more-than': 'more than ',
    nearly: 'nearly ',
    about: 'about ',
    'up-to': 'up to ',
  };
  return `${q[f.qualifier] ?? ''}${n(f.low)}`;
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
