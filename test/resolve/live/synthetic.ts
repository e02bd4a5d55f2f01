/**
 * Random small corpora of hand-made analyses built to exercise every path of the live report:
 * surnames that join a full name and split again when a second one appears, short place names
 * and acronyms that resolve only while unambiguous, speakers and places whose entity changes id
 * (moving events between merge buckets and figures between series), keys named before any
 * document mentions them, denials across documents, and verbatim copies joining families.
 */
import type { DocAnalysis, EntityMention } from '../../../src/analyze/types.ts';
import type { IngestedDocument } from '../../../src/ingest/types.ts';
import type { ClaimKind, EventType } from '../../../src/report/contract.ts';
import { mulberry32 as rng } from '../../helpers/rng.ts';

interface Name {
  type: EntityMention['type'];
  name: string;
  key: string;
  affiliation?: string;
  geo?: boolean;
}

const NAMES: Name[] = [
  { type: 'person', name: 'Hassan', key: 'person:hasan' },
  { type: 'person', name: 'Ahmed Hassan', key: 'person:ahmedhasan', affiliation: 'country:sd' },
  { type: 'person', name: 'Mohamed Hassan', key: 'person:mohamedhasan', affiliation: 'country:ss' },
  { type: 'person', name: 'Ahmad Hasan', key: 'person:ahmadhasan' },
  { type: 'person', name: 'Okello', key: 'person:okelo' },
  { type: 'person', name: 'Grace Okello', key: 'person:graceokelo', affiliation: 'country:ug' },
  { type: 'place', name: 'Fashir', key: 'place:fashir' },
  { type: 'place', name: 'El Fashir', key: 'place:elfashir' },
  { type: 'place', name: 'Abu Fashir', key: 'place:abufashir' },
  { type: 'place', name: 'Kadugli', key: 'place:geonames:1', geo: true },
  { type: 'organization', name: 'WFP', key: 'org:wfp' },
  { type: 'organization', name: 'World Food Programme', key: 'org:worldfoodprogramme' },
  { type: 'organization', name: 'Wide Field Patrol', key: 'org:widefieldpatrol' },
  { type: 'group', name: 'RSF', key: 'group:rsf' },
  { type: 'group', name: 'Rapid Support Forces', key: 'group:rapidsupportforces' },
  { type: 'group', name: 'separatist authorities', key: 'group:separatist:authorities' },
  { type: 'group', name: 'Darfur authorities', key: 'group:authorities:place:darfur' },
  { type: 'group', name: 'Kordofan authorities', key: 'group:authorities:place:kordofan' },
  { type: 'country', name: 'Sudan', key: 'country:sd' },
  { type: 'country', name: 'South Sudan', key: 'country:ss' },
  { type: 'country', name: 'Uganda', key: 'country:ug' },
  { type: 'organization', name: 'the ministry', key: '?:ministry:defense' },
  // The same keys under other names: a key can gain the name that links it (two entities join)
  // or a gazetteer reference that ends its link (an entity splits).
  { type: 'organization', name: 'the food agency', key: 'org:worldfoodprogramme' },
  { type: 'group', name: 'the paramilitary', key: 'group:rapidsupportforces' },
  { type: 'place', name: 'Fashir', key: 'place:fashir', geo: true },
];

const WORDS =
  'shelling market village convoy hospital strike artillery fighters withdrew attack civilians camp bridge fuel denied false ceasefire'.split(
    ' ',
  );
const KINDS: ClaimKind[] = ['statement', 'accusation', 'denial', 'assertion', 'denial', 'appeal'];
const TYPES: EventType[] = [
  'attack',
  'attack',
  'ceasefire-agreed',
  'ceasefire-violation',
  'talks',
  'humanitarian',
];

export interface SyntheticItem {
  doc: IngestedDocument;
  analysis: DocAnalysis;
}

