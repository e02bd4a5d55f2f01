/** The test-set and benchmark generators: spinner, copies, determinism of the committed set. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { mulberry32, paragraphs, verbatimCopy, wireCopy } from '../../../bench/resolve/gen/copies.ts';
import { analyze, inflect, spin } from '../../../bench/resolve/gen/spin.ts';
import { loadWordNet } from '../../../bench/resolve/gen/wordnet.ts';
import { buildReuseSet, type ReuseSet, serializeReuseSet } from '../../../scripts/make-reuse-set.ts';
import { ORIGINAL } from './texts.ts';

const wn = loadWordNet();

test('lemmatizer: regular inflections to WordNet lemmas, and back', () => {
  assert.deepEqual(analyze(wn, 'attacked'), { lemma: 'attack', pos: 'verb', inflection: 'ed' });
  assert.deepEqual(analyze(wn, 'villages'), { lemma: 'village', pos: 'noun', inflection: 's' });
  assert.equal(analyze(wn, 'burning')?.lemma, 'burn');
  assert.equal(analyze(wn, 'qwzx'), null);
  assert.equal(inflect('hamlet', 'noun', 's'), 'hamlets');
  assert.equal(inflect('assault', 'verb', 'ed'), 'assaulted');
  // Multi-word verbs inflect their first word; regular rules only (no consonant doubling).
  assert.equal(inflect('set_ablaze', 'verb', 'ing'), 'seting ablaze');
  assert.equal(inflect('put_out', 'verb', 's'), 'puts out');
  assert.equal(inflect('county', 'noun', 's'), 'counties');
});

test('spinner: swaps about the asked share of content words, keeps names, numbers and function words', () => {
  const r = spin(wn, ORIGINAL, 0.4, mulberry32(3));
  assert.ok(r.swapped / r.content > 0.3 && r.swapped / r.content < 0.5, `${r.swapped}/${r.content}`);
  assert.notEqual(r.text, ORIGINAL);
  for (const keep of ['Macomia', 'Mozambique', '12', 'Amina Saide', '4,000', 'ACLED', 'Islamic State']) {
    assert.ok(r.text.includes(keep), keep);
  }
  assert.equal(spin(wn, ORIGINAL, 0.4, mulberry32(3)).text, r.text, 'same seed, same text');
});

test('copies: the verbatim copy keeps every paragraph, the wire copy cuts and adds', () => {
  const v = verbatimCopy(ORIGINAL, mulberry32(1));
  for (const p of paragraphs(ORIGINAL)) assert.ok(v.includes(p));
  const w = wireCopy(wn, ORIGINAL, mulberry32(1));
  const kept = paragraphs(ORIGINAL).filter((p) => w.includes(p));
  assert.ok(kept.length >= 3 && kept.length < paragraphs(ORIGINAL).length - 1, `kept ${kept.length}`);
  assert.ok(!w.includes(paragraphs(ORIGINAL)[0]), 'the intro is reworded');
});

test('the committed reuse set is what the script generates (own articles; demo articles may change)', async () => {
  const committed = JSON.parse(
    readFileSync(new URL('../../fixtures/reuse/set.json', import.meta.url), 'utf8'),
  ) as ReuseSet;
  const built = JSON.parse(serializeReuseSet(await buildReuseSet())) as ReuseSet;
  const own = (s: ReuseSet) => s.documents.filter((d) => !d.id.startsWith('demo-'));
  assert.ok(own(built).length >= 120);
  assert.deepEqual(own(built), own(committed));
});
