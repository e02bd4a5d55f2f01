import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isPhotoCredit, parseByline, parseCreditLine } from '../../../src/ingest/meta/header.ts';
import {
  allOutlets,
  outletFromAssetUrl,
  outletFromText,
  outletFromUrl,
  registrableDomain,
} from '../../../src/ingest/meta/outlet.ts';
import { findWireCredits } from '../../../src/ingest/meta/wire.ts';

test('the outlet list covers the world', () => {
  const outlets = allOutlets();
  assert.ok(outlets.length >= 300, `${outlets.length} outlets`);
  const countries = new Set(outlets.map((o) => o.country));
  for (const c of [
    'US',
    'GB',
    'FR',
    'NG',
    'KE',
    'ZA',
    'IN',
    'PK',
    'BR',
    'MX',
    'JP',
    'AU',
    'UA',
    'SD',
    'MM',
    'IL',
    'QA',
  ])
    assert.ok(countries.has(c), `no outlet from ${c}`);
});

test('outlet from a page address, known and unknown', () => {
  assert.equal(outletFromUrl('https://www.aljazeera.com/news/2024/2/14/aid-convoy'), 'Al Jazeera');
  assert.equal(outletFromUrl('https://edition.cnn.com/2023/10/07/middleeast/x'), 'CNN');
  assert.equal(outletFromUrl('http://www.bbc.co.uk/news/world-africa-123'), 'BBC');
  assert.equal(outletFromUrl('kyivindependent.com/strikes-hit/'), 'The Kyiv Independent');
  assert.equal(outletFromUrl('https://news.sahel-daily.example.co.uk/a/b'), 'example.co.uk');
  assert.equal(outletFromUrl('https://www.sahelwatch.org/x'), 'sahelwatch.org');
  assert.equal(outletFromUrl('not a url'), null);
  assert.equal(outletFromUrl('mailto:desk@example.org'), null);
  assert.equal(registrableDomain('a.b.example.com.au'), 'example.com.au');
});

test('outlet from an image on its asset host; unknown CDNs say nothing', () => {
  assert.equal(outletFromAssetUrl('https://i.guim.co.uk/img/media/abc/master/1000.jpg'), 'The Guardian');
  assert.equal(outletFromAssetUrl('https://ichef.bbci.co.uk/news/976/cpsprodpb/x.jpg'), 'BBC');
  assert.equal(outletFromAssetUrl('https://cdn.some-image-host.example/x.jpg'), null);
  // a site's own image host names the site; shared CDNs and cloud buckets do not
  assert.equal(outletFromAssetUrl('https://images.sahel-courier.com/2024/05/raid.jpg'), 'sahel-courier.com');
  assert.equal(outletFromAssetUrl('https://d2abc123.cloudfront.net/raid.jpg'), null);
  assert.equal(outletFromAssetUrl('https://storage.googleapis.com/some-bucket/raid.jpg'), null);
  assert.equal(outletFromAssetUrl('https://media.gettyimages.com/id/123/photo.jpg'), null);
  assert.equal(outletFromAssetUrl('https://10.0.0.1/x.jpg'), null);
});

test('outlet named in page furniture; publishers preferred over wire agencies', () => {
  assert.equal(
    outletFromText('Get breaking news alerts from Addis Standard\n© Reuters 2024. All rights reserved'),
    'Addis Standard',
  );
  assert.equal(
    outletFromText('Copyright 2024 The Associated Press. All rights reserved.'),
    'Associated Press',
  );
  assert.equal(outletFromText('Subscribe to The Mandalay Ledger for daily updates'), 'The Mandalay Ledger');
  // an unknown publisher naming itself beats a wire agency named in a copyright line
  assert.equal(
    outletFromText(
      '(Copyright 2024 The Associated Press. All rights reserved)\nSupport The Lake Chad Herald today.',
    ),
    'The Lake Chad Herald',
  );
  assert.equal(outletFromText('Please refresh the page to continue'), null);
});

test('wire credits in bylines, datelines, copyright and contribution lines, not in prose', () => {
  assert.deepEqual(findWireCredits('BAMAKO, Mali (AP) — Suspected jihadists attacked an army post'), ['AP']);
  assert.deepEqual(findWireCredits('By Idrees Ali and Phil Stewart for Reuters'), ['Reuters']);
  assert.deepEqual(findWireCredits('Via AFP'), ['AFP']);
  assert.deepEqual(findWireCredits('Kyodo News staff writers contributed to this report.'), ['Kyodo']);
  assert.deepEqual(findWireCredits('© Agence France-Presse 2023'), ['AFP']);
  assert.deepEqual(findWireCredits('With dpa and AFP'), ['dpa', 'AFP']);
  assert.deepEqual(findWireCredits('An AFP photographer saw smoke rising over the port.'), []);
  assert.deepEqual(findWireCredits('Reuters could not independently verify the footage.'), []);
});

test('bylines: authors, wire and outlet; sentences starting with "By" are not bylines', () => {
  assert.deepEqual(parseByline('By Fatima Hussein and Lee Keath for AFP'), {
    authors: ['Fatima Hussein', 'Lee Keath'],
    wire: ['AFP'],
    outlet: null,
  });
  assert.deepEqual(parseByline('By SAMYA KULLAB, Associated Press'), {
    authors: ['Samya Kullab'],
    wire: ['AP'],
    outlet: null,
  });
  assert.deepEqual(parseByline('By Reuters Staff'), { authors: [], wire: ['Reuters'], outlet: null });
  assert.equal(parseByline('By Ana María de la Cruz | The Guardian')?.outlet, 'The Guardian');
  assert.equal(parseByline('By the time the truce began, dozens of villages had been burned.'), null);
  assert.equal(parseByline('By late afternoon, shelling had resumed'), null);
});

test('credit lines and photo credits', () => {
  assert.deepEqual(parseCreditLine('Via AP news wire'), ['AP']);
  assert.deepEqual(parseCreditLine('Source: Xinhua'), ['Xinhua']);
  assert.equal(parseCreditLine('The Reuters report could not be confirmed by other sources.'), null);
  assert.ok(isPhotoCredit('Jane Doe / AFP', true));
  assert.ok(isPhotoCredit('Photo: Omar Haddad'));
  assert.ok(isPhotoCredit('Displaced families queue for water. Getty Images'));
  assert.ok(!isPhotoCredit('Displaced families queued for water in the camp on Monday.'));
});
