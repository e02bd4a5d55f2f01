/**
 * Renders a report as one self-contained, printable HTML file (inline CSS, no scripts): summary,
 * timeline, figures by reporter, contested claims, sources, and an appendix quoting every cited
 * passage. Citations [d1] link to their passage. Every piece of text is HTML-escaped.
 */

import type { Claim, Event, Figure, Mention, Report, ReportDocument } from '../contract.ts';
import { figureValue } from './figure-value.ts';
import { SITREP_CSS } from './html-style.ts';

const ESC: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for HTML element content and quoted attribute values. */
export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ESC[c]);
}

interface Passage {
  n: number;
  mention: Mention;
}

/** Collects cited passages in order of first citation; the same span is cited once. */
class Citations {
  readonly passages: Passage[] = [];
  private readonly seen = new Map<string, number>();
  constructor(private readonly docs: Map<string, ReportDocument>) {}

  cite(m: Mention | undefined): string {
    if (!m || !this.docs.has(m.doc)) return '';
    const key = `${m.doc}:${m.start}:${m.end}`;
    let n = this.seen.get(key);
    if (n === undefined) {
      n = this.passages.length + 1;
      this.seen.set(key, n);
      this.passages.push({ n, mention: m });
    }
    return `<a class="cite" id="r${n}-${this.passages.length}" href="#p${n}">[${escapeHtml(m.doc)}]</a>`;
  }
}

