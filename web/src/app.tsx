import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Report } from '../../src/report/contract.ts';
import { Downloads } from './components/downloads.tsx';
import { indexReport, period } from './lib/model.ts';
import { go, parseRoute, type Route, type View } from './lib/route.ts';
import { ClaimsView } from './views/claims.tsx';
import { EvidenceView } from './views/evidence.tsx';
import { FiguresView } from './views/figures.tsx';
import { MapView } from './views/map.tsx';
import { OverviewView } from './views/overview.tsx';
import { SearchView } from './views/search.tsx';
import { SourcesView } from './views/sources.tsx';
import { TimelineView } from './views/timeline.tsx';

const NAV: { view: View; label: string }[] = [
  { view: 'overview', label: 'Overview' },
  { view: 'timeline', label: 'Timeline' },
  { view: 'map', label: 'Map' },
  { view: 'figures', label: 'Figures' },
  { view: 'claims', label: 'Claims' },
  { view: 'sources', label: 'Sources' },
];

export function App({ report }: { report: Report }) {
  const ix = useMemo(() => indexReport(report), [report]);
  const [route, setRoute] = useState<Route>(() => parseRoute(location.hash));
  const [query, setQuery] = useState(route.q ?? '');
  useEffect(() => {
    const on = () => {
      const r = parseRoute(location.hash);
      setRoute(r);
      if (r.view === 'search') setQuery(r.q ?? '');
      document.getElementById('main')?.focus({ preventScroll: true });
      window.scrollTo(0, 0);
    };
    window.addEventListener('hashchange', on);
    return () => window.removeEventListener('hashchange', on);
  }, []);
  const p = period(report);
  return (
    <div class="shell">
      <button type="button" class="skip" onClick={() => document.getElementById('main')?.focus()}>
        Skip to content
      </button>
      <header class="top">
        <div class="brand">
          <h1>Situation report</h1>
          <span class="period">
            {p.from ? `${p.from} – ${p.to}` : 'no dates'} · {report.documents.length} documents
          </span>
        </div>
        <form
          class="search"
          onSubmit={(e) => {
            e.preventDefault();
            if (query.trim()) go({ view: 'search', q: query.trim() });
          }}
        >
          <label for="q" class="sr-only">
            Search the report
          </label>
          <input
            id="q"
            type="search"
            placeholder="Search events, claims, places, articles…"
            value={query}
            onInput={(e) => setQuery((e.target as HTMLInputElement).value)}
          />
          <button type="submit">Search</button>
        </form>
        <nav aria-label="Views">
          {NAV.map((n) => (
            <button
              type="button"
              key={n.view}
              class="tab"
              data-view={n.view}
              aria-current={route.view === n.view ? 'page' : undefined}
              onClick={() => go({ view: n.view })}
            >
              {n.label}
            </button>
          ))}
        </nav>
      </header>
      <main id="main" tabIndex={-1} data-view={route.view}>
        {route.view === 'overview' && <OverviewView ix={ix} />}
        {route.view === 'timeline' && <TimelineView ix={ix} />}
        {route.view === 'map' && <MapView ix={ix} />}
        {route.view === 'figures' && <FiguresView ix={ix} />}
        {route.view === 'claims' && <ClaimsView ix={ix} />}
        {route.view === 'sources' && <SourcesView ix={ix} />}
        {route.view === 'evidence' && (
          <EvidenceView ix={ix} id={route.id ?? ''} mention={route.mention ?? 0} />
        )}
        {route.view === 'search' && <SearchView ix={ix} q={route.q ?? ''} />}
      </main>
      <footer class="foot">
        Generated {report.generatedAt} · schema {report.schema} · map: Natural Earth (public domain)
        <Downloads />
      </footer>
    </div>
  );
}
