import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readInputs } from '../../src/ingest/index.ts';
import type { IngestedDocument } from '../../src/ingest/types.ts';
import { reportFrom } from '../../src/pipeline.ts';
import { IncrementalReport } from '../../src/store/incremental.ts';
import { openStore } from '../../src/store/index.ts';

const AT = '2026-01-01T00:00:00.000Z';
const dir = mkdtempSync(join(tmpdir(), 'sitrep-incr-'));
let docs: IngestedDocument[] = [];

before(async () => {
  docs = (await readInputs([new URL('../../examples/corpus', import.meta.url).pathname])).documents;
  docs.sort((a, b) => (a.source < b.source ? -1 : a.source > b.source ? 1 : 0));
});
after(() => rmSync(dir, { recursive: true, force: true }));

test('the incremental report equals the full report after each arrival, in and out of order', async () => {
  const store = await openStore(join(dir, 'incr.db'));
  try {
    const live = new IncrementalReport(store);
    // In source order: the resolver only grows.
    await store.addDocuments(docs.slice(0, 6));
    let r = await live.refresh();
    assert.equal(r.mode, 'incremental');
    assert.equal(r.analyzed, 6);
    assert.equal(
      JSON.stringify(live.report(AT)),
      JSON.stringify(reportFrom(docs.slice(0, 6), [], { generatedAt: AT })),
    );
    await store.addDocuments(docs.slice(8));
    r = await live.refresh();
    assert.deepEqual([r.mode, r.added], ['incremental', docs.length - 8]);
    assert.equal((await live.refresh()).mode, 'unchanged');
    // Documents that sort before the ones held force a rebuild, still equal to the full report.
    await store.addDocuments(docs.slice(6, 8));
    r = await live.refresh();
    assert.equal(r.mode, 'rebuild');
    assert.equal(live.size, docs.length);
    const full = reportFrom(docs, [], { generatedAt: AT });
    assert.equal(JSON.stringify(live.report(AT)), JSON.stringify(full));
    assert.equal(JSON.stringify(await store.report({ generatedAt: AT })), JSON.stringify(full));
  } finally {
    await store.close();
  }
});
