/**
 * Events as an RFC 7946 GeoJSON FeatureCollection: one Point per event whose place entity has
 * coordinates ([longitude, latitude]); events without coordinates are left out.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Report } from '../contract.ts';
import { countryName, eventPlace, indexReport, mentionWords, names, outlets } from './common.ts';

export interface EventProperties {
  id: string;
  type: string;
  mode: string | null;
  date: string | null;
  dateEnd: string | null;
  precision: string | null;
  status: string;
  actors: string[];
  targets: string[];
  place: string;
  placeId: string;
  country: string | null;
  countryName: string;
  geonames: string | null;
  sources: string[];
  outlets: string[];
  evidence: string;
}

export type EventFeatureCollection = FeatureCollection<Point, EventProperties>;

export function toGeoJson(report: Report): EventFeatureCollection {
  const ix = indexReport(report);
  const features: Feature<Point, EventProperties>[] = [];
  for (const ev of report.events) {
    const place = eventPlace(ix, ev);
    const geo = place?.geo;
    if (!place || !geo || !Number.isFinite(geo.lat) || !Number.isFinite(geo.lon)) continue;
    features.push({
      type: 'Feature',
      id: ev.id,
      geometry: { type: 'Point', coordinates: [geo.lon, geo.lat] },
      properties: {
        id: ev.id,
        type: ev.type,
        mode: ev.mode ?? null,
        date: ev.date?.start ?? null,
        dateEnd: ev.date?.end ?? null,
        precision: ev.date?.precision ?? null,
        status: ev.status,
        actors: names(ix, ev.actors),
        targets: names(ix, ev.targets),
        place: place.name,
        placeId: place.id,
        country: geo.country,
        countryName: countryName(geo.country),
        geonames: geo.ref,
        sources: [...ev.sources],
        outlets: outlets(ix, ev.sources),
        evidence: mentionWords(ix, ev.mentions[0]),
      },
    });
  }
  return { type: 'FeatureCollection', features };
}