export function renderHtml(report: Report): string {
  const ents = new Map(report.entities.map((e) => [e.id, e]));
  const docs = new Map(report.documents.map((d) => [d.id, d]));
  const events = new Map(report.events.map((e) => [e.id, e]));
  const claims = new Map(report.claims.map((c) => [c.id, c]));
  const cites = new Citations(docs);
  const name = (id: string | null | undefined, fallback: string) =>
    escapeHtml((id && ents.get(id)?.name) || fallback);
  const words = (m: Mention | undefined, max = 260): string => {
    const d = m && docs.get(m.doc);
    if (!d || !m) return '';
    const s = d.text.slice(m.start, m.end).replace(/\s+/g, ' ').trim();
    return escapeHtml(s.length > max ? `${s.slice(0, max - 1)}…` : s);
  };
  /** The sentence around a mention, escaped, with the mention's own words in <b>. */
  const inContext = (m: Mention | undefined, max = 240): string => {
    const d = m && docs.get(m.doc);
    if (!d || !m) return '';
    const [a, b] = sentenceAround(d.text, m.start, m.end, max);
    const flat = (x: string) => escapeHtml(x.replace(/\s+/g, ' '));
    const before = d.text.slice(a, m.start).replace(/^\s+/, '');
    const after = d.text.slice(m.end, b).replace(/\s+$/, '');
    return `${flat(before)}<b>${flat(d.text.slice(m.start, m.end))}</b>${flat(after)}`;
  };
  const out: string[] = [];
  const days = report.documents
    .map((d) => d.published?.slice(0, 10))
    .filter((d): d is string => !!d)
    .sort();
  const period = days.length ? `${days[0]} to ${days[days.length - 1]}` : 'dates unknown';

  // Summary
  const contested = report.claims.filter((c) => c.contradicts.length > 0);
  out.push('<section id="summary"><h2>Summary</h2>');
  out.push(
    `<p>${report.documents.length} document(s) from ${new Set(report.documents.map((d) => d.outlet ?? d.source)).size} source(s), published ${escapeHtml(period)}: ` +
      `${report.events.length} events, ${report.claims.length} attributed claims (${contested.length} contradicted), ` +
      `${report.figures.length} figures, ${report.entities.length} named entities.</p>`,
  );
  const latest = [...report.timeline].sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 5);
  if (latest.length) {
    out.push('<p>Latest developments:</p><ul class="summary">');
    for (const t of latest) {
      const ev = events.get(t.events[0] ?? '');
      out.push(
        `<li><strong>${escapeHtml(t.date)}</strong> — ${escapeHtml(t.summary)} ${cites.cite(ev?.mentions[0])}</li>`,
      );
    }
    out.push('</ul>');
  }
  out.push('</section>');

  // Timeline
  if (report.timeline.length) {
    out.push(
      '<section id="timeline"><h2>Timeline</h2><table><thead><tr><th>date</th><th>what happened, in the sources’ words</th></tr></thead><tbody>',
    );
    for (const t of report.timeline) {
      const evs = t.events.map((id) => events.get(id)).filter((e) => e !== undefined);
      const ev = evs
        .map(
          (e) =>
            `<span class="what">${escapeHtml(eventLine(e, (id) => (id && ents.get(id)?.name) || null))}</span> ` +
            `<span class="evidence">${inContext(e.mentions[0])}</span> ${cites.cite(e.mentions[0])}`,
        )
        .slice(0, 6)
        .map((x) => `<li>${x}</li>`)
        .join('');
      const more = evs.length > 6 ? `<li class="meta">and ${evs.length - 6} more</li>` : '';
      out.push(
        `<tr><td class="num">${escapeHtml(t.date)}</td><td><p class="tl-summary">${escapeHtml(t.summary)}</p>` +
          `<ul class="tl-events">${ev}${more}</ul></td></tr>`,
      );
    }
    out.push('</tbody></table></section>');
  }

  // Figures by reporter
  const current = report.figures.filter((f) => !f.historical);
  if (current.length) {
    out.push('<section id="figures"><h2>Figures by reporter</h2>');
    const groups = new Map<string, Figure[]>();
    for (const f of current) {
      const who = (f.reporter && ents.get(f.reporter)?.name) || 'The outlets themselves';
      groups.set(who, [...(groups.get(who) ?? []), f]);
    }
    for (const [who, list] of [...groups].sort((a, b) => a[0].localeCompare(b[0]))) {
      out.push(
        `<h3>${escapeHtml(who)}</h3><table><thead><tr><th>as of</th><th>measure</th><th>group</th><th>value</th><th>side</th><th>source</th></tr></thead><tbody>`,
      );
      for (const f of [...list].sort((a, b) => (a.asOf ?? '').localeCompare(b.asOf ?? ''))) {
        out.push(
          `<tr><td class="num">${escapeHtml(f.asOf ?? '')}</td><td>${escapeHtml(f.measure)}</td><td>${escapeHtml(f.group)}</td>` +
            `<td class="num">${escapeHtml(figureValue(f))}</td><td>${name(f.side, '')}</td><td>${cites.cite(f.mentions[0])}</td></tr>`,
        );
      }
      out.push('</tbody></table>');
    }
    out.push('</section>');
  }

  // Contested claims
  if (contested.length) {
    out.push('<section id="claims"><h2>Contested claims</h2>');
    const claimLine = (c: Claim) =>
      `<p><span class="who">${name(c.speaker, 'The outlet')}</span> (${escapeHtml(c.kind)}${c.date ? `, ${escapeHtml(c.date)}` : ''}): ` +
      `“${words(c.mentions[0]) || escapeHtml(c.text)}” ${cites.cite(c.mentions[0])}</p>`;
    for (const c of contested) {
      for (const otherId of c.contradicts) {
        const o = claims.get(otherId);
        if (o) out.push(`<div class="pair">${claimLine(o)}${claimLine(c)}</div>`);
      }
    }
    out.push('</section>');
  }

  // Sources
  out.push(
    '<section id="sources"><h2>Sources</h2><table><thead><tr><th>id</th><th>title</th><th>outlet</th><th>published</th><th>shares text with</th></tr></thead><tbody>',
  );
  for (const d of report.documents) {
    const reuse = d.reuse.map((r) => `${escapeHtml(r.doc)} (${escapeHtml(r.kind)})`).join(', ');
    const wire = d.wire?.length ? ` · wire: ${escapeHtml(d.wire.join(', '))}` : '';
    out.push(
      `<tr id="doc-${escapeHtml(d.id)}"><td>${escapeHtml(d.id)}</td><td>${escapeHtml(d.title ?? '(untitled)')}<br><span class="meta">${escapeHtml(d.url ?? d.source)}</span></td>` +
        `<td>${escapeHtml(d.outlet ?? '')}${wire}</td><td class="num">${escapeHtml(d.published ?? '')}</td><td>${reuse}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  if (report.errors?.length) {
    out.push('<section id="errors"><h2>Inputs that could not be read</h2><ul>');
    for (const e of report.errors)
      out.push(`<li><code>${escapeHtml(e.source)}</code>: ${escapeHtml(e.message)}</li>`);
    out.push('</ul></section>');
  }

  // Appendix: every cited passage, in citation order
  out.push('<section id="appendix"><h2>Appendix: cited passages</h2><ol class="passages">');
  for (const p of cites.passages) {
    const d = docs.get(p.mention.doc)!;
    const where = [d.outlet, d.published?.slice(0, 10), d.title]
      .filter(Boolean)
      .map((s) => escapeHtml(String(s)));
    out.push(
      `<li id="p${p.n}"><a href="#doc-${escapeHtml(d.id)}">[${escapeHtml(d.id)}]</a> ${where.join(' · ')}<br>` +
        `<q>${words(p.mention, 2000)}</q> <span class="meta">(characters ${p.mention.start}–${p.mention.end})</span>` +
        `<br><span class="context">${inContext(p.mention, 600)}</span></li>`,
    );
  }
  out.push('</ol></section>');

  const head =
    '<!doctype html>\n<html lang="en"><head><meta charset="utf-8">' +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>Situation report — ${escapeHtml(period)}</title><style>${SITREP_CSS}</style></head><body>` +
    `<header><h1>Situation report</h1><p class="meta">${escapeHtml(period)} · generated ${escapeHtml(report.generatedAt)} · ${escapeHtml(report.schema)}</p></header>`;
  return `${head}\n${out.join('\n')}\n</body></html>\n`;
}

/** Start and end of the sentence (or line) around [start, end), at most `max` characters either side. */
export function sentenceAround(text: string, start: number, end: number, max: number): [number, number] {
  let a = start;
  while (a > 0 && start - a < max && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && b - end < max && !/[.!?\n]/.test(text[b])) b++;
  if (b < text.length && /[.!?]/.test(text[b])) b++;
  return [a, b];
}

/** "attack (shelling) in Kharkiv by Russian forces" */
function eventLine(e: Event, name: (id: string | null) => string | null): string {
  const mode = e.mode && e.mode !== 'unspecified' ? ` (${e.mode})` : '';
  const place = name(e.place);
  const actors = e.actors.map((a) => name(a)).filter(Boolean);
  return `${e.type}${mode}${place ? ` in ${place}` : ''}${actors.length ? ` by ${actors.join(', ')}` : ''}:`;
}
