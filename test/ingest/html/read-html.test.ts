import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readHtml } from '../../../src/ingest/html/index.ts';
import { allOutlets } from '../../../src/ingest/meta/outlet.ts';
import { InputFailure } from '../../../src/ingest/types.ts';

const P1 =
  'Shelling near the river crossing forced hundreds of families to flee overnight, local officials said on Tuesday, as aid convoys waited at the border for permission to enter.';
const P2 =
  'The regional governor told reporters that at least twelve civilians had been killed and that two schools used as shelters were damaged in the strikes.';
const P3 =
  'Humanitarian agencies warned that water supplies in the eastern districts would run out within days unless the pumping stations could be repaired.';

function page(head: string, body: string, htmlAttrs = ' lang="en-GB"'): string {
  return `<!DOCTYPE html><html${htmlAttrs}><head>${head}</head><body>${body}</body></html>`;
}

const ARTICLE = `<article><h1>Families flee as shelling hits river towns</h1><p>${P1}</p><p>${P2}</p><p>${P3}</p></article>`;

test('JSON-LD NewsArticle gives headline, date, authors, publisher and URL', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Ignored Site', url: 'https://news.example.org/' },
      {
        '@type': 'NewsArticle',
        headline: 'Families flee as shelling hits river towns',
        datePublished: '2023-06-14T08:30:00+03:00',
        author: [
          { '@type': 'Person', name: 'Olena Marchenko' },
          { '@type': 'Person', name: 'David Okafor' },
        ],
        publisher: { '@type': 'Organization', name: 'Daily Frontline' },
        mainEntityOfPage: { '@id': 'https://news.example.org/world/2023/06/14/river-towns' },
      },
    ],
  };
  const html = page(
    `<title>Families flee as shelling hits river towns | Daily Frontline</title><script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    ARTICLE,
  );
  const doc = readHtml(html, 'a.html');
  assert.equal(doc.format, 'html');
  assert.equal(doc.source, 'a.html');
  assert.equal(doc.title, 'Families flee as shelling hits river towns');
  assert.equal(doc.published, '2023-06-14T08:30:00+03:00');
  assert.deepEqual(doc.authors, ['Olena Marchenko', 'David Okafor']);
  assert.equal(doc.outlet, 'Daily Frontline');
  assert.equal(doc.url, 'https://news.example.org/world/2023/06/14/river-towns');
  assert.equal(doc.language, 'en');
  assert.equal(doc.text, [P1, P2, P3].join('\n\n'));
});

test('OpenGraph and meta tags are used when there is no JSON-LD', () => {
  const head = [
    '<title>Aid trucks cross into the enclave - Harbour Post</title>',
    '<meta property="og:title" content="Aid trucks cross into the enclave">',
    '<meta property="og:site_name" content="Harbour Post">',
    '<meta property="og:url" content="https://harbourpost.example.com/2024/01/09/aid-trucks">',
    '<meta property="article:published_time" content="2024-01-09T16:05:00Z">',
    '<meta name="author" content="By Leila Haddad and Omar Saleh">',
    '<meta name="description" content="Dozens of lorries carrying flour and medicine crossed on Tuesday.">',
  ].join('');
  const doc = readHtml(page(head, `<div class="story-body"><p>${P1}</p><p>${P3}</p></div>`), 'b.html');
  assert.equal(doc.title, 'Aid trucks cross into the enclave');
  assert.equal(doc.outlet, 'Harbour Post');
  assert.equal(doc.url, 'https://harbourpost.example.com/2024/01/09/aid-trucks');
  assert.equal(doc.published, '2024-01-09T16:05:00Z');
  assert.deepEqual(doc.authors, ['Leila Haddad', 'Omar Saleh']);
  assert.equal(doc.description, 'Dozens of lorries carrying flour and medicine crossed on Tuesday.');
});

test('parsely/sailthru meta, <link rel=canonical>, <time datetime> and a relative canonical', () => {
  const head = [
    '<title>Ceasefire talks stall in the capital :: The Evening Ledger</title>',
    '<meta name="parsely-author" content="AMINA YUSUF">',
    '<meta name="sailthru.date" content="2022-11-03 10:15:00">',
    '<link rel="canonical" href="/africa/ceasefire-talks-stall">',
  ].join('');
  const doc = readHtml(page(head, ARTICLE), 'c.html', { url: 'https://ledger.example.net/feed/item?id=7' });
  assert.equal(doc.url, 'https://ledger.example.net/africa/ceasefire-talks-stall');
  assert.equal(doc.published, '2022-11-03');
  assert.deepEqual(doc.authors, ['Amina Yusuf']);

  const doc2 = readHtml(
    page(
      '<title>Port reopens</title>',
      `<time class="published" datetime="2021-03-02T07:00:00-05:00">March 2</time>${ARTICLE}`,
    ),
    'd.html',
  );
  assert.equal(doc2.published, '2021-03-02T07:00:00-05:00');
});

test('the site name is stripped from <title> when nothing better is given', () => {
  const doc = readHtml(
    page(
      '<title>Drone strike hits fuel depot | World News | The Morning Courier</title>',
      `<p>${P1}</p><p>${P2}</p>`,
    ),
    'e.html',
    {
      url: 'https://www.morningcourier.example/world/drone-strike',
    },
  );
  assert.equal(doc.title, 'Drone strike hits fuel depot');
  const doc2 = readHtml(
    page('<title>Morning Courier: Drone strike hits fuel depot</title>', `<p>${P1}</p>`),
    'f.html',
    {
      url: 'https://morningcourier.example/x/y',
    },
  );
  assert.equal(doc2.title, 'Drone strike hits fuel depot');
});

test('page furniture is dropped: nav, share bar, ads, teasers, prompts, captions, credits, copyright', () => {
  const body = `
    <header class="site-header"><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></header>
    <nav><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></nav>
    <div class="breadcrumbs"><a href="/">Home</a> › <a href="/world">World</a> › Africa</div>
    <main>
      <article>
        <h1>Clashes spread to the outskirts of the city</h1>
        <div class="byline">By Samuel Tesfaye</div>
        <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a> <a href="#">Email</a></div>
        <figure><img src="x.jpg"><figcaption>Smoke rises over the market district on Monday. Photo: Staff photographer</figcaption></figure>
        <p>${P1}</p>
        <div class="ad-slot">Advertisement</div>
        <p>${P2}</p>
        <aside class="related"><h3>Related</h3><a href="/x">Earlier: fighting closes the airport road</a></aside>
        <p>Read more: <a href="/y">What we know about the fighting</a></p>
        <p>${P3}</p>
        <div class="newsletter-signup"><p>Sign up for our daily briefing and get the news in your inbox every morning.</p></div>
        <p>Support independent journalism: donate today and help keep our reporting free for everyone.</p>
      </article>
    </main>
    <footer><p>© 2024 Example Media Group. All rights reserved.</p><a href="/privacy">Privacy policy</a></footer>`;
  const doc = readHtml(page('<title>Clashes spread</title>', body), 'g.html');
  assert.equal(doc.text, [P1, P2, P3].join('\n\n'));
});

test('a page without <html>/<body>, with scripts everywhere, still yields its text', () => {
  const html = `<script>document.write("<p>not article text</p>")</script><p>${P1}</p><style>p{color:red}</style><script>var a = 1;</script><p>${P2}</p><noscript><p>Please enable JavaScript</p></noscript>`;
  const doc = readHtml(html, 'h.html');
  assert.equal(doc.text, [P1, P2].join('\n\n'));
  assert.equal(doc.title, null);
  // No declared language: guessed from the text's function words.
  assert.equal(doc.language, 'en');
});

test('entities are decoded and inline markup does not split words or paragraphs', () => {
  const html = page(
    '',
    `<p>Officials in Sana&#8217;a said the <b>port</b> of <a href="/h">Hodeidah</a> would reopen &amp; fuel imports resume, after weeks of talks between the two delegations.</p>`,
  );
  const doc = readHtml(html, 'i.html');
  assert.equal(
    doc.text,
    'Officials in Sana’a said the port of Hodeidah would reopen & fuel imports resume, after weeks of talks between the two delegations.',
  );
});

