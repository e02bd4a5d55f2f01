import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { analyzeDocument } from '../../src/analyze/index.ts';

/** News words, names, verbs of saying and punctuation, strung together in any order. */
const VOCAB = [
  'The',
  'the',
  'Houthi',
  'Houthis',
  'Yemen',
  "Yemen's",
  'Saba',
  'news',
  'agency',
  'said',
  'told',
  'according',
  'to',
  'citing',
  'fighting',
  'backed',
  'by',
  'Iran',
  'US',
  'strikes',
  'hit',
  'killed',
  'three',
  'people',
  ',',
  '.',
  '“',
  '”',
  'who',
  'which',
  'and',
  'officials',
  'spokesman',
  'Yahya',
  'Saree',
  'claimed',
  'denied',
  'in',
  'Saada',
  'on',
  'Monday',
  'military',
  'led',
  '-',
  'run',
  'Al-Masirah',
  'TV',
  'reported',
  'Speaking',
  'Sanaa',
  'including',
  'such',
  'as',
  'were',
  'was',
  'that',
  'it',
  'he',
  'never',
  'not',
  'at',
  'least',
  'dozens',
  'of',
];

test('the analysis never throws on any string of news words, whatever the order', () => {
  // A possessive name before an "-ing" word once gave a speaker with no words and a crash.
  assert.doesNotThrow(() => analyzeDocument({ text: "Yemen's citing The The The", published: '2025-01-01' }));
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 30 }), (ws) => {
      const text = ws
        .join(' ')
        .replace(/ ([,.”])/g, '$1')
        .replace(/“ /g, '“');
      analyzeDocument({ text, published: '2025-01-01' });
    }),
    { numRuns: 400, seed: 20261123 },
  );
});
