import assert from 'node:assert/strict';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { test } from 'node:test';
import { type GoldDoc, loadGold, sourceMatches } from '../../src/eval/index.ts';
import { readInputs } from '../../src/ingest/index.ts';
import { fileBytes, fileText, type RawDoc, readDemoCorpus } from './raw.ts';

const ROOT = join(import.meta.dirname, '..', '..', 'examples');
const CORPUS = join(ROOT, 'corpus');
const GOLD = join(ROOT, 'gold');

/** spec/GOLD.md: a gold `doc` is matched against the end of document.source, at a path boundary. */
function endMatches(source: string, doc: string): boolean {
  return source === doc || source.endsWith(`/${doc}`);
}

function allFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? allFiles(p) : [p];
  });
}

const docs = await readDemoCorpus(CORPUS);
const gold = loadGold(GOLD);

function docFor(g: GoldDoc): RawDoc {
  const hits = docs.filter((d) => endMatches(`examples/corpus/${d.id}`, g.doc));
  assert.equal(hits.length, 1, `gold ${g.file}: doc "${g.doc}" matches ${hits.length} demo documents`);
  return hits[0];
}

function evidenceOf(g: GoldDoc): string[] {
  return [
    ...g.figures.map((f) => f.evidence),
    ...g.claims.map((c) => c.evidence),
    ...g.events.map((e) => e.evidence),
    ...g.contradictions.flatMap((c) => [c.a, c.b]),
  ];
}

test('every demo document has a gold file and every gold file names exactly one demo document', () => {
  assert.ok(docs.length >= 10, `only ${docs.length} demo documents`);
  for (const g of gold.docs) docFor(g);
  const annotated = new Set(gold.docs.map((g) => docFor(g).id));
  const missing = docs.filter((d) => !annotated.has(d.id)).map((d) => d.id);
  assert.deepEqual(missing, []);
});

test('every gold evidence and keep string occurs verbatim in its document', () => {
  const misses: string[] = [];
  for (const g of gold.docs) {
    const d = docFor(g);
    for (const s of [...evidenceOf(g), ...g.keep]) if (!d.content.includes(s)) misses.push(`${g.doc}: ${s}`);
  }
  assert.deepEqual(misses, []);
});

test('every drop string occurs in the raw file, so removing it is a real test', () => {
  const misses: string[] = [];
  for (const g of gold.docs) {
    const d = docFor(g);
    const whole = fileText(join(CORPUS, d.file));
    for (const s of g.drop) if (!whole.includes(s)) misses.push(`${g.doc}: ${s}`);
  }
  assert.deepEqual(misses, []);
});

test('no drop string is part of a keep or evidence string (removing boilerplate must not remove them)', () => {
  const clashes: string[] = [];
  for (const g of gold.docs)
    for (const drop of g.drop)
      for (const s of [...evidenceOf(g), ...g.keep])
        if (s.includes(drop)) clashes.push(`${g.doc}: "${drop}" in "${s}"`);
  assert.deepEqual(clashes, []);
});

test('contradiction ends are claims of the same document', () => {
  for (const g of gold.docs) {
    const claims = new Set(g.claims.map((c) => c.evidence));
    for (const c of g.contradictions) {
      assert.ok(claims.has(c.a), `${g.doc}: contradiction end "${c.a}" is not a claim`);
      assert.ok(claims.has(c.b), `${g.doc}: contradiction end "${c.b}" is not a claim`);
    }
  }
});

test('the demo covers the promised phenomena', () => {
  const all = gold.docs;
  const types = new Set(all.flatMap((g) => g.events.map((e) => e.type)));
  for (const t of [
    'ceasefire-agreed',
    'ceasefire-effective',
    'ceasefire-violation',
    'attack',
    'shootdown',
  ] as const)
    assert.ok(types.has(t), `no ${t} event`);
  const modes = new Set(all.flatMap((g) => g.events.map((e) => e.mode)));
  for (const m of ['airstrike', 'shelling', 'drone'] as const) assert.ok(modes.has(m), `no ${m} attack`);
  assert.ok(all.some((g) => g.claims.some((c) => c.kind === 'denial')));
  assert.ok(all.reduce((n, g) => n + g.contradictions.length, 0) >= 10);
  const killedReporters = new Set(
    all.flatMap((g) => g.figures.filter((f) => f.measure === 'killed').map((f) => f.reporter?.[0] ?? null)),
  );
  assert.ok(killedReporters.size >= 5, 'death tolls from at least five different reporters');
  const kinds = new Set(gold.corpus?.reuse.map((r) => r.kind));
  assert.ok(kinds.has('wire-copy') && kinds.has('paraphrase'));
});

