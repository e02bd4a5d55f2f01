import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { readInputs } from '../../src/ingest/index.ts';
import type { IngestedDocument } from '../../src/ingest/types.ts';
import { reportFrom } from '../../src/pipeline.ts';
import type { Report } from '../../src/report/contract.ts';
import { openStore } from '../../src/store/index.ts';
import { freshPgUrl, service } from './services.ts';

const AT = '2026-01-01T00:00:00.000Z';
let docs: IngestedDocument[] = [];
let expected: Report;
const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));

before(async () => {
  const read = await readInputs([new URL('../../examples/corpus', import.meta.url).pathname]);
  docs = read.documents;
  expected = reportFrom(docs, [], { generatedAt: AT });
});
after(() => rmSync(dir, { recursive: true, force: true }));

/** Stores the corpus in two batches, in reverse order, so neither insertion order nor batching can matter. */
async function storedReport(url: string): Promise<Report> {
  const store = await openStore(url);
  try {
    const rev = [...docs].reverse();
    await store.addDocuments(rev.slice(0, 5));
    await store.addDocuments(rev.slice(5));
    return await store.report({ generatedAt: AT });
  } finally {
    await store.close();
  }
}

test('the examples corpus has documents to compare', () => {
  assert.ok(docs.length >= 10);
  assert.ok(expected.events.length + expected.claims.length + expected.figures.length > 0);
});

test('SQLite store report equals the in-memory pipeline report', async () => {
  const got = await storedReport(join(dir, 'a.db'));
  assert.deepEqual(got, expected);
  assert.equal(JSON.stringify(got), JSON.stringify(expected));
});

test('PostgreSQL store report equals the in-memory pipeline report', async (t) => {
  const base = service('SITREP_TEST_PG', t);
  if (!base) return;
  const got = await storedReport(await freshPgUrl(base, 'identity'));
  assert.equal(JSON.stringify(got), JSON.stringify(expected));
});
