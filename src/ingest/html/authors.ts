/**
 * Author cleaning: bylines and meta values become a list of person names. Drops URLs, handles,
 * e-mail addresses, job titles, the outlet's own name and news agencies (those are credits,
 * reported as `wire`, not authors).
 */

const ROLE =
  /\b(correspondent|reporter|editor|editors|editorial|writer|staff|contributor|contributing|columnist|bureau|chief|senior|desk|team|newsroom|agency|agencies|press|news|media|service|analyst|producer|photographer|updated|published|min read)\b/i;

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

export function cleanAuthors(raw: string[], siteName: string | null): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  const site = siteName
    ? siteName
        .toLowerCase()
        .replace(/^the\s+/, '')
        .trim()
    : null;
  for (const value of raw.slice(0, 50)) {
    if (typeof value !== 'string') continue;
    let v = value.replace(/\s+/g, ' ').trim();
    if (!v || /^https?:\/\//i.test(v) || /^@/.test(v)) continue;
    v = v.replace(LEAD, '');
    v = v.replace(/\([^)]*\)/g, ' ').replace(/\S+@\S+/g, ' ');
    for (let part of v.split(/\s*(?:,|;|\||\/|&|\band\b|\bund\b|\bet\b)\s*/i)) {
      part = part
        .replace(LEAD, '')
        .replace(/^[\s\-–—:·•]+|[\s\-–—:·•.]+$/g, '')
        .trim();
      if (!plausibleName(part)) continue;
      if (site && part.toLowerCase().replace(/^the\s+/, '') === site) continue;
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
