import * as Plot from '@observablehq/plot';
import { useMemo, useState } from 'preact/hooks';
import type { Event } from '../../../src/report/contract.ts';
import { DocChip, ItemButton, TypeIcon } from '../components/bits.tsx';
import { PlotBox } from '../components/plot.tsx';
import {
  ceasefireBands,
  chartDays,
  docLabel,
  EVENT_TYPES,
  type EventFilter,
  entityName,
  eventTitle,
  filterEvents,
  type Indexed,
  mentionContext,
  TYPE_STYLE,
} from '../lib/model.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const nextDay = (s: string) => new Date(day(s).getTime() + 86400000);

function Select({
  id,
  label,
  value,
  options,
  onChange,
}: {
  id: string;
  label: string;
  value: string;
  options: [string, string][];
  onChange: (v: string) => void;
}) {
  return (
    <label for={id}>
      {label}
      <select id={id} value={value} onChange={(e) => onChange((e.target as HTMLSelectElement).value)}>
        <option value="">any</option>
        {options.map(([v, l]) => (
          <option key={v} value={v}>
            {l}
          </option>
        ))}
      </select>
    </label>
  );
}

export function TimelineView({ ix }: { ix: Indexed }) {
  const r = ix.report;
  const [f, setF] = useState<EventFilter>({ type: '', actor: '', place: '', source: '' });
  const opts = useMemo(() => {
    const ids = (pick: (e: Event) => string[]) => [...new Set(r.events.flatMap(pick))];
    const named = (list: string[]) =>
      list
        .map((id) => [id, entityName(ix, id, id)] as [string, string])
        .sort((a, b) => a[1].localeCompare(b[1]));
    return {
      types: EVENT_TYPES.filter((t) => r.events.some((e) => e.type === t)).map(
        (t) => [t, TYPE_STYLE[t].label] as [string, string],
      ),
      actors: named(ids((e) => [...e.actors, ...e.targets])),
      places: named(ids((e) => (e.place ? [e.place] : []))),
      sources: r.documents.map((d) => [d.id, `${d.id} · ${docLabel(d)}`] as [string, string]),
    };
  }, [ix, r]);
  const events = filterEvents(r.events, f);
  const dated = events
    .filter((e) => e.date?.start)
    .sort((a, b) => (a.date!.start! < b.date!.start! ? -1 : 1));
  const undated = events.filter((e) => !e.date?.start);
  const bands = ceasefireBands(r);
  const byDay = new Map<string, Event[]>();
  for (const e of dated) byDay.set(e.date!.start!, [...(byDay.get(e.date!.start!) ?? []), e]);
  const span = chartDays(r, [...byDay.keys()]);
  const inChart = [...byDay].filter(([d]) => span && d >= span.from && d <= span.to);
  const before = dated.length - inChart.reduce((n, [, l]) => n + l.length, 0);
  const cells = inChart.flatMap(([d, list]) =>
    EVENT_TYPES.filter((t) => list.some((e) => e.type === t)).map((t) => {
      const es = list.filter((e) => e.type === t);
      return {
        day: day(d),
        type: TYPE_STYLE[t].label,
        color: TYPE_STYLE[t].color,
        n: es.length,
        sources: new Set(es.flatMap((e) => e.sources)).size,
        icon: TYPE_STYLE[t].icon,
      };
    }),
  );
  const lastDay = span ? nextDay(span.to) : new Date();
  const chartBands = span ? bands.filter((b) => (b.end ?? span.to) >= span.from && b.start <= span.to) : [];
  const set = (k: keyof EventFilter) => (v: string) => setF({ ...f, [k]: v });
  return (
    <section aria-labelledby="h-timeline">
      <h2 id="h-timeline">Timeline</h2>
      <div class="filters">
        <Select id="f-type" label="Type" value={f.type} options={opts.types} onChange={set('type')} />
        <Select id="f-actor" label="Actor" value={f.actor} options={opts.actors} onChange={set('actor')} />
        <Select id="f-place" label="Place" value={f.place} options={opts.places} onChange={set('place')} />
        <Select
          id="f-source"
          label="Source"
          value={f.source}
          options={opts.sources}
          onChange={set('source')}
        />
        <span class="muted" aria-live="polite" data-count={events.length}>
          {events.length} of {r.events.length} events
        </span>
      </div>
      {cells.length > 0 && (
        <PlotBox
          label="Events by day and type; green bands: ceasefires from taking effect to the first reported violation"
          deps={[cells.length, f.type, f.actor, f.place, f.source]}
          make={(width) =>
            Plot.plot({
              width,
              height: 60 + 28 * new Set(cells.map((c) => c.type)).size,
              marginLeft: width < 500 ? 112 : 140,
              x: { type: 'utc', label: null, domain: span ? [day(span.from), lastDay] : undefined },
              y: {
                label: null,
                domain: EVENT_TYPES.map((t) => TYPE_STYLE[t].label).filter((l) =>
                  cells.some((c) => c.type === l),
                ),
              },
              r: { range: width < 500 ? [3, 9] : [4, 14] },
              marks: [
                Plot.rectX(chartBands, {
                  x1: (b) => day([b.start, span!.from].sort()[1]),
                  x2: (b) => (b.end ? nextDay(b.end) : lastDay),
                  fill: '#27ae60',
                  fillOpacity: 0.14,
                  title: (b) =>
                    `ceasefire from ${b.start}${b.end ? ` to first violation ${b.end}` : ' (no violation reported)'}`,
                }),
                Plot.gridX({ stroke: '#ddd' }),
                Plot.dot(cells, {
                  x: 'day',
                  y: 'type',
                  r: 'n',
                  fill: 'color',
                  stroke: 'white',
                  title: (c) => `${c.type}: ${c.n} event(s), ${c.sources} source(s)`,
                }),
                Plot.text(cells, { x: 'day', y: 'type', text: 'icon', fill: 'white', fontSize: 9 }),
              ],
            })
          }
        />
      )}
      {before > 0 && (
        <p class="muted legend">
          {before} earlier event{before === 1 ? '' : 's'} (background, more than six weeks before the first
          article) listed below but not charted.
        </p>
      )}
      {bands.length > 0 && (
        <p class="muted legend">
          <span class="band-swatch" /> Ceasefire: from taking effect to the first reported violation (
          {bands.map((b) => `${b.start} → ${b.end ?? 'holding'}`).join('; ')})
        </p>
      )}
      <ol class="days">
        {[...byDay].map(([d, list]) => (
          <li key={d}>
            <h3 class="day">{d}</h3>
            <EventList ix={ix} events={list} />
          </li>
        ))}
        {undated.length > 0 && (
          <li>
            <h3 class="day">Date unknown</h3>
            <EventList ix={ix} events={undated} />
          </li>
        )}
      </ol>
    </section>
  );
}

export function EventList({ ix, events }: { ix: Indexed; events: Event[] }) {
  return (
    <ul class="events plain">
      {events.map((e) => (
        <li key={e.id} class={`event status-${e.status}`}>
          <ItemButton id={e.id}>
            <TypeIcon type={e.type} />
            <span class="title">{eventTitle(ix, e)}</span>
            {e.status !== 'reported' && <span class="status">{e.status}</span>}
            <span class="count" title="documents reporting it">
              {e.sources.length} source{e.sources.length === 1 ? '' : 's'}
            </span>
          </ItemButton>
          <q class="evidence">{mentionContext(ix, e.mentions[0], 220)}</q>
          <span class="chips">
            {e.sources.map((s) => (
              <DocChip key={s} id={s} label={docLabel(ix.documents.get(s))} />
            ))}
          </span>
        </li>
      ))}
    </ul>
  );
}
