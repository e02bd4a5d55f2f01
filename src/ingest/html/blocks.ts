/**
 * Segments a page into text blocks while it streams through htmlparser2's tokenizer (no DOM
 * is built, nothing recurses over the input's depth, work is capped) and sums, for each
 * block-level element, how much content-like and furniture-like text lies within a few levels
 * below it: the input for choosing the article's container. Page facts for metadata are
 * collected in the same pass.
 */
import { Parser } from 'htmlparser2';
import { FactCollector, type PageFacts } from './facts.ts';
import { type Block, type Candidate, type Furniture, looksLikeContent, scoreLayout } from './layout.ts';

export type { Block, Candidate, Furniture } from './layout.ts';
export { inFurniture, looksLikeContent } from './layout.ts';

/** Elements never descended into: no article text inside. */
const SKIP = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'math',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'img',
  'picture',
  'source',
  'button',
  'select',
  'option',
  'input',
  'textarea',
  'figcaption',
  'dialog',
  'map',
  'title',
  'meta',
  'link',
]);

/** Elements that start and end a block. */
const BLOCK = new Set([
  '#root',
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'center',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'ul',
  'caption',
  'legend',
  'br',
]);

/** Page-structure elements whose text is furniture, not article body. */
const FURNITURE = new Set(['nav', 'aside', 'footer', 'header', 'menu', 'figure', 'address']);

/** Class/id words of page furniture. */
const NEGATIVE =
  /(?:^|[\s_-])(?:share|sharing|social|sociallinks|related|recommend\w*|newsletter|subscribe|subscription|promo|promotion|advert\w*|ads?|adslot|sponsor\w*|comments?|breadcrumbs?|caption|credits?|byline|author-?bio|tags?|tag-?list|topics|footer|header|masthead|nav|navbar|navigation|menu|sidebar|widget|popup|modal|cookie|signup|outbrain|taboola|trending|most-?(?:read|popular)|paywall|disclaimer|toolbar|print|hidden|visually-?hidden|sr-only|screen-?reader\w*|more-?stories|read-?more|also-?read|see-?also|timestamp|dateline|meta|kicker|pagination|pager|teaser|rail)(?:[\s_-]|$)/i;

/** Class/id words of article containers. */
const POSITIVE = /(?:article|body|content|entry|main|post|story|text|prose|column|blog)/i;

const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

export interface Segmentation {
  blocks: Block[];
  candidates: Candidate[];
  facts: PageFacts;
  /** Why the walk stopped early (element, depth, text or time cap), or null. */
  capped: string | null;
}

export interface WalkLimits {
  maxElements: number;
  maxDepth: number;
  maxChars: number;
  /** Milliseconds; a safety valve for hostile markup (the parser's own stack work), generous so a
   * legitimate deep page on a loaded machine is never cut. */
  maxMillis: number;
}

export const DEFAULT_LIMITS: WalkLimits = {
  maxElements: 1_000_000,
  maxDepth: 12_000,
  maxChars: 4_000_000,
  maxMillis: 10_000,
};

/** Markup fed to the parser per write, so the time cap is checked between chunks. */
const CHUNK = 16 * 1024;

/** How many block-level ancestors a block's score reaches. */
const LEVELS = 8;
/** How far down the element stack the ancestor search looks (guards deep inline nesting). */
const STACK_SCAN = 64;

interface Frame {
  attrs: Record<string, string>;
  tag: string;
  skip: boolean;
  block: boolean;
  depth: number;
  start: number;
  cand: Candidate | null;
  furniture: boolean;
  negative: boolean;
  link: boolean;
}

