/**
 * Page metadata for the HTML reader: title, outlet, canonical URL, authors, publication date,
 * language and description, from JSON-LD, OpenGraph, meta tags, <link rel=canonical>,
 * <time datetime>, <title> and <html lang>, in that order of trust.
 */

import { cleanAuthors } from './authors.ts';
import { normalizeDate } from './dates.ts';
import type { PageFacts } from './facts.ts';
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

const first = (tags: Map<string, string[]>, keys: string[]): string | null => {
  for (const k of keys) {
    const v = tags.get(k);
    if (v && v.length > 0) return v[0];
  }
  return null;
};

const squash = (s: string | null | undefined): string | null => {
  if (!s) return null;
  const t = decodeEntities(s).replace(/\s+/g, ' ').trim();
  return t || null;
};

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  hellip: '…',
  mdash: '—',
  ndash: '–',
  lsquo: '‘',
  rsquo: '’',
  ldquo: '“',
  rdquo: '”',
  laquo: '«',
  raquo: '»',
  pound: '£',
  euro: '€',
  copy: '©',
};

/** Decodes entities left in metadata values (pages often double-encode them). */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (m, e: string) => {
    if (e[0] === '#') {
      const n =
        e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
      return n > 0 && n < 0x110000 && (n < 0xd800 || n > 0xdfff) ? String.fromCodePoint(n) : m;
    }
    return NAMED[e.toLowerCase()] ?? m;
  });
}

/** og:site_name values like "Site | Tagline" or "@site": the name alone. */
function cleanSiteName(s: string | null): string | null {
  if (!s) return null;
  const first = s
    .split(/\s+[|·•]\s+|\s+[-–—]\s+/)[0]
    .replace(/^@/, '')
    .trim();
  return first.length >= 2 ? first : null;
}

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

function pickUrl(facts: PageFacts, ld: JsonLdArticle | null, given: string | null): string | null {
  const tags = facts.metas;
  const candidates = [
    facts.canonical,
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

function pickLanguage(facts: PageFacts, ld: JsonLdArticle | null): string | null {
  const tags = facts.metas;
  const raw =
    facts.htmlLang ||
    first(tags, ['content-language', 'og:locale', 'language', 'dc.language']) ||
    ld?.inLanguage ||
    null;
  if (!raw) return null;
  const m = /^\s*([a-z]{2,3})(?:[-_]|\s|$)/i.exec(raw);
  return m ? m[1].toLowerCase() : null;
}

function timeElementDate(facts: PageFacts): string | null {
  let fallback: string | null = null;
  for (const t of facts.times) {
    const d = normalizeDate(t.datetime);
    if (!d) continue;
    if (/publish|pubdate|created/i.test(t.marker)) return d;
    if (!/modif|updat/i.test(t.marker) && fallback === null) fallback = d;
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

export function readMeta(facts: PageFacts, givenUrl: string | null): HtmlMeta {
  const ld = readJsonLd(facts.jsonLd);
  const tags = facts.metas;
  const parsely = parselyPage(tags);

  const siteName = cleanSiteName(
    squash(
      first(tags, ['og:site_name']) ??
        ld?.publisher ??
        first(tags, ['application-name', 'al:android:app_name', 'twitter:app:name:iphone']),
    ),
  );
  const url = pickUrl(facts, ld, givenUrl);

  const title = cleanTitle(
    {
      headline: squash(ld?.headline),
      og: squash(
        first(tags, ['og:title', 'twitter:title', 'title', 'dc.title', 'parsely-title', 'sailthru.title']),
      ),
      title: squash(facts.title),
      h1: squash(facts.h1[0]),
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
  published ??=
    timeElementDate(facts) ??
    dateFromUrl(url) ??
    normalizeDate(first(tags, ['article:modified_time', 'og:updated_time']));

  const rawAuthors: string[] = [...(ld?.authors ?? [])];
  if (rawAuthors.length === 0) {
    for (const k of AUTHOR_KEYS) {
      const v = tags.get(k);
      if (v) rawAuthors.push(...v);
      if (rawAuthors.length > 0 && cleanAuthors(rawAuthors, siteName, url).length > 0) break;
    }
  }
  if (rawAuthors.length === 0 && parsely && typeof parsely.author === 'string')
    rawAuthors.push(parsely.author);
  if (rawAuthors.length === 0) {
    for (const text of facts.authorTexts) {
      const t = squash(text);
      if (t && t.length < 80) rawAuthors.push(t);
    }
  }
  const authors = cleanAuthors(rawAuthors, siteName, url);

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
    language: pickLanguage(facts, ld),
    description,
    jsonLdBody: ld?.articleBody ?? null,
    jsonLd: ld,
  };
}
