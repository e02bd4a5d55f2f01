import L from 'leaflet';
import 'leaflet/dist/leaflet.css';
import { useEffect, useRef, useState } from 'preact/hooks';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { TypeIcon } from '../components/bits.tsx';
import { dominantType, eventsByPlace, type Indexed, TYPE_STYLE } from '../lib/model.ts';
import { EventList } from './timeline.tsx';

/** Leaflet puts string content in as HTML: names from articles go in as a text node instead. */
function textElement(text: string): HTMLElement {
  const span = document.createElement('span');
  span.textContent = text;
  return span;
}

let atlas: Promise<GeoJSON.FeatureCollection> | null = null;

/** The Natural Earth countries shipped with the app (world-atlas), fetched once from our own server. */
function loadAtlas(): Promise<GeoJSON.FeatureCollection> {
  atlas ??= fetch(atlasUrl)
    .then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>)
    .then((topo) => feature(topo, topo.objects.countries) as GeoJSON.FeatureCollection);
  return atlas;
}

export function MapView({ ix }: { ix: Indexed }) {
  const groups = eventsByPlace(ix);
  const [selected, setSelected] = useState<string | null>(null);
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el) return;
    const map = L.map(el, {
      worldCopyJump: false,
      minZoom: 1,
      maxZoom: 10,
      zoomSnap: 0.5,
      attributionControl: true,
      keyboard: true,
    });
    map.attributionControl.setPrefix(false).addAttribution('Natural Earth');
    map.createPane('base').style.zIndex = '200';
    // the view first: Leaflet defers adding layers until the map has one
    if (groups.length) {
      const bounds = L.latLngBounds(
        groups.map((g) => [g.place.geo!.lat, g.place.geo!.lon] as [number, number]),
      );
      map.fitBounds(bounds.pad(0.4), { maxZoom: 6 });
    } else {
      map.setView([20, 0], 2);
    }
    for (const g of groups) {
      const geo = g.place.geo!;
      const t = dominantType(g.events);
      const m = L.circleMarker([geo.lat, geo.lon], {
        radius: 5 + 4 * Math.sqrt(g.events.length),
        color: '#fff',
        weight: 1.5,
        fillColor: TYPE_STYLE[t].color,
        fillOpacity: 0.85,
      })
        .bindTooltip(textElement(`${g.place.name}: ${g.events.length} event(s)`))
        .on('click', () => setSelected(g.place.id))
        .addTo(map);
      const path = (m as unknown as { _path?: SVGElement })._path; // Leaflet's own SVG element for the marker
      path?.setAttribute('data-place', g.place.id);
    }
    let cancelled = false;
    loadAtlas()
      .then((fc) => {
        if (cancelled) return;
        L.geoJSON(fc, {
          pane: 'base',
          interactive: false,
          style: { color: '#9a9a8f', weight: 0.7, fillColor: '#efece3', fillOpacity: 1 },
        }).addTo(map);
        el.dataset.basemap = 'ready';
      })
      .catch(() => {
        el.dataset.basemap = 'failed';
      });
    return () => {
      cancelled = true;
      map.remove();
    };
  }, [ix]);
  const sel = groups.find((g) => g.place.id === selected) ?? null;
  return (
    <section aria-labelledby="h-map">
      <h2 id="h-map">Map</h2>
      <p class="muted">
        Event places, sized by the number of events, coloured by their most frequent type. Click a place (or
        pick it from the list) to see its events.
      </p>
      <div class="map-layout">
        <div class="map" ref={ref} />
        <div class="map-side">
          <h3>Places</h3>
          <ul class="plain places">
            {groups.map((g) => (
              <li key={g.place.id}>
                <button
                  type="button"
                  class="item"
                  data-place={g.place.id}
                  aria-pressed={selected === g.place.id}
                  onClick={() => setSelected(g.place.id)}
                >
                  <TypeIcon type={dominantType(g.events)} /> {g.place.name}
                  <span class="count">{g.events.length}</span>
                </button>
              </li>
            ))}
          </ul>
          {groups.length === 0 && <p class="muted">No event has a place with coordinates.</p>}
        </div>
      </div>
      {sel && (
        <div class="place-events" aria-live="polite" data-place={sel.place.id}>
          <h3>
            Events in {sel.place.name} ({sel.events.length})
          </h3>
          <EventList ix={ix} events={sel.events} />
        </div>
      )}
    </section>
  );
}
