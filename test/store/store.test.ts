import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, type TestContext, test } from 'node:test';
import { analyzeDocument } from '../../src/analyze/index.ts';
import type { IngestedDocument } from '../../src/ingest/types.ts';
import { openStore } from '../../src/store/index.ts';
import { loadMigrations, pendingMigrations } from '../../src/store/migrate.ts';
import { SqliteStore } from '../../src/store/sqlite.ts';
import type { Store } from '../../src/store/types.ts';
import { testDocuments } from '../queue/docs.ts';
import { freshPgUrl, service } from './services.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-store-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function doc(source: string, title: string, text: string): IngestedDocument {
  return {
    source,
    format: 'text',
    title,
    outlet: 'Example Daily',
    url: null,
    authors: [],
    published: '2024-02-12',
    language: 'en',
    text,
    wire: [],
    description: null,
  };
}

const DOCS = [
  doc(
    'yemen.txt',
    'Strikes near Hodeidah port',
    'Air strikes hit the port of Hodeidah on Sunday, killing at least six people, the Houthi-run health ministry said.\n\n' +
      'The coalition denied targeting civilians and said it struck a weapons depot.',
  ),
  doc(
    'ethiopia.txt',
    'Clashes in Amhara region',
    'Federal forces and local militia clashed near Gondar on Saturday, residents said.\n\n' +
      '"We heard heavy gunfire all night," a resident told the agency. The regional government accused the militia of attacking a police station.',
  ),
  doc(
    'mali.txt',
    'Aid reaches Ménaka',
    'Aid convoys reached Ménaka on Monday after the roads reopened, officials said.',
  ),
];

type Opened = { store: Store; label: string };

async function stores(t: TestContext, label: string): Promise<Opened[]> {
  const out: Opened[] = [{ store: await openStore(join(dir, `${label}.db`)), label: 'sqlite' }];
  const pg = service('SITREP_TEST_PG', t);
  if (pg) out.push({ store: await openStore(await freshPgUrl(pg, label)), label: 'postgres' });
  return out;
}

test('migrations are applied in order and only once', () => {
  const all = loadMigrations('sqlite');
  assert.ok(all.length >= 1);
  assert.deepEqual(
    all.map((m) => m.version),
    [...all.map((m) => m.version)].sort(),
  );
  assert.deepEqual(pendingMigrations(all, [all[0].version]), all.slice(1));
  const path = join(dir, 'migrate.db');
  const a = new SqliteStore(path);
  const recorded = a.db.prepare('SELECT version FROM schema_migrations ORDER BY version').pluck().all();
  assert.deepEqual(
    recorded,
    all.map((m) => m.version),
  );
  a.db.close();
  const b = new SqliteStore(path); // reopening applies nothing again (would fail on CREATE TABLE)
  assert.equal(b.db.prepare('SELECT count(*) FROM schema_migrations').pluck().get(), all.length);
  b.db.close();
});

test('re-ingesting the same content is a no-op; ids are the same in every store', async (t) => {
  const ids: string[][] = [];
  for (const { store, label } of await stores(t, 'idem')) {
    try {
      const first = await store.addDocuments(DOCS);
      assert.equal(first.added.length, 3, label);
      // Same texts under other names, and a repeat inside one call.
      const renamed = DOCS.map((d) => ({ ...d, source: `copy-of-${d.source}`, title: 'other' }));
      const second = await store.addDocuments([...renamed, renamed[0]]);
      assert.deepEqual(second.added, [], label);
      assert.equal(second.skipped, 4, label);
      assert.deepEqual(second.ids.slice(0, 3), first.ids, label);
      const one = await store.addDocuments([DOCS[0], DOCS[0]]);
      assert.equal(one.skipped, 2);
      assert.deepEqual(await store.counts(), { documents: 3, analyzed: 0 }, label);
      const got = await store.getDocument(first.ids[1]);
      assert.deepEqual(got?.doc, DOCS[1], label);
      ids.push(first.ids);
    } finally {
      await store.close();
    }
  }
  if (ids.length === 2) assert.deepEqual(ids[0], ids[1]);
});

test('analyses are saved once; pending shrinks', async (t) => {
  for (const { store, label } of await stores(t, 'analysis')) {
    try {
      const { ids } = await store.addDocuments(DOCS);
      assert.equal((await store.pendingAnalysis(10)).length, 3);
      const a = analyzeDocument({ text: DOCS[0].text, published: DOCS[0].published });
      assert.equal(await store.hasAnalysis(ids[0]), false);
      assert.equal(await store.saveAnalysis(ids[0], a), true, label);
      assert.equal(await store.hasAnalysis(ids[0]), true);
      assert.equal(await store.saveAnalysis(ids[0], a), false, label);
      assert.deepEqual(await store.getAnalysis(ids[0]), JSON.parse(JSON.stringify(a)), label);
      assert.deepEqual(
        (await store.pendingAnalysis(10)).map((p) => p.id),
        ids.slice(1),
        label,
      );
      await assert.rejects(store.saveAnalysis('doc_missing', a));
      const r1 = await store.revision();
      const report = await store.report();
      assert.equal(report.documents.length, 3);
      assert.notEqual(await store.revision(), r1, 'analysing pending documents moves the revision');
      assert.deepEqual(await store.counts(), { documents: 3, analyzed: 3 });
    } finally {
      await store.close();
    }
  }
});

