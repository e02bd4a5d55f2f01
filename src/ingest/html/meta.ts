/**
 * Page metadata for the HTML reader: title, outlet, canonical URL, authors, publication date,
 * language and description, from JSON-LD, OpenGraph, meta tags, <link rel=canonical>,
 * <time datetime>, <title> and <html lang>, in that order of trust.
 */

import { cleanAuthors } from './authors.ts';
import { normalizeDate } from './dates.ts';
import { type JsonLdArticle, readJsonLd } from './jsonld.ts';
import { cleanTitle } from './title.ts';

export interface HtmlMeta {
  title: string | null;
  siteName: string | null;
  url: string | null;
  authors: string[];
  published: string | null;
  language: string | null;
  description: string | null;
  /** JSON-LD articleBody, when the page gives one. */
  jsonLdBody: string | null;
  jsonLd: JsonLdArticle | null;
}

const MAX_META = 2_000;

/** Meta tags by lower-cased name/property/itemprop/http-equiv; every value kept in page order. */
export function metaTags(doc: Document): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const metas = doc.querySelectorAll('meta');
  const n = Math.min(metas.length, MAX_META);
  for (let i = 0; i < n; i++) {
    const m = metas[i];
    const content = m.getAttribute('content') ?? m.getAttribute('value');
    if (content === null) continue;
    const value = content.trim();
    if (!value) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = m.getAttribute(attr);
      if (!key) continue;
      for (const k of key.toLowerCase().split(/\s+/)) {
        if (!k) continue;
        const list = out.get(k);
        if (list) list.push(value);
        else out.set(k, [value]);
      }
    }
  }
  return out;
}

const first = (tags: Map<string, string[]>, keys: string[]): string | null => {
  for (const k of keys) {
    const v = tags.get(k);
    if (v && v.length > 0) return v[0];
  }
  return null;
};

const squash = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const t = s.replace(/\s+/g, ' ').trim();
  return t || null;
};

const DATE_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'og:published_time',
  'published_time',
  'datepublished',
  'article.published',
  'parsely-pub-date',
  'sailthru.date',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'date',
  'dc.date.issued',
  'dc.date',
  'dcterms.issued',
  'dcterms.date',
  'dcterms.created',
  'dc.date.created',
  'article:modified_time',
  'datecreated',
];

const AUTHOR_KEYS = [
  'author',
  'article:author',
  'og:article:author',
  'parsely-author',
  'sailthru.author',
  'dc.creator',
  'dcterms.creator',
  'byl',
  'twitter:creator',
];

/** Resolves a possibly relative URL against a base; null unless http(s). */
export function absoluteUrl(href: string | null, base: string | null): string | null {
  if (!href) return null;
  try {
    const u = base ? new URL(href.trim(), base) : new URL(href.trim());
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : null;
  } catch {
    return null;
  }
}

function isHomePage(url: string): boolean {
  try {
    const p = new URL(url).pathname;
    return p === '/' || p === '';
  } catch {
    return true;
  }
}

function pickUrl(
  doc: Document,
  tags: Map<string, string[]>,
  ld: JsonLdArticle | null,
  given: string | null,
): string | null {
  const canonicalEl = doc.querySelector('link[rel~="canonical"]');
  const candidates = [
    canonicalEl?.getAttribute('href') ?? null,
    first(tags, ['og:url']),
    ld?.url ?? null,
    first(tags, ['twitter:url', 'parsely-link']),
  ];
  for (const c of candidates) {
    const u = absoluteUrl(c, given);
    if (u && !isHomePage(u)) return u;
  }
  return absoluteUrl(given, null);
}

function pickLanguage(doc: Document, tags: Map<string, string[]>, ld: JsonLdArticle | null): string | null {
  const raw =
    doc.documentElement?.getAttribute('lang') ||
    doc.documentElement?.getAttribute('xml:lang') ||
    first(tags, ['content-language', 'og:locale', 'language', 'dc.language']) ||
    ld?.inLanguage ||
    null;
  if (!raw) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s|$)/i.exec(raw);
  return m ? m[1].toLowerCase() : null;
}

