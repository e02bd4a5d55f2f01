/**
 * Field names that article records use in JSON exports, APIs and scrapers (schema.org NewsArticle,
 * JSON Feed, news APIs, crawler dumps): which key holds the title, the body, the date …
 * Keys are compared lower-cased with `_`, `-`, `.` and namespace prefixes removed.
 */
import type { RecordFields } from './assemble.ts';

type Json = unknown;
type Obj = Record<string, Json>;

export function isObject(v: Json): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

// Each list is in order of preference. Written for sitrep from public API and schema documentation.
const TITLE = ['headline', 'title', 'webtitle', 'heading', 'articletitle', 'headlinemain'];
const BODY = [
  'articlebody',
  'bodytext',
  'body',
  'text',
  'content',
  'fulltext',
  'maintext',
  'contenttext',
  'contenthtml',
  'bodyhtml',
  'html',
  'story',
  'article',
  'articletext',
  'leadparagraph',
];
const DESCRIPTION = [
  'description',
  'summary',
  'abstract',
  'standfirst',
  'dek',
  'subtitle',
  'subheadline',
  'alternativeheadline',
  'teaser',
  'excerpt',
  'snippet',
  'trailtext',
  'lead',
];
const URL = [
  'url',
  'link',
  'weburl',
  'canonicalurl',
  'permalink',
  'articleurl',
  'sourceurl',
  'href',
  'uri',
  'id',
];
const PUBLISHED = [
  'datepublished',
  'published',
  'publishedat',
  'publishedon',
  'publisheddate',
  'publicationdate',
  'webpublicationdate',
  'pubdate',
  'datepublish',
  'publishdate',
  'firstpublished',
  'firstpublicationdate',
  'date',
  'datetime',
  'issued',
  'created',
  'createdat',
  'datecreated',
  'timestamp',
  'time',
];
const MODIFIED = ['datemodified', 'modified', 'updated', 'updatedat', 'lastmodified', 'datemodify'];
const AUTHORS = ['authors', 'author', 'byline', 'creator', 'creators', 'writer', 'writers', 'by', 'bylines'];
const OUTLET = [
  'outlet',
  'publisher',
  'sitename',
  'source',
  'sourcename',
  'publication',
  'newspaper',
  'site',
  'provider',
  'feedtitle',
  'domain',
  'sourcedomain',
];
const LANGUAGE = ['language', 'inlanguage', 'lang', 'locale'];
/** Keys of nested objects that carry the article's own fields (API envelopes). */
const NESTED = ['fields', '_source', 'attributes', 'article', 'properties', 'data', 'metadata', 'meta'];

export function normKey(key: string): string {
  const local = key.includes(':') ? key.slice(key.lastIndexOf(':') + 1) : key;
  return local.toLowerCase().replace(/[-_.@\s]/g, '');
}

/** The object's keys by normalised name (first spelling wins). */
function keyIndex(obj: Obj): Map<string, Json> {
  const m = new Map<string, Json>();
  for (const [k, v] of Object.entries(obj)) {
    const n = normKey(k);
    if (!m.has(n)) m.set(n, v);
  }
  return m;
}

/** A text value from a string, number, `{name|text|value|main|#text|@value}` or the first of an array. */
export function textValue(v: Json, depth = 0): string | null {
  if (depth > 4 || v == null) return null;
  if (typeof v === 'string') return v.trim() === '' ? null : v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  if (Array.isArray(v)) {
    for (const x of v) {
      const t = textValue(x, depth + 1);
      if (t) return t;
    }
    return null;
  }
  if (isObject(v)) {
    const idx = keyIndex(v);
    for (const k of [
      'main',
      'rendered',
      'name',
      'text',
      'value',
      '#text',
      'href',
      'url',
      'title',
      'original',
      'content',
    ]) {
      const t = textValue(idx.get(normKey(k)), depth + 1);
      if (t) return t;
    }
  }
  return null;
}

/** A date value: strings and numbers (epoch seconds or ms) are passed on for normalisation. */
function dateValue(v: Json): unknown {
  if (typeof v === 'number') return v;
  return textValue(v);
}

