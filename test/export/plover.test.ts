import assert from 'node:assert/strict';
import { test } from 'node:test';
import { PLOVER_ASSAULT_MODES, PLOVER_TYPES, toPlover } from '../../src/report/export/plover.ts';
import { fixtureReport } from './fixture.ts';

test('PLOVER: types from the REPORT.md table, fields present, enums respected', () => {
  const report = fixtureReport();
  const out = JSON.parse(JSON.stringify(toPlover(report)));
  const byId = new Map(out.map((e: { id: string }) => [e.id, e]));
  // statements have no PLOVER type
  assert.equal(byId.has('v6'), false);
  const expect: Record<string, string> = {
    v1: 'ASSAULT',
    v2: 'ASSAULT', // retaken: a capture
    v3: 'AGREE',
    v4: 'ASSAULT',
    v5: 'RETREAT', // withdrew
    v7: 'CONSULT',
  };
  for (const [id, type] of Object.entries(expect)) {
    assert.equal((byId.get(id) as { event_type: string }).event_type, type, id);
  }
  for (const e of out) {
    assert.ok((PLOVER_TYPES as readonly string[]).includes(e.event_type));
    for (const key of [
      'id',
      'event_type',
      'mode',
      'context',
      'actor',
      'recipient',
      'date',
      'location',
      'sources',
      'text',
    ]) {
      assert.ok(key in e, `${e.id} has ${key}`);
    }
    assert.ok(Array.isArray(e.context) && Array.isArray(e.actor) && Array.isArray(e.sources));
    assert.equal(e.actor.length, e.actor_country.length);
    if (e.event_type === 'ASSAULT' && e.mode !== null) {
      assert.ok((PLOVER_ASSAULT_MODES as readonly string[]).includes(e.mode), `${e.id} mode ${e.mode}`);
    }
    assert.ok(e.text.length > 0);
  }
  const v1 = byId.get('v1') as Record<string, unknown>;
  assert.equal(v1.mode, 'explosives');
  assert.deepEqual(v1.actor, ['Russian forces']);
  assert.deepEqual(v1.location, {
    name: 'Kharkiv',
    country: 'UKR',
    lat: 49.98,
    lon: 36.25,
    geonamesID: '706483',
  });
  assert.equal(v1.date, '2025-03-03');
  assert.equal((v1.sources as { outlet: string }[])[0].outlet, 'Northern Wire, Ltd.');
  assert.equal((byId.get('v4') as { mode: string }).mode, 'drone');
  assert.equal((byId.get('v2') as { location: { lat: null } }).location.lat, null);
});
