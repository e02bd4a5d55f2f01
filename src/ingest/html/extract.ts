/**
 * Article body extraction: pick the container with the most content-like text net of page
 * furniture (Readability-style scores summed over a few ancestor levels), then keep its blocks
 * by a jusText-style classification: length, link density, function-word density, the
 * furniture phrase list, and the neighbouring blocks for short ones.
 */
import { type Block, type Candidate, inFurniture, type Segmentation } from './blocks.ts';
import { foldText, hasStopwords, isBoilerplateText, stopwordDensity } from './boilerplate.ts';

export interface ExtractOptions {
  /** The page title, to drop a repeated headline from the body. */
  title?: string | null;
  /** Page language (ISO 639-1), for function-word density. */
  language?: string | null;
}

export interface Extraction {
  /** Paragraphs joined by a blank line. */
  text: string;
  paragraphs: string[];
  /** Short dropped blocks that may carry credits ("Reporting by …", "(AP Photo/…)"). */
  credits: string[];
}

type Kind = 'good' | 'short' | 'bad';

/** Block tags that hold running text (a short one next to body text is body text too). */
const TEXTUAL = new Set([
  'p',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'dd',
  'dt',
  'td',
  'th',
  'blockquote',
  'pre',
]);

const MONTH =
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?)\b/i;

const CREDIT_END = /(?:reuters|ap|afp|epa|getty images|getty|shutterstock|anadolu|xinhua|bloomberg)\s*$/i;

/** The signature line of an embedded social post: "— Name (@handle) March 3, 2024". */
export function isEmbeddedPostLine(text: string): boolean {
  return text.length < 200 && /^[—–-]\s*\S.*\(@\w{1,30}\)/.test(text);
}

