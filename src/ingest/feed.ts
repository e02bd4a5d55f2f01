/**
 * RSS 2.0, RSS 1.0 (RDF) and Atom feeds: each item / entry is a document named `source#n`.
 * Body: content:encoded, Atom content, then description / summary (HTML → text).
 * Malformed XML is reported with its line and column.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { assembleDocument } from './assemble.ts';
import { plainField } from './fragment.ts';
import { registrableDomain } from './meta/outlet.ts';
import { collectRecord, type ReadOutcome } from './outcome.ts';
import { InputFailure } from './types.ts';

type Obj = Record<string, unknown>;

const BODY_ELEMENTS = ['description', 'content', 'content:encoded', 'summary', 'encoded'];

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  parseTagValue: false,
  parseAttributeValue: false,
  processEntities: true,
  htmlEntities: true,
  trimValues: true,
  // Bodies are kept raw (escaped HTML, CDATA or inline XHTML) and decoded here.
  stopNodes: BODY_ELEMENTS.map((e) => `*.${e}`),
  isArray: (name) =>
    ['item', 'entry', 'link', 'author', 'dc:creator', 'creator', 'contributor'].includes(name),
});

function isObj(v: unknown): v is Obj {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function localName(key: string): string {
  const i = key.indexOf(':');
  return i >= 0 ? key.slice(i + 1) : key;
}

/** Child values by local name; unprefixed names come first. */
function children(obj: Obj, name: string, opts: { prefixed?: string[] } = {}): unknown[] {
  const out: unknown[] = [];
  const push = (v: unknown) => {
    if (Array.isArray(v)) out.push(...v);
    else if (v !== undefined) out.push(v);
  };
  push(obj[name]);
  for (const [k, v] of Object.entries(obj)) {
    if (k === name || !k.includes(':')) continue;
    if (localName(k) === name && (!opts.prefixed || opts.prefixed.includes(k.slice(0, k.indexOf(':')))))
      push(v);
  }
  return out;
}

/** Text of a parsed node: string, `#text`, or the text of nested elements. */
function textOf(v: unknown, depth = 0): string {
  if (v == null || depth > 50) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.map((x) => textOf(x, depth + 1)).join(' ');
  if (isObj(v)) {
    return Object.entries(v)
      .filter(([k]) => !k.startsWith('@_'))
      .map(([, x]) => textOf(x, depth + 1))
      .join(' ');
  }
  return '';
}

function firstText(obj: Obj, names: string[], prefixed?: string[]): string | null {
  for (const n of names) {
    for (const v of children(obj, n, { prefixed })) {
      const t = plainField(textOf(v));
      if (t !== '') return t;
    }
  }
  return null;
}

