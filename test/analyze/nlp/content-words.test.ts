import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentWords, wordOverlap } from '../../../src/analyze/nlp/function-words.ts';

test('content words drop function words and common endings', () => {
  assert.deepEqual([...contentWords('They had been shelling the villages')].sort(), ['shell', 'village']);
});

test('words of one concept count as one: a charge and its denial in other words', () => {
  // Gaza, Ukraine, Sahel phrasings of the same things.
  const pairs: [string, string][] = [
    ['accused Hamas of breaching the truce', 'denied violating the ceasefire'],
    ['said it had downed a Russian helicopter', 'said no aircraft had been lost'],
    ['said the junta had bombed the clinic', 'denied air strikes on any health facility'],
    ['accused the militia of failing to honour the cease-fire', 'said it had never broken the armistice'],
  ];
  for (const [a, b] of pairs) {
    const wa = contentWords(a);
    const wb = contentWords(b);
    assert.ok(wordOverlap(wa, wb) >= 0.5, `${a} / ${b}: ${[...wa]} vs ${[...wb]}`);
  }
  // Unrelated claims share nothing.
  assert.equal(
    wordOverlap(contentWords('denied recruiting children'), contentWords('said the jets bombed the bridge')),
    0,
  );
});
