import * as Plot from '@observablehq/plot';
import { ItemButton } from '../components/bits.tsx';
import { PlotBox } from '../components/plot.tsx';
import { entityName, figuresByReporter, type Indexed, mentionText } from '../lib/model.ts';

const day = (s: string) => new Date(`${s}T00:00:00Z`);

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
            <PlotBox
              label={`Figures given by ${reporter} over time`}
              deps={[reporter, points.length]}
              make={(width) =>
                Plot.plot({
                  width,
                  height: 200,
                  marginLeft: 56,
                  marginRight: 24,
                  x: {
                    type: 'utc',
                    label: null,
                    ticks: 4,
                    // a day either side, so a single date still spans the chart
                    domain: [
                      new Date(day(points[0].date).getTime() - 86400000),
                      new Date(day(points[points.length - 1].date).getTime() + 86400000),
                    ],
                  },
                  y: { label: null, grid: true, zero: true },
                  color: { legend: true, type: 'categorical' },
                  marks: [
                    Plot.line(points, {
                      x: (p) => day(p.date),
                      y: 'value',
                      stroke: 'series',
                      marker: 'circle',
                    }),
                    Plot.text(points, {
                      x: (p) => day(p.date),
                      y: 'value',
                      text: 'label',
                      dy: -9,
                      fontSize: 10,
                      fill: 'series',
                    }),
                  ],
                })
              }
            />
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
                    <td>{p.date}</td>
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
