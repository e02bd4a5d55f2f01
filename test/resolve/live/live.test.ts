import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';
import type { DocAnalysis } from '../../../src/analyze/types.ts';
import { readInputs } from '../../../src/ingest/index.ts';
import type { IngestedDocument } from '../../../src/ingest/types.ts';
import { orderDocuments, reportFromAnalyzed } from '../../../src/pipeline.ts';
import { EntityResolver } from '../../../src/resolve/entities/index.ts';
import { LiveReport } from '../../../src/resolve/live/index.ts';
import { syntheticCorpus } from './synthetic.ts';

async function corpus(spec: string): Promise<{ doc: IngestedDocument; analysis: DocAnalysis }[]> {
  const { documents } = await readInputs([spec]);
  return orderDocuments(documents).map((doc) => ({
    doc,
    analysis: analyzeDocument({ text: doc.text, published: doc.published }),
  }));
}

function checkPrefixes(items: { doc: IngestedDocument; analysis: DocAnalysis }[]): void {
  const live = new LiveReport();
  items.forEach((it, k) => {
    live.add(it.doc, it.analysis);
    const expected = reportFromAnalyzed(items.slice(0, k + 1), [], { generatedAt: 'T' });
    const got = live.report([], 'T');
    assert.deepEqual(got, expected, `after document ${k + 1} of ${items.length}`);
    assert.equal(JSON.stringify(got), JSON.stringify(expected));
  });
}

test('the live report equals the whole-corpus pipeline after every addition (demo corpus)', async () => {
  const items = await corpus('examples/corpus');
  checkPrefixes(items);
});

test('the live report equals the whole-corpus pipeline after every addition (seeds)', async () => {
  const items = await corpus('../shared/corpus/seeds');
  checkPrefixes(items);
});

test('the live report equals the pipeline when two corpora arrive interleaved', async () => {
  const a = await corpus('examples/corpus');
  const b = await corpus('../shared/corpus/seeds');
  const mixed: typeof a = [];
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    if (b[i]) mixed.push(b[i]);
    if (a[i]) mixed.push(a[i]);
  }
  checkPrefixes(mixed);
});

test('synthetic corpora: merges, splits, re-bucketed events, late keys and copies stay equal to the pipeline', () => {
  let moved = 0;
  let removed = 0;
  let regrouped = 0;
  for (let seed = 1; seed <= 6; seed++) {
    const items = syntheticCorpus(seed, 36);
    const live = new LiveReport();
    items.forEach((it, k) => {
      live.add(it.doc, it.analysis);
      const expected = reportFromAnalyzed(items.slice(0, k + 1), [], { generatedAt: 'T' });
      assert.deepEqual(live.report([], 'T'), expected, `seed ${seed}, after document ${k + 1}`);
    });
    const { documents } = live.report([], 'T');
    regrouped += documents.filter((d) => d.reuse.length > 0).length;
  }
  // The corpora must have exercised the paths the test is about.
  for (let seed = 1; seed <= 6; seed++) {
    const r = new EntityResolver();
    for (const [i, it] of syntheticCorpus(seed, 36).entries()) {
      const c = r.add(`d${i + 1}`, it.analysis.entities, it.doc.text);
      moved += c.moved.length;
      removed += c.removed.length;
    }
  }
  assert.ok(moved > 10, `entity keys moved ${moved} times`);
  assert.ok(removed >= 2, `entities removed ${removed} times`);
  assert.ok(regrouped > 3, `${regrouped} documents with copies`);
});

test('big merged events: past the candidate cap an event stops pairing denials, the same in both paths', () => {
  const items = syntheticCorpus(7, 70, true);
  const live = new LiveReport();
  items.forEach((it, k) => {
    live.add(it.doc, it.analysis);
    if (k % 7 !== 6 && k !== items.length - 1) return;
    const expected = reportFromAnalyzed(items.slice(0, k + 1), [], { generatedAt: 'T' });
    assert.deepEqual(live.report([], 'T'), expected, `after document ${k + 1}`);
  });
  const report = live.report([], 'T');
  const biggest = Math.max(
    ...report.claims.map((c) => report.claims.filter((o) => o.about.some((v) => c.about.includes(v))).length),
  );
  assert.ok(biggest > 60, `the largest event has ${biggest} claims about it`);
});

test('entity resolution one document at a time equals recomputing every link from scratch', () => {
  for (let seed = 1; seed <= 6; seed++) {
    const r = new EntityResolver();
    const items = syntheticCorpus(seed, 36);
    items.forEach((it, i) => {
      r.add(`d${i + 1}`, it.analysis.entities, it.doc.text);
      const incremental = r.entities();
      r.rebuild();
      assert.deepEqual(r.entities(), incremental, `seed ${seed}, after document ${i + 1}`);
    });
  }
});

test('pages of each section equal slices of the whole report', () => {
  const live = new LiveReport();
  for (const it of syntheticCorpus(3, 30)) live.add(it.doc, it.analysis);
  const report = live.report([], 'T');
  for (const key of ['events', 'claims', 'figures', 'entities', 'timeline'] as const) {
    for (const offset of [0, 3, 11, 1000]) {
      const page = live.page(key, offset, 5);
      assert.equal(page.total, report[key].length, key);
      assert.deepEqual(page.items, report[key].slice(offset, offset + 5), `${key} from ${offset}`);
    }
  }
  assert.ok(
    report.claims.some((c, i) => c.contradicts.length > 0 && i >= 3),
    'some paged claims carry answers',
  );
});