function timeElementDate(doc: Document): string | null {
  const times = doc.querySelectorAll('time[datetime]');
  const n = Math.min(times.length, 50);
  let fallback: string | null = null;
  for (let i = 0; i < n; i++) {
    const t = times[i];
    const d = normalizeDate(t.getAttribute('datetime'));
    if (!d) continue;
    const marker = `${t.getAttribute('itemprop') ?? ''} ${t.getAttribute('class') ?? ''} ${t.hasAttribute('pubdate') ? 'pubdate' : ''}`;
    if (/publish|pubdate|created/i.test(marker)) return d;
    if (!/modif|updat/i.test(marker) && fallback === null) fallback = d;
  }
  return fallback;
}

function dateFromUrl(url: string | null): string | null {
  if (!url) return null;
  const m = /\/((?:19|20)\d{2})[/-](\d{1,2})[/-](\d{1,2})(?:[/-]|$)/.exec(url);
  if (!m) return null;
  return normalizeDate(`${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`);
}

function parselyPage(
  tags: Map<string, string[]>,
): { pub_date?: unknown; author?: unknown; title?: unknown } | null {
  const raw = first(tags, ['parsely-page']);
  if (!raw) return null;
  try {
    const v = JSON.parse(raw) as unknown;
    return typeof v === 'object' && v !== null ? (v as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

export function readMeta(doc: Document, jsonLdBlocks: string[], givenUrl: string | null): HtmlMeta {
  const ld = readJsonLd(jsonLdBlocks);
  const tags = metaTags(doc);
  const parsely = parselyPage(tags);

  const siteName = squash(
    first(tags, ['og:site_name']) ??
      ld?.publisher ??
      first(tags, ['application-name', 'al:android:app_name', 'twitter:app:name:iphone']),
  );
  const url = pickUrl(doc, tags, ld, givenUrl);

  const titleEl = doc.querySelector('title');
  const h1 = doc.querySelector('h1');
  const title = cleanTitle(
    {
      headline: squash(ld?.headline),
      og: squash(
        first(tags, ['og:title', 'twitter:title', 'title', 'dc.title', 'parsely-title', 'sailthru.title']),
      ),
      title: squash(titleEl?.textContent),
      h1: squash(h1?.textContent),
    },
    { siteName, url },
  );

  let published: string | null = null;
  for (const v of [
    ld?.datePublished,
    ...DATE_KEYS.map((k) => first(tags, [k])),
    parsely?.pub_date,
    ld?.dateCreated,
  ]) {
    published = normalizeDate(v);
    if (published) break;
  }
  published ??= timeElementDate(doc) ?? dateFromUrl(url);

  const rawAuthors: string[] = [...(ld?.authors ?? [])];
  if (rawAuthors.length === 0) {
    for (const k of AUTHOR_KEYS) {
      const v = tags.get(k);
      if (v) rawAuthors.push(...v);
      if (rawAuthors.length > 0 && cleanAuthors(rawAuthors, siteName).length > 0) break;
    }
  }
  if (rawAuthors.length === 0 && parsely && typeof parsely.author === 'string')
    rawAuthors.push(parsely.author);
  if (rawAuthors.length === 0) {
    const rel = doc.querySelectorAll(
      'a[rel~="author"], [itemprop~="author"] [itemprop~="name"], [class*="byline"] a[href*="author"]',
    );
    for (let i = 0; i < Math.min(rel.length, 10); i++) {
      const t = squash(rel[i].textContent);
      if (t && t.length < 80) rawAuthors.push(t);
    }
  }
  const authors = cleanAuthors(rawAuthors, siteName);

  const description = squash(
    first(tags, ['og:description', 'description', 'twitter:description', 'dc.description']) ??
      ld?.description,
  );

  return {
    title,
    siteName,
    url,
    authors,
    published,
    language: pickLanguage(doc, tags, ld),
    description,
    jsonLdBody: ld?.articleBody ?? null,
    jsonLd: ld,
  };
}