const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Decodes the XML escaping of a raw (unparsed) element body: CDATA sections and entities. */
export function decodeXmlText(raw: string): string {
  let out = '';
  let i = 0;
  while (i < raw.length) {
    const cdata = raw.indexOf('<![CDATA[', i);
    const stop = cdata < 0 ? raw.length : cdata;
    out += raw
      .slice(i, stop)
      .replace(/&(lt|gt|amp|quot|apos|#\d{1,7}|#x[0-9a-fA-F]{1,6});/g, (m, e: string) => {
        if (e[0] !== '#') return XML_ENTITIES[e] ?? m;
        const code =
          e[1] === 'x' || e[1] === 'X' ? Number.parseInt(e.slice(2), 16) : Number.parseInt(e.slice(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      });
    if (cdata < 0) break;
    const end = raw.indexOf(']]>', cdata + 9);
    out += raw.slice(cdata + 9, end < 0 ? raw.length : end);
    i = end < 0 ? raw.length : end + 3;
  }
  return out;
}

/** Escapes every "&" that does not start an entity or character reference. */
export function escapeBareAmpersands(xml: string): string {
  return xml.replace(/&(?![A-Za-z_][\w.-]{0,31};|#\d{1,7};|#x[0-9A-Fa-f]{1,6};)/g, '&amp;');
}

/** Raw body element → HTML or text. Inline XHTML (Atom `type="xhtml"`) is already markup. */
function bodyOf(v: unknown): string {
  if (typeof v === 'string') return decodeXmlText(v).trim();
  if (isObj(v)) {
    const raw = typeof v['#text'] === 'string' ? v['#text'] : '';
    return v['@_type'] === 'xhtml' ? raw.trim() : decodeXmlText(raw).trim();
  }
  return '';
}

function firstBody(obj: Obj, names: string[]): string | null {
  for (const n of names) {
    for (const v of children(obj, n)) {
      const b = bodyOf(v);
      if (b !== '') return b;
    }
  }
  return null;
}

/** The article link of an RSS item or Atom entry. */
function linkOf(item: Obj): string | null {
  const links = children(item, 'link');
  // Atom: <link rel="alternate" href>; no rel means alternate.
  for (const l of links) {
    if (isObj(l) && typeof l['@_href'] === 'string') {
      const rel = typeof l['@_rel'] === 'string' ? l['@_rel'] : 'alternate';
      if (rel === 'alternate') return l['@_href'].trim();
    }
  }
  for (const l of links) {
    const t =
      typeof l === 'string' ? l.trim() : isObj(l) && typeof l['#text'] === 'string' ? l['#text'].trim() : '';
    if (/^https?:\/\//i.test(t)) return t;
  }
  for (const g of children(item, 'guid')) {
    const perma = isObj(g) ? g['@_isPermaLink'] !== 'false' : true;
    const t = textOf(g).trim();
    if (perma && /^https?:\/\//i.test(t)) return t;
  }
  const about = item['@_rdf:about'];
  if (typeof about === 'string' && /^https?:\/\//i.test(about)) return about;
  return null;
}

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The outlet named by a feed title such as "Outlet - Africa" or "World news | Outlet": the segment
 * that spells the site's domain name. The whole title when no segment does.
 */
export function outletFromFeedTitle(title: string | null, siteUrl: string | null): string | null {
  if (!title) return null;
  const segments = title.split(/\s+[-|–—:·»]\s+/).map((x) => x.trim());
  if (segments.length < 2 || !siteUrl) return title;
  let label: string;
  try {
    label = fold(registrableDomain(new URL(siteUrl).hostname.replace(/^www\d?\./, '')).split('.')[0]);
  } catch {
    return title;
  }
  if (label.length < 3) return title;
  const match = segments.find((seg) => {
    const f = fold(seg);
    return f.length >= 3 && (f === label || f.startsWith(label) || label.startsWith(f));
  });
  return match ?? title;
}

/** RSS `author` is "email (Name)" or a name; Atom `author` has `name`; dc:creator is a name. */
function authorsOf(item: Obj): string[] {
  const out: string[] = [];
  for (const a of children(item, 'author', { prefixed: [] })) {
    if (isObj(a) && a.name !== undefined) {
      out.push(plainField(textOf(a.name)));
      continue;
    }
    const t = plainField(textOf(a));
    const paren = t.length <= 300 ? /^[^\s@]+@\S+\s*\(([^)]+)\)$/.exec(t) : null;
    if (paren) out.push(paren[1].trim());
    else if (!/^[^\s@]+@\S+$/.test(t)) out.push(t);
  }
  for (const c of children(item, 'creator')) out.push(plainField(textOf(c)));
  return out.filter((a) => a !== '');
}

function channelOf(root: Obj, rootName: string): { channel: Obj; items: unknown[]; kind: string } {
  if (rootName === 'feed') return { channel: root, items: children(root, 'entry'), kind: 'Atom feed' };
  const channel = children(root, 'channel').find(isObj) ?? {};
  // RSS 2.0 puts items in the channel; RSS 1.0 (RDF) beside it.
  const items = [...children(channel, 'item'), ...children(root, 'item')];
  return { channel, items, kind: rootName === 'rss' ? 'RSS feed' : 'RSS 1.0 feed' };
}

/** Reads an RSS or Atom feed. Throws InputFailure for malformed XML or a document that is no feed. */
export function readFeed(text: string, source: string): ReadOutcome {
  if (text.trim() === '') throw new InputFailure(source, 'empty file');
  let xml = text;
  let valid = XMLValidator.validate(xml, { allowBooleanAttributes: true });
  if (valid !== true && valid.err.code === 'InvalidChar' && /'&'/.test(valid.err.msg)) {
    // A bare "&" (as in "Q&A") is the commonest feed error; escaping it changes nothing else.
    const repaired = escapeBareAmpersands(xml);
    const again = XMLValidator.validate(repaired, { allowBooleanAttributes: true });
    if (again === true) {
      xml = repaired;
      valid = true;
    }
  }
  if (valid !== true) {
    const { msg, line, col } = valid.err;
    throw new InputFailure(source, `malformed XML: ${msg}`, `line ${line}, column ${col}`);
  }
  let doc: Obj;
  try {
    doc = parser.parse(xml) as Obj;
  } catch (e) {
    throw new InputFailure(source, `XML could not be read: ${e instanceof Error ? e.message : String(e)}`);
  }
  const rootKey = Object.keys(doc).find(
    (k) => !k.startsWith('?') && !k.startsWith('#') && !k.startsWith('!'),
  );
  const rootName = rootKey ? localName(rootKey).toLowerCase() : '';
  const root = rootKey ? doc[rootKey] : undefined;
  if (!['rss', 'feed', 'rdf'].includes(rootName) || !isObj(root)) {
    const what = rootKey ? `<${rootKey}>` : 'no root element';
    throw new InputFailure(source, `XML document is neither RSS nor Atom (root is ${what})`);
  }
  const { channel, items, kind } = channelOf(root, rootName);
  if (items.length === 0) throw new InputFailure(source, `${kind} has no items`);
  const feedLink = linkOf(channel);
  const feedTitle = firstText(channel, ['title']);
  const feedLanguage =
    firstText(channel, ['language']) ?? (typeof root['@_xml:lang'] === 'string' ? root['@_xml:lang'] : null);
  const feedUpdated = firstText(channel, ['updated', 'lastBuildDate', 'pubDate']);
  const outcome: ReadOutcome = { documents: [], failures: [] };
  items.forEach((raw, i) => {
    const name = `${source}#${i + 1}`;
    collectRecord(outcome, () => {
      if (!isObj(raw)) throw new InputFailure(name, 'feed item has no content');
      const full = firstBody(raw, ['encoded', 'content']);
      const summary = firstBody(raw, ['description', 'summary']);
      const body = full ?? summary;
      if (body === null) throw new InputFailure(name, 'feed item has no content, summary or description');
      const sourceEl = children(raw, 'source', { prefixed: [] })[0];
      return assembleDocument(name, 'rss', body, {
        title: firstText(raw, ['title']),
        url: linkOf(raw),
        published: firstText(raw, ['pubDate', 'published', 'date', 'issued', 'created']),
        publishedFallback: firstText(raw, ['updated', 'modified']) ?? feedUpdated,
        authors: authorsOf(raw),
        outlet:
          sourceEl !== undefined
            ? plainField(textOf(isObj(sourceEl) ? (sourceEl.title ?? sourceEl) : sourceEl))
            : null,
        outletFallback: outletFromFeedTitle(feedTitle, feedLink ?? linkOf(raw)),
        description: full !== null && summary !== null ? plainField(summary) : null,
        language: firstText(raw, ['language']) ?? feedLanguage,
      });
    });
  });
  return outcome;
}
