import * as Plot from '@observablehq/plot';
import { ItemButton } from '../components/bits.tsx';
import { PlotBox } from '../components/plot.tsx';
import { entityName, figuresByReporter, type Indexed, mentionText, type SeriesPoint } from '../lib/model.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);
const DAY_MS = 86400000;

/** A reporter's points by measure (killed, wounded, displaced …): each gets its own y scale. */
function byMeasure(points: SeriesPoint[]): [string, SeriesPoint[]][] {
  const out = new Map<string, SeriesPoint[]>();
  for (const p of points) out.set(p.figure.measure, [...(out.get(p.figure.measure) ?? []), p]);
  return [...out];
}

/** One measure over time: a line per group (civilians, children …), each point labelled with its qualifier. */
function measureChart(measure: string, list: SeriesPoint[], all: SeriesPoint[], width: number): Element {
  return Plot.plot({
    width,
    height: 150,
    marginLeft: 48,
    marginRight: 28,
    marginTop: 26,
    // the same days for every measure of this reporter; a day either side so one date still spans
    x: {
      type: 'utc',
      label: null,
      ticks: 4,
      domain: [
        new Date(day(all[0].date).getTime() - DAY_MS),
        new Date(day(all[all.length - 1].date).getTime() + DAY_MS),
      ],
    },
    y: { label: measure, grid: true, zero: true, tickFormat: '~s', ticks: 4 },
    color: { legend: true, type: 'categorical', domain: [...new Set(list.map((p) => p.figure.group))] },
    marks: [
      Plot.line(list, {
        x: (p) => day(p.date),
        y: 'value',
        stroke: (p) => p.figure.group,
        z: (p) => p.figure.group,
        marker: 'circle',
      }),
      Plot.text(list, {
        x: (p) => day(p.date),
        y: 'value',
        text: 'label',
        dy: -9,
        fontSize: 10,
        fill: (p) => p.figure.group,
      }),
    ],
  });
}

export function FiguresView({ ix }: { ix: Indexed }) {
  const byReporter = figuresByReporter(ix);
  const historical = ix.report.figures.filter((f) => f.historical).length;
  return (
    <section aria-labelledby="h-figures">
      <h2 id="h-figures">Figures by reporter</h2>
      <p class="muted">
        Each party's own numbers over time, kept apart (not averaged). Labels show the qualifier: ≥ at least,
        &gt; more than, ~ about, &lt; nearly, ≤ up to.
        {historical ? ` ${historical} figure(s) about past wars left out.` : ''}
      </p>
      {byReporter.size === 0 && <p class="muted">No figures.</p>}
      <div class="reporters">
        {[...byReporter].map(([reporter, points]) => (
          <article class="card reporter" key={reporter}>
            <h3>{reporter}</h3>
            {byMeasure(points).map(([measure, list]) => (
              <PlotBox
                key={measure}
                label={`${measure}: figures given by ${reporter} over time`}
                deps={[reporter, measure, list.length]}
                make={(width) => measureChart(measure, list, points, width)}
              />
            ))}
            <table>
              <caption class="sr-only">Figures given by {reporter}</caption>
              <thead>
                <tr>
                  <th scope="col">as of</th>
                  <th scope="col">measure</th>
                  <th scope="col">value</th>
                  <th scope="col">side</th>
                  <th scope="col">evidence</th>
                </tr>
              </thead>
              <tbody>
                {points.map((p) => (
                  <tr key={p.figure.id}>
                    <td class="num">{p.date}</td>
                    <td>{p.series}</td>
                    <td class="num">
                      {p.label}
                      {p.figure.vague ? ' (vague)' : ''}
                    </td>
                    <td>{entityName(ix, p.figure.side)}</td>
                    <td>
                      <ItemButton id={p.figure.id}>{mentionText(ix, p.figure.mentions[0], 90)}</ItemButton>
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </article>
        ))}
      </div>
    </section>
  );
}
