import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../src/eval/index.ts';
import { at, claim, doc, entity, event, figure, goldSet, metric, report } from './build.ts';

const SUDAN =
  'Shelling by the Rapid Support Forces killed at least 25 civilians in Omdurman on Sunday, the health ministry said. ' +
  'The RSF denied targeting civilians. Another 40 people were wounded, medics said.';
const sudan = doc('d1', 'inbox/sudan/omdurman-01.txt', SUDAN);
const ministry = entity('e1', 'Sudanese Health Ministry', ['the health ministry']);

const sudanGold = {
  doc: 'omdurman-01.txt',
  figures: [
    {
      evidence: 'killed at least 25 civilians in Omdurman',
      measure: 'killed',
      group: 'civilians',
      low: 25,
      high: null,
      qualifier: 'at-least',
      reporter: ['Health Ministry', 'Sudan health ministry'],
      asOf: '2023-06-04',
    },
    {
      evidence: 'Another 40 people were wounded',
      measure: 'wounded',
      group: 'people',
      low: 40,
      high: null,
      qualifier: 'exact',
      reporter: ['medics', null],
    },
  ],
};

test('figures: overlap + measure/low agreement hits; field accuracies are over hits', () => {
  const g = goldSet([sudanGold]);
  const r = evaluate(
    g,
    report({
      documents: [sudan],
      entities: [ministry],
      figures: [
        figure('f1', [at(sudan, '25 civilians')], {
          low: 25,
          qualifier: 'at-least',
          reporter: 'e1',
          asOf: '2023-06-03',
        }),
        figure('f2', [at(sudan, '40 people were wounded, medics said')], { measure: 'wounded', low: 40 }),
      ],
    }),
  );
  assert.equal(metric(r, 'figures.precision').value, 1);
  assert.equal(metric(r, 'figures.recall').value, 1);
  assert.equal(metric(r, 'figures.f1').value, 1);
  assert.deepEqual([metric(r, 'figures.reporter').hits, metric(r, 'figures.reporter').total], [2, 2]);
  assert.deepEqual([metric(r, 'figures.qualifier').hits, metric(r, 'figures.qualifier').total], [2, 2]);
  // Only the first gold figure annotates asOf, and the report's day is wrong.
  assert.deepEqual([metric(r, 'figures.asOf').hits, metric(r, 'figures.asOf').total], [0, 1]);
  assert.equal(r.fieldErrors.length, 1);
  assert.equal(r.fieldErrors[0].metric, 'figures.asOf');
  assert.equal(r.fieldErrors[0].reportItem, 'f1');
});

test('figures: a wrong number is a miss and a false positive, with the reason', () => {
  const r = evaluate(
    goldSet([sudanGold]),
    report({ documents: [sudan], figures: [figure('f1', [at(sudan, '25 civilians')], { low: 52 })] }),
  );
  assert.equal(metric(r, 'figures.precision').value, 0);
  assert.equal(metric(r, 'figures.recall').hits, 0);
  assert.equal(metric(r, 'figures.recall').total, 2);
  const miss = r.misses.find((m) => m.evidence.startsWith('killed'))!;
  assert.match(miss.reason, /disagree on key fields: f1 killed low=52/);
  assert.match(r.misses.find((m) => m.evidence.startsWith('Another'))!.reason, /no report figure overlaps/);
  assert.deepEqual(r.unmatched, ['figure f1 in omdurman-01.txt']);
});

test('figures: gold high is compared only where gold gives one', () => {
  const text =
    'Between 10 and 15 soldiers were killed near Pokrovsk, the ministry said; 3 tanks were destroyed.';
  const d = doc('d1', 'ua/pokrovsk.md', text);
  const gold = goldSet([
    {
      doc: 'pokrovsk.md',
      figures: [
        { evidence: 'Between 10 and 15 soldiers were killed', measure: 'killed', low: 10, high: 15 },
        { evidence: '3 tanks were destroyed', measure: 'destroyed', low: 3, high: null },
      ],
    },
  ]);
  const run = (high1: number | null, high2: number | null) =>
    metric(
      evaluate(
        gold,
        report({
          documents: [d],
          figures: [
            figure('f1', [at(d, '10 and 15 soldiers')], { low: 10, high: high1 }),
            figure('f2', [at(d, '3 tanks')], { measure: 'destroyed', low: 3, high: high2 }),
          ],
        }),
      ),
      'figures.recall',
    ).hits;
  assert.equal(run(15, null), 2);
  assert.equal(run(null, 4), 1, 'gold high 15 requires report high 15; gold null accepts any');
});

