import { useState } from 'preact/hooks';
import type { Claim } from '../../../src/report/contract.ts';
import { DocChip, ItemButton } from '../components/bits.tsx';
import { entityName, type Indexed } from '../lib/model.ts';

function ClaimCard({ ix, c, tag }: { ix: Indexed; c: Claim; tag: string }) {
  const m = c.mentions[0];
  return (
    <div class={`claim kind-${c.kind}`}>
      <div class="claim-head">
        <span class="badge">{tag}</span>
        <strong class="speaker">{entityName(ix, c.speaker, 'The outlet')}</strong>
        <span class="muted">
          {c.kind}
          {c.quote ? ' · quoted' : ''}
          {c.date ? ` · ${c.date}` : ''}
        </span>
      </div>
      <ItemButton id={c.id}>
        <span class="claim-text">{c.text}</span>
      </ItemButton>
      {m && (
        <span class="chips">
          <DocChip id={m.doc} />
        </span>
      )}
    </div>
  );
}

const KINDS = ['accusation', 'denial', 'assertion', 'appeal', 'statement'] as const;

export function ClaimsView({ ix }: { ix: Indexed }) {
  const r = ix.report;
  const [kind, setKind] = useState('');
  const pairs: { claim: Claim; denial: Claim }[] = [];
  for (const c of r.claims) {
    for (const o of c.contradicts) {
      const other = ix.claims.get(o);
      if (other) pairs.push({ claim: other, denial: c });
    }
  }
  const list = r.claims.filter((c) => !kind || c.kind === kind);
  return (
    <section aria-labelledby="h-claims">
      <h2 id="h-claims">Claims board</h2>
      <h3>Contested: claims and the statements that contradict them ({pairs.length})</h3>
      {pairs.length === 0 && <p class="muted">No claim is contradicted in this report.</p>}
      <ul class="plain pairs">
        {pairs.map((p) => (
          <li class="pair" key={`${p.claim.id}-${p.denial.id}`}>
            <ClaimCard ix={ix} c={p.claim} tag="claim" />
            <ClaimCard ix={ix} c={p.denial} tag={p.denial.kind === 'denial' ? 'denial' : 'contradiction'} />
          </li>
        ))}
      </ul>
      <h3>All claims</h3>
      <div class="filters">
        <label for="f-kind">
          Kind
          <select id="f-kind" value={kind} onChange={(e) => setKind((e.target as HTMLSelectElement).value)}>
            <option value="">any</option>
            {KINDS.map((k) => (
              <option key={k} value={k}>
                {k} ({r.claims.filter((c) => c.kind === k).length})
              </option>
            ))}
          </select>
        </label>
        <span class="muted">{list.length} claims</span>
      </div>
      <ul class="plain claims">
        {list.slice(0, 300).map((c) => (
          <li key={c.id}>
            <ClaimCard ix={ix} c={c} tag={c.kind} />
          </li>
        ))}
      </ul>
      {list.length > 300 && <p class="muted">First 300 shown; use the search box to find others.</p>}
    </section>
  );
}
