import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readJson, readJsonLines } from '../../../src/ingest/json.ts';
import { lineColumn, locateJsonError } from '../../../src/ingest/jsonerror.ts';
import { authorList, findArticles } from '../../../src/ingest/jsonfields.ts';
import { InputFailure } from '../../../src/ingest/types.ts';
import { article } from './helpers.ts';

const body = article('Sittwe', 'the Arakan Army');

test('one schema.org NewsArticle object', () => {
  const json = JSON.stringify({
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: 'Fighting spreads along the coast',
    articleBody: body,
    datePublished: '2024-02-11T08:30:00+06:30',
    author: [{ '@type': 'Person', name: 'Thandar Aung' }, { name: 'Joe Park' }],
    publisher: { '@type': 'Organization', name: 'Coastal Herald' },
    url: 'https://herald.example/coast',
    inLanguage: 'en',
  });
  const { documents, failures } = readJson(json, 'one.json');
  assert.equal(failures.length, 0);
  assert.equal(documents.length, 1);
  const d = documents[0];
  assert.equal(d.source, 'one.json');
  assert.equal(d.format, 'json');
  assert.equal(d.title, 'Fighting spreads along the coast');
  assert.deepEqual(d.authors, ['Thandar Aung', 'Joe Park']);
  assert.equal(d.outlet, 'Coastal Herald');
  assert.equal(d.url, 'https://herald.example/coast');
  assert.equal(d.language, 'en');
  assert.ok(d.published?.startsWith('2024-02-1'));
  assert.equal(d.text.split('\n\n').length, 4);
  assert.ok(d.text.startsWith('Shelling hit the outskirts of Sittwe'));
});

test('an array of articles: numbered source#n, HTML bodies turned to text, a bad record reported', () => {
  const json = JSON.stringify([
    { title: 'Convoy attacked', text: body, date: '2023-11-02', byline: 'By Ali Hassan and Mona Said' },
    {
      headline: 'Port shut',
      content: '<p>The port of <b>Hodeidah</b> closed on Monday.</p><p>Ships waited offshore.</p>',
    },
    { title: 'Only a title' },
    { title: 'Impossible date', body: 'Text about Darfur.', published: '2023-02-31' },
  ]);
  const { documents, failures } = readJson(json, 'list.json');
  assert.deepEqual(
    documents.map((d) => d.source),
    ['list.json#1', 'list.json#2', 'list.json#4'],
  );
  assert.deepEqual(documents[0].authors, ['Ali Hassan', 'Mona Said']);
  assert.equal(documents[0].published, '2023-11-02');
  assert.equal(documents[1].text, 'The port of Hodeidah closed on Monday.\n\nShips waited offshore.');
  assert.equal(documents[2].published, null, 'impossible date → null, document kept');
  assert.equal(failures.length, 1);
  assert.equal(failures[0].source, 'list.json#3');
  assert.match(failures[0].message, /no article text/);
});

test('API envelopes: the article array is found and the envelope title is an outlet fallback', () => {
  const newsApi = {
    status: 'ok',
    totalResults: 2,
    articles: [
      {
        source: { id: null, name: 'Daily Monitor' },
        title: 'A',
        description: 'd',
        url: 'https://m.example/a',
        publishedAt: '2024-01-01T10:00:00Z',
        content: body,
      },
      {
        source: { id: null, name: 'Daily Monitor' },
        title: 'B',
        description: 'Short summary only.',
        url: 'https://m.example/b',
      },
    ],
  };
  const r1 = readJson(JSON.stringify(newsApi), 'api.json');
  assert.equal(r1.documents.length, 2);
  assert.equal(r1.documents[0].outlet, 'Daily Monitor');
  assert.equal(r1.documents[1].text, 'Short summary only.');
  const nested = {
    response: {
      status: 'ok',
      results: [
        {
          webTitle: 'Siege lifted',
          webUrl: 'https://g.example/x',
          webPublicationDate: '2022-05-01T00:00:00Z',
          fields: { bodyText: body },
        },
      ],
    },
  };
  const r2 = readJson(JSON.stringify(nested), 'g.json');
  assert.equal(r2.documents[0].title, 'Siege lifted');
  assert.equal(r2.documents[0].source, 'g.json#1');
  const jsonFeed = {
    version: 'https://jsonfeed.org/version/1.1',
    title: 'Sahel Watch',
    items: [{ id: '1', content_text: body, title: 'Raid near Menaka' }],
  };
  const r3 = readJson(JSON.stringify(jsonFeed), 'feed.json');
  assert.equal(r3.documents[0].outlet, 'Sahel Watch');
  assert.equal(findArticles({ settings: { a: 1 } }), null);
});

