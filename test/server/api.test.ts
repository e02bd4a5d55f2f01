import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import type { FastifyInstance } from 'fastify';
import type { Report } from '../../src/report/contract.ts';
import { buildApi } from '../../src/server/api.ts';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/types.ts';

const TOKEN = 'test-token-123';
const dir = mkdtempSync(join(tmpdir(), 'sitrep-api-'));
let store: Store;
let app: FastifyInstance;
const auth = { authorization: `Bearer ${TOKEN}` };

const ARTICLE = {
  title: 'Drone strike hits fuel depot in Port Sudan',
  url: 'https://news.example.org/2025/05/port-sudan-depot',
  published: '2025-05-06',
  text:
    'A drone strike hit a fuel depot in Port Sudan on Monday, the army said, blaming the Rapid Support Forces.\n\n' +
    '"The militia targeted civilian infrastructure," an army spokesman said. The RSF denied any involvement.\n\n' +
    'At least three people were wounded, according to a local medical official.',
};
const TEXT =
  'Militants attacked a checkpoint near Gao on Thursday, killing five soldiers, the Malian army said.\n\n' +
  'The army said it repelled the attack and that reinforcements had been sent to the area.';

before(async () => {
  store = await openStore(join(dir, 'api.db'));
  const web = join(dir, 'web');
  mkdirSync(web);
  writeFileSync(join(web, 'index.html'), '<!doctype html><title>dash</title>');
  writeFileSync(join(dir, 'secret.txt'), 'outside');
  app = buildApi({ store, token: TOKEN, publicRead: true, staticDir: web });
  await app.ready();
});
after(async () => {
  await app.close();
  await store.close();
  rmSync(dir, { recursive: true, force: true });
});

test('writes need the bearer token', async () => {
  const none = await app.inject({ method: 'POST', url: '/documents', payload: ARTICLE });
  assert.equal(none.statusCode, 401);
  assert.match(none.headers['www-authenticate'] as string, /Bearer/);
  const wrong = await app.inject({
    method: 'POST',
    url: '/documents',
    payload: ARTICLE,
    headers: { authorization: 'Bearer nope' },
  });
  assert.equal(wrong.statusCode, 401);
  assert.equal((await store.counts()).documents, 0);
});

test('POST /documents stores JSON and plain text once; the same content again is skipped', async () => {
  const a = await app.inject({
    method: 'POST',
    url: '/documents?source=sudan.json',
    payload: ARTICLE,
    headers: auth,
  });
  assert.equal(a.statusCode, 201, a.body);
  assert.equal(a.json().added.length, 1);
  const b = await app.inject({
    method: 'POST',
    url: '/documents?source=mali.txt',
    payload: TEXT,
    headers: { ...auth, 'content-type': 'text/plain; charset=utf-8' },
  });
  assert.equal(b.statusCode, 201, b.body);
  const again = await app.inject({
    method: 'POST',
    url: '/documents?source=other-name.json',
    payload: ARTICLE,
    headers: auth,
  });
  assert.equal(again.statusCode, 200);
  assert.deepEqual(again.json().added, []);
  assert.equal(again.json().skipped, 1);
  assert.deepEqual(await store.counts(), { documents: 2, analyzed: 2 });
});

test('bad requests get clear 4xx errors', async () => {
  const type = await app.inject({
    method: 'POST',
    url: '/documents',
    payload: Buffer.from([1, 2, 3]),
    headers: { ...auth, 'content-type': 'image/png' },
  });
  assert.equal(type.statusCode, 415);
  assert.match(type.json().error, /image\/png/);
  const empty = await app.inject({
    method: 'POST',
    url: '/documents',
    payload: '',
    headers: { ...auth, 'content-type': 'text/plain' },
  });
  assert.equal(empty.statusCode, 400);
  const big = await app.inject({
    method: 'POST',
    url: '/documents',
    payload: 'word '.repeat(3_000_000),
    headers: { ...auth, 'content-type': 'text/plain' },
  });
  assert.equal(big.statusCode, 413);
  const unreadable = await app.inject({
    method: 'POST',
    url: '/documents',
    payload: '{"articles": [{"title": "no body"}]}',
    headers: { ...auth, 'content-type': 'application/json' },
  });
  assert.equal(unreadable.statusCode, 422);
  assert.ok(unreadable.json().errors.length > 0);
  const noQ = await app.inject({ url: '/search' });
  assert.equal(noQ.statusCode, 400);
  assert.match(noQ.json().error, /q/);
  const badLimit = await app.inject({ url: '/events?limit=0' });
  assert.equal(badLimit.statusCode, 400);
});