/** Author names from a string ("By A and B"), an object (`{name}`) or an array of either. */
export function authorList(v: Json, depth = 0): string[] {
  if (depth > 3 || v == null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => authorList(x, depth + 1));
  if (isObject(v)) {
    const idx = keyIndex(v);
    const person = idx.get('person');
    if (Array.isArray(person) && person.length > 0) {
      const names = person
        .map((p) =>
          isObject(p)
            ? [textValue(keyIndex(p).get('firstname')), textValue(keyIndex(p).get('lastname'))]
                .filter(Boolean)
                .join(' ')
            : '',
        )
        .filter((s) => s !== '');
      if (names.length > 0) return names;
    }
    const t =
      textValue(idx.get('name')) ?? textValue(idx.get('original')) ?? textValue(idx.get('displayname'));
    return t ? authorList(t, depth + 1) : [];
  }
  if (typeof v !== 'string') return [];
  const s = v
    .replace(/^\s*(?:written\s+)?by[:\s]+/i, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (s === '') return [];
  return s
    .split(/\s*(?:;|\||,\s*and\s+|\s+and\s+|\s+&\s+|,)\s*/i)
    .map((x) => x.trim())
    .filter((x) => x !== '' && x.length <= 120);
}

function first(idx: Map<string, Json>, keys: string[], pick: (v: Json) => string | null): string | null {
  for (const k of keys) {
    const t = pick(idx.get(k));
    if (t) return t;
  }
  return null;
}

/** The longest body candidate (APIs often hold a truncated `content` next to the full `body`). */
function longestBody(indexes: Map<string, Json>[]): string | null {
  let best: string | null = null;
  for (const idx of indexes) {
    for (const k of BODY) {
      const v = idx.get(k);
      const t = typeof v === 'string' ? v : isObject(v) && !NESTED.includes(k) ? textValue(v) : null;
      if (t && t.trim() !== '' && (best === null || t.length > best.length)) best = t;
    }
  }
  return best;
}

function isHttpUrl(s: string | null): s is string {
  return s !== null && /^https?:\/\/\S+$/i.test(s.trim());
}

export interface JsonArticle {
  body: string | null;
  fields: RecordFields;
}

/** Reads article fields from one JSON object (and its envelope objects such as `fields`). */
export function articleFromObject(obj: Obj): JsonArticle {
  const top = keyIndex(obj);
  const nested = NESTED.map((k) => top.get(k))
    .filter(isObject)
    .map((o) => keyIndex(o));
  const all = [top, ...nested];
  const pick = (keys: string[], fn: (v: Json) => string | null) => {
    for (const idx of all) {
      const t = first(idx, keys, fn);
      if (t) return t;
    }
    return null;
  };
  const types = String(textValue(top.get('type')) ?? '');
  const schemaArticle = /article|posting|report|blog/i.test(types);
  const title = pick(TITLE, textValue) ?? (schemaArticle ? pick(['name'], textValue) : null);
  const description = pick(DESCRIPTION, textValue);
  let body = longestBody(all);
  if (body === null && description !== null) body = description;
  let url: string | null = null;
  for (const idx of all) {
    for (const k of URL) {
      const t = textValue(idx.get(k));
      if (isHttpUrl(t)) {
        url = t.trim();
        break;
      }
    }
    if (url) break;
  }
  let published: unknown = null;
  let modified: unknown = null;
  for (const idx of all) {
    for (const k of PUBLISHED) {
      if (published == null && idx.has(k)) published = dateValue(idx.get(k));
    }
    for (const k of MODIFIED) {
      if (modified == null && idx.has(k)) modified = dateValue(idx.get(k));
    }
  }
  let authors: string[] = [];
  for (const idx of all) {
    for (const k of AUTHORS) {
      if (authors.length === 0 && idx.has(k)) authors = authorList(idx.get(k));
    }
  }
  const outletRaw = pick(OUTLET, textValue);
  return {
    body,
    fields: {
      title,
      url,
      published,
      publishedFallback: modified,
      authors,
      outlet: outletRaw && !isHttpUrl(outletRaw) ? outletRaw : null,
      description: body === description ? null : description,
      language: pick(LANGUAGE, textValue),
    },
  };
}

/** True when an object looks like one article: a body, or a description with a title or URL. */
export function looksLikeArticle(v: Json): boolean {
  if (!isObject(v)) return false;
  const a = articleFromObject(v);
  if (a.body === null) return false;
  return a.body.length >= 200 || a.fields.title != null || a.fields.url != null || a.fields.published != null;
}

export interface ArticleList {
  items: Json[];
  /** The envelope's title (JSON Feed, API wrapper) as an outlet fallback. */
  containerTitle: string | null;
  /** Whether the input is a list (documents are numbered) or a single article. */
  list: boolean;
}

/**
 * Finds the articles in a parsed JSON value: the value itself, an array of them, or the largest
 * array of article-like objects under an envelope (`articles`, `items`, `response.results` …,
 * JSON-LD `@graph`), searched breadth-first to depth 4.
 */
export function findArticles(value: Json): ArticleList | null {
  if (Array.isArray(value)) {
    // An array with no article among its first items is data of another kind, not a list of articles.
    if (value.length > 0 && !value.slice(0, 50).some(looksLikeArticle)) return null;
    return { items: value, containerTitle: null, list: true };
  }
  if (!isObject(value)) return null;
  if (looksLikeArticle(value)) return { items: [value], containerTitle: null, list: false };
  let best = null as { items: Json[]; parent: Obj } | null;
  let frontier: Obj[] = [value];
  for (let depth = 0; depth < 4 && frontier.length > 0; depth++) {
    const next: Obj[] = [];
    for (const obj of frontier.slice(0, 200)) {
      for (const v of Object.values(obj)) {
        if (Array.isArray(v)) {
          const articles = v.slice(0, 50).filter(looksLikeArticle).length;
          if (
            articles > 0 &&
            articles >= Math.min(v.length, 50) / 2 &&
            (!best || v.length > best.items.length)
          ) {
            best = { items: v, parent: obj };
          }
        } else if (isObject(v)) {
          next.push(v);
        }
      }
    }
    if (best) break;
    frontier = next;
  }
  if (!best) return null;
  const idx = keyIndex(best.parent);
  const containerTitle = textValue(idx.get('title')) ?? textValue(idx.get('name'));
  return { items: best.items, containerTitle, list: true };
}
