/**
 * Author cleaning: bylines and meta values become a list of person names. Drops URLs, handles,
 * e-mail addresses, job titles, the outlet's own name and news agencies (those are credits,
 * reported as `wire`, not authors).
 */

const ROLE =
  /\b(correspondent|reporter|editor|editors|editorial|writer|staff|contributor|contributing|columnist|bureau|chief|senior|desk|team|newsroom|agency|agencies|press|news|media|service|analyst|producer|photographer|updated|published|min read|international|business|insider|magazine|times|post|daily|journal|online|tv|radio|channel|network|group|inc|ltd|llc|gmbh|admin|administrator|webmaster|guest|sponsored)\b/i;

const AGENCY =
  /^(ap|afp|reuters|dpa|efe|ansa|upi|xinhua|tass|ria novosti|anadolu|pti|ani|ians|kyodo|yonhap|bernama|aap|cp|pa|associated press|agence france[- ]presse|the associated press|thomson reuters|bloomberg|interfax|wafa|sana|irna|apa|ips|press association|canadian press)$/i;

const LEAD = /^\s*(?:(?:written|words|reporting|reported|text|story|compiled|posted|edited)\s+)?by[:\s]+/i;

function titleCase(s: string): string {
  return s.toLowerCase().replace(/(^|[\s'-])(\p{L})/gu, (_m, p: string, c: string) => p + c.toUpperCase());
}

function plausibleName(s: string): boolean {
  if (s.length < 2 || s.length > 60) return false;
  if (/\d|@|https?:|www\.|\.com\b|[<>{}[\]=/\\]/i.test(s)) return false;
  if (!/\p{L}/u.test(s)) return false;
  const w = s.split(/\s+/);
  if (w.length > 5) return false;
  if (ROLE.test(s) || AGENCY.test(s)) return false;
  // A person's name starts with a capital (in scripts that have case).
  if (/^\p{Ll}/u.test(s)) return false;
  return true;
}

const compact = (s: string): string =>
  s
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');

function hostLabel(url: string | null): string | null {
  if (!url) return null;
  try {
    const parts = new URL(url).hostname.toLowerCase().split('.');
    return parts.length >= 2 ? parts[parts.length - 2] : null;
  } catch {
    return null;
  }
}

/**
 * Person names from raw author values. Single words are dropped (a first name alone, a handle or
 * a brand), as are the outlet's name, its domain and names that start with either.
 */
export function cleanAuthors(raw: string[], siteName: string | null, url: string | null = null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const site = siteName ? compact(siteName) : null;
  const host = hostLabel(url);
  for (const value of raw.slice(0, 50)) {
    if (typeof value !== 'string') continue;
    let v = value.replace(/\s+/g, ' ').trim();
    if (!v || /^https?:\/\//i.test(v) || /^@/.test(v)) continue;
    v = v.replace(LEAD, '');
    v = v.replace(/\([^)]*\)/g, ' ').replace(/\S+@\S+/g, ' ');
    for (let part of v.split(/\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b|(?<=\p{L}{2})\.\s+)\s*/iu)) {
      part = part
        .replace(LEAD, '')
        .replace(/^[\s\-–—:·•]+|[\s\-–—:·•.]+$/g, '')
        .trim();
      if (!plausibleName(part)) continue;
      if (!/\s/.test(part)) continue;
      const c = compact(part);
      if (site && site.length >= 3 && (c.startsWith(site) || site.startsWith(c))) continue;
      if (host && host.length >= 4 && (c.startsWith(host) || host === c)) continue;
      const name = part === part.toUpperCase() && /\p{Lu}{2}/u.test(part) ? titleCase(part) : part;
      const key = name.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(name);
      if (out.length >= 12) return out;
    }
  }
  return out;
}