export function segment(
  markup: string,
  jsonLd: string[] = [],
  limits: WalkLimits = DEFAULT_LIMITS,
): Segmentation {
  const collector = new FactCollector(jsonLd);
  const blocks: Block[] = [];
  const candidates: Candidate[] = [];
  const stack: Frame[] = [];
  let parts: string[] = [];
  let partChars = 0;
  let linkChars = 0;
  let totalChars = 0;
  let elements = 0;
  let capped: string | null = null;
  let skipLevel = 0;
  let furniture: Furniture | null = null;
  let linkDepth = 0;
  let quoteDepth = 0;
  let quoteAt = -1;

  const ownerFrame = (): Frame | undefined => {
    for (let i = stack.length - 1, n = 0; i >= 0 && n < STACK_SCAN; i--, n++)
      if (stack[i].block) return stack[i];
    return stack[stack.length - 1];
  };

  const flush = (): void => {
    if (partChars === 0) {
      parts = [];
      linkChars = 0;
      return;
    }
    const text = parts.join('').replace(/\s+/g, ' ').trim();
    parts = [];
    partChars = 0;
    const lc = Math.min(linkChars, text.length);
    linkChars = 0;
    if (!text) return;
    const owner = ownerFrame();
    const tag = owner?.tag ?? 'body';
    const ancestors: Candidate[] = [];
    for (let i = stack.length - 1, n = 0; i >= 0 && n < STACK_SCAN && ancestors.length < LEVELS; i--, n++) {
      const f = stack[i];
      if (!f.block) continue;
      if (!f.cand) {
        const cls = `${f.attrs.class ?? ''} ${f.attrs.id ?? ''}`;
        f.cand = {
          tag: f.tag,
          depth: f.depth,
          good: 0,
          bad: 0,
          start: f.start,
          end: f.start,
          positive: POSITIVE.test(cls) || f.tag === 'article' || f.tag === 'main',
          negative: f.negative,
          parent: null,
        };
        candidates.push(f.cand);
      }
      const inner = ancestors[ancestors.length - 1];
      if (inner && !inner.parent) inner.parent = f.cand;
      ancestors.push(f.cand);
    }
    blocks.push({
      text,
      chars: text.length,
      linkChars: lc,
      tag,
      depth: owner?.depth ?? 0,
      furniture,
      heading: /^h[1-6]$/.test(tag),
      listItem: tag === 'li' || tag === 'dd' || tag === 'dt',
      quote: quoteDepth > 0,
      quoteAt,
      contentLike: looksLikeContent(text, text.length, lc),
      ancestors,
    });
  };

  const enter = (tag: string, attrs: Record<string, string>): void => {
    const block = BLOCK.has(tag);
    if (block) flush();
    const depth = stack.length;
    const cls = `${attrs.class ?? ''} ${attrs.id ?? ''} ${attrs.role ?? ''}`;
    const isFurniture =
      FURNITURE.has(tag) || /\b(navigation|banner|contentinfo|complementary)\b/.test(attrs.role ?? '');
    const negative =
      cls.length > 2 &&
      NEGATIVE.test(cls) &&
      !/\barticle-?body\b|\bstory-?body\b|\bpost-?content\b/i.test(cls);
    if (isFurniture || negative) {
      furniture = { depth, outer: furniture, contentInside: 0, holds: true, byClass: !isFurniture };
    }
    const link = tag === 'a';
    if (link) linkDepth++;
    if (tag === 'blockquote' && quoteDepth++ === 0) quoteAt = depth;
    stack.push({
      attrs,
      tag,
      skip: false,
      block,
      depth,
      start: blocks.length,
      cand: null,
      furniture: isFurniture || negative,
      negative,
      link,
    });
  };

  const exit = (): void => {
    const f = stack[stack.length - 1];
    if (!f) return;
    if (f.block) flush();
    stack.pop();
    if (f.cand) f.cand.end = blocks.length;
    if (f.furniture) furniture = furniture?.outer ?? null;
    if (f.link) linkDepth--;
    if (f.tag === 'blockquote' && --quoteDepth === 0) quoteAt = -1;
  };

  const hidden = (attrs: Record<string, string>): boolean => {
    if ('hidden' in attrs) return true;
    if (attrs['aria-hidden'] === 'true') return true;
    const style = attrs.style;
    return style !== undefined && HIDDEN_STYLE.test(style);
  };

  const EMPTY: Record<string, string> = {};
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (capped) return;
        if (++elements > limits.maxElements) {
          capped = 'element cap';
          parser.pause();
          return;
        }
        if (stack.length > limits.maxDepth) {
          capped = 'depth cap';
          parser.pause();
          return;
        }
        const depth = stack.length;
        collector.open(name, attrs, depth);
        if (skipLevel > 0 || SKIP.has(name) || hidden(attrs)) {
          skipLevel++;
          stack.push({
            attrs: EMPTY,
            tag: name,
            skip: true,
            block: false,
            depth,
            start: blocks.length,
            cand: null,
            furniture: false,
            negative: false,
            link: false,
          });
          return;
        }
        if (name === 'br' || name === 'hr') flush();
        enter(name, attrs);
      },
      ontext(t) {
        if (capped) return;
        collector.text(t);
        if (skipLevel > 0 || !t) return;
        parts.push(t);
        partChars += t.length;
        totalChars += t.length;
        if (linkDepth > 0) linkChars += t.trim().length;
        if (totalChars > limits.maxChars) {
          capped = 'text cap';
          parser.pause();
        }
      },
      onclosetag(name) {
        if (capped) return;
        const f = stack[stack.length - 1];
        if (!f) return;
        collector.close(name, f.depth);
        if (f.skip) {
          stack.pop();
          skipLevel--;
          return;
        }
        exit();
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  );
  // A synthetic root so top-level blocks of a fragment share one container.
  enter('#root', EMPTY);
  const started = Date.now();
  for (let at = 0; at < markup.length && !capped; at += CHUNK) {
    parser.write(markup.slice(at, at + CHUNK));
    if (Date.now() - started > limits.maxMillis) capped = 'time cap';
  }
  if (!capped) parser.end();
  while (stack.length > 0) {
    const f = stack[stack.length - 1];
    if (f.skip) stack.pop();
    else exit();
  }
  flush();
  scoreLayout(blocks);
  return { blocks, candidates, facts: collector.facts, capped };
}
