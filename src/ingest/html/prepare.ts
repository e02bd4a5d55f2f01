/**
 * Preparation of a page's markup for the HTML reader.
 *
 * Before the DOM parser sees the page, a linear scan pulls out the JSON-LD blocks (kept for
 * metadata) and cuts every <script>, <style>, <noscript>, <template>, <svg> and comment: they
 * carry no article text, and on real pages they are often most of the bytes. The remaining
 * markup is capped in size so a 50 MB page costs bounded work.
 */
/** Markup kept for parsing after raw-text elements are cut (characters). */
export const MAX_MARKUP_CHARS = 6_000_000;
/** JSON-LD kept per page (characters, all blocks together). */
const MAX_JSONLD_CHARS = 2_000_000;

export interface ParsedPage {
  markup: string;
  /** Raw text of each <script type="application/ld+json"> block, in page order. */
  jsonLd: string[];
  /** True when the markup was cut at MAX_MARKUP_CHARS. */
  truncated: boolean;
}

const RAW_TEXT = /<(script|style|noscript|template|svg|math|iframe|object|textarea)\b|<!--/gi;

const CLOSERS = new Map<string, RegExp>();
function closer(tag: string): RegExp {
  let re = CLOSERS.get(tag);
  if (!re) {
    re = new RegExp(`</${tag}`, 'gi');
    CLOSERS.set(tag, re);
  }
  return re;
}

/** Cuts raw-text elements and comments in one pass; collects JSON-LD. Linear in the input. */
export function stripRawText(html: string): { markup: string; jsonLd: string[] } {
  const parts: string[] = [];
  const jsonLd: string[] = [];
  let jsonLdChars = 0;
  let pos = 0;
  RAW_TEXT.lastIndex = 0;
  for (;;) {
    const m = RAW_TEXT.exec(html);
    if (!m) break;
    const start = m.index;
    parts.push(html.slice(pos, start));
    let end: number;
    if (m[0] === '<!--') {
      const close = html.indexOf('-->', start + 4);
      end = close < 0 ? html.length : close + 3;
    } else {
      const tag = m[1].toLowerCase();
      const openEnd = html.indexOf('>', start);
      let closeAt = -1;
      if (openEnd >= 0) {
        const re = closer(tag);
        re.lastIndex = openEnd;
        const c = re.exec(html);
        closeAt = c ? c.index : -1;
      }
      if (openEnd < 0 || closeAt < 0) {
        end = html.length;
      } else {
        const closeEnd = html.indexOf('>', closeAt);
        end = closeEnd < 0 ? html.length : closeEnd + 1;
      }
      if (tag === 'script' && openEnd >= 0 && /ld\+json/i.test(html.slice(start, openEnd))) {
        const body = html.slice(openEnd + 1, closeAt < 0 ? html.length : closeAt);
        if (jsonLdChars + body.length <= MAX_JSONLD_CHARS) {
          jsonLd.push(body);
          jsonLdChars += body.length;
        }
      }
    }
    pos = end;
    RAW_TEXT.lastIndex = end;
  }
  parts.push(html.slice(pos));
  return { markup: parts.join(' '), jsonLd };
}

/** Raw-text-free markup ready for the streaming parser, with the page's JSON-LD blocks. */
export function preparePage(html: string): ParsedPage {
  const { markup: stripped, jsonLd } = stripRawText(html);
  if (stripped.length > MAX_MARKUP_CHARS) {
    return { markup: stripped.slice(0, MAX_MARKUP_CHARS), jsonLd, truncated: true };
  }
  return { markup: stripped, jsonLd, truncated: false };
}