test('figures: each gold item is hit at most once, each report item hits at most one', () => {
  const gold = goldSet([sudanGold]);
  const twice = evaluate(
    gold,
    report({
      documents: [sudan],
      figures: [
        figure('f1', [at(sudan, 'killed at least 25')], { low: 25 }),
        figure('f2', [at(sudan, '25 civilians in Omdurman')], { low: 25 }),
      ],
    }),
  );
  assert.equal(metric(twice, 'figures.recall').hits, 1);
  assert.equal(metric(twice, 'figures.precision').total, 2);
  assert.equal(metric(twice, 'figures.precision').value, 0.5);

  // One report figure spanning both gold evidences, agreeing with both keys? It can only agree with
  // one (different measures), and it may only hit one anyway.
  const wide = evaluate(
    gold,
    report({
      documents: [sudan],
      figures: [figure('f1', [{ doc: 'd1', start: 0, end: SUDAN.length }], { low: 25 })],
    }),
  );
  assert.equal(metric(wide, 'figures.recall').hits, 1);
  assert.equal(metric(wide, 'figures.precision').value, 1);
});

test('overlap is strict: a mention ending where the evidence starts does not hit', () => {
  const ev = 'killed at least 25 civilians in Omdurman';
  const start = SUDAN.indexOf(ev);
  const gold = goldSet([{ doc: 'omdurman-01.txt', figures: [{ evidence: ev, measure: 'killed', low: 25 }] }]);
  const score = (s: number, e: number) =>
    metric(
      evaluate(
        gold,
        report({
          documents: [sudan],
          figures: [figure('f1', [{ doc: 'd1', start: s, end: e }], { low: 25 })],
        }),
      ),
      'figures.recall',
    ).hits;
  assert.equal(score(0, start), 0);
  assert.equal(score(0, start + 1), 1);
  assert.equal(score(start + ev.length, SUDAN.length), 0);
  assert.equal(score(start + ev.length - 1, SUDAN.length), 1);
});

test('documents: gold names match the end of the source at a path boundary only', () => {
  const gold = goldSet([{ doc: 'omdurman-01.txt', title: null }]);
  const tries: [string, boolean][] = [
    ['omdurman-01.txt', true],
    ['/data/in/omdurman-01.txt', true],
    ['C:\\news\\omdurman-01.txt', true],
    ['https://example.org/feeds/omdurman-01.txt?page=2', true],
    ['/data/in/xomdurman-01.txt', false],
    ['/data/in/omdurman-01.txt.bak', false],
  ];
  for (const [source, ok] of tries) {
    const r = evaluate(gold, report({ documents: [doc('d9', source, 'text')] }));
    assert.equal(r.documents[0].reportDoc, ok ? 'd9' : null, source);
  }
  const byUrl = goldSet([{ doc: 'example.org/story?id=42' }]);
  const hit = evaluate(byUrl, report({ documents: [doc('d1', 'https://example.org/story?id=42', 'x')] }));
  assert.equal(hit.documents[0].reportDoc, 'd1', 'a gold name with a query string matches the raw URL');
});

test('items of unannotated documents and mentions in other documents do not count', () => {
  const other = doc('d2', 'inbox/sudan/unannotated.txt', SUDAN);
  const r = evaluate(
    goldSet([sudanGold]),
    report({
      documents: [sudan, other],
      figures: [
        figure('f1', [at(other, '25 civilians')], { low: 25 }), // same words, other document
        figure('f2', [at(other, '40 people')], { measure: 'wounded', low: 40 }),
      ],
    }),
  );
  assert.equal(metric(r, 'figures.precision').total, 0);
  assert.equal(metric(r, 'figures.precision').value, null);
  assert.equal(metric(r, 'figures.recall').hits, 0);
});

