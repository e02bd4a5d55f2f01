import assert from 'node:assert/strict';
import { test } from 'node:test';
import { analyzeDocument } from '../../../src/analyze/index.ts';

/** Types and trigger words of the events of one text. */
function events(text: string) {
  const a = analyzeDocument({ text, published: '2024-05-10' });
  return a.events.map((e) => [e.type, text.slice(e.start, e.end)]);
}

test('a party claiming control of ground tells a change of territory', () => {
  assert.deepEqual(
    events('On Monday the insurgents claimed control of the international airport, a spokesman said.'),
    [['territory-change', 'claimed control of']],
  );
  assert.deepEqual(
    events(
      'The defence ministry says its troops have control of the mining town, a claim the other side denies.',
    ),
    [['territory-change', 'have control of']],
  );
  assert.deepEqual(
    events('Government troops pulled back from the border town on Saturday after a week of fighting.'),
    [['territory-change', 'pulled back from']],
  );
});

test('control of something that is not ground is no change of territory', () => {
  assert.deepEqual(events('The ministry said the police have control of the situation in the capital.'), []);
  assert.deepEqual(events('The rebels said they have control of the supply of fuel.'), []);
});
