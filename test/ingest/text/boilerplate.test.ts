import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanBlocks, isBoilerplateBlock, words } from '../../../src/ingest/boilerplate.ts';

const BODY = [
  'Troops advanced on the town from the north on Saturday, residents and officials said, after two days of heavy shelling.',
  '“We need your support now, our people are starving,” the mayor said, appealing for international donations.',
  'We need support from all our partners to fund the response, the UN coordinator said, warning that funding was running out.',
  'The band sued for copyright infringement over the use of its song at the rally.',
  'Saudi Arabia pledged to donate $100 million to the relief effort, state media reported.',
  'The advertisement campaign by the ministry urged young men to enlist.',
  'By late afternoon, the shelling had resumed along the front line near the river.',
  'The app was banned by the military government after the protests.',
  'Journalists and reporters need access, the union said.',
];

const FURNITURE = [
  'Advertisement',
  'ADVERTISEMENT',
  '___',
  '* * *',
  'Related article: Hospitals in the south run out of fuel',
  'READ MORE: Why the ceasefire collapsed',
  'READ: Five police officers die in an ambush near the highway',
  'Read next: The long road back to the valley',
  'Sign up for our daily newsletter to get the latest headlines in your inbox.',
  'Already a subscriber? Log in to continue reading.',
  'Please refresh this page to finish signing in',
  'You can turn these alerts off at any time in your browser settings.',
  'Refresh the page to stay logged in.',
  'Get breaking news alerts from Daily Example',
  'Share this article',
  'Home > World > Africa',
  '© 2024 Daily Example. All rights reserved.',
  'Copyright 2023 Example Media Group',
  'Independent journalism needs your support. We rely on readers like you to fund our reporting — donate today and help us keep our journalism free for everyone.',
  'I hope you appreciated this article. Before you move on, would you consider supporting our journalism with a contribution?',
  'This story is developing and will be updated.',
  'The post Floods Cut Off Northern Towns appeared first on Example Daily.',
  "This video can't be displayed because social media cookies have been deactivated.",
  '(Example Agency) Written by: Jane Roe',
];

test('page furniture is recognised', () => {
  for (const f of FURNITURE) assert.ok(isBoilerplateBlock(f), `should be boilerplate: ${f}`);
});

test('body sentences, including quoted appeals and reported speech, are kept', () => {
  for (const b of BODY) assert.ok(!isBoilerplateBlock(b), `should be body: ${b}`);
});

test('link-heavy short blocks are furniture', () => {
  assert.ok(isBoilerplateBlock('Sudan war: what we know so far', { linkDensity: 0.9 }));
  assert.ok(!isBoilerplateBlock('Sudan war: what we know so far', { linkDensity: 0 }));
});

test('short blocks take the class of their neighbours; short sentences stay near body text', () => {
  const body = BODY[0];
  assert.deepEqual(cleanBlocks([body, 'Fighting in the north', body]), [body, 'Fighting in the north', body]);
  assert.deepEqual(
    cleanBlocks([
      'Photo gallery',
      'Advertisement',
      'Rebels Army',
      '(Copyright 2020 Example. All rights reserved)',
      body,
    ]),
    [body],
  );
  assert.deepEqual(cleanBlocks([body, 'Advertisement', 'The talks resume on Monday.']), [
    body,
    'The talks resume on Monday.',
  ]);
  assert.deepEqual(cleanBlocks([]), []);
});

test('a "Read more" label takes the bulleted headlines under it; bare links and teaser words go', () => {
  const body = BODY[0];
  const other = BODY[6];
  assert.deepEqual(
    cleanBlocks([
      body,
      'Read more',
      '- Drone strike on a market kills nine',
      "- Envoys say a truce is 'within reach' - Talks to resume in Cairo next week",
      other,
    ]),
    [body, other],
  );
  // A list that follows body text, not a furniture label, stays.
  assert.deepEqual(cleanBlocks([body, '- Three bridges were cut by the floods', other]), [
    body,
    '- Three bridges were cut by the floods',
    other,
  ]);
  assert.deepEqual(cleanBlocks([body, 'https://example.org/p/4Zq7', other]), [body, other]);
  assert.deepEqual(cleanBlocks([`${body} read more`, `${other} Read more ${body}`]), [
    body,
    `${other} ${body}`,
  ]);
});

test('words: letters and digits with inner apostrophes and hyphens, any script', () => {
  assert.deepEqual(words("Sudan's cease-fire, 1,119 troops’ 日本語 𝐀bc ab😀cd"), [
    "Sudan's",
    'cease-fire',
    '1',
    '119',
    'troops’',
    '日本語',
    '𝐀bc',
    'ab',
    'cd',
  ]);
  assert.deepEqual(words(' — … '), []);
});

test('a record body: a "Related" label over bulleted headlines in one block goes', async () => {
  const { plainBodyText } = await import('../../../src/ingest/assemble.ts');
  const text = plainBodyText(
    `${BODY[0]}\n\nRelated stories\n- Drone strike on a market kills nine\n- Envoys meet in Cairo\n\n${BODY[6]}`,
  );
  assert.equal(text, `${BODY[0]}\n\n${BODY[6]}`);
});
