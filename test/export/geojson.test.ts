import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toGeoJson } from '../../src/report/export/geojson.ts';
import { fixtureReport } from './fixture.ts';

test('GeoJSON: a valid RFC 7946 FeatureCollection of event points at their place', () => {
  const report = fixtureReport();
  const fc = JSON.parse(JSON.stringify(toGeoJson(report)));
  assert.equal(fc.type, 'FeatureCollection');
  assert.ok(Array.isArray(fc.features));
  for (const f of fc.features) {
    assert.equal(f.type, 'Feature');
    assert.equal(f.geometry.type, 'Point');
    assert.equal(f.geometry.coordinates.length, 2);
    const [lon, lat] = f.geometry.coordinates;
    assert.ok(lon >= -180 && lon <= 180 && lat >= -90 && lat <= 90);
    assert.equal(typeof f.properties, 'object');
    const ev = report.events.find((e) => e.id === f.properties.id);
    assert.ok(ev, `feature ${f.properties.id} is an event`);
    const place = report.entities.find((e) => e.id === ev.place);
    assert.deepEqual([lon, lat], [place?.geo?.lon, place?.geo?.lat], 'longitude first');
  }
  // v2 (place without geo), v6 and v7 (no place) are left out
  assert.deepEqual(
    fc.features.map((f: { id: string }) => f.id),
    ['v1', 'v3', 'v4', 'v5'],
  );
  const v4 = fc.features[2].properties;
  assert.equal(v4.type, 'ceasefire-violation');
  assert.equal(v4.mode, 'drone');
  assert.equal(v4.place, 'Taiz');
  assert.equal(v4.countryName, 'Yemen');
  assert.deepEqual(v4.sources, ['d2', 'd3']);
  assert.equal(v4.evidence, 'residents in Taiz reported drone strikes, a breach of the truce');
});

test('GeoJSON: an empty report gives an empty collection', () => {
  const r = fixtureReport();
  r.events = [];
  assert.deepEqual(toGeoJson(r), { type: 'FeatureCollection', features: [] });
});
