/**
 * Consistency of scorer and gold: a "perfect oracle" report built from the seed gold and the raw
 * seed texts must score 1.0 on every metric it can construct. A failure here means either the
 * scorer mis-implements GOLD.md or a gold file is inconsistent (evidence not in the text, …).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { evaluate, formatTable, type GoldSet, loadGold, type Names } from '../../src/eval/index.ts';
import type { Claim, Entity, Event, Figure, Report, ReportDocument } from '../../src/report/contract.ts';
import { assertValidReport } from '../helpers/validate.ts';

const GOLD = '/work/shared/gold/seeds';
const CORPUS = '/work/shared/corpus/seeds';
/** The seeds live outside the repository; where they are absent the test is reported as skipped. */
const skip = existsSync(GOLD) && existsSync(CORPUS) ? false : 'seed gold/corpus not on this machine';

function oracle(gold: GoldSet): Report {
  const entities: Entity[] = [];
  const byName = new Map<string, string>();
  const entity = (names: string[], type: Entity['type'] = 'organization'): string => {
    const known = names.length === 1 ? byName.get(names[0]) : undefined;
    if (known) return known;
    const id = `e${entities.length + 1}`;
    entities.push({ id, type, name: names[0], aliases: names.slice(1), mentions: [] });
    if (names.length === 1) byName.set(names[0], id);
    return id;
  };
  /** The first non-null name as a one-name entity; null when the list starts with the outlet. */
  const voice = (names: Names | undefined): string | null => {
    const first = names?.[0];
    return first === null || first === undefined ? null : entity([first]);
  };
  const documents: ReportDocument[] = [];
  const figures: Figure[] = [];
  const claims: Claim[] = [];
  const events: Event[] = [];
  gold.docs.forEach((g, i) => {
    const id = `d${i + 1}`;
    let text = readFileSync(join(CORPUS, g.doc), 'utf8');
    for (const d of g.drop) text = text.split(d).join(' ');
    const at = (evidence: string) => {
      const start = text.indexOf(evidence);
      assert.ok(start >= 0, `${g.doc}: evidence not in raw text: ${evidence}`);
      return [{ doc: id, start, end: start + evidence.length }];
    };
    documents.push({
      id,
      source: `corpus/seeds/${g.doc}`,
      format: 'text',
      title: g.title ?? null,
      outlet: g.outlet?.[0] ?? null,
      url: g.url ?? null,
      authors: [],
      published: g.published ? `${g.published}T12:00:00+03:00` : null,
      language: 'en',
      text,
      reuse: [],
    });
    g.figures.forEach((f, k) => {
      figures.push({
        id: `${id}f${k}`,
        measure: f.measure,
        group: f.group ?? 'people',
        side: null,
        reporter: voice(f.reporter),
        low: f.low,
        high: f.high ?? null,
        qualifier: f.qualifier ?? 'exact',
        period: null,
        asOf: f.asOf ?? null,
        historical: f.historical,
        mentions: at(f.evidence),
      });
    });
    const docClaims: Claim[] = g.claims.map((c, k) => ({
      id: `${id}c${k}`,
      speaker: voice(c.speaker),
      kind: c.kind ?? 'statement',
      quote: false,
      text: c.evidence,
      date: null,
      about: [],
      contradicts: [],
      mentions: at(c.evidence),
    }));
    for (const pair of g.contradictions) {
      const x = docClaims.find((c) => c.text === pair.a);
      const y = docClaims.find((c) => c.text === pair.b);
      assert.ok(x && y, `${g.doc}: contradiction evidence is not a claim's evidence`);
      x.contradicts.push(y.id);
    }
    claims.push(...docClaims);
    g.events.forEach((e, k) => {
      events.push({
        id: `${id}v${k}`,
        type: e.type,
        mode: e.mode ?? null,
        date: e.date ? { start: e.date[0], end: null, time: null, precision: 'day' } : null,
        actors: [],
        targets: [],
        place: e.place ? entity([e.place[0]], 'place') : null,
        status: 'reported',
        claims: [],
        mentions: at(e.evidence),
        sources: [id],
      });
    });
  });
  const corpus = gold.corpus!;
  for (const group of corpus.same_entity) entity(group);
  for (const pair of corpus.different_entity) for (const n of pair) entity([n]);
  for (const p of corpus.places) {
    const id = `e${entities.length + 1}`;
    entities.push({
      id,
      type: 'place',
      name: p.name,
      aliases: p.aliases,
      geo: { lat: p.lat + 0.1, lon: p.lon, country: null, ref: null },
      mentions: [],
    });
  }
  const docId = (name: string) => documents.find((d) => d.source.endsWith(`/${name}`))!;
  for (const r of corpus.reuse)
    docId(r.a).reuse.push({ doc: docId(r.b).id, kind: r.kind ?? 'duplicate', share: 0.8 });
  const timeline = corpus.timeline.map((t) => ({
    date: t.date,
    summary: t.what ?? '',
    events: [],
    sources: [],
  }));
  return {
    schema: 'sitrep.report/1',
    generatedAt: '2026-11-22T19:00:00Z',
    documents,
    entities,
    events,
    claims,
    figures,
    timeline,
    stories: [],
  };
}

test('a perfect oracle report built from the seed gold scores 1.0 everywhere', { skip }, () => {
  const gold = loadGold(GOLD);
  assert.equal(gold.docs.length, 5);
  const report = oracle(gold);
  assertValidReport(report);
  const r = evaluate(gold, report);
  const table = formatTable(r);
  for (const m of r.metrics) {
    assert.ok(m.total > 0, `${m.name} has nothing to score:\n${table}`);
    assert.equal(
      m.value,
      1,
      `${m.name} is ${m.value}:\n${table}\n${JSON.stringify(r.misses.slice(0, 5), null, 1)}`,
    );
  }
  assert.deepEqual(r.misses, []);
  assert.deepEqual(r.unmatched, []);
  assert.deepEqual(r.fieldErrors, []);
  assert.deepEqual(r.warnings, []);
});

test('the oracle loses exactly what is removed from it', { skip }, () => {
  const gold = loadGold(GOLD);
  const report = oracle(gold);
  const nFigures = report.figures.length;
  report.figures = report.figures.slice(1);
  report.timeline = report.timeline.slice(1);
  const r = evaluate(gold, report);
  const get = (name: string) => r.metrics.find((m) => m.name === name)!;
  assert.equal(get('figures.precision').value, 1);
  assert.equal(get('figures.recall').hits, nFigures - 1);
  assert.equal(get('figures.recall').total, nFigures);
  assert.equal(get('timeline.dates').hits, gold.corpus!.timeline.length - 1);
  assert.equal(r.misses.length, 1);
  assert.match(r.misses[0].reason, /no report figure overlaps|disagree on key fields/);
});