/** Photo captions: "In this March 3 photo, …", or a line ending in a picture agency's credit. */
export function isCaption(text: string): boolean {
  if (text.length > 400) return false;
  if (/^in this\b.{0,80}\b(photo|image|picture|handout|still|frame grab)\b/i.test(text)) return true;
  if (!CREDIT_END.test(text)) return false;
  // "… in New York.Reuters", "… on Monday Getty Images": a caption with its picture credit.
  // "… on Monday. AFP" is a body paragraph with the wire's sign-off: kept.
  const before = text.replace(CREDIT_END, '');
  if (/[.!?]["”]?\s*[-–—]?\s+$/.test(before)) return false;
  return before.length === 0 || /[\s.)]$/.test(before);
}

/** "By Jane Doe", "Updated 5:27 am, Nov 20, 2019", "3 hours ago": bylines and datelines, not body. */
export function isBylineOrDateLine(text: string): boolean {
  if (text.length > 140) return false;
  const words = text.split(/\s+/).length;
  if (
    /^(?:[Bb]y|BY)\s+\p{Lu}/u.test(text) &&
    words <= 16 &&
    !/[.!?]["”]?$/.test(text.replace(/\b\p{Lu}\.$/u, ''))
  )
    return true;
  if (words > 12) return false;
  if (/^\s*\d+\s+(minutes?|mins?|hours?|hrs?|days?|weeks?)\s+ago\b/i.test(text)) return true;
  if (/\b(published|updated|posted|modified)\b/i.test(text) && (MONTH.test(text) || /\d/.test(text)))
    return true;
  const hasTime = /\b\d{1,2}:\d{2}\b/.test(text);
  const hasDate =
    (MONTH.test(text) && /\b\d{1,4}\b/.test(text)) || /\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b/.test(text);
  if (hasDate && (hasTime || words <= 6) && !/[.!?]["”]?$/.test(text)) return true;
  return false;
}

function classify(b: Block, container: Candidate, language: string | null): Kind {
  if (inFurniture(b, container.depth)) return 'bad';
  if (b.chars === 0) return 'bad';
  const linkDensity = b.linkChars / b.chars;
  // An embedded social post quoted in the article: its text and its "— Name (@handle) date" line
  // are what someone said, even when linked.
  if (b.quote && isEmbeddedPostLine(b.text)) return 'good';
  if (linkDensity > (b.quote ? 0.8 : 0.5)) return 'bad';
  if (isBoilerplateText(b.text)) return 'bad';
  if (isBylineOrDateLine(b.text)) return 'bad';
  if (isCaption(b.text)) return 'bad';
  if (linkDensity > 0.25 && b.chars < 120 && !b.quote) return 'bad';
  const punct = /[.!?…"”»)\]:;]$/.test(b.text);
  const stop = hasStopwords(language) ? stopwordDensity(b.text, language) : 0.3;
  if (b.chars >= 150 && stop >= 0.1) return 'good';
  if (b.chars >= 70 && (punct || stop >= 0.25)) return 'good';
  if (b.chars >= 30 && punct && stop >= 0.15) return 'good';
  if (b.chars >= 200) return 'good';
  return 'short';
}

function pickContainer(candidates: Candidate[]): Candidate | null {
  let best: Candidate | null = null;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const c of candidates) {
    if (c.good <= 0) continue;
    const score = c.good * (c.positive ? 1.1 : 1) * (c.negative ? 0.6 : 1) - 0.5 * c.bad;
    if (score > bestScore || (score === bestScore && best && c.depth > best.depth)) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

export interface BlockDecision {
  block: Block;
  kind: Kind;
  keep: boolean;
  /** True for blocks outside the chosen container, taken from its parent. */
  outside: boolean;
}

/** Chooses the container and decides, block by block, what is article body. */
export function decideBlocks(
  seg: Segmentation,
  opts: ExtractOptions = {},
): { container: Candidate | null; decisions: BlockDecision[] } {
  const { blocks, candidates } = seg;
  const container = pickContainer(candidates);
  if (!container) return { container: null, decisions: [] };
  const language = opts.language ?? null;
  const title = opts.title ? foldText(opts.title) : null;
  const range = blocks.slice(container.start, container.end);
  const kinds: Kind[] = range.map((b) => classify(b, container, language));

  // The headline (an <h1> before the body starts, or a heading repeating the title) is metadata.
  let bodyStarted = false;
  for (let i = 0; i < range.length; i++) {
    const b = range[i];
    if ((b.tag === 'h1' && !bodyStarted) || (title && b.heading && foldText(b.text) === title))
      kinds[i] = 'bad';
    else if (kinds[i] === 'good') bodyStarted = true;
  }

  // Short blocks: kept between good blocks, and next to one when they are paragraphs, subheads or
  // list items (short quotes, a list's lines); dropped when surrounded by furniture.
  const keep: boolean[] = kinds.map((k) => k === 'good');
  for (let i = 0; i < range.length; i++) {
    if (kinds[i] !== 'short') continue;
    let prev: Kind | null = null;
    for (let j = i - 1; j >= 0; j--) {
      if (kinds[j] === 'short') continue;
      prev = kinds[j];
      break;
    }
    let next: Kind | null = null;
    for (let j = i + 1; j < range.length; j++) {
      if (kinds[j] === 'short') continue;
      next = kinds[j];
      break;
    }
    const b = range[i];
    if (prev === 'good' && next === 'good') keep[i] = true;
    else if (TEXTUAL.has(b.tag) && (prev === 'good' || next === 'good')) keep[i] = true;
  }
  const decisions: BlockDecision[] = range.map((block, i) => ({
    block,
    kind: kinds[i],
    keep: keep[i],
    outside: false,
  }));
  return { container, decisions };
}

/** Picks the article's paragraphs from a segmented page. */
export function extractArticle(seg: Segmentation, opts: ExtractOptions = {}): Extraction {
  const { decisions } = decideBlocks(seg, opts);
  const credits: string[] = [];
  const paragraphs: string[] = [];
  const seen = new Set<string>();
  for (const d of decisions) {
    const t = d.block.text;
    if (!d.keep) {
      if (d.block.chars < 300) credits.push(t);
      continue;
    }
    if (t.length > 20) {
      if (seen.has(t)) continue;
      seen.add(t);
    }
    paragraphs.push(t);
  }
  return { text: paragraphs.join('\n\n'), paragraphs, credits };
}
