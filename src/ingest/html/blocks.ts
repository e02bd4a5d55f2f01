/**
 * Segments a page into text blocks in one iterative walk of the DOM (no recursion, bounded
 * work) and sums, for each block-level element, how much content-like and furniture-like text
 * lies within a few levels below it: the input for choosing the article's container.
 */

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

export interface Block {
  text: string;
  chars: number;
  linkChars: number;
  tag: string;
  /** Depth of the owning block element. */
  depth: number;
  /** Innermost furniture ancestor (nav, aside … or a furniture class/id); outer ones by `.outer`. */
  furniture: Furniture | null;
  heading: boolean;
  listItem: boolean;
  /** Content-like by length, punctuation and link density (before any context). */
  contentLike: boolean;
  /** Nearest block-level ancestors, innermost first (at most LEVELS). */
  ancestors: Candidate[];
}

/**
 * An element that looks like page furniture by its tag or class/id. It only counts as furniture
 * when it does not hold most of the page's content-like text (wrappers named "header-style" …).
 */
export interface Furniture {
  depth: number;
  outer: Furniture | null;
  /** Content-like characters inside. */
  contentInside: number;
  /** Set after the walk: true when the element really is furniture. */
  holds: boolean;
}

/** Max furniture ancestors looked at per block. */
const FURNITURE_CHAIN = 24;

/** True when the block lies in furniture below the given depth. */
export function inFurniture(b: Block, belowDepth: number): boolean {
  let f = b.furniture;
  for (let n = 0; f && n < FURNITURE_CHAIN; n++, f = f.outer) {
    if (f.depth <= belowDepth) return false;
    if (f.holds) return true;
  }
  return false;
}

export interface Candidate {
  el: Element;
  depth: number;
  good: number;
  bad: number;
  /** Block index range [start, end) of the element's subtree. */
  start: number;
  end: number;
  positive: boolean;
  negative: boolean;
}

export interface Segmentation {
  blocks: Block[];
  candidates: Candidate[];
  /** True when the walk stopped at its work cap. */
  capped: boolean;
}

export interface WalkLimits {
  maxNodes: number;
  maxChars: number;
}

const DEFAULT_LIMITS: WalkLimits = { maxNodes: 1_500_000, maxChars: 4_000_000 };

/** How many block-level ancestors a block's score reaches. */
const LEVELS = 8;
/** How far down the element stack the ancestor search looks (guards deep inline nesting). */
const STACK_SCAN = 64;

interface Frame {
  el: Element;
  tag: string;
  block: boolean;
  depth: number;
  start: number;
  cand: Candidate | null;
  furniture: boolean;
  negative: boolean;
  link: boolean;
}

/** A quick content test used only for choosing the container. */
export function looksLikeContent(text: string, chars: number, linkChars: number): boolean {
  if (chars < 25) return false;
  if (linkChars / chars > 0.35) return false;
  return /[.!?…:;,"”»)]/.test(text) || chars >= 80;
}

export function segment(root: Element, limits: WalkLimits = DEFAULT_LIMITS): Segmentation {
  const blocks: Block[] = [];
  const candidates: Candidate[] = [];
  const stack: Frame[] = [];
  let parts: string[] = [];
  let partChars = 0;
  let linkChars = 0;
  let totalChars = 0;
  let nodes = 0;
  let capped = false;
  let furniture: Furniture | null = null;
  let linkDepth = 0;

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
        const cls = `${f.el.getAttribute('class') ?? ''} ${f.el.getAttribute('id') ?? ''}`;
        f.cand = {
          el: f.el,
          depth: f.depth,
          good: 0,
          bad: 0,
          start: f.start,
          end: f.start,
          positive: POSITIVE.test(cls) || f.tag === 'article' || f.tag === 'main',
          negative: f.negative,
        };
        candidates.push(f.cand);
      }
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
      contentLike: looksLikeContent(text, text.length, lc),
      ancestors,
    });
  };

  const enter = (el: Element, tag: string): void => {
    const block = BLOCK.has(tag);
    if (block) flush();
    const depth = stack.length;
    const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('role') ?? ''}`;
    const isFurniture =
      FURNITURE.has(tag) ||
      /\b(navigation|banner|contentinfo|complementary)\b/.test(el.getAttribute('role') ?? '');
    const negative =
      cls.length > 2 &&
      NEGATIVE.test(cls) &&
      !/\barticle-?body\b|\bstory-?body\b|\bpost-?content\b/i.test(cls);
    if (isFurniture || negative) {
      furniture = { depth, outer: furniture, contentInside: 0, holds: true };
    }
    const link = tag === 'a';
    if (link) linkDepth++;
    stack.push({
      el,
      tag,
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
  };

  const skipped = (el: Element, tag: string): boolean => {
    if (SKIP.has(tag)) return true;
    if (el.hasAttribute('hidden')) return true;
    if (el.getAttribute('aria-hidden') === 'true') return true;
    const style = el.getAttribute('style');
    return style !== null && HIDDEN_STYLE.test(style);
  };

  enter(root, root.localName ?? 'body');
  let node: Node | null = root.firstChild;
  while (node) {
    if (++nodes > limits.maxNodes || totalChars > limits.maxChars) {
      capped = true;
      break;
    }
    let descend = false;
    if (node.nodeType === 1) {
      const el = node as Element;
      const tag = (el.localName ?? '').toLowerCase();
      if (tag === 'br' || tag === 'hr') flush();
      else if (!skipped(el, tag)) {
        enter(el, tag);
        if (el.firstChild) descend = true;
        else exit();
      }
    } else if (node.nodeType === 3) {
      const t = (node as Text).data;
      if (t) {
        parts.push(t);
        const visible = t.trim().length;
        partChars += t.length;
        totalChars += t.length;
        if (linkDepth > 0) linkChars += visible;
      }
    }
    if (descend) {
      node = node.firstChild;
      continue;
    }
    // Advance: next sibling, or climb (closing elements) until one has a next sibling.
    while (node && node !== root && !node.nextSibling) {
      node = node.parentNode;
      if (node && node !== root) exit();
    }
    if (!node || node === root) break;
    node = node.nextSibling;
  }
  while (stack.length > 0) exit();
  score(blocks);
  return { blocks, candidates, capped };
}

/**
 * After the walk: decides which furniture elements really are furniture (those holding under
 * 40% of the page's content-like text), then sums each candidate container's content-like and
 * furniture-like text.
 */
function score(blocks: Block[]): void {
  let pageContent = 0;
  for (const b of blocks) {
    if (!b.contentLike) continue;
    const c = b.chars - b.linkChars;
    pageContent += c;
    let f = b.furniture;
    for (let n = 0; f && n < FURNITURE_CHAIN; n++, f = f.outer) f.contentInside += c;
  }
  for (const b of blocks) {
    let f = b.furniture;
    for (let n = 0; f && n < FURNITURE_CHAIN; n++, f = f.outer) f.holds = f.contentInside < 0.4 * pageContent;
  }
  for (const b of blocks) {
    const furnished = inFurniture(b, -1);
    const good = !furnished && b.contentLike ? b.chars - b.linkChars : 0;
    const bad = (furnished ? b.chars : good === 0 ? b.chars * 0.5 : 0) + b.linkChars;
    for (let i = 0; i < b.ancestors.length; i++) {
      const cand = b.ancestors[i];
      // Scores fade with distance, as in Readability (parent full, grandparent less …).
      cand.good += good * (i === 0 ? 1 : i === 1 ? 0.9 : 0.8);
      cand.bad += bad;
    }
  }
}
