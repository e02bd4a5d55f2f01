import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate, haversineKm } from '../../src/eval/index.ts';
import { doc, entity, goldSet, metric, report } from './build.ts';

const KM_PER_DEGREE_LAT = (6371.0088 * Math.PI) / 180;

test('haversine: known distances', () => {
  assert.equal(haversineKm(10, 20, 10, 20), 0);
  // One degree of latitude on the mean sphere.
  assert.ok(Math.abs(haversineKm(0, 0, 1, 0) - KM_PER_DEGREE_LAT) < 1e-9);
  // Paris–London ≈ 344 km.
  const d = haversineKm(48.8566, 2.3522, 51.5074, -0.1278);
  assert.ok(d > 340 && d < 348, String(d));
});

test('same_entity groups need one entity carrying every name; different pairs need two existing ones', () => {
  const g = goldSet([], {
    same_entity: [
      ['Volodymyr Zelensky', 'Zelenskyy', 'Zelensky'],
      ['Rapid Support Forces', 'RSF'],
      ['Tigray People’s Liberation Front', 'TPLF'],
    ],
    different_entity: [
      ['Sudanese Armed Forces', 'Rapid Support Forces'],
      ['Zelensky', 'Putin'],
      ['Hamas', 'Hezbollah'],
    ],
  });
  const r = evaluate(
    g,
    report({
      entities: [
        entity('z', 'Volodymyr Zelensky', ['Zelenskyy', 'ZELENSKY']),
        entity('rsf', 'the Rapid Support Forces', []),
        entity('rsf2', 'R.S.F.', []), // split entity: group not satisfied
        entity('tplf', "Tigray People's Liberation Front", ['T.P.L.F.']),
        entity('saf', 'Sudanese Armed Forces', ['army', 'Rapid Support Forces']), // wrongly merged
        entity('p', 'Vladimir Putin', ['Putin']),
        entity('h', 'Hamas', []),
      ],
    }),
  );
  assert.deepEqual([metric(r, 'entity.same').hits, metric(r, 'entity.same').total], [2, 3]);
  // SAF/RSF share entity saf; Zelensky/Putin fine; Hezbollah missing counts as wrong.
  assert.deepEqual([metric(r, 'entity.different').hits, metric(r, 'entity.different').total], [1, 3]);
  const missing = r.fieldErrors.find(
    (e) => e.metric === 'entity.different' && e.evidence.startsWith('Hamas'),
  );
  assert.match(missing!.got, /missing: Hezbollah/);
});

test('reuse: unordered pairs among annotated documents, kind as detail', () => {
  const docs = [
    doc('d1', 'x/a.txt', 'a'),
    doc('d2', 'x/b.txt', 'b', { reuse: [{ doc: 'd1', kind: 'paraphrase', share: 0.4 }] }),
    doc('d3', 'x/c.txt', 'c', { reuse: [{ doc: 'd1', kind: 'duplicate', share: 1 }] }),
    doc('d4', 'x/unannotated.txt', 'd', { reuse: [{ doc: 'd1', kind: 'duplicate', share: 1 }] }),
  ];
  const g = goldSet([{ doc: 'a.txt' }, { doc: 'b.txt' }, { doc: 'c.txt' }], {
    reuse: [
      { a: 'a.txt', b: 'b.txt', kind: 'wire-copy' },
      { a: 'b.txt', b: 'c.txt', kind: 'duplicate' },
    ],
  });
  const r = evaluate(g, report({ documents: docs }));
  // Report pairs in scope: a~b (hit, wrong kind), a~c (false positive); d4 is out of scope.
  assert.deepEqual([metric(r, 'reuse.precision').hits, metric(r, 'reuse.precision').total], [1, 2]);
  assert.deepEqual([metric(r, 'reuse.recall').hits, metric(r, 'reuse.recall').total], [1, 2]);
  assert.match(metric(r, 'reuse.recall').detail, /kind 0\/1/);
});

test('places: a same-named entity within 25 km counts, 25.01 km does not', () => {
  const lat = 15.6;
  const lon = 32.53;
  const g = goldSet([], {
    places: [
      { name: 'Khartoum', aliases: ['al-Khartum'], lat, lon },
      { name: 'Omdurman', lat: 15.65, lon: 32.48 },
      { name: 'Port Sudan', lat: 19.6, lon: 37.2 },
    ],
  });
  const run = (km: number, type: 'place' | 'country' = 'place') =>
    evaluate(
      g,
      report({
        entities: [
          entity('k', 'Al Khartum', [], {
            type,
            geo: { lat: lat + km / KM_PER_DEGREE_LAT, lon, country: 'SD', ref: null },
          }),
          entity('o', 'Omdurman', []), // no geo
          entity('x', 'Port Sudan City', [], {
            type: 'place',
            geo: { lat: 19.6, lon: 37.2, country: null, ref: null },
          }),
        ],
      }),
    );
  assert.deepEqual([metric(run(24.99), 'places.25km').hits, metric(run(24.99), 'places.25km').total], [1, 3]);
  assert.equal(metric(run(25.01), 'places.25km').hits, 0);
  assert.equal(metric(run(0), 'places.25km').hits, 1);
});

test('timeline: a gold date counts when some report entry has it', () => {
  const g = goldSet([], {
    timeline: [
      { date: '2023-04-15', what: 'war breaks out' },
      { date: '2023-05-20', what: 'Jeddah truce' },
      { date: '2023-10-26', what: 'talks resume' },
    ],
  });
  const r = evaluate(
    g,
    report({
      timeline: [
        { date: '2023-04-15', summary: 'x', events: [], sources: [] },
        { date: '2023-05-21', summary: 'y', events: [], sources: [] },
        { date: '2023-10-26', summary: 'z', events: [], sources: [] },
      ],
    }),
  );
  assert.deepEqual([metric(r, 'timeline.dates').hits, metric(r, 'timeline.dates').total], [2, 3]);
});

test('no corpus.json: corpus metric lines are still there, with nothing to score', () => {
  const r = evaluate(goldSet([{ doc: 'a.txt' }]), report({}));
  for (const name of [
    'entity.same',
    'entity.different',
    'reuse.precision',
    'reuse.recall',
    'places.25km',
    'timeline.dates',
  ]) {
    assert.equal(metric(r, name).value, null, name);
    assert.equal(metric(r, name).total, 0, name);
  }
});
