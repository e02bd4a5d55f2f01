import { useEffect, useRef } from 'preact/hooks';
import { DocChip, ItemButton } from '../components/bits.tsx';
import { renderHighlighted } from '../lib/highlight.ts';
import { docLabel, findItem, type Indexed } from '../lib/model.ts';
import { openItem } from '../lib/route.ts';

/** Only http(s) URLs become links; anything else is shown as text. */
function safeUrl(u: string | null): string | null {
  if (!u) return null;
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function EvidenceView({ ix, id, mention }: { ix: Indexed; id: string; mention: number }) {
  const item = findItem(ix, id);
  const textRef = useRef<HTMLDivElement>(null);
  const active = item?.mentions[mention] ?? item?.mentions[0] ?? null;
  const docId = item?.kind === 'document' ? item.id : active?.doc;
  const doc = docId ? ix.documents.get(docId) : undefined;
  useEffect(() => {
    const el = textRef.current;
    if (!el || !doc || !item) return;
    const spans = item.mentions.filter((m) => m.doc === doc.id);
    const marks = renderHighlighted(el, doc.text, spans, active ?? undefined);
    const target = marks.find((m) => m.classList.contains('active')) ?? marks[0];
    // scroll the article box (not the page) so the heading stays in view
    if (target) el.scrollTop = Math.max(0, target.offsetTop - el.clientHeight / 3);
  }, [doc, item, active]);
  if (!item) {
    return (
      <section>
        <h2>Evidence</h2>
        <p class="error">No item “{id}” in this report.</p>
      </section>
    );
  }
  const ev = ix.events.get(id);
  const claim = ix.claims.get(id);
  const related = [
    ...(ev?.claims ?? []),
    ...ix.report.figures.filter((f) => f.event === id).map((f) => f.id),
    ...(claim?.about ?? []),
    ...(claim?.contradicts ?? []),
    ...ix.report.claims.filter((c) => c.contradicts.includes(id)).map((c) => c.id),
  ];
  const url = safeUrl(doc?.url ?? null);
  return (
    <section aria-labelledby="h-evidence" class="evidence-view">
      <div class="evidence-head">
        <button type="button" class="back" onClick={() => history.back()}>
          ← Back
        </button>
        <h2 id="h-evidence">
          <span class="badge">{item.kind}</span> {item.title}
        </h2>
      </div>
      {item.mentions.length > 1 && (
        <fieldset class="mentions">
          <legend>Where it is stated</legend>
          {item.mentions.map((m, i) => (
            <button
              type="button"
              class="chip"
              key={`${m.doc}-${m.start}`}
              aria-pressed={m === active}
              onClick={() => openItem(id, i)}
            >
              {m.doc} · {docLabel(ix.documents.get(m.doc))}
            </button>
          ))}
        </fieldset>
      )}
      {related.length > 0 && (
        <div class="related">
          Related:{' '}
          {[...new Set(related)].map((r) => (
            <ItemButton key={r} id={r} class="chip">
              {r}
            </ItemButton>
          ))}
        </div>
      )}
      {doc ? (
        <article class="article" aria-label="Source article">
          <header>
            <h3>{doc.title ?? '(untitled)'}</h3>
            <p class="muted">
              <DocChip id={doc.id} />{' '}
              {[doc.outlet, doc.published, doc.authors.join(', ')].filter(Boolean).join(' · ')}
              {doc.wire?.length ? ` · wire: ${doc.wire.join(', ')}` : ''}
            </p>
            <p class="muted source">
              {url ? (
                <a href={url} rel="noopener noreferrer nofollow" target="_blank">
                  {url}
                </a>
              ) : (
                doc.source
              )}
            </p>
          </header>
          <div class="article-text" ref={textRef} data-doc={doc.id} />
        </article>
      ) : (
        <p class="muted">This item has no mention in a document.</p>
      )}
    </section>
  );
}
