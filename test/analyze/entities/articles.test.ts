import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

// An Arabic article glued to a name by a hyphen opens the name: "el-Fasher" is the place, whole;
// armed groups of many wars are known by their long and short names.

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

test('armed groups of other wars are groups under one key with their short names: "Tamil Tigers" is the LTTE', () => {
  const text =
    'A statement from Liberation Tigers of Tamil Eelam leaders said troops shelled a village. The Tamil Tigers later gave a toll. Police blamed the Balochistan Liberation Army, and the BLA denied it.';
  const a = analyzeDocument({ text, published: '2008-09-01' });
  const key = (s: string) => a.entities.find((e) => text.slice(e.start, e.end).startsWith(s));
  assert.equal(key('Tamil Tigers')?.type, 'group');
  assert.equal(key('Tamil Tigers')?.key, key('Liberation Tigers of Tamil Eelam')?.key);
  assert.equal(key('BLA')?.key, key('Balochistan Liberation Army')?.key);
});
