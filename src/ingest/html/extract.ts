/** Article body extraction (first version: Mozilla Readability over the linkedom DOM). */
import { Readability } from '@mozilla/readability';

export function extractBody(doc: Document): string {
  const article = new Readability(doc, { charThreshold: 200 }).parse();
  if (!article?.content) return '';
  const html = article.content
    .replace(/<\/(p|div|h[1-6]|li|blockquote|section|article|pre|tr|figure)>/gi, '\n\n')
    .replace(/<br\s*\/?>/gi, '\n');
  const text = html.replace(/<[^>]*>/g, '');
  const decoded = decodeEntities(text);
  return decoded
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .join('\n\n');
}

function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|amp|lt|gt|quot|apos|nbsp);/gi, (m, e: string) => {
    const k = e.toLowerCase();
    if (k === 'amp') return '&';
    if (k === 'lt') return '<';
    if (k === 'gt') return '>';
    if (k === 'quot') return '"';
    if (k === 'apos') return "'";
    if (k === 'nbsp') return ' ';
    const n = k.startsWith('#x') ? Number.parseInt(k.slice(2), 16) : Number.parseInt(k.slice(1), 10);
    return Number.isFinite(n) && n > 0 && n < 0x110000 ? String.fromCodePoint(n) : m;
  });
}
