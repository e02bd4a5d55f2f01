/**
 * A small hand-written report (own sentences, several conflicts' styles) for export and render
 * tests. Mentions are computed from the text so offsets stay right when the text changes.
 */
import type { Event, Figure, Mention, Report, ReportDocument } from '../../src/report/contract.ts';

const TEXT1 =
  'KYIV, March 3 (Wire) - Russian forces shelled Kharkiv overnight, killing at least 7 civilians, the regional governor said.\n\n' +
  'Ukraine\'s army said it had retaken the village of Dobropillia, "after heavy fighting, house by house".\n\n' +
  'Moscow denied targeting civilians.';
const TEXT2 =
  'ADEN, March 4 - A ceasefire between the warring parties took effect at midnight, mediators said.\n\n' +
  'By morning, residents in Taiz reported drone strikes, a breach of the truce.\n\n' +
  'The health ministry put the toll at 12 killed; a rights group said 20.';
const TEXT3 = 'Army units withdrew from Sittwe on March 5, handing over the base, local media reported.';

function at(doc: string, text: string, words: string): Mention {
  const start = text.indexOf(words);
  if (start < 0) throw new Error(`fixture: "${words}" not in ${doc}`);
  return { doc, start, end: start + words.length };
}

function doc(id: string, text: string, over: Partial<ReportDocument>): ReportDocument {
  return {
    id,
    source: `fixtures/${id}.txt`,
    format: 'text',
    title: null,
    outlet: null,
    url: null,
    authors: [],
    published: null,
    language: 'en',
    text,
    reuse: [],
    ...over,
  };
}

function event(over: Partial<Event> & Pick<Event, 'id' | 'type' | 'mentions'>): Event {
  return {
    mode: null,
    date: null,
    actors: [],
    targets: [],
    place: null,
    status: 'reported',
    claims: [],
    sources: [over.mentions[0].doc],
    ...over,
  };
}

function figure(over: Partial<Figure> & Pick<Figure, 'id' | 'low' | 'mentions'>): Figure {
  return {
    measure: 'killed',
    group: 'people',
    side: null,
    reporter: null,
    high: null,
    qualifier: 'exact',
    period: null,
    asOf: null,
    ...over,
  };
}

