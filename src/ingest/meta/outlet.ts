/**
 * Outlet identification from web addresses (page URL or an image on the outlet's own asset host)
 * and from outlet names appearing in page furniture, using the world-wide list in data/outlets.json.
 */
import { readDataFile } from './data.ts';

export interface Outlet {
  name: string;
  aliases: string[];
  domains: string[];
  assets: string[];
  country: string;
  kind: string;
  ambiguous?: boolean;
}

interface OutletIndex {
  outlets: Outlet[];
  byDomain: Map<string, Outlet>;
  /** Asset hosts, possibly with a path prefix ("storage.example.com/bucket"). */
  assets: { host: string; path: string; outlet: Outlet }[];
  textPattern: RegExp | null;
  byTextName: Map<string, Outlet>;
  /** Shared hosting / CDN domains: an image there says nothing about the outlet. */
  generic: Set<string>;
}

let index: OutletIndex | null = null;

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Names safe to look for in running text: not flagged ambiguous, not shared by two outlets, ≥ 3 characters, and single words only when they are the canonical name or look like a brand (capitals inside, digits, dots). */
function textNames(o: Outlet): string[] {
  if (o.ambiguous) return [];
  const out: string[] = [];
  for (const n of [o.name, ...o.aliases]) {
    if (n.length < 3) continue;
    const single = !/\s/.test(n);
    const brand = /[A-Z].*[A-Z]|\d|\./.test(n);
    if (single && n !== o.name && !brand) continue;
    out.push(n);
  }
  return out;
}

function outletIndex(): OutletIndex {
  if (index) return index;
  const data = JSON.parse(readDataFile('outlets.json')) as { outlets: Outlet[]; genericHosts?: string[] };
  const byDomain = new Map<string, Outlet>();
  const assets: OutletIndex['assets'] = [];
  const nameCount = new Map<string, number>();
  for (const o of data.outlets) {
    for (const d of o.domains) if (!byDomain.has(d.toLowerCase())) byDomain.set(d.toLowerCase(), o);
    for (const a of o.assets ?? []) {
      const slash = a.indexOf('/');
      assets.push({
        host: (slash < 0 ? a : a.slice(0, slash)).toLowerCase(),
        path: slash < 0 ? '' : a.slice(slash),
        outlet: o,
      });
    }
    for (const n of new Set(textNames(o))) nameCount.set(n, (nameCount.get(n) ?? 0) + 1);
  }
  const byTextName = new Map<string, Outlet>();
  for (const o of data.outlets) {
    for (const n of textNames(o)) if (nameCount.get(n) === 1) byTextName.set(n, o);
  }
  const names = [...byTextName.keys()].sort((a, b) => b.length - a.length).map(escapeRe);
  const textPattern = names.length
    ? new RegExp(`(?<![\\p{L}\\p{N}])(?:${names.join('|')})(?![\\p{L}\\p{N}])`, 'gu')
    : null;
  index = {
    outlets: data.outlets,
    byDomain,
    assets,
    textPattern,
    byTextName,
    generic: new Set((data.genericHosts ?? []).map((h) => h.toLowerCase())),
  };
  return index;
}

/** All outlets of the data file (read-only). */
export function allOutlets(): readonly Outlet[] {
  return outletIndex().outlets;
}

function parseUrl(url: string): URL | null {
  const u = url.trim().replace(/^<|>$/g, '');
  if (!u || /\s/.test(u)) return null;
  if (/^[a-z][a-z0-9+.-]*:/i.test(u) && !/^[a-z][a-z0-9+.-]*:\/\//i.test(u)) return null; // mailto:, data:, tel:
  try {
    return new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(u) ? u : `https://${u.replace(/^\/\//, '')}`);
  } catch {
    return null;
  }
}

/** A dotted DNS name with a letter top-level label (not an IP address, not "."). */
function isDomainName(host: string): boolean {
  return /^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z][a-z0-9-]*[a-z0-9]\.?$/i.test(host);
}

const SECOND_LEVEL = new Set([
  'co',
  'com',
  'net',
  'org',
  'gov',
  'ac',
  'edu',
  'ne',
  'or',
  'go',
  'gob',
  'nic',
  'mil',
]);

/** The registrable part of a host name, e.g. "news.example.co.uk" → "example.co.uk". */
export function registrableDomain(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const tld = labels[labels.length - 1];
  const sld = labels[labels.length - 2];
  const take = tld.length === 2 && SECOND_LEVEL.has(sld) ? 3 : 2;
  return labels.slice(-take).join('.');
}

