/**
 * Title choice and site-suffix stripping: "Headline | Site Name", "Headline - Site",
 * "Site: Headline". The site is recognised from og:site_name/publisher or the URL's domain;
 * without one, only a short trailing segment after a strong separator ("|", "·", "»") is cut.
 */

export interface TitleCandidates {
  headline: string | null;
  og: string | null;
  title: string | null;
  h1: string | null;
}

const SEP = /\s+(?:[|·•»~]|::|[-–—]|\/)\s+/g;
const STRONG = /[|·•»~]|::/;

const compact = (s: string): string =>
  s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

function domainLabels(url: string | null): string[] {
  if (!url) return [];
  try {
    const host = new URL(url).hostname.toLowerCase().replace(/^www\d?\./, '');
    const parts = host.split('.');
    // The label before the public suffix (two labels for suffixes like co.uk / com.au).
    const labels: string[] = [];
    if (parts.length >= 2) labels.push(parts[parts.length - 2]);
    if (parts.length >= 3 && parts[parts.length - 2].length <= 3) labels.push(parts[parts.length - 3]);
    labels.push(parts.join(''));
    return labels.filter((l) => l.length >= 3).map(compact);
  } catch {
    return [];
  }
}

/** True when a title segment names the site (og:site_name or the domain). */
export function isSiteSegment(
  segment: string,
  siteName: string | null,
  url: string | null,
  trailing = false,
): boolean {
  const c = compact(segment);
  if (c.length < 2) return false;
  // The segment is the name, or the name with a little more ("Courier News" for "Courier", "Courier.com");
  // a trailing segment may add more after the name ("Example Cannon Entertainment").
  const near = (name: string): boolean =>
    c === name ||
    (name.length >= 3 && c.includes(name) && c.length <= name.length + 9) ||
    (trailing && name.length >= 4 && c.startsWith(name) && c.length <= name.length + 20) ||
    (c.length >= 4 && name.includes(c) && name.length <= c.length + 9);
  if (siteName) {
    const s = compact(siteName);
    if (s.length >= 2 && near(s)) return true;
  }
  for (const label of domainLabels(url)) if (near(label)) return true;
  return false;
}

const words = (s: string): number => s.split(/\s+/).filter(Boolean).length;

interface Piece {
  text: string;
  sep: string;
}

function split(title: string): Piece[] {
  const pieces: Piece[] = [];
  let last = 0;
  let sep = '';
  SEP.lastIndex = 0;
  for (;;) {
    const m = SEP.exec(title);
    if (!m) break;
    pieces.push({ text: title.slice(last, m.index), sep });
    sep = m[0].trim();
    last = m.index + m[0].length;
  }
  pieces.push({ text: title.slice(last), sep });
  return pieces.filter((p) => p.text.trim() !== '');
}

/** Removes site-name segments (and a trailing short section label) from either end of a title. */
export function stripSiteName(title: string, siteName: string | null, url: string | null): string {
  let pieces = split(title);
  if (pieces.length < 2) return stripSitePrefix(title, siteName, url);
  let changed = false;
  // Trailing site segments.
  while (pieces.length > 1 && isSiteSegment(pieces[pieces.length - 1].text, siteName, url, true)) {
    pieces = pieces.slice(0, -1);
    changed = true;
  }
  // Leading site segment ("Site | Headline", "Site: Headline" handled by the colon rule below).
  if (!changed && pieces.length > 1 && isSiteSegment(pieces[0].text, siteName, url)) {
    pieces = pieces.slice(1);
    changed = true;
  }
  // A short section label left after a strong separator: "Headline | World news".
  if (pieces.length > 1) {
    const lastPiece = pieces[pieces.length - 1];
    const rest = pieces
      .slice(0, -1)
      .map((p) => p.text)
      .join(' ');
    if (STRONG.test(lastPiece.sep) && words(lastPiece.text) <= 4 && words(rest) >= 3) {
      pieces = pieces.slice(0, -1);
      changed = true;
    }
  }
  if (!changed) return stripSitePrefix(title, siteName, url);
  return pieces
    .map((p, i) => (i === 0 ? p.text : ` ${p.sep} ${p.text}`))
    .join('')
    .trim();
}

/** "Site: Headline" → "Headline" when the part before the colon names the site. */
function stripSitePrefix(title: string, siteName: string | null, url: string | null): string {
  const colon = /^([^:]{2,40}):\s+(.{10,})$/.exec(title.trim());
  if (colon && isSiteSegment(colon[1], siteName, url)) return colon[2].trim();
  return title.trim();
}

/** True when the text is nothing but the site's name. */
function isOnlySite(text: string, siteName: string | null, url: string | null): boolean {
  const c = compact(text);
  if (siteName && c === compact(siteName)) return true;
  return domainLabels(url).includes(c);
}

/** Picks the page title: JSON-LD headline, OpenGraph title, <title>, then <h1>; site names stripped. */
export function cleanTitle(
  c: TitleCandidates,
  ctx: { siteName: string | null; url: string | null },
): string | null {
  for (const raw of [c.headline, c.og, c.title]) {
    if (!raw) continue;
    const t = stripSiteName(raw, ctx.siteName, ctx.url);
    if (t && !isOnlySite(t, ctx.siteName, ctx.url)) return t.slice(0, 500);
  }
  if (c.h1 && c.h1.length <= 500 && !isOnlySite(c.h1, ctx.siteName, ctx.url)) return c.h1;
  return null;
}
