import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { classify, comparePair, DEFAULT_THRESHOLDS, measure } from '../../../src/resolve/reuse/compare.ts';
import { alignSentences, charBigrams, dice, lcsRatio } from '../../../src/resolve/reuse/paraphrase.ts';
import { tokenize } from '../../../src/resolve/reuse/tokens.ts';
import { verbatimPassages } from '../../../src/resolve/reuse/verbatim.ts';
import { ORIGINAL, QUOTING, QUOTING_OTHER, SAME_STORY, SPUN_COPY, WIRE_COPY } from './texts.ts';

const norm = (s: string) => s.toLowerCase().replace(/[’‘]/g, "'").replace(/\s+/g, ' ');

test('dice and LCS ratio: identical 1, disjoint 0, partial in between', () => {
  const a = charBigrams('shelling in Goma', 0, 16);
  assert.equal(dice(a, a), 1);
  assert.equal(dice(a, charBigrams('xyz', 0, 3)), 0);
  const d = dice(a, charBigrams('shelling near Goma', 0, 18));
  assert.ok(d > 0.5 && d < 1, String(d));
  assert.equal(lcsRatio([1, 2, 3, 4], [1, 2, 3, 4]), 1);
  assert.equal(lcsRatio([1, 2, 3, 4], [5, 6]), 0);
  assert.equal(lcsRatio([1, 2, 3, 4], [1, 9, 3, 4]), 0.75);
});

test('verbatim passages: offsets point at the same words in both texts', () => {
  const A = tokenize(ORIGINAL);
  const B = tokenize(WIRE_COPY);
  const passages = verbatimPassages(A, B);
  assert.ok(passages.length >= 3, `passages: ${passages.length}`);
  for (const p of passages) {
    const a = ORIGINAL.slice(A.start[p.aFrom], A.end[p.aTo - 1]);
    const b = WIRE_COPY.slice(B.start[p.bFrom], B.end[p.bTo - 1]);
    assert.equal(norm(a), norm(b));
    assert.ok(!a.includes('\n'), 'a passage stays inside one paragraph');
  }
});

test('verbatim passages: an edited word does not split a paragraph, a shared phrase is not a passage', () => {
  const a =
    'Rescue teams in Antakya pulled 14 survivors from the rubble of a collapsed apartment block on Tuesday, officials said.';
  const b =
    'Rescue teams in Antakya pulled 14 survivors from the ruins of a collapsed apartment block on Tuesday, officials said.';
  const p = verbatimPassages(tokenize(a), tokenize(b));
  assert.equal(p.length, 1);
  assert.equal(p[0].aFrom, 0);
  assert.equal(p[0].aTo, tokenize(a).hash.length);
  assert.equal(p[0].matched, tokenize(a).hash.length - 1);
  const c = 'The ministry said on Tuesday that talks in Doha would resume.';
  const d = 'Aid trucks crossed at Rafah, the ministry said on Tuesday, after a pause.';
  assert.deepEqual(verbatimPassages(tokenize(c), tokenize(d)), []);
});

test('sentence alignment: spun sentences align in order, another report of the story does not', () => {
  const A = tokenize(ORIGINAL);
  const pairs = alignSentences(A, tokenize(SPUN_COPY), DEFAULT_THRESHOLDS);
  assert.ok(pairs.length >= 6, `aligned ${pairs.length}`);
  for (let i = 1; i < pairs.length; i++) {
    assert.ok(pairs[i].a > pairs[i - 1].a && pairs[i].b > pairs[i - 1].b, 'monotone');
  }
  assert.ok(
    pairs.every((p) => p.dice < DEFAULT_THRESHOLDS.verbatimDice),
    'all reworded',
  );
  assert.deepEqual(alignSentences(A, tokenize(SAME_STORY), DEFAULT_THRESHOLDS), []);
});

