/**
 * Markdown articles, parsed with mdast-util-from-markdown (CommonMark): headings become blocks
 * (the first one the headline), links are reduced to their text, images dropped, and each block
 * records its link density and whether it was wholly bold/italic (photo credits usually are).
 */
import type { Nodes, Parent, Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import type { DocumentFormat } from '../report/contract.ts';
import { assemble, type Block, type KnownMeta } from './meta/assemble.ts';
import { documentFromText } from './text.ts';
import { type IngestedDocument, InputFailure } from './types.ts';

interface Inline {
  text: string;
  linkChars: number;
  image: string | null;
}

function inline(node: Nodes, acc: Inline, inLink: boolean): void {
  switch (node.type) {
    case 'text':
    case 'inlineCode': {
      const v = node.value.replace(/\s*\n\s*/g, ' ');
      acc.text += v;
      if (inLink) acc.linkChars += v.length;
      return;
    }
    case 'break':
      acc.text += ' ';
      return;
    case 'image':
    case 'imageReference':
      if (node.type === 'image' && acc.image === null && node.url) acc.image = node.url;
      return;
    case 'html':
      return;
    case 'link':
    case 'linkReference':
      for (const c of node.children) inline(c, acc, true);
      return;
    default:
      if ('children' in node) for (const c of (node as Parent).children) inline(c as Nodes, acc, inLink);
  }
}

/** A paragraph that is all bold / italic (whitespace aside). */
function whollyEmphasized(node: Parent): boolean {
  const kids = node.children.filter((c) => !(c.type === 'text' && c.value.trim() === ''));
  return kids.length > 0 && kids.every((c) => c.type === 'strong' || c.type === 'emphasis');
}

function toBlock(node: Parent, kind: Block['kind'], images: string[], depth?: number): Block | null {
  const acc: Inline = { text: '', linkChars: 0, image: null };
  for (const c of node.children) inline(c as Nodes, acc, false);
  if (acc.image) images.push(acc.image);
  const text = acc.text.replace(/[ \t\u00a0]+/g, ' ').trim();
  if (text === '') return null;
  return {
    text,
    kind,
    depth,
    linkDensity: Math.min(1, acc.linkChars / Math.max(1, text.length)),
    emphasized: whollyEmphasized(node),
  };
}

function collect(node: Parent, out: Block[], images: string[]): void {
  for (const child of node.children as Nodes[]) {
    switch (child.type) {
      case 'heading': {
        const b = toBlock(child, 'heading', images, child.depth);
        if (b) out.push(b);
        break;
      }
      case 'paragraph': {
        const b = toBlock(child, 'paragraph', images);
        if (b) out.push(b);
        break;
      }
      case 'code':
        if (child.value.trim())
          out.push({ text: child.value.replace(/\s+/g, ' ').trim(), kind: 'paragraph' });
        break;
      case 'table':
        for (const row of child.children) {
          const cells = row.children.map((cell) => {
            const acc: Inline = { text: '', linkChars: 0, image: null };
            inline(cell, acc, false);
            return acc.text.trim();
          });
          const text = cells.filter(Boolean).join(' | ');
          if (text) out.push({ text, kind: 'line' });
        }
        break;
      case 'list':
      case 'listItem':
      case 'blockquote':
        collect(child, out, images);
        break;
      default:
        // thematic breaks, html, definitions, yaml: no text
        break;
    }
  }
}

/** Blocks of a Markdown text, and the images it shows (for outlet identification by asset host). */
export function markdownBlocks(text: string): { blocks: Block[]; images: string[] } {
  const tree: Root = fromMarkdown(text.replace(/^\uFEFF/, ''));
  const blocks: Block[] = [];
  const images: string[] = [];
  collect(tree, blocks, images);
  return { blocks, images };
}

/** Builds a document from Markdown (also used for front-matter bodies). */
export function documentFromMarkdown(
  text: string,
  source: string,
  format: DocumentFormat,
  known: KnownMeta = {},
): IngestedDocument {
  const { blocks, images } = markdownBlocks(text);
  return assemble(blocks, source, format, { ...known, image: known.image ?? images[0] ?? null });
}

/**
 * Long runs of one markup character ("[[[[…", "****…") carry no article text but make the
 * Markdown parser slow (its bracket matching backtracks): cut each run to a harmless length.
 */
export function defuseMarkupRuns(text: string): string {
  return text.replace(/([[\]()*_`~<>!|\\])\1{31,}/g, (_m, c: string) => c.repeat(32));
}

/** Past this many link brackets the parser's backtracking grows too costly: read as plain text. */
const MAX_BRACKETS = 3000;

/** Reads a Markdown article. Never throws anything but InputFailure. */
export function readMarkdown(text: string, source: string): IngestedDocument {
  try {
    const defused = defuseMarkupRuns(text);
    let brackets = 0;
    for (let i = 0; i < defused.length && brackets <= MAX_BRACKETS; i++)
      if (defused.charCodeAt(i) === 91) brackets++;
    if (brackets > MAX_BRACKETS) return documentFromText(defused, source, 'markdown');
    return documentFromMarkdown(defused, source, 'markdown');
  } catch (e) {
    if (e instanceof InputFailure) throw e;
    throw new InputFailure(source, `could not read Markdown: ${e instanceof Error ? e.message : String(e)}`);
  }
}
