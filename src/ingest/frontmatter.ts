/**
 * Articles with a YAML front matter block (Jekyll, Hugo, Eleventy, static-site exports): every
 * field of the front matter is metadata, never body text. The body is read as Markdown when it
 * shows Markdown syntax, else as plain text.
 */
import matter from 'gray-matter';
import { documentFromMarkdown } from './markdown.ts';
import type { KnownMeta } from './meta/assemble.ts';
import { normalizePublished } from './meta/dates.ts';
import { wireName } from './meta/wire.ts';
import { documentFromText } from './text.ts';
import { type IngestedDocument, InputFailure } from './types.ts';

const OPEN = /^\uFEFF?[ \t]*(---|\+\+\+)[ \t]*\r?\n/;
const CLOSE_YAML = /^[ \t]*(?:---|\.\.\.)[ \t]*$/m;
const CLOSE_TOML = /^[ \t]*\+\+\+[ \t]*$/m;

/**
 * Splits `---\n yaml \n---\n body` (or Hugo's `+++\n toml \n+++`); null when the text has no
 * front matter.
 */
export function splitFrontMatter(
  text: string,
  source: string,
): { yaml: string; body: string; bodyLine: number; lang: 'yaml' | 'toml' } | null {
  const open = OPEN.exec(text);
  if (!open) return null;
  const lang = open[1] === '+++' ? 'toml' : 'yaml';
  const rest = text.slice(open[0].length);
  const close = (lang === 'toml' ? CLOSE_TOML : CLOSE_YAML).exec(rest);
  if (!close)
    throw new InputFailure(source, `front matter is not closed: no second "${open[1]}" line`, 'line 1');
  const yaml = rest.slice(0, close.index);
  const body = rest.slice(close.index + close[0].length).replace(/^\r?\n/, '');
  const bodyLine = text.slice(0, open[0].length + close.index).split('\n').length + 1;
  return { yaml, body, bodyLine, lang };
}

/**
 * The subset of TOML that front matter uses: top-level `key = value` with strings, numbers,
 * booleans, dates and one-line arrays; `[tables]` are skipped. Anything else → InputFailure.
 */
function parseToml(toml: string, source: string): Yaml {
  const out: Yaml = {};
  let inTable = false;
  const lines = toml.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].trim();
    if (line === '' || line.startsWith('#')) continue;
    if (/^\[\[?[^\]]+\]\]?$/.test(line)) {
      inTable = true;
      continue;
    }
    const m = /^([A-Za-z0-9_.-]+|"[^"]*")\s*=\s*(.+)$/.exec(line);
    if (!m)
      throw new InputFailure(
        source,
        `malformed front matter TOML: cannot read "${line.slice(0, 40)}"`,
        `front matter line ${i + 1}`,
      );
    if (inTable) continue;
    const value = tomlValue(m[2].replace(/\s+#[^"']*$/, '').trim());
    if (value === undefined)
      throw new InputFailure(
        source,
        `malformed front matter TOML: bad value for ${m[1]}`,
        `front matter line ${i + 1}`,
      );
    out[m[1].replace(/^"|"$/g, '')] = value;
  }
  return out;
}

function tomlValue(v: string): unknown {
  if (/^"(?:[^"\\]|\\.)*"$/.test(v)) {
    try {
      return JSON.parse(v);
    } catch {
      return undefined;
    }
  }
  if (/^'[^']*'$/.test(v)) return v.slice(1, -1);
  if (v === 'true' || v === 'false') return v === 'true';
  if (/^[+-]?\d[\d_]*(?:\.\d+)?(?:[eE][+-]?\d+)?$/.test(v)) return Number(v.replace(/_/g, ''));
  if (/^\d{4}-\d{2}-\d{2}(?:[T ][\d:.]+(?:Z|[+-]\d{2}:\d{2})?)?$/.test(v)) return v;
  if (v.startsWith('[') && v.endsWith(']')) {
    const inner = v.slice(1, -1).trim();
    if (inner === '') return [];
    const items = inner.match(/"(?:[^"\\]|\\.)*"|'[^']*'|[^,\s][^,]*/g) ?? [];
    const vals = items.map((x) => tomlValue(x.trim()));
    return vals.some((x) => x === undefined) ? undefined : vals;
  }
  return undefined;
}

type Yaml = Record<string, unknown>;

/** The YAML engine gray-matter ships (js-yaml's safe loader). Dates come back as JS Dates. */
function parseYaml(yaml: string, source: string): Yaml {
  const engine = (matter as unknown as { engines: { yaml: { parse: (s: string) => unknown } } }).engines.yaml;
  let data: unknown;
  try {
    data = engine.parse(yaml);
  } catch (e) {
    // "title: MSF: Air strike kills dozens": an unquoted colon in a one-line value, as hand-made
    // files often have — read as the text after the key rather than lose the article.
    const flat = flatKeyValues(yaml);
    if (flat) return flat;
    const err = e as { reason?: string; message?: string; mark?: { line?: number } };
    const line = err.mark?.line !== undefined ? `front matter line ${err.mark.line + 1}` : null;
    throw new InputFailure(
      source,
      `malformed front matter YAML: ${err.reason ?? err.message ?? String(e)}`,
      line,
    );
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data))
    throw new InputFailure(source, 'malformed front matter: expected key: value pairs', 'front matter');
  return data as Yaml;
}

