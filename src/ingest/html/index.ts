/**
 * HTML reader: one web page → one IngestedDocument (format 'html').
 * Metadata is read first (the body extractor changes the DOM), then the article body.
 */

import { parseHTML } from 'linkedom';
import { outletFromUrl } from '../meta/outlet.ts';
import { findWireCredits } from '../meta/wire.ts';
import { type IngestedDocument, InputFailure } from '../types.ts';
import { parsePage } from './dom.ts';
import { extractArticle } from './extract.ts';
import { readMeta } from './meta.ts';

export interface ReadHtmlOptions {
  /** Where the page came from (WARC target URI, feed link); used when the page names no URL. */
  url?: string | null;
}

export function readHtml(html: string, source: string, opts: ReadHtmlOptions = {}): IngestedDocument {
  if (typeof html !== 'string') throw new InputFailure(source, 'HTML input is not text');
  if (html.trim() === '') throw new InputFailure(source, 'empty HTML page');
  if (html.indexOf('\u0000') >= 0 && (html.match(/\u0000/g)?.length ?? 0) > html.length / 100) {
    throw new InputFailure(source, 'binary data, not HTML (many NUL bytes)');
  }
  let page: ReturnType<typeof parsePage>;
  try {
    page = parsePage(html);
  } catch (e) {
    throw new InputFailure(source, `HTML could not be parsed: ${(e as Error).message}`);
  }
  const meta = readMeta(page.document, page.jsonLd, opts.url ?? null);
  const root = page.document.body ?? page.document.documentElement;
  if (!root) throw new InputFailure(source, 'HTML page has no document element');
  const extraction = extractArticle(root, { title: meta.title, language: meta.language });
  let text = extraction.text;
  if (text.length < 200 && meta.jsonLdBody && meta.jsonLdBody.length > text.length * 2)
    text = plainJsonLdBody(meta.jsonLdBody);
  if (text.trim() === '') throw new InputFailure(source, 'no article text found in the HTML page');
  const outlet = meta.siteName ?? (meta.url ? outletFromUrl(meta.url) : null);
  return {
    source,
    format: 'html',
    title: meta.title,
    outlet,
    url: meta.url,
    authors: meta.authors,
    published: meta.published,
    language: meta.language,
    text,
    wire: findWireCredits(`${text}\n\n${extraction.credits.join('\n')}`),
    description: meta.description,
  };
}

/** JSON-LD articleBody sometimes carries markup or entities: reduce it to paragraphs of text. */
function plainJsonLdBody(body: string): string {
  const { document } = parseHTML(
    `<!DOCTYPE html><html><body>${body.replace(/\n\s*\n/g, '<p>')}</body></html>`,
  );
  const out = extractArticle(document.body, {});
  return (
    out.text ||
    body
      .replace(/<[^>]*>/g, ' ')
      .replace(/[ \t]+/g, ' ')
      .trim()
  );
}