test('kinds: duplicate, wire copy, paraphrase, shared quotation, and no reuse', () => {
  const kind = (a: string, b: string) => comparePair(tokenize(a), tokenize(b))?.kind ?? null;
  assert.equal(kind(ORIGINAL, `${ORIGINAL}\n\nShare this article.`), 'duplicate');
  assert.equal(kind(ORIGINAL, WIRE_COPY), 'wire-copy');
  assert.equal(kind(ORIGINAL, SPUN_COPY), 'paraphrase');
  assert.equal(kind(QUOTING, QUOTING_OTHER), 'quotes-from');
  assert.equal(kind(ORIGINAL, SAME_STORY), null);
  assert.equal(kind(ORIGINAL, QUOTING), null);
});

test('shares are the covered part of each text; the wire copy carries most of the original', () => {
  const v = comparePair(tokenize(ORIGINAL), tokenize(WIRE_COPY));
  assert.ok(v);
  assert.ok(v.shareA > 0.5 && v.shareA < 0.9, `original covered ${v.shareA}`);
  assert.ok(v.shareB > v.shareA, 'the copy is more covered than the original it cut');
  for (const p of v.passages) {
    assert.ok(p.start < p.end && p.end <= ORIGINAL.length);
    assert.ok(p.otherStart < p.otherEnd && p.otherEnd <= WIRE_COPY.length);
  }
  const s = comparePair(tokenize(ORIGINAL), tokenize(SPUN_COPY));
  assert.ok(s && s.shareA > 0.9 && s.shareB > 0.9);
});

test('page furniture shared by two unrelated reports is not a wire copy', () => {
  const furniture =
    'Sign up for our morning briefing to get the top stories of the day delivered to your inbox every morning.\n\nCopyright 2024. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.';
  const a = `${SAME_STORY}\n\n${furniture}`;
  const b = `${QUOTING}\n\n${furniture}`;
  const e = measure(tokenize(a), tokenize(b));
  assert.ok(e.verbatim.length >= 1, 'the furniture is found as verbatim text…');
  assert.equal(classify(e), null, '…but names no one, so it is not reuse');
});

test('verdicts do not depend on a swap of the two texts beyond mirroring', () => {
  for (const [a, b] of [
    [ORIGINAL, WIRE_COPY],
    [ORIGINAL, SPUN_COPY],
    [QUOTING, QUOTING_OTHER],
  ]) {
    const ab = comparePair(tokenize(a), tokenize(b));
    const ba = comparePair(tokenize(b), tokenize(a));
    assert.equal(ab?.kind, ba?.kind);
    assert.ok(ab && ba);
    assert.ok(Math.abs(ab.shareA - ba.shareB) < 0.05 && Math.abs(ab.shareB - ba.shareA) < 0.05);
  }
});

test('property: any text with words is a duplicate of itself, covering all of it', () => {
  const word = fc.constantFrom(
    'Troops',
    'entered',
    'Bakhmut',
    'on',
    'Monday',
    'and',
    'the',
    '12',
    'said',
    'Hamas',
    '.',
    ',',
  );
  fc.assert(
    fc.property(fc.array(word, { minLength: 1, maxLength: 80 }), (words) => {
      const text = words.join(' ');
      const t = tokenize(text);
      const v = comparePair(t, tokenize(text));
      if (t.hash.length === 0) assert.equal(v, null);
      else {
        assert.equal(v?.kind, 'duplicate');
        assert.equal(v?.shareA, 1);
      }
    }),
  );
});

test('a light spin (a few words swapped in most sentences) is a paraphrase, not a duplicate', () => {
  const light = ORIGINAL.replace('attacked the town', 'raided the township')
    .replace('burning houses', 'torching homes')
    .replace('arrived in several groups', 'came in numerous groups')
    .replace('clashed for hours', 'fought for hours')
    .replace('civilians were killed', 'civilians were slain')
    .replace('regained control', 'recovered command')
    .replace('hid in the forest', 'concealed in the woods')
    .replace('claimed the raid', 'asserted the assault')
    .replace('seized weapons', 'grabbed arms')
    .replace('displaced nearly', 'uprooted almost');
  assert.notEqual(light, ORIGINAL);
  assert.equal(comparePair(tokenize(ORIGINAL), tokenize(light))?.kind, 'paraphrase');
});
