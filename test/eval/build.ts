/** Builders for small synthetic reports and gold sets used by the eval tests. */

import {
  type EvalResult,
  type GoldSet,
  type Metric,
  parseGoldCorpus,
  parseGoldDoc,
} from '../../src/eval/index.ts';
import type {
  Claim,
  Entity,
  Event,
  Figure,
  Mention,
  Report,
  ReportDocument,
} from '../../src/report/contract.ts';

export function doc(
  id: string,
  source: string,
  text: string,
  extra: Partial<ReportDocument> = {},
): ReportDocument {
  return {
    id,
    source,
    format: 'text',
    title: null,
    outlet: null,
    url: null,
    authors: [],
    published: null,
    language: 'en',
    text,
    reuse: [],
    ...extra,
  };
}

/** The mention of the `nth` occurrence of `phrase` in `d.text`. */
export function at(d: ReportDocument, phrase: string, nth = 0): Mention {
  let start = -1;
  for (let i = 0; i <= nth; i++) {
    start = d.text.indexOf(phrase, start + 1);
    if (start < 0) throw new Error(`"${phrase}" (#${nth}) not in ${d.id}`);
  }
  return { doc: d.id, start, end: start + phrase.length };
}

export function entity(
  id: string,
  name: string,
  aliases: string[] = [],
  extra: Partial<Entity> = {},
): Entity {
  return { id, type: 'organization', name, aliases, mentions: [], ...extra };
}

export function figure(id: string, mentions: Mention[], extra: Partial<Figure> = {}): Figure {
  return {
    id,
    measure: 'killed',
    group: 'people',
    side: null,
    reporter: null,
    low: null,
    high: null,
    qualifier: 'exact',
    period: null,
    asOf: null,
    mentions,
    ...extra,
  };
}

export function claim(id: string, mentions: Mention[], extra: Partial<Claim> = {}): Claim {
  return {
    id,
    speaker: null,
    kind: 'statement',
    quote: false,
    text: '',
    date: null,
    about: [],
    contradicts: [],
    mentions,
    ...extra,
  };
}

export function event(id: string, mentions: Mention[], extra: Partial<Event> = {}): Event {
  return {
    id,
    type: 'attack',
    mode: null,
    date: null,
    actors: [],
    targets: [],
    place: null,
    status: 'reported',
    claims: [],
    mentions,
    sources: [...new Set(mentions.map((m) => m.doc))],
    ...extra,
  };
}

export function report(parts: Partial<Report>): Report {
  return {
    schema: 'sitrep.report/1',
    generatedAt: '2026-11-22T19:00:00Z',
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

/** A gold set from plain objects, validated like files on disk would be. */
export function goldSet(docs: Record<string, unknown>[], corpus?: Record<string, unknown>): GoldSet {
  return {
    folder: 'synthetic',
    docs: docs.map((d, i) => parseGoldDoc(d, `gold-${i}.json`)),
    corpus: corpus ? parseGoldCorpus(corpus, 'corpus.json') : null,
  };
}

export function metric(r: EvalResult, name: string): Metric {
  const m = r.metrics.find((x) => x.name === name);
  if (!m) throw new Error(`no metric ${name}`);
  return m;
}