test('reuse pairs name annotated documents', () => {
  const ids = new Set(gold.docs.map((g) => g.doc));
  for (const r of gold.corpus?.reuse ?? []) assert.ok(ids.has(r.a) && ids.has(r.b), `${r.a} / ${r.b}`);
});

test('the wire copy shares paragraphs with its original; the spun copy shares names, not wording', () => {
  const byId = new Map(docs.map((d) => [d.id, d.content]));
  const paras = (s: string) =>
    new Set(
      s
        .split(/\n\s*\n|<\/?p>/)
        .map((p) => p.trim())
        .filter((p) => p.length > 80),
    );
  const a = paras(byId.get('01-jeddah-truce-signed.txt')!);
  const b = paras(byId.get('02-jeddah-truce-signed-wire.txt')!);
  const shared = [...a].filter((p) => b.has(p)).length;
  assert.ok(shared >= 6, `wire copies share ${shared} paragraphs`);
  const orig = paras(byId.get('03-truce-takes-effect.md')!);
  const spun = paras(byId.get('09-feed.rss#1')!);
  assert.equal([...orig].filter((p) => spun.has(p)).length, 0);
  for (const name of ['Mohamed Hamdan Dagalo', 'Antony Blinken', 'Kalakla', '5,287'])
    assert.ok(byId.get('09-feed.rss#1')!.includes(name), name);
});

test('binary formats are what they claim to be', () => {
  const cp = readFileSync(join(CORPUS, '06-omdurman-drones.html'));
  assert.ok(cp.includes(0x93) && cp.includes(0x94), 'Windows-1252 curly quotes');
  assert.throws(() => new TextDecoder('utf-8', { fatal: true }).decode(cp), 'not valid UTF-8');
  for (const f of ['08-wire-updates.jsonl.gz', '11-jet-claim.warc.gz']) {
    const head = readFileSync(join(CORPUS, f)).subarray(0, 2);
    assert.deepEqual([...head], [0x1f, 0x8b], `${f} is gzip`);
  }
  const warc = fileBytes(join(CORPUS, '11-jet-claim.warc.gz')).toString('latin1');
  assert.equal((warc.match(/^WARC-Type: request/gm) ?? []).length, 1);
  assert.equal((warc.match(/^WARC-Type: response/gm) ?? []).length, 1);
});

test('every file under examples/ is listed in examples/README.md, and the whole stays small', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  let total = 0;
  for (const p of allFiles(ROOT)) {
    total += statSync(p).size;
    const rel = relative(ROOT, p);
    if (rel === 'README.md') continue;
    assert.ok(readme.includes(rel), `${rel} is not listed in examples/README.md`);
  }
  assert.ok(total < 300 * 1024, `examples/ is ${total} bytes`);
});

test('each demo article is 200–700 words of text', () => {
  for (const d of docs) {
    const words = d.content
      .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .split(/\s+/)
      .filter(Boolean).length;
    assert.ok(words >= 200 && words <= 700, `${d.id}: ${words} words`);
  }
});

test('sitrep reads every demo file without error, in every format, and gold names each document it yields', async () => {
  const r = await readInputs([CORPUS]);
  assert.deepEqual(r.errors, []);
  assert.equal(r.documents.length, docs.length);
  const formats = new Set(r.documents.map((d) => d.format));
  for (const f of ['text', 'markdown', 'front-matter', 'html', 'json', 'rss', 'warc'] as const)
    assert.ok(formats.has(f), `no ${f} document`);
  for (const g of gold.docs) {
    const hits = r.documents.filter((d) => sourceMatches(d.source, g.doc));
    assert.equal(
      hits.length,
      1,
      `gold ${g.doc} matches ${hits.map((h) => h.source).join(', ') || 'no document'}`,
    );
  }
  for (const d of r.documents)
    assert.ok(
      gold.docs.some((g) => sourceMatches(d.source, g.doc)),
      `${d.source} has no gold`,
    );
});
