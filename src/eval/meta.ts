/**
 * Per-document metadata and clean-text checks. Accuracy is over the annotated documents; a gold
 * document missing from the report counts as wrong for every annotated field, keep and drop alike
 * (an absent text earns no credit for having dropped boilerplate). A metadata field absent from a
 * gold file is not scored for that document; null in gold means the report must say null.
 *
 * - published: the gold day against the report's date as written (the part before 'T', so a
 *   timestamp with offset is compared on its local date).
 * - title: equal after whitespace normalisation.
 * - outlet: equal to one of the gold aliases after name folding.
 * - url: equal after trimming whitespace and a trailing slash.
 * - keep: present in the clean text; drop: absent — both compared with whitespace and quote
 *   styles normalised (locate levels exact/normalized).
 */
import type { ReportDocument } from '../report/contract.ts';
import type { EvalContext } from './context.ts';
import { foldName, normalizeSpace } from './fold.ts';
import type { GoldDoc } from './gold.ts';
import { locate } from './locate.ts';
import type { Tally } from './metrics.ts';
import type { FieldError } from './types.ts';

type MetaField = 'published' | 'title' | 'outlet' | 'url';

function trimUrl(u: string): string {
  return u.trim().replace(/\/+$/, '');
}

function metaOk(field: MetaField, g: GoldDoc, d: ReportDocument): boolean {
  switch (field) {
    case 'published':
      return g.published === null ? d.published === null : d.published?.split('T')[0] === g.published;
    case 'title':
      return g.title === null
        ? d.title === null
        : d.title !== null && normalizeSpace(d.title) === normalizeSpace(g.title!);
    case 'outlet':
      return g.outlet === null
        ? d.outlet === null
        : d.outlet !== null && g.outlet!.some((o) => foldName(o) === foldName(d.outlet!));
    case 'url':
      return g.url === null ? d.url === null : d.url !== null && trimUrl(d.url) === trimUrl(g.url!);
  }
}

const FIELDS: MetaField[] = ['published', 'title', 'outlet', 'url'];

export function scoreMeta(ctx: EvalContext, tally: Tally, errors: FieldError[]): void {
  for (const g of ctx.gold.docs) {
    const d = ctx.docFor.get(g.doc);
    for (const field of FIELDS) {
      if (g[field] === undefined) continue;
      const ok = d !== undefined && metaOk(field, g, d);
      tally.add(`meta.${field}`, ok);
      if (!ok)
        errors.push({
          metric: `meta.${field}`,
          doc: g.doc,
          evidence: '',
          reportItem: d?.id ?? '(missing)',
          expected: JSON.stringify(g[field]),
          got: d ? JSON.stringify(d[field]) : 'document missing',
        });
    }
    for (const k of g.keep) {
      const ok = d !== undefined && locate(d.text, k, 'normalized').spans.length > 0;
      tally.add('clean.keep', ok);
      if (!ok)
        errors.push({
          metric: 'clean.keep',
          doc: g.doc,
          evidence: k,
          reportItem: d?.id ?? '(missing)',
          expected: 'present',
          got: 'absent',
        });
    }
    for (const k of g.drop) {
      const ok = d !== undefined && locate(d.text, k, 'normalized').spans.length === 0;
      tally.add('clean.drop', ok);
      if (!ok)
        errors.push({
          metric: 'clean.drop',
          doc: g.doc,
          evidence: k,
          reportItem: d?.id ?? '(missing)',
          expected: 'absent',
          got: d ? 'present' : 'document missing',
        });
    }
  }
}
