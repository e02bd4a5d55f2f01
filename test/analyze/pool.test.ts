import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/analyze/index.ts';
import { analyzeParallel, defaultWorkers } from '../../src/analyze/pool.ts';

const texts = [
  'KHARTOUM (AP) — Fighting resumed in Khartoum on Monday, residents said, hours after a truce took effect.',
  'The health ministry said at least 12 civilians were killed in an airstrike on Nyala.',
  'Ukraine’s air force said it shot down 18 drones overnight over the Odesa region.',
  'The UN envoy urged both sides to return to talks in Jeddah.',
  'Rebels captured the town of Lashio after weeks of fighting, the army said.',
];

test('worker threads give the same analyses, in input order, as the main thread', async () => {
  const inputs = texts.map((text) => ({ text, published: '2024-01-15' }));
  let progress = 0;
  const parallel = await analyzeParallel(inputs, 2, (done) => {
    progress = done;
  });
  assert.equal(progress, inputs.length);
  assert.deepEqual(parallel, inputs.map(analyzeDocument));
});

test('small corpora stay on one thread', () => {
  assert.equal(defaultWorkers(10), 1);
  assert.ok(defaultWorkers(10_000) >= 1);
});