test('claims: the speaker is the key, matched through folded aliases; null = outlet voice', () => {
  const text =
    'The U.N. Security Council urged an immediate ceasefire in Gaza. Israel’s military said it had struck a Hamas command centre. ' +
    'Both sides blamed each other for the collapse of talks. Aid groups warned of famine, the newspaper reported.';
  const d = doc('d1', 'gaza/2024-03-25.html', text);
  const gold = goldSet([
    {
      doc: '2024-03-25.html',
      claims: [
        {
          evidence: 'The U.N. Security Council urged an immediate ceasefire',
          speaker: ['UN Security Council'],
          kind: 'appeal',
        },
        {
          evidence: 'Israel’s military said it had struck',
          speaker: ["Israel's military", 'IDF'],
          kind: 'assertion',
        },
        { evidence: 'Both sides blamed each other', speaker: ['Israel'], kind: 'accusation' },
        { evidence: 'Both sides blamed each other', speaker: ['Hamas'], kind: 'accusation' },
        { evidence: 'Aid groups warned of famine', speaker: ['aid groups', null], kind: 'statement' },
      ],
    },
  ]);
  const r = evaluate(
    gold,
    report({
      documents: [d],
      entities: [
        entity('un', 'the United Nations Security Council', ['The U.N. Security Council']),
        entity('idf', 'Israel Defense Forces', ['Israel’s military', 'IDF']),
        entity('il', 'Israel', [], { type: 'country' }),
        entity('hm', 'Hamas'),
      ],
      claims: [
        claim('c1', [at(d, 'urged an immediate ceasefire')], { speaker: 'un', kind: 'appeal' }),
        claim('c2', [at(d, 'it had struck a Hamas command centre')], { speaker: 'idf', kind: 'statement' }),
        // Order deliberately opposite to gold's: matching is not greedy in gold order.
        claim('c3', [at(d, 'Both sides blamed each other')], { speaker: 'hm', kind: 'accusation' }),
        claim('c4', [at(d, 'Both sides blamed each other')], { speaker: 'il', kind: 'accusation' }),
        claim('c5', [at(d, 'Aid groups warned of famine')], { speaker: null, kind: 'statement' }),
        claim('c6', [at(d, 'Aid groups warned')], { speaker: 'il', kind: 'statement' }),
      ],
    }),
  );
  assert.equal(metric(r, 'claims.recall').value, 1);
  assert.equal(metric(r, 'claims.precision').hits, 5);
  assert.equal(metric(r, 'claims.precision').total, 6);
  assert.deepEqual([metric(r, 'claims.kind').hits, metric(r, 'claims.kind').total], [4, 5]);
  assert.deepEqual(r.unmatched, ['claim c6 in 2024-03-25.html']);
});

test('events: type is the key; a merged event is one unit per annotated document', () => {
  const a = doc(
    'd1',
    'yemen/a.txt',
    'Overnight, a Houthi missile struck a tanker off Hodeidah, the coalition said.',
  );
  const b = doc('d2', 'yemen/b.txt', 'A tanker was hit by a Houthi missile near Hodeidah late on Tuesday.');
  const gold = goldSet([
    {
      doc: 'a.txt',
      events: [
        {
          evidence: 'a Houthi missile struck a tanker off Hodeidah',
          type: 'attack',
          date: ['2024-01-09', '2024-01-10'],
          place: ['Hodeidah', 'Al Hudaydah'],
          mode: 'missile',
        },
      ],
    },
    {
      doc: 'b.txt',
      events: [
        {
          evidence: 'A tanker was hit by a Houthi missile near Hodeidah',
          type: 'attack',
          date: '2024-01-09',
          place: null,
          mode: 'missile',
        },
      ],
    },
  ]);
  const hodeidah = entity('p1', 'Al Hudaydah', ['Hodeida'], { type: 'place' });
  const r = evaluate(
    gold,
    report({
      documents: [a, b],
      entities: [hodeidah],
      events: [
        event('v1', [at(a, 'missile struck a tanker'), at(b, 'hit by a Houthi missile')], {
          mode: 'missile',
          place: 'p1',
          date: { start: '2024-01-10', end: null, time: null, precision: 'day' },
        }),
        event('v2', [at(b, 'late on Tuesday')], { type: 'talks' }),
      ],
    }),
  );
  assert.equal(metric(r, 'events.recall').value, 1);
  assert.deepEqual([metric(r, 'events.precision').hits, metric(r, 'events.precision').total], [2, 3]);
  // d1: 2024-01-10 is in the list; d2: gold says 2024-01-09 only.
  assert.deepEqual([metric(r, 'events.date').hits, metric(r, 'events.date').total], [1, 2]);
  // d1: folded alias match; d2: gold null place but the report gives one.
  assert.deepEqual([metric(r, 'events.place').hits, metric(r, 'events.place').total], [1, 2]);
  assert.match(metric(r, 'events.place').detail, /gold null 0\/1/);
  assert.deepEqual([metric(r, 'events.mode').hits, metric(r, 'events.mode').total], [2, 2]);
});

