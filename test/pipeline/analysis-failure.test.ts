import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeParallel } from '../../src/analyze/pool.ts';
import type { IngestedDocument } from '../../src/ingest/types.ts';
import { analyzeAll } from '../../src/pipeline.ts';
import type { InputError } from '../../src/report/contract.ts';

// A document the analyser cannot read (here a text that is no string, as a defective reader could
// hand over) must not take the others down with it.
const BROKEN = undefined as unknown as string;
const GOOD = 'Officials said two people were killed in Goma on Monday.';

test('analyzeAll keeps a document the analyser fails on, with no items, and lists the failure', () => {
  const doc = (source: string, text: string) =>
    ({ source, text, published: '2024-05-02' }) as IngestedDocument;
  const errors: InputError[] = [];
  const items = analyzeAll([doc('a.txt', GOOD), doc('b.txt', BROKEN)], {}, errors);
  assert.equal(items.length, 2);
  assert.ok(items[0].analysis.claims.length > 0);
  assert.deepEqual(items[1].analysis.claims, []);
  assert.equal(errors.length, 1);
  assert.equal(errors[0].source, 'b.txt');
  assert.match(errors[0].message, /analysis failed/);
});

for (const workers of [1, 2]) {
  test(`analyzeParallel with onError goes on past a failing document (${workers} worker(s))`, async () => {
    const failed: number[] = [];
    const out = await analyzeParallel(
      [
        { text: GOOD, published: null },
        { text: BROKEN, published: null },
        { text: GOOD, published: null },
      ],
      workers,
      undefined,
      (i) => failed.push(i),
    );
    assert.deepEqual(failed, [1]);
    assert.equal(out.length, 3);
    assert.ok(out[0].claims.length > 0 && out[2].claims.length > 0);
    assert.deepEqual(out[1].claims, []);
  });
}

test('analyzeParallel without onError still fails the run', async () => {
  await assert.rejects(() => analyzeParallel([{ text: BROKEN, published: null }], 1));
});
