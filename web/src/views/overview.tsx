import { DocChip, ItemButton, TypeIcon } from '../components/bits.tsx';
import {
  EVENT_TYPES,
  eventTitle,
  type Indexed,
  outletTable,
  period,
  sourceFamilies,
  TYPE_STYLE,
} from '../lib/model.ts';

export function OverviewView({ ix }: { ix: Indexed }) {
  const r = ix.report;
  const p = period(r);
  const outlets = outletTable(r);
  const contested = r.claims.filter((c) => c.contradicts.length > 0).length;
  const latest = [...r.timeline].sort((a, b) => (a.date < b.date ? 1 : -1)).slice(0, 6);
  const counts = EVENT_TYPES.map((t) => [t, r.events.filter((e) => e.type === t).length] as const).filter(
    ([, n]) => n > 0,
  );
  const stats: [string, string | number][] = [
    ['Period', p.from ? `${p.from} to ${p.to}` : 'unknown'],
    ['Documents', r.documents.length],
    ['Outlets', outlets.length],
    ['Families of copies', sourceFamilies(r).length],
    ['Events', r.events.length],
    ['Claims', r.claims.length],
    ['Contested claims', contested],
    ['Figures', r.figures.length],
    ['Entities', r.entities.length],
  ];
  return (
    <section aria-labelledby="h-overview">
      <h2 id="h-overview">Overview</h2>
      <dl class="stats">
        {stats.map(([k, v]) => (
          <div key={k}>
            <dt>{k}</dt>
            <dd>{v}</dd>
          </div>
        ))}
      </dl>
      <div class="cols">
        <div>
          <h3>Latest developments</h3>
          {latest.length === 0 && <p class="muted">No dated events.</p>}
          <ol class="latest">
            {latest.map((t) => (
              <li key={t.date}>
                <div class="day">{t.date}</div>
                <div>
                  <p class="summary">{t.summary}</p>
                  <ul class="plain">
                    {t.events.slice(0, 4).map((id) => {
                      const ev = ix.events.get(id);
                      return ev ? (
                        <li key={id}>
                          <ItemButton id={id}>
                            <TypeIcon type={ev.type} /> {eventTitle(ix, ev)}
                          </ItemButton>
                        </li>
                      ) : null;
                    })}
                  </ul>
                  <div class="chips">
                    Sources:{' '}
                    {t.sources.map((s) => (
                      <DocChip key={s} id={s} label={ix.documents.get(s)?.title ?? undefined} />
                    ))}
                  </div>
                </div>
              </li>
            ))}
          </ol>
        </div>
        <div>
          <h3>Events by type</h3>
          <ul class="plain counts">
            {counts.map(([t, n]) => (
              <li key={t}>
                <TypeIcon type={t} /> {TYPE_STYLE[t].label} <strong>{n}</strong>
              </li>
            ))}
          </ul>
          {r.errors?.length ? (
            <>
              <h3>Inputs that could not be read</h3>
              <ul>
                {r.errors.map((e) => (
                  <li key={e.source}>
                    <code>{e.source}</code>: {e.message}
                  </li>
                ))}
              </ul>
            </>
          ) : null}
        </div>
      </div>
    </section>
  );
}
