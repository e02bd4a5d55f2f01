/** Exports of a report to event-data formats: ACLED-style CSV, GeoJSON, PLOVER JSON. */
export { ACLED_COLUMNS, acledType, toAcledCsv, toAcledRows } from './acled.ts';
export { csvField, csvTable } from './csv.ts';
export { type EventFeatureCollection, type EventProperties, toGeoJson } from './geojson.ts';
export { PLOVER_TYPES, type PloverEvent, type PloverType, ploverCode, toPlover } from './plover.ts';
