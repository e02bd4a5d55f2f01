import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// An Arabic article glued to a name by a hyphen opens the name: "el-Fasher" is the place, whole.

test('"el-Fasher" is one place with its article, the same place as "El Fasher"', () => {
  const text = 'Drones struck el-Fasher on Monday. Shells later hit El Fasher again.';
  const a = analyzeDocument({ text, published: '2025-10-29' });
  const places = a.entities.filter((e) => e.type === 'place');
  assert.deepEqual(
    places.map((e) => text.slice(e.start, e.end)),
    ['el-Fasher', 'El Fasher'],
  );
  assert.equal(new Set(places.map((e) => e.key)).size, 1);
});

test('"the fall of el-Fasher to the force" is a change of territory at that place', () => {
  const text = 'The fall of el-Fasher to the paramilitary force ended an 18-month siege.';
  const a = analyzeDocument({ text, published: '2025-10-29' });
  const t = a.events.find((e) => e.type === 'territory-change');
  assert.ok(t, JSON.stringify(a.events.map((e) => e.type)));
  assert.equal(a.entities.find((e) => e.key === t.place)?.name, 'el-Fasher');
});