test('unusable input throws InputFailure with a reason', () => {
  for (const bad of [
    '',
    '   ',
    '<html><body><nav><a href="/">Home</a></nav></body></html>',
    '\u0000\u0000\u0000\u0000binary',
  ]) {
    assert.throws(
      () => readHtml(bad, 'bad.html'),
      (e: unknown) => e instanceof InputFailure && e.source === 'bad.html' && e.message.length > 5,
    );
  }
});

test('a long JSON-LD articleBody is used when the page markup has no readable text', () => {
  const body = `${P1}\n\n${P2}\n\n${P3}`;
  const ld = { '@type': 'NewsArticle', headline: 'Water running out', articleBody: body };
  const html = page(
    `<script type="application/ld+json">${JSON.stringify(ld)}</script>`,
    '<div id="app"></div>',
  );
  const doc = readHtml(html, 'j.html');
  assert.equal(doc.text, [P1, P2, P3].join('\n\n'));
  assert.equal(doc.title, 'Water running out');
});

test('outlet: curated name for a known domain, else the page site name, else the domain', () => {
  const known = allOutlets().find((o) => o.domains.length > 0 && !o.ambiguous);
  assert.ok(known, 'the outlet list has entries');
  const body = `<p>${P1}</p><p>${P2}</p>`;
  const head = '<meta property="og:site_name" content="Some Other Label">';
  const a = readHtml(page(head, body), 'k.html', {
    url: `https://www.${known.domains[0]}/world/2024/05/01/story`,
  });
  assert.equal(a.outlet, known.name);
  const b = readHtml(page(head, body), 'l.html', { url: 'https://news.unlisted-example.org/world/story' });
  assert.equal(b.outlet, 'Some Other Label');
  const c = readHtml(page('', body), 'm.html', { url: 'https://news.unlisted-example.org/world/story' });
  assert.equal(c.outlet, 'unlisted-example.org');
});

test('a paywalled page showing a teaser takes the full JSON-LD articleBody; an unrelated one is ignored', () => {
  const P4 =
    'Engineers said the second pumping station could be running again by the end of the week if the spare parts arrive from the coast as planned.';
  const full = [P1, P2, P3, P4].join('\n\n');
  const ld = (body: string) =>
    `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline: 'Water', articleBody: body })}</script>`;
  const teaser = `<article><p>${P1}</p><div class="paywall">Subscribe to keep reading.</div></article>`;
  assert.equal(readHtml(page(ld(full), teaser), 'pw.html').text, full);

  const other =
    'A completely different story about a football match in which the home side won three goals to one after a late penalty.';
  const unrelated = [
    other,
    other.replace('home', 'away'),
    other.replace('three', 'four'),
    other.replace('one', 'two'),
  ].join('\n\n');
  const body = `<article><p>${P1}</p><p>${P2}</p></article>`;
  assert.equal(readHtml(page(ld(unrelated), body), 'un.html').text, [P1, P2].join('\n\n'));
});
