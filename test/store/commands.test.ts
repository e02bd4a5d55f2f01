import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { formatHits, ingestCommand, reportCommand, searchCommand } from '../../src/store/commands.ts';
import { openStore } from '../../src/store/index.ts';
import { type WatchEvent, watchFolder } from '../../src/store/watch.ts';

const dir = mkdtempSync(join(tmpdir(), 'sitrep-cmd-'));
after(() => rmSync(dir, { recursive: true, force: true }));

const A =
  'Rebels shelled the airport in Goma on Wednesday, wounding 14 civilians, a hospital director said.\n\n' +
  'The army said it had pushed the M23 fighters back from the city.';
const B =
  'Israeli strikes hit a residential block in Khan Younis overnight, killing nine people, medics said.\n\n' +
  'The military said it targeted militants.';

test('ingestCommand stores and analyses; a second run skips; report and search read the store', async () => {
  const inputs = join(dir, 'in');
  mkdirSync(inputs);
  writeFileSync(join(inputs, 'goma.txt'), A);
  writeFileSync(join(inputs, 'khan-younis.md'), `# Strikes in Khan Younis\n\n${B}\n`);
  const db = join(dir, 'cmd.db');
  const first = await ingestCommand([inputs], { db, workers: 1 });
  assert.equal(first.read, 2);
  assert.equal(first.added.length, 2);
  assert.equal(first.analyzed, 2);
  const second = await ingestCommand([inputs], { db });
  assert.deepEqual([second.added.length, second.skipped, second.analyzed], [0, 2, 0]);
  const report = await reportCommand({ db, generatedAt: '2026-01-01T00:00:00Z' });
  assert.equal(report.documents.length, 2);
  assert.equal(report.generatedAt, '2026-01-01T00:00:00Z');
  const hits = await searchCommand('goma airport', { db });
  assert.ok(hits.length > 0);
  assert.match(formatHits(hits), /«(Goma|airport)»/i);
});

test('watchFolder ingests files already there, new files and changed files; copies are skipped', async () => {
  const folder = join(dir, 'watched');
  mkdirSync(folder);
  writeFileSync(join(folder, 'first.txt'), A);
  const db = join(dir, 'watch.db');
  const events: WatchEvent[] = [];
  const store = await openStore(db);
  const w = watchFolder(folder, { db: store, onAdded: (e) => events.push(e), pollMs: 200, settleMs: 50 });
  const waitFor = async (n: number) => {
    const end = Date.now() + 30_000;
    while (events.length < n && Date.now() < end) await new Promise((r) => setTimeout(r, 50));
    assert.ok(events.length >= n, `only ${events.length} of ${n} events`);
  };
  try {
    await w.ready;
    await waitFor(1);
    assert.equal(events[0].added.length, 1);
    writeFileSync(join(folder, 'second.txt'), B);
    await waitFor(2);
    assert.equal(events[1].file, join(folder, 'second.txt'));
    assert.equal(events[1].added.length, 1);
    writeFileSync(join(folder, 'copy.txt'), A);
    await waitFor(3);
    assert.deepEqual([events[2].added.length, events[2].skipped], [0, 1]);
    writeFileSync(join(folder, 'second.txt'), `${B}\n\nUpdate: the toll rose to eleven, medics said.`);
    await waitFor(4);
    assert.equal(events[3].added.length, 1);
    assert.deepEqual(await store.counts(), { documents: 3, analyzed: 3 });
  } finally {
    await w.close();
    await store.close();
  }
});
