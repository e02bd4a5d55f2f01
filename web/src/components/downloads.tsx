import { useEffect, useState } from 'preact/hooks';

const LINKS: [string, string][] = [
  ['sitrep.html', 'Printable sitrep'],
  ['export/acled.csv', 'ACLED-style CSV'],
  ['export/events.geojson', 'GeoJSON'],
  ['export/plover.json', 'PLOVER JSON'],
];

/** Links to the printable report and the exports, shown only when the server offers them. */
export function Downloads() {
  const [ok, setOk] = useState(false);
  useEffect(() => {
    fetch(new URL('sitrep.html', location.href), { method: 'HEAD' })
      .then((r) => setOk(r.ok))
      .catch(() => setOk(false));
  }, []);
  if (!ok) return null;
  return (
    <span class="downloads">
      {' · '}
      {LINKS.map(([href, label], i) => (
        <span key={href}>
          {i > 0 && ' · '}
          <a href={href} download={href.startsWith('export/') ? href.slice(7) : undefined}>
            {label}
          </a>
        </span>
      ))}
    </span>
  );
}
