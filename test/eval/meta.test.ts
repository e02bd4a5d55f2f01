import assert from 'node:assert/strict';
import { test } from 'node:test';
import { evaluate } from '../../src/eval/index.ts';
import { doc, goldSet, metric, report } from './build.ts';

const TEXT =
  'KHARTOUM — Fighting resumed in the capital on Monday despite a truce.\n\nSubscribe to our newsletter\n\nResidents fled  south.';

const gold = goldSet([
  {
    doc: 'a.html',
    published: '2023-05-22',
    title: 'Fighting resumes in Khartoum despite truce',
    outlet: ['Sudan Tribune', 'SudanTribune'],
    url: 'https://example.org/news/khartoum-truce/',
    keep: ['Fighting resumed in the capital on Monday', 'Residents fled south.'],
    drop: ['Subscribe to our newsletter', 'Share this article'],
  },
  { doc: 'b.html', published: null, title: null, outlet: null, url: null },
]);

test('metadata: day of a timestamp as written, whitespace-normalised title, folded outlet, url slash', () => {
  const r = evaluate(
    gold,
    report({
      documents: [
        doc('d1', 'in/a.html', TEXT, {
          published: '2023-05-22T23:30:00-04:00', // local day as written, not UTC (which is the 23rd)
          title: '  Fighting resumes in Khartoum\ndespite truce ',
          outlet: 'the sudan-tribune',
          url: 'https://example.org/news/khartoum-truce',
        }),
        doc('d2', 'in/b.html', 'x'),
      ],
    }),
  );
  for (const name of ['meta.published', 'meta.title', 'meta.outlet', 'meta.url']) {
    assert.deepEqual([metric(r, name).hits, metric(r, name).total], [2, 2], name);
  }
  assert.deepEqual([metric(r, 'clean.keep').hits, metric(r, 'clean.keep').total], [2, 2]);
  assert.deepEqual([metric(r, 'clean.drop').hits, metric(r, 'clean.drop').total], [1, 2]);
});

test('metadata: null in gold requires null; a value in gold requires that value', () => {
  const r = evaluate(
    gold,
    report({
      documents: [
        doc('d1', 'in/a.html', 'Fighting resumed in the capital on Monday', {
          published: '2023-05-21',
          title: 'Fighting resumes in Khartoum',
          outlet: null,
          url: 'https://example.org/news/other',
        }),
        doc('d2', 'in/b.html', 'x', {
          published: '2023-05-22',
          title: 'A guessed title',
          outlet: 'Some Outlet',
          url: 'https://example.org/b',
        }),
      ],
    }),
  );
  for (const name of ['meta.published', 'meta.title', 'meta.outlet', 'meta.url']) {
    assert.deepEqual([metric(r, name).hits, metric(r, name).total], [0, 2], name);
  }
  assert.deepEqual([metric(r, 'clean.keep').hits, metric(r, 'clean.keep').total], [1, 2]);
  assert.deepEqual([metric(r, 'clean.drop').hits, metric(r, 'clean.drop').total], [2, 2]);
});

test('metadata: a document missing from the report is wrong everywhere, keep and drop included', () => {
  const r = evaluate(gold, report({ documents: [doc('d2', 'in/b.html', 'x')] }));
  assert.deepEqual([metric(r, 'meta.title').hits, metric(r, 'meta.title').total], [1, 2]);
  assert.equal(metric(r, 'clean.keep').value, 0);
  assert.equal(metric(r, 'clean.drop').value, 0);
});

test('metadata fields absent from a gold file are not scored', () => {
  const g = goldSet([{ doc: 'c.txt', published: '2024-02-01' }]);
  const r = evaluate(g, report({ documents: [doc('d1', 'c.txt', 'x', { published: '2024-02-01' })] }));
  assert.equal(metric(r, 'meta.published').value, 1);
  assert.equal(metric(r, 'meta.title').total, 0);
  assert.equal(metric(r, 'meta.title').value, null);
  assert.equal(metric(r, 'clean.keep').value, null);
});