test('WordPress-style rendered fields and epoch dates', () => {
  const wp = [
    {
      id: 5,
      date: '2024-04-01T10:00:00',
      link: 'https://blog.example/2024/04/01/floods/',
      title: { rendered: 'Floods hit Beira &#8211; thousands displaced' },
      content: {
        rendered: '<p>Floods hit Beira on Monday.</p>\n<p>Thousands were displaced, officials said.</p>',
      },
      excerpt: { rendered: '<p>Floods hit Beira</p>' },
      author: 3,
    },
  ];
  const [d] = readJson(JSON.stringify(wp), 'wp.json').documents;
  assert.equal(d.title, 'Floods hit Beira – thousands displaced');
  assert.equal(d.text, 'Floods hit Beira on Monday.\n\nThousands were displaced, officials said.');
  assert.equal(d.description, 'Floods hit Beira');
  assert.equal(d.url, 'https://blog.example/2024/04/01/floods/');
  assert.deepEqual(d.authors, []);
  const epoch = readJson(
    JSON.stringify({ title: 'x', text: 'Clashes in Kidal.', published: 1704189600 }),
    'e.json',
  );
  assert.ok(epoch.documents[0].published?.startsWith('2024-01-02'));
});

test('malformed JSON says where', () => {
  const text = '[\n  {"title": "x",\n   "text": "y" "oops": 1}\n]';
  assert.throws(
    () => readJson(text, 'bad.json'),
    (e: unknown) =>
      e instanceof InputFailure && e.at === 'line 3, column 16' && /malformed JSON/.test(e.message),
  );
  assert.throws(
    () => readJson('{"a": tru}', 'x.json'),
    (e: unknown) => e instanceof InputFailure && e.at === 'line 1, column 7',
  );
  assert.throws(() => readJson('{"a": 1}', 'x.json'), /no articles/);
  assert.throws(() => readJson('  ', 'x.json'), /empty file/);
  assert.throws(() => readJson('[]', 'x.json'), /the list is empty/);
  assert.throws(() => readJson('[1, 2, {"a": 3}]', 'x.json'), /no articles/);
});

test('JSON Lines: a bad line is its own error, the other lines are read', () => {
  const lines = [
    JSON.stringify({ title: 'One', text: 'Text from Goma.' }),
    '{"title": "Two", "text": ',
    '',
    JSON.stringify({ title: 'Four', text: 'Text from Bunia.' }),
    JSON.stringify(['not', 'an', 'object']),
  ].join('\n');
  const { documents, failures } = readJsonLines(lines, 'x.jsonl');
  assert.deepEqual(
    documents.map((d) => [d.source, d.title]),
    [
      ['x.jsonl#1', 'One'],
      ['x.jsonl#4', 'Four'],
    ],
  );
  assert.equal(failures.length, 2);
  assert.equal(failures[0].at, 'line 2, column 26');
  assert.match(failures[0].message, /line 2/);
  assert.equal(failures[1].at, 'line 5');
  assert.match(failures[1].message, /expected an article object, found an array/);
});

test('locateJsonError agrees with JSON.parse on examples and gives offsets', () => {
  for (const ok of [
    '{}',
    '[]',
    '0',
    '-1.5e+3',
    '"a\\u00e9"',
    '{"a":[1,{"b":null}],"c":true}',
    ' \n[false]\n',
  ]) {
    assert.equal(locateJsonError(ok), null, ok);
  }
  const cases: [string, number][] = [
    ['{"a":1,}', 7],
    ['[1 2]', 3],
    ['{"a" 1}', 5],
    ['"abc', 0],
    ['[01]', 2],
    ['{"a":1} x', 8],
    ['["\t"]', 2],
    ['', 0],
  ];
  for (const [bad, offset] of cases) assert.equal(locateJsonError(bad)?.offset, offset, bad);
  assert.deepEqual(lineColumn('ab\ncd\nef', 7), { line: 3, column: 2 });
});

test('author strings are split into names', () => {
  assert.deepEqual(authorList('By Jane Doe, John Roe and Ana Lima'), ['Jane Doe', 'John Roe', 'Ana Lima']);
  assert.deepEqual(authorList({ name: 'Staff Reporter' }), ['Staff Reporter']);
  assert.deepEqual(
    authorList({ original: 'By Ivan Petrenko', person: [{ firstname: 'Ivan', lastname: 'Petrenko' }] }),
    ['Ivan Petrenko'],
  );
  assert.deepEqual(authorList(null), []);
});
