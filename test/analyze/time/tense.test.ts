import assert from 'node:assert/strict';
import { test } from 'node:test';
import { type Tense, tenseAt } from '../../../src/analyze/time/tense.ts';

const at = (sentence: string, expr: string): Tense => {
  const i = sentence.indexOf(expr);
  assert.ok(i >= 0, expr);
  return tenseAt(sentence, i, i + expr.length);
};

test('the nearest cue on the left wins within the clause', () => {
  assert.equal(at('The talks, which began on Monday, will resume on Friday.', 'Monday'), 'past');
  assert.equal(at('The talks, which began on Monday, will resume on Friday.', 'Friday'), 'future');
  assert.equal(at('The minister said on Friday that troops would be sent.', 'Friday'), 'past');
  assert.equal(at('Leaders agreed that they will meet again on Friday.', 'Friday'), 'future');
});

test('the right side decides when the left has no cue', () => {
  assert.equal(at('On Friday, the council will vote.', 'Friday'), 'future');
  assert.equal(at('On Friday, the council voted.', 'Friday'), 'past');
  assert.equal(at('On Friday the sky was grey.', 'Friday'), 'past');
});

test('"due to" looks ahead only before a verb; "was due" is a past plan', () => {
  assert.equal(at('The mandate is due to expire on Friday.', 'Friday'), 'future');
  assert.equal(at('The truce, due to expire on Friday, may be extended.', 'Friday'), 'future');
  assert.equal(at('Flights were halted due to shelling on Friday.', 'Friday'), 'past');
  assert.equal(at('Troops were due to deploy in January.', 'January'), 'past');
});

test('participles after "be" defer to the auxiliary; schedule verbs in the present look ahead', () => {
  assert.equal(at('Elections would be held in February.', 'February'), 'future');
  assert.equal(at('Elections were held in February.', 'February'), 'past');
  assert.equal(at('Negotiators meet on Friday in Doha.', 'Friday'), 'future');
  assert.equal(at('Negotiators did not meet on Friday.', 'Friday'), 'past');
  assert.equal(at('The head of the mission on Friday said aid was blocked.', 'Friday'), 'past');
});

test('no cue at all gives null', () => {
  assert.equal(at('Shelling on Friday in the north.', 'Friday'), null);
});
