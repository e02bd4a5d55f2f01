import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../src/analyze/index.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { orderDocuments, reportFrom } from '../../src/pipeline.ts';
import { buildReport } from '../../src/report/build.ts';
import { CorpusResolver } from '../../src/resolve/corpus.ts';
import { resolveAcross } from '../../src/resolve/crossdoc/index.ts';

test('adding one document to a resolved corpus gives the same report as recomputing', async () => {
  const { documents } = await readInputs(['examples/corpus']);
  const docs = orderDocuments(documents);
  const analyses = docs.map((d) => analyzeDocument({ text: d.text, published: d.published }));
  const corpus = new CorpusResolver();
  for (const [i, d] of docs.slice(0, -1).entries()) corpus.add(d, analyses[i]);
  corpus.resolution(); // resolve once before the addition, as a long-running store would
  corpus.add(docs[docs.length - 1], analyses[analyses.length - 1]);
  const incremental = resolveAcross(buildReport(corpus.items, corpus.resolution(), [], 'T'));
  const full = reportFrom(docs, [], { generatedAt: 'T' });
  assert.deepEqual(incremental, full);
  assert.ok(
    full.documents.some((d) => d.reuse.length > 0),
    'the demo corpus has copies to find',
  );
});

test('an addition is compared only with the documents its signatures point at', () => {
  const corpus = new CorpusResolver();
  const empty = analyzeDocument({ text: '', published: null });
  // Unrelated short reports: none should become a verification candidate of another.
  const places = [
    'Goma',
    'Mosul',
    'Aleppo',
    'Bamako',
    'Juba',
    'Kherson',
    'Sittwe',
    'Marib',
    'Tigray',
    'Kidal',
  ];
  places.forEach((p, i) => {
    const text = `Officials in ${p} reported ${i + 3} incidents involving unit ${i} during week ${i + 20}; inspectors number ${i * 7} visited depot ${p.length}.`;
    corpus.add(
      {
        source: `${p}.txt`,
        format: 'text',
        title: null,
        outlet: null,
        url: null,
        authors: [],
        published: null,
        language: 'en',
        text,
        wire: [],
        description: null,
      },
      empty,
    );
  });
  const stats = corpus.reuseStats();
  assert.ok(
    stats.verified < places.length,
    `verified ${stats.verified} pairs for ${places.length} unrelated documents`,
  );
});