test('GET /report and its sections agree; reads are public when publicRead is set', async () => {
  const r = await app.inject({ url: '/report' });
  assert.equal(r.statusCode, 200);
  const report = r.json() as Report;
  assert.equal(report.documents.length, 2);
  // The API's incrementally kept report equals a full build over the store.
  const full = JSON.parse(JSON.stringify(await store.report({ generatedAt: report.generatedAt })));
  assert.deepEqual(report, full);
  for (const key of ['events', 'claims', 'figures', 'entities', 'timeline'] as const) {
    const s = await app.inject({ url: `/${key}?limit=2&offset=0` });
    assert.equal(s.statusCode, 200);
    const body = s.json();
    assert.equal(body.total, report[key].length, key);
    assert.deepEqual(body.items, report[key].slice(0, 2));
  }
  const list = await app.inject({ url: '/documents' });
  assert.equal(list.json().total, 2);
  assert.equal(list.json().items[0].text, undefined);
});

test('GET /documents/:id gives the document and the evidence spans citing it', async () => {
  const report = (await app.inject({ url: '/report' })).json() as Report;
  // The document cited by most items.
  const cites = (id: string) =>
    [...report.events, ...report.claims, ...report.figures].filter((x) =>
      x.mentions.some((m) => m.doc === id),
    ).length;
  const doc = [...report.documents].sort((a, b) => cites(b.id) - cites(a.id))[0];
  assert.ok(doc && cites(doc.id) > 0, 'no report item cites a document');
  const r = await app.inject({ url: `/documents/${doc.id}` });
  assert.equal(r.statusCode, 200);
  const body = r.json();
  assert.equal(body.document.text, doc.text);
  assert.ok(body.evidence.length > 0);
  for (const e of body.evidence) assert.equal(e.text, doc.text.slice(e.start, e.end));
  const cited = report.claims.filter((c) => c.mentions.some((m) => m.doc === doc.id)).map((c) => c.id);
  for (const id of cited)
    assert.ok(
      body.evidence.some((e: { id: string }) => e.id === id),
      id,
    );
  assert.equal((await app.inject({ url: '/documents/d999' })).statusCode, 404);
});

test('GET /search finds words (accents folded) and answers with report ids', async () => {
  const r = await app.inject({ url: '/search?q=PORT+SUDÁN+depot' });
  assert.equal(r.statusCode, 200);
  const { hits } = r.json();
  assert.ok(hits.length > 0);
  const report = (await app.inject({ url: '/report' })).json() as Report;
  const sudan = report.documents.find((d) => d.title?.includes('Port Sudan'))!;
  assert.ok(hits.some((h: { kind: string; id: string }) => h.kind === 'document' && h.id === sudan.id));
  for (const h of hits) {
    for (const [s, e] of h.highlights) assert.match(h.snippet.slice(s, e), /port|sudan|depot/i);
  }
  const none = await app.inject({ url: '/search?q=zeppelin' });
  assert.deepEqual(none.json().hits, []);
});

test('OpenAPI document and static dashboard', async () => {
  const o = await app.inject({ url: '/openapi.json' });
  assert.equal(o.json().openapi, '3.1.0');
  assert.ok(o.json().paths['/documents'].post);
  assert.ok(o.json().components.schemas.Report.properties.events);
  const index = await app.inject({ url: '/' });
  assert.equal(index.statusCode, 200);
  assert.match(index.body, /dash/);
  const outside = await app.inject({ url: '/..%2fsecret.txt' });
  assert.equal(outside.statusCode, 404);
});

test('private reads need the token too', async () => {
  const priv = buildApi({ store, token: TOKEN });
  try {
    assert.equal((await priv.inject({ url: '/report' })).statusCode, 401);
    assert.equal((await priv.inject({ url: '/report', headers: auth })).statusCode, 200);
  } finally {
    await priv.close();
  }
});