/** `narrow`: one day, one place, attacks only — every report merges into a few big events. */
export function syntheticCorpus(seed: number, n: number, narrow = false): SyntheticItem[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)];
  const items: SyntheticItem[] = [];
  for (let d = 0; d < n; d++) {
    if (items.length > 2 && r() < 0.12) {
      // A verbatim copy of an earlier report (a wire copy): same text and analysis.
      const src = pick(items);
      items.push({
        doc: { ...src.doc, source: `doc-${String(d).padStart(3, '0')}.txt` },
        analysis: src.analysis,
      });
      continue;
    }
    const sentences: string[] = [];
    const entities: EntityMention[] = [];
    let text = '';
    const mention = (nm: Name) => {
      const start = text.length;
      text += nm.name;
      entities.push({
        start,
        end: text.length,
        type: nm.type,
        name: nm.name,
        key: nm.key,
        affiliation: nm.affiliation ?? null,
        geo: nm.geo ? { lat: 12, lon: 29.7, country: 'SD', ref: nm.key } : null,
      });
      return nm.key;
    };
    const claims: DocAnalysis['claims'] = [];
    const events: DocAnalysis['events'] = [];
    const figures: DocAnalysis['figures'] = [];
    const sentenceCount = 2 + Math.floor(r() * 4);
    for (let s = 0; s < sentenceCount; s++) {
      const start = text.length;
      const speaker = mention(pick(NAMES));
      text += ' said ';
      const contentStart = text.length;
      const words = Array.from({ length: 5 }, () => pick(WORDS));
      const place = narrow ? NAMES[9] : pick(NAMES.filter((x) => x.type === 'place'));
      text += `${words.slice(0, 3).join(' ')} in `;
      const placeKey = mention(place);
      text += ` ${words.slice(3).join(' ')} unique${seed}x${d}x${s}`;
      const contentEnd = text.length;
      text += '. ';
      sentences.push(text.slice(start));
      const kind = pick(KINDS);
      const claimIndex = claims.length;
      claims.push({
        start,
        end: contentEnd,
        speaker: r() < 0.1 ? 'person:neverseenbefore' : speaker,
        kind,
        quote: false,
        content: { start: contentStart, end: contentEnd },
        date: null,
        contradicts: kind === 'denial' && claimIndex > 0 && r() < 0.3 ? [claimIndex - 1] : undefined,
      });
      if (r() < 0.8) {
        const day = narrow ? '2023-05-01' : `2023-05-${String(1 + Math.floor(r() * 4)).padStart(2, '0')}`;
        const type = narrow ? 'attack' : pick(TYPES);
        events.push({
          start: contentStart,
          end: contentEnd,
          type,
          mode: type === 'attack' ? pick(['shelling', 'airstrike'] as const) : null,
          date: { start: day, end: day, time: null, precision: narrow || r() < 0.9 ? 'day' : 'month' },
          actors: [speaker],
          targets: r() < 0.5 ? [pick(NAMES).key] : [],
          place: placeKey,
          claims: narrow || r() < 0.7 ? [claimIndex] : [],
        });
      }
      if (r() < 0.5) {
        figures.push({
          start: contentStart,
          end: contentEnd,
          measure: pick(['killed', 'wounded'] as const),
          group: 'civilians',
          low: Math.floor(r() * 50),
          high: null,
          qualifier: 'exact',
          reporter: speaker,
          side: r() < 0.5 ? pick(NAMES).key : null,
          asOf: `2023-05-0${1 + Math.floor(r() * 5)}`,
          period: null,
          place: placeKey,
          historical: r() < 0.1,
        });
      }
    }
    items.push({
      doc: {
        source: `doc-${String(d).padStart(3, '0')}.txt`,
        format: 'text',
        title: `Report ${d}`,
        outlet: null,
        url: null,
        authors: [],
        published: `2023-05-0${1 + (d % 5)}T10:00:00Z`,
        language: 'en',
        text,
        wire: [],
        description: null,
      },
      analysis: { sentences: [], tokens: [], entities, times: [], figures, claims, events },
    });
  }
  return items;
}