test('events: gold mode null requires no mode; a type mismatch never hits', () => {
  const d = doc('d1', 'mm/x.txt', 'The junta and the rebels agreed a truce in Lashio on Friday.');
  const gold = goldSet([
    {
      doc: 'x.txt',
      events: [{ evidence: 'agreed a truce in Lashio', type: 'ceasefire-agreed', mode: null }],
    },
  ]);
  const r1 = evaluate(
    gold,
    report({
      documents: [d],
      events: [event('v1', [at(d, 'agreed a truce')], { type: 'ceasefire-agreed' })],
    }),
  );
  assert.deepEqual([metric(r1, 'events.mode').hits, metric(r1, 'events.mode').total], [1, 1]);
  assert.equal(metric(r1, 'events.date').total, 0, 'date not annotated: not scored');
  const r2 = evaluate(
    gold,
    report({
      documents: [d],
      events: [event('v1', [at(d, 'agreed a truce')], { type: 'ceasefire-agreed', mode: 'ground' })],
    }),
  );
  assert.equal(metric(r2, 'events.mode').hits, 0);
  const r3 = evaluate(
    gold,
    report({ documents: [d], events: [event('v1', [at(d, 'agreed a truce')], { type: 'talks' })] }),
  );
  assert.equal(metric(r3, 'events.recall').hits, 0);
});

test('evidence is found after whitespace/quote normalisation of the report text', () => {
  const text = 'Officials said  the  “strike” killed\n12 people in Mekelle.';
  const d = doc('d1', 'et/m.txt', text);
  const gold = goldSet([
    { doc: 'm.txt', figures: [{ evidence: 'the "strike" killed 12 people', measure: 'killed', low: 12 }] },
  ]);
  const r = evaluate(
    gold,
    report({ documents: [d], figures: [figure('f1', [at(d, '12 people')], { low: 12 })] }),
  );
  assert.equal(metric(r, 'figures.recall').value, 1);
});

test('a gold document missing from the report: its items are misses and a warning says so', () => {
  const r = evaluate(goldSet([sudanGold]), report({ documents: [doc('d1', 'elsewhere.txt', SUDAN)] }));
  assert.equal(metric(r, 'figures.recall').total, 2);
  assert.ok(r.misses.every((m) => m.reason === 'document not in the report'));
  assert.ok(r.warnings.some((w) => w.includes('omdurman-01.txt')));
});

test('events: a gold date of month or year precision is compared at that precision', () => {
  const d = doc(
    'd1',
    'sahel/m.txt',
    'Since a 2015 peace deal collapsed, and after clashes in March near Kidal, the army advanced.',
  );
  const gold = goldSet([
    {
      doc: 'm.txt',
      events: [
        { evidence: 'a 2015 peace deal', type: 'ceasefire-agreed', date: '2015-01-01', precision: 'year' },
        { evidence: 'clashes in March near Kidal', type: 'attack', date: '2024-03-01', precision: 'month' },
        { evidence: 'the army advanced', type: 'territory-change', date: '2024-10-07' },
      ],
    },
  ]);
  const day = (start: string) => ({ start, end: null, time: null, precision: 'day' as const });
  const run = (a: string, b: string, c: string) =>
    metric(
      evaluate(
        gold,
        report({
          documents: [d],
          events: [
            event('v1', [at(d, '2015 peace deal')], { type: 'ceasefire-agreed', date: day(a) }),
            event('v2', [at(d, 'clashes in March')], { date: day(b) }),
            event('v3', [at(d, 'army advanced')], { type: 'territory-change', date: day(c) }),
          ],
        }),
      ),
      'events.date',
    ).hits;
  assert.equal(run('2015-06-20', '2024-03-15', '2024-10-07'), 3);
  assert.equal(run('2016-01-01', '2024-04-01', '2024-10-08'), 0);
});