export function fixtureReport(): Report {
  return {
    schema: 'sitrep.report/1',
    generatedAt: '2025-03-06T10:00:00Z',
    documents: [
      doc('d1', TEXT1, {
        title: 'Overnight shelling hits Kharkiv, "7 dead"',
        outlet: 'Northern Wire, Ltd.',
        url: 'https://example.org/kharkiv',
        published: '2025-03-03T08:00:00Z',
        wire: ['Wire'],
      }),
      doc('d2', TEXT2, {
        title: 'Truce takes effect; drones reported in Taiz',
        outlet: 'Gulf Ledger',
        published: '2025-03-04',
        reuse: [{ doc: 'd3', kind: 'wire-copy', share: 0.4 }],
      }),
      doc('d3', TEXT3, { title: null, outlet: null, published: '2025-03-05' }),
    ],
    entities: [
      {
        id: 'e1',
        type: 'group',
        name: 'Russian forces',
        aliases: [],
        mentions: [at('d1', TEXT1, 'Russian forces')],
      },
      {
        id: 'e2',
        type: 'place',
        name: 'Kharkiv',
        aliases: [],
        geo: { lat: 49.98, lon: 36.25, country: 'UA', ref: 'geonames:706483' },
        mentions: [at('d1', TEXT1, 'Kharkiv')],
      },
      {
        id: 'e3',
        type: 'person',
        name: 'the regional governor',
        aliases: [],
        mentions: [at('d1', TEXT1, 'the regional governor')],
      },
      {
        id: 'e4',
        type: 'place',
        name: 'Taiz',
        aliases: [],
        geo: { lat: 13.58, lon: 44.02, country: 'YE', ref: null },
        mentions: [at('d2', TEXT2, 'Taiz')],
      },
      {
        id: 'e5',
        type: 'organization',
        name: 'health ministry',
        aliases: [],
        mentions: [at('d2', TEXT2, 'health ministry')],
      },
      {
        id: 'e6',
        type: 'organization',
        name: 'a rights group',
        aliases: [],
        mentions: [at('d2', TEXT2, 'a rights group')],
      },
      {
        id: 'e7',
        type: 'place',
        name: 'Sittwe',
        aliases: [],
        geo: { lat: 20.15, lon: 92.9, country: 'MM', ref: 'geonames:1295765' },
        mentions: [at('d3', TEXT3, 'Sittwe')],
      },
      { id: 'e8', type: 'country', name: 'Ukraine', aliases: [], mentions: [at('d1', TEXT1, 'Ukraine')] },
      {
        id: 'e9',
        type: 'place',
        name: 'Dobropillia',
        aliases: [],
        geo: null,
        mentions: [at('d1', TEXT1, 'Dobropillia')],
      },
    ],
    events: [
      event({
        id: 'v1',
        type: 'attack',
        mode: 'shelling',
        date: { start: '2025-03-03', end: null, time: null, precision: 'day' },
        actors: ['e1'],
        place: 'e2',
        claims: ['c1'],
        mentions: [at('d1', TEXT1, 'Russian forces shelled Kharkiv overnight, killing at least 7 civilians')],
      }),
      event({
        id: 'v2',
        type: 'territory-change',
        mode: 'ground',
        date: { start: '2025-03-02', end: null, time: null, precision: 'week' },
        actors: ['e8'],
        place: 'e9',
        mentions: [
          at(
            'd1',
            TEXT1,
            'it had retaken the village of Dobropillia, "after heavy fighting, house by house"',
          ),
        ],
      }),
      event({
        id: 'v3',
        type: 'ceasefire-effective',
        date: { start: '2025-03-04', end: null, time: '00:00', precision: 'day' },
        place: 'e4',
        mentions: [at('d2', TEXT2, 'A ceasefire between the warring parties took effect at midnight')],
      }),
      event({
        id: 'v4',
        type: 'ceasefire-violation',
        mode: 'drone',
        date: { start: '2025-03-04', end: null, time: null, precision: 'day' },
        place: 'e4',
        mentions: [at('d2', TEXT2, 'residents in Taiz reported drone strikes, a breach of the truce')],
        sources: ['d2', 'd3'],
      }),
      event({
        id: 'v5',
        type: 'territory-change',
        date: { start: '2025-03-05', end: null, time: null, precision: 'day' },
        place: 'e7',
        mentions: [at('d3', TEXT3, 'Army units withdrew from Sittwe on March 5, handing over the base')],
      }),
      event({
        id: 'v6',
        type: 'statement',
        mentions: [at('d1', TEXT1, 'Moscow denied targeting civilians')],
      }),
      event({ id: 'v7', type: 'talks', mentions: [at('d2', TEXT2, 'mediators said')] }),
    ],
    claims: [
      {
        id: 'c1',
        speaker: 'e3',
        kind: 'accusation',
        quote: false,
        text: 'Russian forces shelled Kharkiv overnight, killing at least 7 civilians',
        date: '2025-03-03',
        about: ['v1'],
        contradicts: [],
        mentions: [
          at(
            'd1',
            TEXT1,
            'Russian forces shelled Kharkiv overnight, killing at least 7 civilians, the regional governor said.',
          ),
        ],
      },
      {
        id: 'c2',
        speaker: null,
        kind: 'denial',
        quote: false,
        text: 'Moscow denied targeting civilians',
        date: '2025-03-03',
        about: ['v1'],
        contradicts: ['c1'],
        mentions: [at('d1', TEXT1, 'Moscow denied targeting civilians.')],
      },
    ],
    figures: [
      figure({
        id: 'f1',
        low: 7,
        qualifier: 'at-least',
        group: 'civilians',
        reporter: 'e3',
        asOf: '2025-03-03',
        event: 'v1',
        mentions: [at('d1', TEXT1, 'killing at least 7 civilians')],
      }),
      figure({
        id: 'f2',
        low: 12,
        reporter: 'e5',
        asOf: '2025-03-04',
        event: 'v4',
        mentions: [at('d2', TEXT2, 'the toll at 12 killed')],
      }),
      figure({
        id: 'f3',
        low: 20,
        reporter: 'e6',
        asOf: '2025-03-05',
        event: 'v4',
        mentions: [at('d2', TEXT2, 'a rights group said 20')],
      }),
      figure({
        id: 'f4',
        low: 9,
        reporter: 'e3',
        asOf: '2025-03-04',
        group: 'civilians',
        qualifier: 'about',
        mentions: [at('d1', TEXT1, 'at least 7 civilians')],
      }),
    ],
    timeline: [
      { date: '2025-03-03', summary: 'Shelling of Kharkiv', events: ['v1'], sources: ['d1'] },
      {
        date: '2025-03-04',
        summary: 'Truce in effect; drone strikes in Taiz',
        events: ['v3', 'v4'],
        sources: ['d2', 'd3'],
      },
    ],
    stories: [],
  };
}

/** The exact words of a mention. */
export function words(report: Report, m: Mention): string {
  const d = report.documents.find((x) => x.id === m.doc);
  if (!d) throw new Error(`no document ${m.doc}`);
  return d.text.slice(m.start, m.end);
}
