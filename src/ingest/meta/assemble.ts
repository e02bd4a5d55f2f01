/**
 * Turns the blocks of one article (from the text, Markdown or front-matter reader) into an
 * IngestedDocument: reads furniture lines as metadata (date marker, datelines, bylines, wire
 * credits, "Original url"), picks a headline only when a block really looks like one, removes
 * boilerplate, and names the outlet from the URL, an image host or the furniture.
 */
import type { DocumentFormat } from '../../report/contract.ts';
import { cleanBlocks, isBoilerplateBlock, stopWordDensity, words } from '../boilerplate.ts';
import type { IngestedDocument } from '../types.ts';
import {
  bareUrl,
  isContributionLine,
  isPhotoCredit,
  parseByline,
  parseCreditLine,
  parseDateline,
  parseDateMarker,
  parseUrlLabel,
} from './header.ts';
import { outletFromAssetUrl, outletFromText, outletFromUrl } from './outlet.ts';
import { findWireCredits, wireName } from './wire.ts';

export interface Block {
  text: string;
  kind: 'paragraph' | 'heading' | 'line';
  /** Heading level (Markdown). */
  depth?: number;
  /** Share of characters inside links. */
  linkDensity?: number;
  /** The whole block was bold / italic in the source. */
  emphasized?: boolean;
}

/** Metadata already known from the container (front matter, feed item …); wins over the body. */
export interface KnownMeta {
  title?: string | null;
  url?: string | null;
  published?: string | null;
  authors?: string[];
  description?: string | null;
  outlet?: string | null;
  language?: string | null;
  image?: string | null;
  /** Wire agencies the container credits. */
  wire?: string[];
}

const TERMINAL = /[.!?…:;]["'”’»)\]]*$/u;

/** A line that dates the page: "Posted 2 Jun 2018 10:40", "Updated 3 hours ago". */
const STAMP =
  /\b(?:published|updated|posted|last\s+modified)\b|\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\b|GMT|UTC)?/i;

