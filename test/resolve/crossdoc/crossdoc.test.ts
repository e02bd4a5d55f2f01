import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Claim, Event, Figure, Report, ReportDocument } from '../../../src/report/contract.ts';
import { linkContradictions } from '../../../src/resolve/crossdoc/contradictions.ts';
import { mergeEvents } from '../../../src/resolve/crossdoc/events.ts';
import { resolveAcross } from '../../../src/resolve/crossdoc/index.ts';
import { buildSeries } from '../../../src/resolve/crossdoc/series.ts';
import { applyStatus } from '../../../src/resolve/crossdoc/status.ts';
import { StoryClusterer } from '../../../src/resolve/crossdoc/stories.ts';
import { buildTimeline } from '../../../src/resolve/crossdoc/timeline.ts';
import { assertValidReport } from '../../helpers/validate.ts';

function doc(id: string, text: string, reuse: ReportDocument['reuse'] = []): ReportDocument {
  return {
    id,
    source: `${id}.txt`,
    format: 'text',
    title: `Title ${id}`,
    outlet: null,
    url: null,
    authors: [],
    published: '2024-02-10',
    language: 'en',
    text,
    reuse,
  };
}
function ev(
  id: string,
  type: Event['type'],
  day: string,
  docId: string,
  place: string | null,
  extra: Partial<Event> = {},
): Event {
  return {
    id,
    type,
    mode: type === 'attack' ? 'drone' : null,
    date: { start: day, end: null, time: null, precision: 'day' },
    actors: [],
    targets: [],
    place,
    status: 'reported',
    claims: [],
    mentions: [{ doc: docId, start: 0, end: 5 }],
    sources: [docId],
    ...extra,
  };
}
function claim(
  id: string,
  docId: string,
  speaker: string | null,
  kind: Claim['kind'],
  text: string,
  extra: Partial<Claim> = {},
): Claim {
  return {
    id,
    speaker,
    kind,
    quote: false,
    text,
    date: null,
    about: [],
    contradicts: [],
    mentions: [{ doc: docId, start: 0, end: 5 }],
    ...extra,
  };
}
function report(parts: Partial<Report>): Report {
  return {
    schema: 'sitrep.report/1',
    generatedAt: '2024-02-10T00:00:00Z',
    documents: [],
    entities: [],
    events: [],
    claims: [],
    figures: [],
    timeline: [],
    stories: [],
    ...parts,
  };
}

test('the same strike reported by two outlets becomes one event with both sources', () => {
  const { events, renamed } = mergeEvents([
    ev('v1', 'attack', '2024-02-09', 'd1', 'e-odesa'),
    ev('v2', 'attack', '2024-02-09', 'd2', 'e-odesa'),
    ev('v3', 'attack', '2024-02-09', 'd3', 'e-kharkiv'),
    ev('v4', 'attack', '2024-02-08', 'd4', 'e-odesa'),
  ]);
  assert.deepEqual(
    events.map((e) => e.id),
    ['v1', 'v3', 'v4'],
  );
  assert.deepEqual(events[0].sources, ['d1', 'd2']);
  assert.equal(events[0].mentions.length, 2);
  assert.equal(renamed.get('v2'), 'v1');
});

test('status: claimed when only inside a party claim, disputed when also denied; copies count once', () => {
  const docs = [
    doc('d1', 'aaaaa', [{ doc: 'd2', kind: 'wire-copy', share: 0.8 }]),
    doc('d2', 'aaaaa', [{ doc: 'd1', kind: 'wire-copy', share: 0.8 }]),
    doc('d3', 'bbbbb'),
  ];
  const claims = [
    claim('c1', 'd1', 'e1', 'accusation', 'x', { mentions: [{ doc: 'd1', start: 0, end: 10 }] }),
    claim('c2', 'd3', 'e2', 'denial', 'y'),
  ];
  const r = applyStatus(
    report({
      documents: docs,
      claims,
      events: [
        ev('v1', 'attack', '2024-02-09', 'd1', null, { claims: ['c1'], sources: ['d1', 'd2'] }),
        ev('v2', 'attack', '2024-02-09', 'd1', null, { claims: ['c1', 'c2'], sources: ['d1', 'd2', 'd3'] }),
        ev('v3', 'attack', '2024-02-09', 'd3', null),
      ],
    }),
  );
  assert.deepEqual(
    r.events.map((e) => e.status),
    ['claimed', 'disputed', 'reported'],
  );
  assert.deepEqual(
    r.events.map((e) => e.independentSources),
    [1, 2, 1],
  );
});

