/**
 * Text of an HTML fragment (a feed item's content, a JSON record's HTML body): block elements become
 * paragraphs, scripts and styles vanish, entities are decoded. Iterative walk: nesting depth does
 * not matter.
 */
import { parseHTML } from 'linkedom';

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'IFRAME', 'SVG', 'OBJECT', 'EMBED', 'HEAD']);
const BLOCK = new Set([
  'ADDRESS',
  'ARTICLE',
  'ASIDE',
  'BLOCKQUOTE',
  'BR',
  'DD',
  'DIV',
  'DL',
  'DT',
  'FIGCAPTION',
  'FIGURE',
  'FOOTER',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'HEADER',
  'HR',
  'LI',
  'MAIN',
  'NAV',
  'OL',
  'P',
  'PRE',
  'SECTION',
  'TABLE',
  'TD',
  'TH',
  'TR',
  'UL',
]);

interface MiniNode {
  nodeType: number;
  nodeName: string;
  textContent: string | null;
  childNodes: ArrayLike<MiniNode>;
}

function documentBody(html: string): MiniNode | null {
  const { document } = parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`);
  return (document.body as unknown as MiniNode | null) ?? null;
}

/** Plain text of an HTML fragment, paragraphs separated by a blank line. */
export function htmlFragmentText(html: string): string {
  const body = documentBody(html);
  if (!body) return '';
  const parts: string[] = [];
  // Stack of nodes to visit; the marker `null` closes a block element.
  const stack: (MiniNode | null)[] = [body];
  while (stack.length > 0) {
    const node = stack.pop();
    if (node === null) {
      parts.push('\n\n');
      continue;
    }
    if (node === undefined) break;
    if (node.nodeType === 3) {
      parts.push(node.textContent ?? '');
      continue;
    }
    if (node.nodeType !== 1) continue;
    const name = node.nodeName.toUpperCase();
    if (SKIP.has(name)) continue;
    const block = BLOCK.has(name);
    if (block) {
      parts.push('\n\n');
      stack.push(null);
    }
    const kids = node.childNodes;
    for (let k = kids.length - 1; k >= 0; k--) stack.push(kids[k]);
  }
  return tidyParagraphs(parts.join(''));
}

/** Collapses whitespace inside paragraphs and separates paragraphs by one blank line. */
export function tidyParagraphs(text: string): string {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((p) => p.replace(/[\s\u00a0]+/g, ' ').trim())
    .filter((p) => p.length > 0)
    .join('\n\n');
}

const ENTITY = /&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z0-9]{1,31});/i;

/** Decodes HTML entities and drops tags in a short field such as a title or author. */
export function plainField(value: string): string {
  let v = value;
  if (v.includes('<') || ENTITY.test(v)) {
    const body = documentBody(v);
    v = body?.textContent ?? v;
  }
  return v.replace(/[\s\u00a0]+/g, ' ').trim();
}

const HTML_TAG =
  /<\/?(?:p|div|br|span|a|em|strong|b|i|u|h[1-6]|ul|ol|li|blockquote|figure|img|table|section|article)\b[^<>]*>/i;

/** True when a string holds HTML markup rather than plain text. */
export function isHtml(value: string): boolean {
  return HTML_TAG.test(value.slice(0, 20000));
}
