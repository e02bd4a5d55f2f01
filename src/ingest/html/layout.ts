/**
 * The page's layout as the extractor sees it: text blocks, the block-level elements that may
 * contain the article (candidates) and the furniture elements (nav, share bars …) around them,
 * and the scoring of candidates once the whole page has been read.
 */

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
  /** Inside a <blockquote> (quotations, embedded social posts). */
  quote: boolean;
  /** Depth of the outermost <blockquote> ancestor, or -1. */
  quoteAt: number;
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
  /** Furniture by class/id only (not by tag). */
  byClass: boolean;
}

/** Max furniture ancestors looked at per block. */
const FURNITURE_CHAIN = 24;

/** True when the block lies in furniture below the given depth. */
export function inFurniture(b: Block, belowDepth: number): boolean {
  let f = b.furniture;
  for (let n = 0; f && n < FURNITURE_CHAIN; n++, f = f.outer) {
    if (f.depth <= belowDepth) return false;
    // A quotation inside a "social-embed" wrapper is a quoted post, not a share bar.
    if (f.byClass && b.quoteAt > f.depth) continue;
    if (f.holds) return true;
  }
  return false;
}

export interface Candidate {
  tag: string;
  depth: number;
  good: number;
  bad: number;
  /** Block index range [start, end) of the element's subtree. */
  start: number;
  end: number;
  positive: boolean;
  negative: boolean;
  /** The nearest block-level ancestor that is a candidate too (within LEVELS), or null. */
  parent: Candidate | null;
}

/** A quick content test used only for choosing the container. */
export function looksLikeContent(text: string, chars: number, linkChars: number): boolean {
  if (chars < 25) return false;
  if (linkChars / chars > 0.35) return false;
  return /[.!?…:;,"”»)]/.test(text) || chars >= 80;
}

/**
 * After the walk: decides which furniture elements really are furniture (those holding under
 * 40% of the page's content-like text), then sums each candidate container's content-like and
 * furniture-like text.
 */
export function scoreLayout(blocks: Block[]): void {
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
