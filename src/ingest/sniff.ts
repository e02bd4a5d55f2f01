/**
 * Which reader an input needs: by file extension, corrected by what the content looks like.
 */

/** Input formats as readers see them (finer than the report's DocumentFormat). */
export type InputFormat = 'text' | 'markdown' | 'front-matter' | 'html' | 'json' | 'jsonl' | 'feed' | 'warc';

const EXTENSIONS: Record<string, InputFormat> = {
  txt: 'text',
  text: 'text',
  md: 'markdown',
  markdown: 'markdown',
  mdown: 'markdown',
  mkd: 'markdown',
  html: 'html',
  htm: 'html',
  xhtml: 'html',
  shtml: 'html',
  json: 'json',
  jsonld: 'json',
  jsonl: 'jsonl',
  ndjson: 'jsonl',
  rss: 'feed',
  atom: 'feed',
  rdf: 'feed',
  xml: 'feed',
  warc: 'warc',
};

/** The source name without a URL query/fragment, and without a trailing compression extension. */
export function baseName(source: string): string {
  let s = source.replace(/[?#].*$/, '');
  s = s.replace(/\.(?:gz|gzip)$/i, '');
  const slash = s.lastIndexOf('/');
  return slash >= 0 ? s.slice(slash + 1) : s;
}

/** The extension of a source (lower case, after removing `.gz`), or ''. */
export function extensionOf(source: string): string {
  const name = baseName(source);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
}

export function formatFromExtension(source: string): InputFormat | null {
  return EXTENSIONS[extensionOf(source)] ?? null;
}

/** Format implied by a Content-Type header (HTTP responses), or null. */
export function formatFromContentType(contentType: string | null | undefined): InputFormat | null {
  if (!contentType) return null;
  const t = contentType.split(';')[0].trim().toLowerCase();
  if (t === 'text/html' || t === 'application/xhtml+xml') return 'html';
  if (t === 'application/rss+xml' || t === 'application/atom+xml' || t === 'application/rdf+xml')
    return 'feed';
  if (t === 'application/json' || t === 'application/ld+json') return 'json';
  if (t === 'application/x-ndjson' || t === 'application/jsonl' || t === 'application/x-jsonlines')
    return 'jsonl';
  if (t === 'text/markdown') return 'markdown';
  if (t === 'application/warc') return 'warc';
  if (t === 'text/plain') return 'text';
  return null;
}

/** True when the bytes start a WARC file. */
export function looksLikeWarc(data: Uint8Array): boolean {
  // "WARC/1." possibly after blank lines.
  let i = 0;
  while (i < data.length && i < 16 && (data[i] === 0x0d || data[i] === 0x0a)) i++;
  const sig = [0x57, 0x41, 0x52, 0x43, 0x2f];
  for (let k = 0; k < sig.length; k++) if (data[i + k] !== sig[k]) return false;
  return true;
}

const HTML_START =
  /^<(?:!doctype\s+html|html|head|body|meta|title|article|main|div|p|section|header|h[1-6]|table|script|style|link)\b/i;
const PAGE_START = /^<(?:!doctype\s+html|html|head|body)\b/i;
const HTML_TAGS =
  /<\/?(?:p|div|br|span|a|h[1-6]|article|section|body|html|head|title|ul|ol|li|table|img|meta)\b[^<>]*>/gi;

/**
 * Offset just past the XML/HTML prolog: white space, the XML declaration, processing instructions,
 * comments and a DOCTYPE (with an internal subset). A scanner, not a regex: no backtracking.
 */
export function skipProlog(text: string, limit = 65536): number {
  let i = 0;
  const n = Math.min(text.length, limit);
  for (;;) {
    while (i < n && /[\s\uFEFF]/.test(text[i])) i++;
    if (text.startsWith('<?', i)) {
      const e = text.indexOf('?>', i + 2);
      if (e < 0) return n;
      i = e + 2;
    } else if (text.startsWith('<!--', i)) {
      const e = text.indexOf('-->', i + 4);
      if (e < 0) return n;
      i = e + 3;
    } else if (text.slice(i, i + 9).toUpperCase() === '<!DOCTYPE') {
      const gt = text.indexOf('>', i);
      const bracket = text.indexOf('[', i);
      if (gt < 0) return n;
      if (bracket >= 0 && bracket < gt) {
        const close = text.indexOf(']', bracket);
        const e = close < 0 ? -1 : text.indexOf('>', close);
        if (e < 0) return n;
        i = e + 1;
      } else {
        i = gt + 1;
      }
    } else {
      return i;
    }
  }
}

/** The local name of the root element of an XML text, or null. */
export function xmlRootName(text: string): string | null {
  const i = skipProlog(text);
  const m = /^<([A-Za-z_][\w.:-]*)/.exec(text.slice(i, i + 256));
  if (!m) return null;
  const name = m[1];
  const colon = name.indexOf(':');
  return (colon >= 0 ? name.slice(colon + 1) : name).toLowerCase();
}

const MD_HEADING = /^#{1,6}[ \t]+\S/m;
const MD_SETEXT = /^\S[^\n]*\n(?:={3,}|-{3,})[ \t]*$/m;
const MD_LINK = /!?\[[^\]\n]{1,300}\]\([^)\s]{0,2000}(?:\s+"[^"\n]*")?\)/;
const MD_EMPHASIS = /(?:\*\*|__)[^*_\n]{1,200}(?:\*\*|__)/;
const MD_LIST = /^[ \t]{0,3}(?:[*+-]|\d{1,3}\.)[ \t]+\S[^\n]*\n[ \t]{0,3}(?:[*+-]|\d{1,3}\.)[ \t]+\S/m;
const MD_QUOTE = /^>[ \t]?\S/m;
const MD_FENCE = /^(?:```|~~~)/m;

/** Count of distinct Markdown constructs in the first 20,000 characters. */
export function markdownSignals(text: string): number {
  const t = text.slice(0, 20000);
  let n = 0;
  for (const re of [MD_HEADING, MD_SETEXT, MD_LINK, MD_EMPHASIS, MD_LIST, MD_QUOTE, MD_FENCE])
    if (re.test(t)) n++;
  return n;
}

/** True when the text opens with a YAML (`---`) or TOML (`+++`) front-matter fence that is closed. */
export function hasFrontMatter(text: string): boolean {
  const m = /^\uFEFF?(?:[ \t]*\r?\n)*(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!m) return false;
  const rest = text.slice(m[0].length, m[0].length + 65536);
  const fence = m[1] === '---' ? /^(?:---|\.\.\.)[ \t]*$/m : /^\+\+\+[ \t]*$/m;
  return fence.test(rest);
}

function firstChar(text: string): string {
  const m = /^[\s\uFEFF]*(\S)/.exec(text.slice(0, 4096));
  return m ? m[1] : '';
}

/** True when every one of the first few non-blank lines is a complete JSON value. */
export function looksLikeJsonLines(text: string): boolean {
  const lines = text.slice(0, 1 << 20).split('\n');
  let complete = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line) continue;
    if (!line.startsWith('{') && !line.startsWith('[')) return false;
    try {
      JSON.parse(line);
      complete++;
    } catch {
      return false;
    }
    if (complete >= 2) return true;
  }
  return false;
}

/**
 * The format of decoded text. Content that is unmistakable (front matter, markup, a feed, JSON)
 * wins over the extension; otherwise the extension decides, then Markdown signals.
 */
export function sniffFormat(text: string, source: string, hint: InputFormat | null = null): InputFormat {
  const byExt = hint ?? formatFromExtension(source);
  if (byExt === 'warc') return 'warc';
  if (hasFrontMatter(text)) return 'front-matter';
  const c = firstChar(text);
  if (c === '{' || c === '[') {
    if (byExt === 'jsonl' || looksLikeJsonLines(text)) return 'jsonl';
    if (byExt === 'json') return 'json';
    // A prose file that merely opens with a bracket stays prose; otherwise report JSON errors.
    if (byExt === 'text' || byExt === 'markdown') return isJson(text) ? 'json' : byExt;
    return /^[\s\uFEFF]*(?:\{\s*"|\[\s*[{["\d\]-])/.test(text) || isJson(text) ? 'json' : 'text';
  }
  if (c === '<') {
    const head = text.slice(0, 65536);
    const root = xmlRootName(head);
    if (root === 'rss' || root === 'feed' || root === 'rdf') return 'feed';
    const body = head.slice(skipProlog(head));
    if (root === 'html' || PAGE_START.test(body)) return 'html';
    // Other XML: the feed reader names the root it does not know.
    if (/^\s*<\?xml/.test(head) || byExt === 'feed') return 'feed';
    // Markdown or prose may open with a comment or an inline tag.
    if (byExt === 'text' && HTML_START.test(body)) return 'html';
    if ((byExt === 'markdown' || byExt === 'text') && countHtmlTags(text) < 5) return byExt;
    if (HTML_START.test(body) || countHtmlTags(text) >= 1) return 'html';
    return byExt ?? 'text';
  }
  if (byExt === 'html') return countHtmlTags(text) >= 1 ? 'html' : 'text';
  if (byExt === 'feed' || byExt === 'json' || byExt === 'jsonl') {
    // Declared structured but the content is not: read it as what it is.
    return countHtmlTags(text) >= 3 ? 'html' : 'text';
  }
  if (countHtmlTags(text) >= 5) return 'html';
  if (byExt === 'markdown') return 'markdown';
  if (markdownSignals(text) >= 2) return 'markdown';
  return 'text';
}

function countHtmlTags(text: string): number {
  const head = text.slice(0, 65536);
  let n = 0;
  HTML_TAGS.lastIndex = 0;
  while (HTML_TAGS.exec(head) && n < 50) n++;
  return n;
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