function knownByHost(host: string): Outlet | null {
  const { byDomain } = outletIndex();
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const o = byDomain.get(labels.slice(i).join('.'));
    if (o) return o;
  }
  return null;
}

/**
 * The outlet publishing at `url`: a known outlet's canonical name when the host (or a parent
 * domain) is in the data file, otherwise the site's registrable domain ("example.org").
 * Null when `url` is not a web address.
 */
export function outletFromUrl(url: string): string | null {
  const u = parseUrl(url);
  if (!u || !/^https?:$/.test(u.protocol) || !isDomainName(u.hostname)) return null;
  const known = knownByHost(u.hostname);
  if (known) return known.name;
  return registrableDomain(u.hostname.replace(/^www\d?\./, ''));
}

/**
 * The outlet serving an asset (image) URL: a known outlet or asset host by name; otherwise the
 * registrable domain of a site's own asset host ("images.example-news.com" → "example-news.com"),
 * but never a shared CDN, cloud bucket or photo agency (genericHosts in data/outlets.json).
 */
export function outletFromAssetUrl(url: string): string | null {
  const u = parseUrl(url);
  if (!u || !/^https?:$/.test(u.protocol) || !isDomainName(u.hostname)) return null;
  const host = u.hostname.toLowerCase();
  const idx = outletIndex();
  for (const a of idx.assets) {
    if ((host === a.host || host.endsWith(`.${a.host}`)) && u.pathname.startsWith(a.path || '/'))
      return a.outlet.name;
  }
  const known = knownByHost(host);
  if (known) return known.name;
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) if (idx.generic.has(labels.slice(i).join('.'))) return null;
  // a CDN-looking registrable name ("examplecdn.net", "cdn-images.io") is not a news site
  const domain = registrableDomain(host);
  if (/cdn|static|assets|mediahost|imghost|imagehost|images?-?host/i.test(domain.split('.')[0])) return null;
  return domain;
}

/** Known outlet names found in `text`, with counts, in order of first appearance. */
export function outletMentions(text: string): { name: string; count: number; wire: boolean }[] {
  const { textPattern, byTextName } = outletIndex();
  if (!textPattern) return [];
  const found = new Map<string, { name: string; count: number; wire: boolean }>();
  for (const m of text.matchAll(textPattern)) {
    const o = byTextName.get(m[0]);
    if (!o) continue;
    const e = found.get(o.name) ?? { name: o.name, count: 0, wire: o.kind === 'wire' };
    e.count++;
    found.set(o.name, e);
  }
  return [...found.values()];
}

/** Phrases in which page furniture names its own outlet, for outlets not in the data file. */
const SELF_NAMING =
  /(?:[Nn]otifications from|[Aa]lerts from|[Uu]pdates from|[Nn]ewsletters? from|[Ss]ubscribe to|[Ss]ubscribing to|[Ss]upport|[Dd]onate to|©\s*(?:\d{4}\s+)?|[Cc]opyright\s+(?:©\s*)?(?:\d{4}\s+)?)[ \t]*((?:The[ \t]+)?(?:[A-Z][\p{L}&'.-]*|[A-Z]{2,})(?:[ \t]+(?:[A-Z][\p{L}&'.-]*|of|and|&)){0,4})/gu;

/**
 * The outlet named in furniture text (notification prompts, appeals, copyright lines): the known
 * outlet named most often, preferring publishers over wire agencies (a wire is credited, not the
 * publisher, when both appear); failing that, a capitalised name after a self-naming phrase.
 */
export function outletFromText(text: string): string | null {
  const mentions = outletMentions(text);
  const most = (list: typeof mentions): string | null =>
    list.reduce<(typeof mentions)[number] | null>(
      (best, m) => (best === null || m.count > best.count ? m : best),
      null,
    )?.name ?? null;
  const publisher = most(mentions.filter((m) => !m.wire));
  if (publisher) return publisher;
  for (const m of text.matchAll(SELF_NAMING)) {
    const name = m[1].replace(/[.\s]+$/, '').trim();
    if (name.length >= 3 && !/^(?:The|Our|Us|Your|All|This|Getty Images)$/.test(name) && !wireLike(name))
      return name;
  }
  return most(mentions);
}

/** A name that is a known wire agency (credited in copyright lines, not the publisher). */
function wireLike(name: string): boolean {
  return outletMentions(name).some((m) => m.wire);
}
