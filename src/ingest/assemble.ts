/**
 * One document from a record of a container format (JSON record, feed item, WARC response):
 * the record's own fields win; the body (HTML or plain text) gives the text and fills gaps.
 */
import type { DocumentFormat } from '../report/contract.ts';
import { BULLET, isBoilerplateBlock } from './boilerplate.ts';
import { htmlFragmentText, isHtml, plainField } from './fragment.ts';
import { readHtml } from './html/index.ts';
import { normalizePublished } from './meta/dates.ts';
import { outletFromUrl, registrableDomain } from './meta/outlet.ts';
import { findWireCredits } from './meta/wire.ts';
import { type IngestedDocument, InputFailure } from './types.ts';

/** Metadata a record states about its article. `published` is raw: it is normalised here. */
export interface RecordFields {
  title?: string | null;
  url?: string | null;
  published?: unknown;
  /** A fallback date (e.g. WARC-Date, a feed's `updated`) used when neither record nor page has one. */
  publishedFallback?: unknown;
  authors?: string[];
  outlet?: string | null;
  /** Used only when neither the record, the page nor the URL names an outlet (e.g. the feed title). */
  outletFallback?: string | null;
  description?: string | null;
  language?: string | null;
  /** The body is a whole web page (WARC), not a fragment: trust the page extractor. */
  wholePage?: boolean;
  /** Whether the body is HTML; sniffed from the markup when not given. */
  bodyIsHtml?: boolean;
}

/**
 * A record's body is the article already: only blocks that are furniture on their own (appeals,
 * copyright lines) go; short blocks stay, unlike on a whole page.
 */
function dropFurniture(blocks: string[]): string[] {
  return blocks.filter((b, i) => !isBoilerplateBlock(b, { position: i, total: blocks.length }));
}

function clean(value: string | null | undefined): string | null {
  if (typeof value !== 'string') return null;
  const v = plainField(value);
  return v === '' ? null : v;
}

/**
 * "Read more" over a bulleted list of headlines: a furniture label on the first line, then only
 * list lines ("- …", "• …"). The headlines are other stories, not this one.
 */
function teaserList(block: string): boolean {
  const lines = block
    .trim()
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '');
  return lines.length >= 2 && isBoilerplateBlock(lines[0]) && lines.slice(1).every((l) => BULLET.test(l));
}

/** Plain-text body → paragraphs: blank lines split paragraphs; without any, single newlines do. */
export function plainBodyText(body: string): string {
  const normalized = body.replace(/\r\n?/g, '\n');
  const blocks = /\n[ \t]*\n/.test(normalized) ? normalized.split(/\n[ \t]*\n/) : normalized.split('\n');
  const tidy = blocks
    .filter((b) => !teaserList(b))
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b !== '');
  return dropFurniture(tidy).join('\n\n');
}

const PAGE_MARKUP = /<(?:html|body|nav|header|footer|aside)\b/i;

/**
 * Text of an HTML body. A whole page (WARC capture, or markup with page furniture) goes through the
 * page extractor; a fragment (feed content, a JSON record's HTML) is the article already, so its
 * text is taken as it is, minus furniture blocks.
 */
function htmlBody(
  html: string,
  source: string,
  url: string | null,
  wholePage: boolean,
): { text: string; page: IngestedDocument | null } {
  if (wholePage || PAGE_MARKUP.test(html.slice(0, 20000))) {
    try {
      const page = readHtml(html, source, { url });
      return { text: page.text, page };
    } catch (e) {
      if (!(e instanceof InputFailure)) throw e;
    }
  }
  return { text: dropFurniture(htmlFragmentText(html).split('\n\n')).join('\n\n'), page: null };
}

/** The outlet of a URL when its host is a known outlet (not merely the bare domain name). */
function knownOutlet(url: string): string | null {
  const name = outletFromUrl(url);
  if (!name) return null;
  let host: string;
  try {
    host = new URL(url).hostname.replace(/^www\d?\./, '');
  } catch {
    return null;
  }
  return name === registrableDomain(host) ? null : name;
}

function uniq(values: string[]): string[] {
  return [...new Set(values.filter((v) => v.trim() !== ''))];
}

/**
 * Builds a document from a record's body and fields. Throws InputFailure when there is no text.
 * An unreadable date gives `published: null`; the document is kept.
 */
export function assembleDocument(
  source: string,
  format: DocumentFormat,
  body: string,
  fields: RecordFields,
): IngestedDocument {
  const url = clean(fields.url);
  const html = fields.bodyIsHtml ?? isHtml(body);
  const { text, page } = html
    ? htmlBody(body, source, url, fields.wholePage === true)
    : { text: plainBodyText(body), page: null };
  if (text.trim() === '') throw new InputFailure(source, 'no article text in this record');
  const published =
    (fields.published != null ? normalizePublished(fields.published) : null) ??
    page?.published ??
    (fields.publishedFallback != null ? normalizePublished(fields.publishedFallback) : null);
  const finalUrl = url ?? page?.url ?? null;
  const authors = uniq((fields.authors ?? []).map((a) => clean(a) ?? ''));
  return {
    source,
    format,
    title: clean(fields.title) ?? page?.title ?? null,
    outlet:
      clean(fields.outlet) ??
      (finalUrl ? knownOutlet(finalUrl) : null) ??
      page?.outlet ??
      clean(fields.outletFallback) ??
      (finalUrl ? outletFromUrl(finalUrl) : null),
    url: finalUrl,
    authors: authors.length > 0 ? authors : (page?.authors ?? []),
    published,
    language: clean(fields.language) ?? page?.language ?? null,
    text,
    wire: uniq([...(page?.wire ?? []), ...findWireCredits(text)]),
    description: clean(fields.description) ?? page?.description ?? null,
  };
}