/** A YAML key, then a plain one-line value (not a flow collection, quotation, block or anchor). */
const FLAT_LINE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+([^\s[\]{}"'|>&*!%@`#][^\r\n]*?))?[ \t]*$/;

/**
 * Front matter of flat `key: value` lines only, each value taken as the text after the key; null
 * when any line is of another form (then the YAML error stands).
 */
function flatKeyValues(yaml: string): Yaml | null {
  const out: Yaml = {};
  for (const line of yaml.split(/\r?\n/)) {
    if (line.trim() === '' || /^\s*#/.test(line)) continue;
    const m = FLAT_LINE.exec(line);
    if (!m) return null;
    out[m[1]] = m[2] ?? null;
  }
  return out;
}

function pick(data: Yaml, keys: string[]): unknown {
  const lower = new Map(Object.entries(data).map(([k, v]) => [k.toLowerCase(), v]));
  for (const k of keys) {
    const v = lower.get(k);
    if (v !== undefined && v !== null && v !== '') return v;
  }
  return undefined;
}

function str(v: unknown): string | null {
  if (typeof v === 'string') return v.replace(/\s+/g, ' ').trim() || null;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return str(v[0]);
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return str(o.name ?? o.url ?? o.src ?? o.href ?? o.title);
  }
  return null;
}

function people(v: unknown): string[] {
  if (v === undefined || v === null) return [];
  const list = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/\s*(?:,|;|\band\b|&)\s*/) : [v];
  return list.map(str).filter((s): s is string => s !== null && s.length > 0);
}

function absoluteUrl(v: unknown): string | null {
  const s = str(v);
  return s && /^https?:\/\/\S+$/i.test(s) ? s : null;
}

const DATE_KEYS = [
  'date',
  'published',
  'publishdate',
  'published_at',
  'pubdate',
  'datepublished',
  'created',
  'created_at',
  'updated',
  'lastmod',
  'modified',
];

/**
 * The publication date. YAML loaders turn `2024-05-10T01:00:00+03:00` into a UTC instant, which
 * can move it to the previous day: when the raw text is at hand, its own offset is kept.
 */
function publishedFrom(data: Yaml, raw: string | undefined): string | null {
  const value = pick(data, DATE_KEYS);
  if (value instanceof Date && raw !== undefined) {
    for (const key of DATE_KEYS) {
      const m = new RegExp(`^${key}[ \\t]*:[ \\t]*['"]?([^'"\\n#]+?)['"]?[ \\t]*(?:#.*)?$`, 'im').exec(raw);
      const own = m ? normalizePublished(m[1]) : null;
      if (own) return own;
    }
  }
  return normalizePublished(value);
}

/**
 * Metadata from the front matter fields, under the names common static-site generators use
 * (`raw`: the front matter text, for exact dates).
 */
export function metaFromFrontMatter(data: Yaml, raw?: string): KnownMeta {
  const source = pick(data, ['source', 'source_name', 'agency']);
  const sourceName = typeof source === 'string' && !/^https?:\/\//i.test(source.trim()) ? str(source) : null;
  return {
    title: str(pick(data, ['title', 'headline', 'name'])),
    description: str(
      pick(data, ['description', 'summary', 'excerpt', 'subtitle', 'standfirst', 'dek', 'lede']),
    ),
    published: publishedFrom(data, raw),
    url: absoluteUrl(
      pick(data, [
        'url',
        'canonical_url',
        'canonical',
        'canonicalurl',
        'link',
        'permalink',
        'original_url',
        'source_url',
        'source',
      ]),
    ),
    authors: people(pick(data, ['authors', 'author', 'byline', 'creator', 'creators'])),
    outlet:
      str(pick(data, ['outlet', 'publisher', 'publication', 'site_name', 'sitename'])) ??
      (sourceName && wireName(sourceName) === null ? sourceName : null),
    wire: sourceName && wireName(sourceName) ? [wireName(sourceName)!] : [],
    language: str(pick(data, ['language', 'lang', 'locale'])),
    image: absoluteUrl(
      pick(data, [
        'image',
        'featured_image',
        'cover',
        'cover_image',
        'thumbnail',
        'og_image',
        'hero',
        'banner',
      ]),
    ),
  };
}

const MARKDOWN_SIGNS = /^#{1,6}\s|\]\([^)]*\)|^\s*[-*+]\s|\*\*[^*]+\*\*|^>\s|^\s*\d+\.\s|!\[/m;

/** Reads an article with YAML front matter. Malformed or unclosed front matter → InputFailure. */
export function readFrontMatter(text: string, source: string): IngestedDocument {
  try {
    const split = splitFrontMatter(text, source);
    if (!split) return documentFromText(text, source, 'front-matter');
    const data = split.lang === 'toml' ? parseToml(split.yaml, source) : parseYaml(split.yaml, source);
    const known = metaFromFrontMatter(data, split.yaml);
    const read = MARKDOWN_SIGNS.test(split.body) ? documentFromMarkdown : documentFromText;
    return read(split.body, source, 'front-matter', known);
  } catch (e) {
    if (e instanceof InputFailure) throw e;
    throw new InputFailure(
      source,
      `could not read front matter article: ${e instanceof Error ? e.message : String(e)}`,
    );
  }
}
