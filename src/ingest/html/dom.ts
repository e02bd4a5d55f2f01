/**
 * Safe HTML → DOM parsing for the HTML reader.
 *
 * Before the DOM parser sees the page, a linear scan pulls out the JSON-LD blocks (kept for
 * metadata) and cuts every <script>, <style>, <noscript>, <template>, <svg> and comment: they
 * carry no article text, and on real pages they are often most of the bytes. The remaining
 * markup is capped in size so a 50 MB page costs bounded work.
 */
import { parseHTML } from 'linkedom';

/** Markup kept for parsing after raw-text elements are cut (characters). */
export const MAX_MARKUP_CHARS = 6_000_000;
/** JSON-LD kept per page (characters, all blocks together). */
const MAX_JSONLD_CHARS = 2_000_000;

export interface ParsedPage {
  document: Document;
  /** Raw text of each <script type="application/ld+json"> block, in page order. */
  jsonLd: string[];
  /** True when the markup was cut at MAX_MARKUP_CHARS. */
  truncated: boolean;
}

const RAW_TEXT = /<(script|style|noscript|template|svg|math|iframe|object|textarea)\b|<!--/gi;

/** Cuts raw-text elements and comments in one pass; collects JSON-LD. Linear in the input. */
export function stripRawText(html: string): { markup: string; jsonLd: string[] } {
  const lower = html.toLowerCase();
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
      const closeAt = lower.indexOf(`</${tag}`, openEnd < 0 ? start : openEnd);
      if (openEnd < 0) {
        end = html.length;
      } else if (closeAt < 0) {
        end = html.length;
      } else {
        const closeEnd = html.indexOf('>', closeAt);
        end = closeEnd < 0 ? html.length : closeEnd + 1;
      }
      if (tag === 'script' && openEnd >= 0) {
        const openTag = lower.slice(start, openEnd);
        if (openTag.includes('ld+json')) {
          const body = html.slice(openEnd + 1, closeAt < 0 ? html.length : closeAt);
          if (jsonLdChars + body.length <= MAX_JSONLD_CHARS) {
            jsonLd.push(body);
            jsonLdChars += body.length;
          }
        }
      }
    }
    pos = end;
    RAW_TEXT.lastIndex = end;
  }
  parts.push(html.slice(pos));
  return { markup: parts.join(' '), jsonLd };
}

/** Parses a page into a linkedom Document. Never recurses over the input's depth. */
export function parsePage(html: string): ParsedPage {
  const { markup: stripped, jsonLd } = stripRawText(html);
  let markup = stripped;
  let truncated = false;
  if (markup.length > MAX_MARKUP_CHARS) {
    markup = markup.slice(0, MAX_MARKUP_CHARS);
    truncated = true;
  }
  // linkedom makes the first element the root when there is no <html>: wrap fragments.
  if (!/^\s*(<!doctype[^>]*>\s*)?<html[\s>]/i.test(markup)) {
    const at = markup.search(/<html[\s>]/i);
    if (at < 0) markup = `<!DOCTYPE html><html><head></head><body>${markup}</body></html>`;
    else markup = `<!DOCTYPE html>${markup.slice(at)}`;
  }
  const { document } = parseHTML(markup);
  return { document, jsonLd, truncated };
}