/** A headline: short, capitalised, no closing full stop, not a date or a credit. */
export function looksLikeHeadline(t: string): boolean {
  const s = t.trim();
  const n = words(s).length;
  if (n < 2 || n > 25 || s.length > 220 || s.includes('\n')) return false;
  if (/[.:;,]["'”’)]*$/u.test(s)) return false;
  if (!/^["'“‘(\p{Lu}\p{N}]/u.test(s)) return false;
  if (parseDateline(s) || parseByline(s) || parseCreditLine(s)) return false;
  if (/^(?:https?:\/\/|www\.)/i.test(s)) return false;
  // a dateline place on its own line ("KHARTOUM, Sudan")
  if (n <= 4 && /^\p{Lu}{3,}[\p{Lu}\s.'-]*,/u.test(s)) return false;
  return true;
}

/** A line under a headline that reads as one ("Army denies firing on the market"): no heading, no body. */
function deckLine(b: Block): boolean {
  return b.kind !== 'heading' && !looksLikeBody(b.text) && looksLikeHeadline(b.text);
}

/** A body paragraph: a real sentence or more. */
function looksLikeBody(t: string): boolean {
  return words(t).length >= 12;
}

/** English when function words are frequent enough; otherwise unknown. */
function guessLanguage(text: string): string | null {
  const n = words(text).length;
  if (n < 20) return null;
  return stopWordDensity(text) >= 0.25 ? 'en' : null;
}

export function assemble(
  input: Block[],
  source: string,
  format: DocumentFormat,
  known: KnownMeta = {},
): IngestedDocument {
  const blocks = input.map((b) => ({ ...b, text: b.text.trim() })).filter((b) => b.text !== '');
  let published = known.published ?? null;
  let url = known.url ?? null;
  let title = known.title ?? null;
  let description = known.description ?? null;
  const authors: string[] = [...(known.authors ?? [])];
  const wire: string[] = [...(known.wire ?? [])];
  const furniture: string[] = [];
  let bylineOutlet: string | null = null;

  // 1. a leading date marker ("date 2020-10-18 The text starts here")
  if (blocks.length > 0) {
    const mk = parseDateMarker(blocks[0].text);
    if (mk) {
      published ??= mk.published;
      blocks[0] = { ...blocks[0], text: blocks[0].text.slice(mk.end).trim() };
    }
  }

  // 2. furniture lines anywhere: url labels, bylines, credits, datelines, photo credits
  const kept: (Block & { beforeFurniture?: boolean })[] = [];
  const furnitureAfter = (): void => {
    const last = kept[kept.length - 1];
    if (last) last.beforeFurniture = true;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i];
    const t = b.text;
    if (t === '') continue;
    const label = parseUrlLabel(t);
    if (label) {
      let u = label.url;
      if (u === null && i + 1 < blocks.length && bareUrl(blocks[i + 1].text)) u = bareUrl(blocks[++i].text);
      if (u) url ??= u;
      continue;
    }
    const by = b.kind === 'heading' ? null : parseByline(t);
    if (by) {
      for (const a of by.authors) if (!authors.includes(a)) authors.push(a);
      wire.push(...by.wire);
      if (by.outlet) bylineOutlet ??= by.outlet;
      furniture.push(t);
      furnitureAfter();
      continue;
    }
    const credit = parseCreditLine(t);
    if (credit) {
      // a bare agency name over a caption is the picture's credit, not the text's
      if (isBareName(t) && isCaption(blocks[i + 1])) {
        i++;
        furnitureAfter();
        continue;
      }
      wire.push(...credit);
      furniture.push(t);
      furnitureAfter();
      continue;
    }
    if (isRelativeTime(t)) {
      furnitureAfter();
      continue;
    }
    if (isContributionLine(t)) {
      wire.push(...findWireCredits(t));
      furniture.push(t);
      furnitureAfter();
      continue;
    }
    const date = parseDateline(t);
    if (date) {
      published ??= date;
      furnitureAfter();
      continue;
    }
    if (isPhotoCredit(t, b.emphasized ?? false)) {
      // a credit line over a caption ("Getty Images" / "Smoke rises over the port"): both go
      if (words(t).length <= 4 && isCaption(blocks[i + 1])) i++;
      furnitureAfter();
      continue;
    }
    kept.push(b);
  }

  // 3. the headline: the first heading (Markdown), else a headline-like first block followed by body
  let start = 0;
  while (start < kept.length && kept[start].kind !== 'heading' && isBoilerplateBlock(kept[start].text)) {
    furniture.push(kept[start].text);
    start++;
  }
  const head = kept.slice(start);
  // body text follows block i, past furniture and short labels (image captions, tags)
  // (and past up to two deck lines right under it: "Doctor says 20 killed" / "Army denies it")
  const bodyFollows = (i: number): boolean => {
    let decks = 0;
    for (let j = i + 1; j < head.length && j <= i + 8; j++) {
      const t = head[j].text;
      if (isBoilerplateBlock(t)) continue;
      if (head[j].kind !== 'heading' && words(t).length <= 6 && !TERMINAL.test(t)) continue;
      if (j === i + 1 + decks && decks < 2 && deckLine(head[j])) {
        decks++;
        continue;
      }
      return looksLikeBody(t) || (words(t).length >= 6 && TERMINAL.test(t));
    }
    return false;
  };

  let titleAt = -1;
  let kicker = false;
  const firstHeading = head.findIndex((b) => b.kind === 'heading');
  if (title !== null) {
    // the container gave the title: a leading block repeating it is not body text
    const known = norm(title);
    titleAt = head.findIndex((b, i) => i <= 2 && norm(b.text) === known);
  } else if (
    firstHeading >= 0 &&
    firstHeading <= 2 &&
    head.slice(0, firstHeading).every((b) => !looksLikeBody(b.text))
  ) {
    titleAt = firstHeading;
  } else if (head.length > 1 && looksLikeHeadline(head[0].text) && bodyFollows(0)) {
    titleAt = 0;
  } else if (
    head.length > 2 &&
    words(head[0].text).length <= 4 &&
    /^[\p{Lu}\p{N}][^.!?]*$/u.test(head[0].text) &&
    looksLikeHeadline(head[1].text) &&
    bodyFollows(1)
  ) {
    // a kicker / section label above the headline
    titleAt = 1;
    kicker = true;
  }
  let body = head;
  // Deck lines under the headline ("Doctor says 20 killed"): text the article stands by, though
  // short and unpunctuated.
  const decks = new Set<Block>();
  for (let j = titleAt + 1; titleAt >= 0 && j <= titleAt + 2 && j < head.length; j++) {
    const t = head[j].text;
    if (!deckLine(head[j]) || words(t).length <= 6) break;
    // ("Reuters Posted 4 May, 2019 7:05am": a time stamp, not a deck.)
    if (STAMP.test(t)) break;
    decks.add(head[j]);
  }
  if (titleAt >= 0) {
    title ??= head[titleAt].text;
    // a standfirst right after the headline: one long line without closing punctuation that is
    // followed by furniture (byline, date) or at least does not stop mid-phrase
    // (Never the last block: an article of one paragraph ending in "….—AFP" is that paragraph.)
    const next = head[titleAt + 1];
    let skip = 1;
    if (
      next &&
      head.length > titleAt + 2 &&
      next.kind !== 'heading' &&
      looksLikeBody(next.text) &&
      !TERMINAL.test(next.text) &&
      (next.beforeFurniture || !endsOnFunctionWord(next.text))
    ) {
      description ??= next.text;
      if (norm(description) === norm(next.text)) skip = 2;
    }
    if (kicker) furniture.push(head[0].text);
    body = [...head.slice(kicker ? 1 : 0, titleAt), ...head.slice(titleAt + skip)];
  }

  body = mergeBrokenParagraphs(body);

  // 4. boilerplate
  const texts = body.map((b) => b.text);
  const clean = cleanBlocks(
    texts,
    body.map((b) => b.linkDensity ?? 0),
    body.map((b) => b.kind === 'heading' || decks.has(b)),
  );
  const cleanSet = new Set(clean);
  for (const t of texts) if (!cleanSet.has(t)) furniture.push(t);
  for (const t of furniture) wire.push(...findWireCredits(t));
  const text = clean.join('\n\n');
  wire.push(...findWireCredits(text));

  // 5. the outlet
  const outlet =
    known.outlet ??
    (url ? outletFromUrl(url) : null) ??
    (known.image ? outletFromAssetUrl(known.image) : null) ??
    bylineOutlet ??
    outletFromText(furniture.join('\n'));

  return {
    source,
    format,
    title: title === null ? null : title.replace(/\s+/g, ' ').trim() || null,
    outlet,
    url,
    authors,
    published,
    language: known.language ?? guessLanguage(text),
    text,
    wire: [...new Set(wire)],
    description: description === null ? null : repairSpacing(description) || null,
  };
}

function norm(s: string): string {
  return s
    .replace(/[\s*_#]+/g, ' ')
    .trim()
    .toLowerCase();
}

function endsOnFunctionWord(t: string): boolean {
  const ws = words(t);
  const last = ws[ws.length - 1] ?? '';
  return stopWordDensity(last) === 1;
}

/**
 * Re-joins a paragraph split in two by a stray blank line: the first part is body text that stops
 * on a lower-case word with no punctuation ("… a border dispute that drew in" / "neighbouring states …").
 */
function mergeBrokenParagraphs(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.kind !== 'heading' &&
      b.kind !== 'heading' &&
      words(prev.text).length >= 8 &&
      /[\p{Ll},]$/u.test(prev.text) &&
      /^[\p{L}\p{N}"“‘(]/u.test(b.text) &&
      (endsOnFunctionWord(prev.text) || /^\p{Ll}/u.test(b.text)) &&
      (prev.linkDensity ?? 0) < 0.3 &&
      !isBoilerplateBlock(prev.text) &&
      !isBoilerplateBlock(b.text)
    ) {
      out[out.length - 1] = { ...prev, text: `${prev.text} ${b.text}` };
    } else out.push(b);
  }
  return out;
}

/** Whitespace folded, and a missing space restored after a full stop ("took force.The talks"). */
function repairSpacing(s: string): string {
  return s
    .replace(/\s+/g, ' ')
    .replace(/(\p{Ll}{2}[)"”’]?)\.(\p{Lu}\p{Ll})/gu, '$1. $2')
    .trim();
}

/** An image caption: a line that describes, without closing punctuation (captions seldom have it). */
function isCaption(b: Block | undefined): boolean {
  if (!b || b.kind === 'heading') return false;
  const n = words(b.text).length;
  if (n < 3 || n > 30 || TERMINAL.test(b.text) || !/^[\p{Lu}\p{N}"“]/u.test(b.text)) return false;
  return (
    !parseDateline(b.text) && !parseByline(b.text) && !parseCreditLine(b.text) && !isRelativeTime(b.text)
  );
}

/** A line that is only an agency's name ("Reuters", "AFP"), no credit wording around it. */
function isBareName(t: string): boolean {
  return wireName(t.trim().replace(/[.\s]+$/, '')) !== null;
}

/** "2 hours ago", "Updated 5 mins ago": a relative time stamp, no use without the page's clock. */
function isRelativeTime(t: string): boolean {
  return /^(?:(?:updated|published|posted)\s*:?\s*)?(?:\d+|an?|one|a few)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\.?$/i.test(
    t.trim(),
  );
}
