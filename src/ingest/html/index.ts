/**
 * HTML reader: one web page → one IngestedDocument (format 'html').
 * One streaming pass over the page yields both the text blocks and the metadata facts;
 * the body is then chosen from the blocks and the metadata from the facts.
 */
import { outletFromUrl, registrableDomain } from '../meta/outlet.ts';
import { findWireCredits } from '../meta/wire.ts';
import { type IngestedDocument, InputFailure } from '../types.ts';
import { segment } from './blocks.ts';
import { guessLanguage } from './boilerplate.ts';
import { extractArticle } from './extract.ts';
import { readMeta } from './meta.ts';
import { preparePage } from './prepare.ts';

export interface ReadHtmlOptions {
  /** Where the page came from (WARC target URI, feed link); used when the page names no URL. */
  url?: string | null;
}

/** Reads one HTML page. Throws InputFailure (never anything else) when no article can be read. */
export function readHtml(html: string, source: string, opts: ReadHtmlOptions = {}): IngestedDocument {
  if (typeof html !== 'string') throw new InputFailure(source, 'HTML input is not text');
  if (html.trim() === '') throw new InputFailure(source, 'empty HTML page');
  const probe = html.slice(0, 65_536);
  let nul = 0;
  for (let i = 0; i < probe.length; i++) if (probe.charCodeAt(i) === 0) nul++;
  if (nul > probe.length / 100) throw new InputFailure(source, 'binary data, not HTML (many NUL bytes)');
  let doc: IngestedDocument;
  try {
    doc = read(html, source, opts);
  } catch (e) {
    if (e instanceof InputFailure) throw e;
    throw new InputFailure(source, `HTML could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  return doc;
}

function read(html: string, source: string, opts: ReadHtmlOptions): IngestedDocument {
  const page = preparePage(html);
  const seg = segment(page.markup, page.jsonLd);
  const meta = readMeta(seg.facts, opts.url ?? null);
  const extraction = extractArticle(seg, { title: meta.title, language: meta.language });
  let text = extraction.text;
  if (meta.jsonLdBody && meta.jsonLdBody.length > Math.max(200, text.length * 1.5)) {
    // The page's own full text (paywalled or script-rendered pages show only a teaser): used when
    // the markup gave little, or when what it gave is part of it.
    const body = plainJsonLdBody(meta.jsonLdBody);
    if (body.length > Math.max(200, text.length * 1.5) && (text.length < 200 || containedIn(text, body)))
      text = body;
  }
  if (text.trim() === '') {
    const why = seg.capped ? ` (reading stopped at the ${seg.capped})` : '';
    throw new InputFailure(source, `no article text found in the HTML page${why}`);
  }
  const outlet = pickOutlet(meta.siteName, meta.url);
  return {
    source,
    format: 'html',
    title: meta.title,
    outlet,
    url: meta.url,
    authors: meta.authors,
    published: meta.published,
    language: meta.language ?? guessLanguage(text),
    text,
    wire: findWireCredits(`${text}\n\n${extraction.credits.join('\n')}`),
    description: meta.description,
  };
}

/** JSON-LD articleBody sometimes carries markup or entities: reduce it to paragraphs of text. */
function plainJsonLdBody(body: string): string {
  const markup = /<[a-z][^>]*>/i.test(body) ? body : body.replace(/\n\s*\n/g, '<p>');
  const seg = segment(`<body>${markup}</body>`);
  const paragraphs = seg.blocks.map((b) => b.text).filter((t) => t.length > 0);
  return paragraphs.join('\n\n');
}

/**
 * The outlet: the curated name when the URL's domain is a known outlet (consistent names across
 * pages), else the page's own site name (og:site_name, JSON-LD publisher), else the domain.
 */
function pickOutlet(siteName: string | null, url: string | null): string | null {
  if (!url) return siteName;
  const fromUrl = outletFromUrl(url);
  let domain: string | null = null;
  try {
    domain = registrableDomain(new URL(url).hostname.replace(/^www\d?\./, ''));
  } catch {
    domain = null;
  }
  const known = fromUrl !== null && fromUrl !== domain;
  if (known) return fromUrl;
  return siteName ?? fromUrl;
}

const words = (s: string): string[] => s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** True when most word trigrams of `part` occur in `whole`. */
function containedIn(part: string, whole: string): boolean {
  const w = words(whole);
  const grams = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) grams.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  const p = words(part);
  let total = 0;
  let found = 0;
  for (let i = 0; i + 2 < p.length; i++) {
    total++;
    if (grams.has(`${p[i]} ${p[i + 1]} ${p[i + 2]}`)) found++;
  }
  return total > 0 && found / total >= 0.8;
}