/** Two parties of a sea incident, for the cross-outlet denial tests. */
const SEA_PARTIES: Report['entities'] = [
  { id: 'e1', type: 'group', name: 'Houthis', aliases: [], mentions: [] },
  { id: 'e2', type: 'country', name: 'United States', aliases: [], mentions: [] },
];
/** The charge (in d1) and the denial of it (in d2), telling the events `about`. */
const seaCharge = (about: string[] = []) =>
  claim('c1', 'd1', 'e1', 'assertion', 'they struck an American destroyer in the Red Sea with missiles', {
    about,
  });
const seaDenial = (about: string[] = []) =>
  claim('c2', 'd2', 'e2', 'denial', 'no American destroyer was struck in the Red Sea', { about });

test('a denial in one outlet is linked to the claim it answers in another, not to a copy', () => {
  const r = linkContradictions(
    report({
      documents: [doc('d1', 'x'), doc('d2', 'y')],
      entities: SEA_PARTIES,
      claims: [
        seaCharge(),
        seaDenial(),
        claim('c3', 'd2', 'e2', 'denial', 'talks on grain exports had stalled'),
      ],
    }),
  );
  assert.deepEqual(r.claims[1].contradicts, ['c1']);
  assert.deepEqual(r.claims[2].contradicts, []);
});

test('timeline: one entry per day, in order, with summaries from the evidence', () => {
  const d1 = doc('d1', 'Drones struck the port of Odesa overnight, officials said. Talks resumed in Riyadh.');
  const r = report({
    documents: [d1],
    events: [
      ev('v1', 'talks', '2024-02-10', 'd1', null, { mentions: [{ doc: 'd1', start: 64, end: 69 }] }),
      ev('v2', 'attack', '2024-02-09', 'd1', null, { mentions: [{ doc: 'd1', start: 7, end: 13 }] }),
    ],
  });
  const t = buildTimeline(r);
  assert.deepEqual(
    t.map((x) => x.date),
    ['2024-02-09', '2024-02-10'],
  );
  assert.match(t[0].summary, /^attack: Drones struck the port of Odesa overnight, officials said/);
});

test('series keep reporters apart, order by asOf and leave out historical figures', () => {
  const f = (id: string, reporter: string, asOf: string, low: number, historical?: boolean): Figure => ({
    id,
    measure: 'killed',
    group: 'civilians',
    side: null,
    reporter,
    low,
    high: null,
    qualifier: 'exact',
    period: null,
    asOf,
    mentions: [],
    historical,
  });
  const s = buildSeries(
    report({
      figures: [
        f('f1', 'e1', '2024-02-09', 50),
        f('f2', 'e2', '2024-02-08', 300),
        f('f3', 'e1', '2024-02-01', 20),
        f('f4', 'e1', '2024-02-05', 9000, true),
      ],
    }),
  );
  assert.equal(s.length, 2);
  assert.deepEqual(
    s[0].points.map((p) => p.low),
    [20, 50],
  );
});

