import assert from 'node:assert/strict';
import { test } from 'node:test';
import { cleanAuthors } from '../../../src/ingest/html/authors.ts';
import { guessLanguage } from '../../../src/ingest/html/boilerplate.ts';
import { normalizeDate } from '../../../src/ingest/html/dates.ts';
import { readHtml } from '../../../src/ingest/html/index.ts';
import { parseJsonLd, readJsonLd } from '../../../src/ingest/html/jsonld.ts';
import { cleanTitle, stripSiteName } from '../../../src/ingest/html/title.ts';

test('normalizeDate keeps offsets, drops times without one, reads text dates and epochs', () => {
  assert.equal(normalizeDate('2023-10-07T06:29:00+0300'), '2023-10-07T06:29:00+03:00');
  assert.equal(normalizeDate('2023-10-07T06:29:00.000Z'), '2023-10-07T06:29:00.000Z');
  assert.equal(normalizeDate('2023-10-07 06:29:00'), '2023-10-07');
  assert.equal(normalizeDate('20231007'), '2023-10-07');
  assert.equal(normalizeDate('Sat, 15 Apr 2023 09:45:00 GMT'), '2023-04-15T09:45:00Z');
  assert.equal(normalizeDate('April 15, 2023'), '2023-04-15');
  assert.equal(normalizeDate('15th February 2022'), '2022-02-15');
  assert.equal(normalizeDate(1_681_552_800), '2023-04-15T10:00:00Z');
  assert.equal(normalizeDate('1681552800000'), '2023-04-15T10:00:00Z');
  assert.equal(normalizeDate('2023-02-30'), null);
  assert.equal(normalizeDate('05/03/2024'), null);
  assert.equal(normalizeDate('yesterday'), null);
  assert.equal(normalizeDate(null), null);
});

test('cleanAuthors splits bylines and drops roles, agencies, handles, URLs and the outlet', () => {
  assert.deepEqual(cleanAuthors(['By Aung Kyaw Min and Thandar Hlaing'], null), [
    'Aung Kyaw Min',
    'Thandar Hlaing',
  ]);
  assert.deepEqual(cleanAuthors(['Fatima Abdelrahman, Senior Correspondent'], null), ['Fatima Abdelrahman']);
  assert.deepEqual(cleanAuthors(['Reuters', 'Associated Press', 'AFP'], null), []);
  assert.deepEqual(cleanAuthors(['https://www.facebook.com/someone', '@handle'], null), []);
  assert.deepEqual(cleanAuthors(['Sahel Monitor'], 'Sahel Monitor'), []);
  assert.deepEqual(cleanAuthors(['MARIA DOS SANTOS'], null), ['Maria Dos Santos']);
  assert.deepEqual(cleanAuthors(['Yohannes Bekele', 'yohannes bekele'], null), ['Yohannes Bekele']);
  assert.deepEqual(cleanAuthors(['Carlos E. Rivera'], null), ['Carlos E. Rivera']);
});

test('stripSiteName removes the outlet at either end and a trailing section label', () => {
  const url = 'https://www.frontierdaily.example/news/1';
  assert.equal(
    stripSiteName('Refugees cross into Chad - Frontier Daily', null, url),
    'Refugees cross into Chad',
  );
  assert.equal(
    stripSiteName('Frontier Daily | Refugees cross into Chad', null, url),
    'Refugees cross into Chad',
  );
  assert.equal(
    stripSiteName('Refugees cross into Chad | Africa | Frontier Daily', 'Frontier Daily', null),
    'Refugees cross into Chad',
  );
  // A dash inside a headline that names no site stays.
  assert.equal(
    stripSiteName('Kharkiv - a city under fire for two years', null, 'https://example.org/a'),
    'Kharkiv - a city under fire for two years',
  );
  assert.equal(
    cleanTitle(
      { headline: null, og: null, title: 'Frontier Daily', h1: 'Refugees cross into Chad' },
      { siteName: 'Frontier Daily', url },
    ),
    'Refugees cross into Chad',
  );
});

