import { DocChip, ItemButton } from '../components/bits.tsx';
import { docLabel, type Indexed, outletTable, sourceFamilies } from '../lib/model.ts';

export function SourcesView({ ix }: { ix: Indexed }) {
  const r = ix.report;
  const outlets = outletTable(r);
  const families = sourceFamilies(r);
  const agencies = new Map<string, string[]>();
  for (const d of r.documents)
    for (const w of d.wire ?? []) agencies.set(w, [...(agencies.get(w) ?? []), d.id]);
  return (
    <section aria-labelledby="h-sources">
      <h2 id="h-sources">Sources</h2>
      <h3>Outlets</h3>
      <div class="scroll-x">
        <table>
          <thead>
            <tr>
              <th scope="col">outlet</th>
              <th scope="col">documents</th>
              <th scope="col">first</th>
              <th scope="col">last</th>
              <th scope="col">wire credited</th>
            </tr>
          </thead>
          <tbody>
            {outlets.map((o) => (
              <tr key={o.outlet}>
                <td>{o.outlet}</td>
                <td>
                  {o.docs.map((d) => (
                    <DocChip key={d} id={d} />
                  ))}
                </td>
                <td>{o.first ?? ''}</td>
                <td>{o.last ?? ''}</td>
                <td>{o.wire.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Wire agencies</h3>
      {agencies.size === 0 && <p class="muted">No article credits a wire agency.</p>}
      <ul class="plain">
        {[...agencies].map(([w, docs]) => (
          <li key={w}>
            <strong>{w}</strong> credited by{' '}
            {docs.map((d) => (
              <DocChip key={d} id={d} />
            ))}
          </li>
        ))}
      </ul>
      <h3>Families of copies</h3>
      {families.length === 0 && <p class="muted">No two documents share text.</p>}
      <ul class="plain families">
        {families.map((fam) => (
          <li key={fam.join()} class="card">
            {fam.map((id) => {
              const d = ix.documents.get(id)!;
              return (
                <div key={id}>
                  <DocChip id={id} /> {d.title ?? d.source} <span class="muted">— {docLabel(d)}</span>
                  {d.reuse.length > 0 && (
                    <span class="muted">
                      {' '}
                      ·{' '}
                      {d.reuse.map((x) => `${x.kind} of ${x.doc} (${Math.round(x.share * 100)}%)`).join(', ')}
                    </span>
                  )}
                </div>
              );
            })}
          </li>
        ))}
      </ul>
      <h3>Documents</h3>
      <ul class="plain docs">
        {r.documents.map((d) => (
          <li key={d.id}>
            <ItemButton id={d.id}>
              <span class="chip static">{d.id}</span> {d.title ?? '(untitled)'}
            </ItemButton>
            <span class="muted">
              {' '}
              {[d.outlet, d.published?.slice(0, 10), d.format].filter(Boolean).join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
