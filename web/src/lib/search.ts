/**
 * Client-side search over a loaded report (used when the server has no /search): every query
 * word must occur in an item's words (case and accents folded); names and titles weigh more.
 */
import type { Mention } from '../../../src/report/contract.ts';
import {
  entityName,
  eventTitle,
  figureValue,
  findItem,
  type Indexed,
  type ItemKind,
  mentionContext,
  mentionText,
} from './model.ts';

export interface SearchHit {
  kind: ItemKind;
  id: string;
  title: string;
  snippet: string;
  mention: Mention | null;
  score: number;
}

export function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase();
}

export function queryTerms(q: string): string[] {
  return fold(q)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

function score(terms: string[], title: string, body: string): number {
  const t = fold(title);
  const b = fold(body);
  let s = 0;
  for (const term of terms) {
    const inTitle = t.includes(term);
    const inBody = b.includes(term);
    if (!inTitle && !inBody) return 0;
    s += inTitle ? 3 : 1;
  }
  return s;
}

/** A window of a document text around the first query term. */
function textSnippet(text: string, terms: string[], width = 160): { snippet: string; at: number } {
  const f = fold(text);
  let at = -1;
  for (const term of terms) {
    const i = f.indexOf(term);
    if (i >= 0 && (at < 0 || i < at)) at = i;
  }
  if (at < 0) at = 0;
  // folding can change lengths only for rare characters; clamp to the text
  const a = Math.max(0, Math.min(text.length, at) - width / 2);
  const s = text
    .slice(a, a + width)
    .replace(/\s+/g, ' ')
    .trim();
  return { snippet: `${a > 0 ? '…' : ''}${s}${a + width < text.length ? '…' : ''}`, at };
}

export function searchReport(ix: Indexed, q: string, limit = 60): SearchHit[] {
  const terms = queryTerms(q);
  if (!terms.length) return [];
  const hits: SearchHit[] = [];
  const r = ix.report;
  for (const ev of r.events) {
    const title = eventTitle(ix, ev);
    const words = ev.mentions.map((m) => mentionText(ix, m, 1000)).join(' ');
    const names = [...ev.targets].map((id) => entityName(ix, id)).join(' ');
    const s = score(terms, title, `${words} ${names} ${ev.date?.start ?? ''}`);
    if (s)
      hits.push({
        kind: 'event',
        id: ev.id,
        title,
        snippet: mentionContext(ix, ev.mentions[0]),
        mention: ev.mentions[0] ?? null,
        score: s + 1,
      });
  }
  for (const c of r.claims) {
    const speaker = entityName(ix, c.speaker, 'the outlet');
    const title = `${speaker} (${c.kind})`;
    const s = score(terms, title, c.text);
    if (s)
      hits.push({
        kind: 'claim',
        id: c.id,
        title,
        snippet: c.text,
        mention: c.mentions[0] ?? null,
        score: s,
      });
  }
  for (const f of r.figures) {
    const title = `${figureValue(f)} ${f.group} ${f.measure}`;
    const body = `${entityName(ix, f.reporter)} ${mentionText(ix, f.mentions[0])}`;
    const s = score(terms, title, body);
    if (s)
      hits.push({
        kind: 'figure',
        id: f.id,
        title,
        snippet: mentionContext(ix, f.mentions[0]),
        mention: f.mentions[0] ?? null,
        score: s,
      });
  }
  for (const e of r.entities) {
    const s = score(terms, `${e.name} ${e.aliases.join(' ')}`, e.role ?? '');
    if (s)
      hits.push({
        kind: 'entity',
        id: e.id,
        title: `${e.name} (${e.type})`,
        snippet: `${e.mentions.length} mention(s)`,
        mention: e.mentions[0] ?? null,
        score: s + 2,
      });
  }
  for (const d of r.documents) {
    const title = d.title || d.source;
    const s = score(terms, `${title} ${d.outlet ?? ''}`, d.text);
    if (s) {
      const { snippet } = textSnippet(d.text, terms);
      hits.push({ kind: 'document', id: d.id, title, snippet, mention: null, score: s });
    }
  }
  return hits.sort((a, b) => b.score - a.score).slice(0, limit);
}

/** The hit shape a server `/search` may return, read leniently. */
interface ServerHit {
  kind?: unknown;
  id?: unknown;
  doc?: unknown;
  snippet?: unknown;
  title?: unknown;
}

const KINDS: readonly ItemKind[] = ['event', 'claim', 'figure', 'entity', 'document'];

/** Reads a server's search answer (an array, or {hits|results: []}) into hits; snippets stay text. */
export function readServerHits(ix: Indexed, body: unknown): SearchHit[] | null {
  const list = Array.isArray(body)
    ? body
    : body && typeof body === 'object'
      ? ((body as { hits?: unknown; results?: unknown }).hits ?? (body as { results?: unknown }).results)
      : null;
  if (!Array.isArray(list)) return null;
  const out: SearchHit[] = [];
  for (const raw of list as ServerHit[]) {
    let id = typeof raw.id === 'string' ? raw.id : null;
    const doc = typeof raw.doc === 'string' ? raw.doc : null;
    let kind = KINDS.includes(raw.kind as ItemKind) ? (raw.kind as ItemKind) : 'document';
    // an id this report does not know (e.g. a store's own id): open the document instead
    if (!id || !findItem(ix, id)) {
      if (!doc || !ix.documents.has(doc)) continue;
      id = doc;
      kind = 'document';
    }
    const item = findItem(ix, id);
    const snippet = typeof raw.snippet === 'string' ? raw.snippet : '';
    const title = typeof raw.title === 'string' ? raw.title : (item?.title ?? id);
    out.push({ kind, id, title, snippet, mention: item?.mentions[0] ?? null, score: 0 });
  }
  return out;
}
