/**
 * JSON-LD reading: parses the page's ld+json blocks leniently and picks the article object
 * (NewsArticle, Article, BlogPosting, ReportageNews …) with the fields the reader uses.
 * Walks are iterative and capped, so hostile JSON cannot blow the stack or run long.
 */

export interface JsonLdArticle {
  type: string;
  headline: string | null;
  datePublished: string | null;
  dateCreated: string | null;
  authors: string[];
  publisher: string | null;
  url: string | null;
  articleBody: string | null;
  description: string | null;
  inLanguage: string | null;
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };
type JsonObject = { [k: string]: Json };

const MAX_NODES = 20_000;

/** Parses one ld+json block; tolerant of CDATA wrappers, raw control characters and trailing commas. */
export function parseJsonLd(raw: string): Json | undefined {
  let s = raw.trim();
  s = s.replace(/^\s*(?:\/\/\s*)?<!\[CDATA\[/, '').replace(/(?:\/\/\s*)?\]\]>\s*$/, '');
  s = s.replace(/^\s*<!--/, '').replace(/-->\s*$/, '');
  const attempts = [
    s,
    s.replace(/[\u0000-\u001f]+/g, ' '),
    s.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'),
  ];
  for (const a of attempts) {
    try {
      return JSON.parse(a) as Json;
    } catch {
      // try the next, more lenient form
    }
  }
  return undefined;
}

const isObj = (v: Json | undefined): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function types(o: JsonObject): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

/** Rank of an article-like @type: lower is better; -1 when not an article. */
function articleRank(o: JsonObject): number {
  let best = -1;
  for (const t of types(o)) {
    const name = t.replace(/^.*[/#:]/, '');
    let r = -1;
    if (
      /^(NewsArticle|ReportageNews|AnalysisNewsArticle|BackgroundNewsArticle|OpinionNewsArticle|ReviewNewsArticle|LiveBlogPosting)$/i.test(
        name,
      )
    )
      r = 0;
    else if (/Article$/i.test(name) || /^(BlogPosting|Report|SocialMediaPosting|Posting)$/i.test(name)) r = 1;
    else if (/WebPage$/i.test(name)) r = 2;
    if (r >= 0 && (best < 0 || r < best)) best = r;
  }
  return best;
}

/** First usable string in a value (string, number, {@value|name|@id|url}, or array of those); depth-capped. */
function text(v: Json | undefined, depth = 0): string | null {
  if (typeof v === 'string') return v.trim() || null;
  if (typeof v === 'number') return String(v);
  if (depth > 4) return null;
  if (Array.isArray(v)) {
    for (const x of v.slice(0, 20)) {
      const t = text(x, depth + 1);
      if (t) return t;
    }
    return null;
  }
  if (isObj(v)) return text(v['@value'] ?? v.name ?? v['@id'] ?? v.url, depth + 1);
  return null;
}

function names(v: Json | undefined, out: string[]): void {
  const items = Array.isArray(v) ? v : v === undefined ? [] : [v];
  for (const x of items.slice(0, 50)) {
    if (typeof x === 'string') out.push(x);
    else if (isObj(x)) {
      const n = text(x.name);
      if (n) out.push(n);
      else {
        const given = text(x.givenName);
        const family = text(x.familyName);
        if (given || family) out.push([given, family].filter(Boolean).join(' '));
      }
    }
  }
}

/** Collects every object in the JSON, following @graph, arrays and nested values (breadth-first, capped). */
function objects(root: Json): JsonObject[] {
  const out: JsonObject[] = [];
  const queue: Json[] = [root];
  let seen = 0;
  for (let i = 0; i < queue.length && seen < MAX_NODES; i++) {
    const v = queue[i];
    seen++;
    if (Array.isArray(v)) {
      for (const x of v) if (typeof x === 'object' && x !== null) queue.push(x);
    } else if (isObj(v)) {
      out.push(v);
      for (const k of Object.keys(v)) {
        const x = v[k];
        if (typeof x === 'object' && x !== null) queue.push(x);
      }
    }
    if (queue.length > MAX_NODES) break;
  }
  return out;
}

/** Picks the best article object from all ld+json blocks of a page. */
export function readJsonLd(blocks: string[]): JsonLdArticle | null {
  let best: JsonObject | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  let bestQuality = -1;
  const all: JsonObject[] = [];
  for (const raw of blocks) {
    const parsed = parseJsonLd(raw);
    if (parsed === undefined) continue;
    for (const o of objects(parsed)) {
      all.push(o);
      const r = articleRank(o);
      if (r < 0) continue;
      const bodyLen = typeof o.articleBody === 'string' ? o.articleBody.length : 0;
      const hasHeadline = typeof o.headline === 'string' || typeof o.name === 'string';
      if (!hasHeadline && bodyLen === 0) continue;
      // Among equally ranked types, the fullest object wins (pages carry teaser objects too).
      const quality =
        (o.datePublished !== undefined ? 4 : 0) +
        (o.author !== undefined ? 2 : 0) +
        Math.min(bodyLen / 1000, 1.9);
      if (r < bestRank || (r === bestRank && quality > bestQuality)) {
        best = o;
        bestRank = r;
        bestQuality = quality;
      }
    }
  }
  if (!best) return null;
  const authors: string[] = [];
  names(best.author, authors);
  if (authors.length === 0) names(best.creator, authors);
  let publisher = text(isObj(best.publisher) || Array.isArray(best.publisher) ? best.publisher : null);
  if (!publisher && typeof best.publisher === 'string') publisher = best.publisher;
  if (publisher && /^https?:|^#|^_:/.test(publisher)) {
    // A reference to a node elsewhere in the graph: resolve by @id.
    const ref = publisher;
    const node = all.find((o) => o['@id'] === ref);
    publisher = node ? text(node.name) : null;
  }
  const mainEntity = best.mainEntityOfPage;
  const url =
    text(best.url) ??
    (typeof mainEntity === 'string' ? mainEntity : isObj(mainEntity) ? text(mainEntity['@id']) : null);
  return {
    type: types(best)[0] ?? 'Article',
    headline: text(best.headline) ?? text(best.name),
    datePublished: text(best.datePublished),
    dateCreated: text(best.dateCreated),
    authors,
    publisher,
    url,
    articleBody: typeof best.articleBody === 'string' ? best.articleBody : null,
    description: text(best.description),
    inLanguage: text(best.inLanguage),
  };
}