test('search finds documents, claims and events; accents fold; operators are inert', async (t) => {
  const checks: Promise<void>[] = [];
  for (const { store, label } of await stores(t, 'search')) {
    try {
      await store.report(); // nothing yet
      await store.addDocuments(DOCS);
      await store.report(); // analyses everything
      const port = await store.search('hodeidah', 10);
      assert.ok(port.length > 0, label);
      assert.ok(port.every((h) => h.doc === port[0].doc));
      assert.ok(
        port.some((h) => h.kind === 'document'),
        label,
      );
      for (const h of port) {
        assert.ok(h.highlights.length > 0, `${label} ${h.kind}`);
        for (const [s, e] of h.highlights) assert.match(h.snippet.slice(s, e), /hodeidah/i);
      }
      // Claims and events are indexed by their own words: search a word of each stored item.
      let claimsChecked = 0;
      for (const d of DOCS) {
        const id = (await store.addDocuments([d])).ids[0];
        const a = await store.getAnalysis(id);
        assert.ok(a, label);
        for (const [kind, items] of [
          ['claim', a.claims.map((c) => ({ start: c.start, end: Math.max(c.end, c.content.end) }))],
          ['event', a.events],
        ] as const) {
          items.forEach((it, k) => {
            const word = d.text
              .slice(it.start, it.end)
              .match(/\p{L}{6,}/gu)
              ?.sort((x, y) => y.length - x.length)[0];
            if (!word) return;
            const ref = `${id}:${kind === 'claim' ? 'c' : 'v'}${k + 1}`;
            checks.push(
              store.search(word, 50).then((hits) => {
                assert.ok(
                  hits.some((h) => h.kind === kind && h.id === ref && h.start === it.start),
                  `${label}: ${kind} ${ref} not found by "${word}"`,
                );
              }),
            );
            if (kind === 'claim') claimsChecked++;
          });
        }
      }
      await Promise.all(checks.splice(0));
      assert.ok(claimsChecked > 0, 'the analyser found no claim to look for');
      assert.ok((await store.search('menaka', 5)).length > 0, `${label}: folded accents`);
      assert.ok((await store.search('MÉNAKA', 5)).length > 0, `${label}: accented query`);
      for (const q of ['"unbalanced', 'NEAR(a b', 'port OR', "'; DROP TABLE documents; --", '*', ''])
        await store.search(q, 5); // must not throw
      assert.equal((await store.search('zeppelin', 5)).length, 0);
      assert.equal((await store.counts()).documents, 3);
    } finally {
      await store.close();
    }
  }
});

test('concurrent writers store each text once (SQLite: separate processes; PostgreSQL: separate pools)', async (t) => {
  const docs = testDocuments(40, '-c');
  const path = join(dir, 'concurrent.db');
  (await openStore(path)).close();
  const script =
    "const { openStore } = await import('./src/store/index.ts'); const { testDocuments } = await import('./test/queue/docs.ts');" +
    "const s = await openStore(process.argv[1]); const r = await s.addDocuments(testDocuments(40, '-c').reverse());" +
    'console.log(r.added.length); await s.close();';
  const runs = await Promise.all(
    [0, 1, 2].map(
      () =>
        new Promise<number>((resolve, reject) => {
          const p = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, path], {
            cwd: new URL('../..', import.meta.url).pathname,
            stdio: ['ignore', 'pipe', 'inherit'],
          });
          let out = '';
          p.stdout.on('data', (d) => {
            out += d;
          });
          p.on('exit', (code) =>
            code === 0 ? resolve(Number(out.trim())) : reject(new Error(`exit ${code}`)),
          );
        }),
    ),
  );
  assert.equal(
    runs.reduce((a, b) => a + b, 0),
    docs.length,
  );
  const s = await openStore(path);
  assert.equal((await s.counts()).documents, docs.length);
  await s.close();

  const pg = service('SITREP_TEST_PG', t);
  if (!pg) return;
  const url = await freshPgUrl(pg, 'concurrent');
  const many = await Promise.all([0, 1, 2, 3].map(() => openStore(url)));
  try {
    const results = await Promise.all(
      many.map((st, i) => st.addDocuments(i % 2 ? docs : [...docs].reverse())),
    );
    assert.equal(
      results.reduce((a, r) => a + r.added.length, 0),
      docs.length,
    );
    assert.equal((await many[0].counts()).documents, docs.length);
  } finally {
    await Promise.all(many.map((st) => st.close()));
  }
});