test('stories separate documents about different conflicts and join copies', () => {
  const c = new StoryClusterer();
  c.add('d1', ['gaza', 'rafah', 'un'], []);
  c.add('d2', ['gaza', 'rafah', 'un', 'gaza'], []);
  c.add('d3', ['khartoum', 'rsf', 'un'], []);
  c.add('d4', ['khartoum', 'rsf'], []);
  // A copy with no entities of its own still joins the story it copies.
  c.add('d5', [], ['d3']);
  const stories = c.stories(
    ['d1', 'd2', 'd3', 'd4', 'd5'].map((id) => ({ id, title: `T ${id}`, published: null })),
  );
  assert.deepEqual(
    stories.map((s) => s.documents),
    [
      ['d3', 'd4', 'd5'],
      ['d1', 'd2'],
    ],
  );
  assert.deepEqual(
    stories.map((s) => [s.id, s.title]),
    [
      ['s1', 'T d3'],
      ['s2', 'T d1'],
    ],
  );
  assert.throws(() => c.add('d1', [], []), /added twice/);
});

test('resolveAcross keeps the report valid against the JSON Schema', () => {
  const r = resolveAcross(
    report({
      documents: [doc('d1', 'Shelling hit Kherson.')],
      events: [ev('v1', 'attack', '2024-02-09', 'd1', null)],
    }),
  );
  assertValidReport(r);
  assert.equal(r.timeline.length, 1);
  assert.equal(r.series?.length, 0);
  assert.equal(r.ceasefires?.length, 0);
});

test('ceasefires: agreed, then effective, then violations, until the next agreement', async () => {
  const { trackCeasefires } = await import('../../../src/resolve/crossdoc/ceasefires.ts');
  const cf = trackCeasefires(
    report({
      events: [
        ev('v1', 'ceasefire-agreed', '2023-05-20', 'd1', null),
        ev('v2', 'ceasefire-effective', '2023-05-22', 'd1', null),
        ev('v3', 'ceasefire-violation', '2023-05-23', 'd2', null),
        ev('v4', 'ceasefire-violation', '2023-05-24', 'd3', null),
        ev('v5', 'ceasefire-agreed', '2023-05-29', 'd3', null),
        ev('v6', 'attack', '2023-05-23', 'd2', null),
      ],
    }),
  );
  assert.deepEqual(cf, [
    {
      agreed: 'v1',
      effective: 'v2',
      violations: ['v3', 'v4'],
      start: '2023-05-22',
      firstViolation: '2023-05-23',
    },
    { agreed: 'v5', effective: null, violations: [], start: '2023-05-29', firstViolation: null },
  ]);
});

test('a denial answers claims of its own story only: the same words about another war are no answer', () => {
  const parts = {
    documents: [doc('d1', 'x'), doc('d2', 'y'), doc('d3', 'z')],
    entities: [
      { id: 'e1', type: 'group' as const, name: 'M23', aliases: [], mentions: [] },
      { id: 'e2', type: 'group' as const, name: 'Rapid Support Forces', aliases: [], mentions: [] },
      { id: 'e3', type: 'organization' as const, name: 'United Nations', aliases: [], mentions: [] },
    ],
    claims: [
      claim('c1', 'd1', 'e3', 'accusation', 'the rebels killed civilians in the village'),
      claim('c2', 'd2', 'e2', 'denial', 'killing civilians in the village'),
      claim('c3', 'd3', 'e1', 'accusation', 'the paramilitaries killed civilians in the village'),
    ],
  };
  const r = linkContradictions(
    report({
      ...parts,
      stories: [
        { id: 's1', title: 'Congo', documents: ['d1'] },
        { id: 's2', title: 'Sudan', documents: ['d2', 'd3'] },
      ],
    }),
  );
  assert.deepEqual(r.claims[1].contradicts, ['c3']);
});

test('a denial answers no claim in another outlet said weeks apart, unless both tell one event', () => {
  const later = { ...doc('d2', 'y'), published: '2024-03-20' };
  /** The denial's links when both claims tell the events `about`. */
  const linked = (about: string[]) =>
    linkContradictions(
      report({
        documents: [doc('d1', 'x'), later],
        entities: SEA_PARTIES,
        claims: [seaCharge(about), seaDenial(about)],
      }),
    ).claims[1].contradicts;
  assert.deepEqual(linked([]), []);
  // Told of the same event, the weeks between do not matter.
  assert.deepEqual(linked(['v1']), ['c1']);
});