test('parseJsonLd tolerates CDATA, raw newlines in strings and trailing commas', () => {
  assert.deepEqual(parseJsonLd('//<![CDATA[\n{"a": 1}\n//]]>'), { a: 1 });
  assert.deepEqual(parseJsonLd('{"a": "line one\nline two"}'), { a: 'line one line two' });
  assert.deepEqual(parseJsonLd('{"a": [1, 2,],}'), { a: [1, 2] });
  assert.equal(parseJsonLd('{not json'), undefined);
});

test('readJsonLd prefers a NewsArticle over other article types and resolves a publisher @id', () => {
  const blocks = [
    JSON.stringify({ '@type': 'BlogPosting', headline: 'A blog post', datePublished: '2020-01-01' }),
    JSON.stringify({
      '@graph': [
        { '@type': 'Organization', '@id': 'https://ex.org/#org', name: 'Valley Gazette' },
        {
          '@type': ['NewsArticle'],
          headline: 'Floods cut the road to the camp',
          datePublished: '2021-08-20T12:00:00Z',
          author: { '@type': 'Person', givenName: 'Nyaluak', familyName: 'Gatluak' },
          publisher: { '@id': 'https://ex.org/#org' },
          url: 'https://ex.org/floods',
        },
      ],
    }),
  ];
  const a = readJsonLd(blocks);
  assert.ok(a);
  assert.equal(a.headline, 'Floods cut the road to the camp');
  assert.deepEqual(a.authors, ['Nyaluak Gatluak']);
  assert.equal(a.publisher, 'Valley Gazette');
  assert.equal(a.url, 'https://ex.org/floods');
  assert.equal(readJsonLd(['[]', '{"@type":"WebSite","name":"x"}']), null);
});

test('readJsonLd survives deeply nested and huge JSON', () => {
  const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
  assert.equal(readJsonLd([deep]), null);
  const wide = JSON.stringify({
    '@graph': Array.from({ length: 50_000 }, (_, i) => ({ '@type': 'Thing', name: `t${i}` })),
  });
  assert.equal(readJsonLd([wide]), null);
});

test('cleanAuthors drops single words, the outlet and its domain, and splits "Name. Outlet"', () => {
  assert.deepEqual(cleanAuthors(['Hana Sato. Pacific Wire Service'], 'Pacific Wire'), ['Hana Sato']);
  assert.deepEqual(cleanAuthors(['Aziz', 'Kyiv Courier Staff', 'Tomas Varga'], 'Kyiv Courier'), [
    'Tomas Varga',
  ]);
  assert.deepEqual(
    cleanAuthors(['Sahelwatch Team', 'Ines Diallo'], null, 'https://www.sahelwatch.example/x'),
    ['Ines Diallo'],
  );
});

test('metadata values with leftover entities are decoded; site names lose taglines', () => {
  const html = `<html><head><meta property="og:title" content="Talks resume in Doha &amp;#8211; officials &#8216;hopeful&#8217;">
    <meta property="og:site_name" content="Gulf Ledger | Your window on the region"></head>
    <body><p>Negotiators met for six hours on Monday, according to two officials familiar with the talks, and agreed to meet again later in the week.</p></body></html>`;
  const doc = readHtml(html, 'ent.html');
  assert.equal(doc.title, 'Talks resume in Doha – officials ‘hopeful’');
  assert.equal(doc.outlet, 'Gulf Ledger');
});

test('language falls back to function-word density when the page declares none', () => {
  const fr =
    'Les habitants de la ville ont fui vers le sud pendant la nuit, selon les autorités locales. Les combats ont repris dans les quartiers du nord et les écoles sont fermées depuis lundi. Le gouverneur a dit que la situation reste très tendue.';
  assert.equal(guessLanguage(fr), 'fr');
  assert.equal(guessLanguage('Too short to tell.'), null);
  const doc = readHtml(`<html><body><p>${fr}</p></body></html>`, 'fr.html');
  assert.equal(doc.language, 'fr');
});
