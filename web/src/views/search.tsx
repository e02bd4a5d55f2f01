import { useEffect, useState } from 'preact/hooks';
import { ItemButton } from '../components/bits.tsx';
import type { Indexed } from '../lib/model.ts';
import { readServerHits, type SearchHit, searchReport } from '../lib/search.ts';

/** null until known: whether the server answers GET /search. */
let serverSearch: boolean | null = null;

async function search(ix: Indexed, q: string): Promise<{ hits: SearchHit[]; where: string }> {
  if (serverSearch !== false) {
    try {
      const res = await fetch(new URL(`search?q=${encodeURIComponent(q)}`, location.href), {
        headers: { accept: 'application/json' },
      });
      const hits = res.ok ? readServerHits(ix, await res.json()) : null;
      if (hits) {
        serverSearch = true;
        return { hits, where: 'server' };
      }
      serverSearch = false;
    } catch {
      serverSearch = false;
    }
  }
  return { hits: searchReport(ix, q), where: 'this page' };
}

export function SearchView({ ix, q }: { ix: Indexed; q: string }) {
  const [state, setState] = useState<{ q: string; hits: SearchHit[]; where: string } | null>(null);
  useEffect(() => {
    let live = true;
    void search(ix, q).then((r) => live && setState({ q, ...r }));
    return () => {
      live = false;
    };
  }, [ix, q]);
  return (
    <section aria-labelledby="h-search">
      <h2 id="h-search">Search: “{q}”</h2>
      {!state || state.q !== q ? (
        <p class="muted">Searching…</p>
      ) : (
        <>
          <p class="muted" aria-live="polite" data-hits={state.hits.length}>
            {state.hits.length} result{state.hits.length === 1 ? '' : 's'} (searched by {state.where})
          </p>
          <ul class="plain hits">
            {state.hits.map((h) => {
              return (
                <li key={`${h.kind}-${h.id}`}>
                  <ItemButton id={h.id}>
                    <span class="badge">{h.kind}</span> <span class="title">{h.title}</span>
                  </ItemButton>
                  {h.snippet && <p class="snippet">{h.snippet}</p>}
                </li>
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
