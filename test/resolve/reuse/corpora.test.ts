/**
 * Reuse on whole corpora: the development seeds (read through the ingest layer), the demo corpus
 * and the generated reuse set (test split; thresholds were chosen on the train split).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { type GoldPair, scoreReuse } from '../../../bench/resolve/score.ts';
import { readInputs } from '../../../src/ingest/index.ts';
import { findReuse } from '../../../src/resolve/reuse/index.ts';

const ROOT = new URL('../../../', import.meta.url);
const SEEDS = '/work/shared/corpus/seeds';
const SEED_GOLD = '/work/shared/gold/seeds/corpus.json';

async function corpusLinks(dir: string) {
  const docs = (await readInputs([dir])).documents;
  assert.ok(docs.length > 0, `documents in ${dir}`);
  return findReuse(docs.map((d) => ({ id: d.source.split('/').pop() ?? d.source, text: d.text })));
}

function goldPairs(path: string): GoldPair[] {
  const gold = JSON.parse(readFileSync(path, 'utf8')) as {
    reuse?: { a: string; b: string; kind?: string }[];
  };
  return (gold.reuse ?? []).map((p) => ({ a: p.a, b: p.b, kind: p.kind ?? 'reuse' }));
}

test('seeds: the wire pair is found with its kind and no other pair is', {
  skip: !existsSync(SEEDS) && 'seed corpus not on this machine',
}, async () => {
  const s = scoreReuse(await corpusLinks(SEEDS), goldPairs(SEED_GOLD));
  assert.deepEqual(s.falsePairs, []);
  assert.deepEqual(s.missed, []);
  assert.equal(s.pairs.precision, 1);
  assert.equal(s.pairs.recall, 1);
  for (const [kind, k] of Object.entries(s.kinds)) assert.equal(k.recall, 1, `${kind} kind`);
});

test('demo corpus: the wire copy and the spun copy are found with their kinds, nothing else', async () => {
  const links = await corpusLinks(new URL('examples/corpus', ROOT).pathname);
  const s = scoreReuse(links, goldPairs(new URL('examples/gold/corpus.json', ROOT).pathname));
  assert.deepEqual(s.falsePairs, []);
  assert.deepEqual(s.missed, []);
  assert.equal(s.kinds['wire-copy']?.recall, 1);
  assert.equal(s.kinds.paraphrase?.recall, 1);
});

interface SetDoc {
  id: string;
  split: string;
  text: string;
}

test('generated reuse set, test split: paraphrase R ≥ 0.90 at P ≥ 0.95, duplicates and wire copies found', () => {
  const set = JSON.parse(readFileSync(new URL('test/fixtures/reuse/set.json', ROOT), 'utf8')) as {
    documents: SetDoc[];
    pairs: GoldPair[];
  };
  const docs = set.documents.filter((d) => d.split === 'test');
  const ids = new Set(docs.map((d) => d.id));
  assert.ok(docs.length >= 80, 'at least 20 families in the test split');
  const s = scoreReuse(
    findReuse(docs.map((d) => ({ id: d.id, text: d.text }))),
    set.pairs.filter((p) => ids.has(p.a) && ids.has(p.b)),
  );
  const para = s.kinds.paraphrase;
  assert.ok(para.recall >= 0.9 && para.precision >= 0.95, `paraphrase P ${para.precision} R ${para.recall}`);
  assert.ok(s.kinds.duplicate.recall >= 0.95 && s.kinds.duplicate.precision >= 0.95, 'duplicates');
  assert.ok(s.kinds['wire-copy'].recall >= 0.95 && s.kinds['wire-copy'].precision >= 0.85, 'wire copies');
  assert.ok(
    s.pairs.precision >= 0.98 && s.pairs.recall >= 0.98,
    `pairs P ${s.pairs.precision} R ${s.pairs.recall}`,
  );
});
