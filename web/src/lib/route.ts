/** Hash routes: #/overview, #/timeline, …, #/evidence/<item id>/<mention index>, #/search/<query>. */
export const VIEWS = [
  'overview',
  'timeline',
  'map',
  'figures',
  'claims',
  'sources',
  'evidence',
  'search',
] as const;
export type View = (typeof VIEWS)[number];

export interface Route {
  view: View;
  id?: string;
  mention?: number;
  q?: string;
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/');
  const view = (VIEWS as readonly string[]).includes(parts[0]) ? (parts[0] as View) : 'overview';
  if (view === 'evidence') {
    const m = Number(parts[2]);
    return {
      view,
      id: parts[1] ? decodeURIComponent(parts[1]) : undefined,
      mention: Number.isInteger(m) ? m : 0,
    };
  }
  if (view === 'search') return { view, q: parts.slice(1).map(decodeURIComponent).join('/') };
  return { view };
}

export function routeHash(r: Route): string {
  if (r.view === 'evidence') return `#/evidence/${encodeURIComponent(r.id ?? '')}/${r.mention ?? 0}`;
  if (r.view === 'search') return `#/search/${encodeURIComponent(r.q ?? '')}`;
  return `#/${r.view}`;
}

export function go(r: Route): void {
  const h = routeHash(r);
  if (location.hash !== h) location.hash = h;
}

/** Opens an item's evidence (mention index `mention`). */
export function openItem(id: string, mention = 0): void {
  go({ view: 'evidence', id, mention });
}
