import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  decodeXmlText,
  escapeBareAmpersands,
  outletFromFeedTitle,
  readFeed,
} from '../../../src/ingest/feed.ts';
import { InputFailure } from '../../../src/ingest/types.ts';
import { article } from './helpers.ts';

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function rss(items: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Horn Dispatch &amp; Review</title>
  <link>https://horn.example/</link>
  <language>en-gb</language>
${items}
</channel>
</rss>`;
}

test('RSS 2.0 with 3 items gives 3 documents named source#n', () => {
  const feed = rss(`
  <item>
    <title>Drone strike on Bahir Dar</title>
    <link>https://horn.example/a</link>
    <description>Short teaser.</description>
    <content:encoded><![CDATA[${article('Bahir Dar', 'Fano militia')
      .split('\n\n')
      .map((p) => `<p>${p}</p>`)
      .join('')}<script>track()</script>]]></content:encoded>
    <pubDate>Tue, 05 Mar 2024 09:15:00 +0300</pubDate>
    <dc:creator>Selam Tadesse</dc:creator>
  </item>
  <item>
    <title>Curfew in Gondar</title>
    <guid isPermaLink="true">https://horn.example/b</guid>
    <description>${esc('<p>Authorities imposed a <em>curfew</em> on Monday.</p><p>Shops closed early.</p>')}</description>
    <author>desk@horn.example (Hana Girma)</author>
    <source url="https://wire.example/rss">Wire Service Daily</source>
  </item>
  <item>
    <title>Talks &amp; truce</title>
    <link>https://horn.example/c</link>
    <description>Negotiators met in Nairobi.</description>
    <pubDate>Mon, 31 Feb 2024 10:00:00 GMT</pubDate>
  </item>`);
  const { documents, failures } = readFeed(feed, 'horn.xml');
  assert.equal(failures.length, 0);
  assert.deepEqual(
    documents.map((d) => d.source),
    ['horn.xml#1', 'horn.xml#2', 'horn.xml#3'],
  );
  const [a, b, c] = documents;
  assert.equal(a.format, 'rss');
  assert.equal(a.title, 'Drone strike on Bahir Dar');
  assert.equal(a.url, 'https://horn.example/a');
  assert.deepEqual(a.authors, ['Selam Tadesse']);
  assert.equal(a.text.split('\n\n').length, 4, 'content:encoded wins over the teaser, scripts dropped');
  assert.ok(!a.text.includes('track()'));
  assert.equal(a.description, 'Short teaser.');
  assert.ok(a.published?.startsWith('2024-03-05'));
  assert.equal(a.language, 'en-gb');
  assert.equal(a.outlet, 'Horn Dispatch & Review', 'feed title as outlet fallback');
  assert.equal(b.url, 'https://horn.example/b');
  assert.equal(b.text, 'Authorities imposed a curfew on Monday.\n\nShops closed early.');
  assert.deepEqual(b.authors, ['Hana Girma']);
  assert.equal(b.outlet, 'Wire Service Daily', "the item's <source> beats the feed title");
  assert.equal(c.title, 'Talks & truce');
  assert.equal(c.published, null, 'impossible date → null, document kept');
});

test('Atom entries: xhtml and escaped html content, links, authors, updated as fallback', () => {
  const atom = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <title type="text">Journal du Sahel</title>
  <updated>2024-06-01T12:00:00Z</updated>
  <entry>
    <title>Attaque près de Djibo</title>
    <link rel="self" href="https://sahel.example/api/1"/>
    <link rel="alternate" type="text/html" href="https://sahel.example/djibo"/>
    <id>urn:uuid:1</id>
    <published>2024-05-30T08:00:00+00:00</published>
    <author><name>Awa Traoré</name></author>
    <author><name>Paul Kaboré</name></author>
    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Des hommes armés ont attaqué un poste &amp; un marché.</p><p>Le bilan reste incertain.</p></div></content>
  </entry>
  <entry>
    <title type="html">&lt;b&gt;Pluies&lt;/b&gt; à Niamey</title>
    <link href="https://sahel.example/niamey"/>
    <updated>2024-05-29T07:00:00Z</updated>
    <summary type="html">&lt;p&gt;Des inondations ont touché la ville.&lt;/p&gt;</summary>
  </entry>
</feed>`;
  const { documents, failures } = readFeed(atom, 'sahel.atom');
  assert.equal(failures.length, 0);
  assert.equal(documents.length, 2);
  const [a, b] = documents;
  assert.equal(a.url, 'https://sahel.example/djibo');
  assert.deepEqual(a.authors, ['Awa Traoré', 'Paul Kaboré']);
  assert.equal(a.text, 'Des hommes armés ont attaqué un poste & un marché.\n\nLe bilan reste incertain.');
  assert.ok(a.published?.startsWith('2024-05-30'));
  assert.equal(a.language, 'fr');
  assert.equal(b.title, 'Pluies à Niamey');
  assert.equal(b.url, 'https://sahel.example/niamey');
  assert.ok(b.published?.startsWith('2024-05-29'), 'updated is the fallback date');
  assert.equal(b.text, 'Des inondations ont touché la ville.');
  assert.equal(b.outlet, 'Journal du Sahel');
});

test('RSS 1.0 (RDF) items beside the channel', () => {
  const rdf = `<?xml version="1.0"?>
<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel rdf:about="https://k.example/"><title>Kivu Notes</title></channel>
  <item rdf:about="https://k.example/1"><title>Goma</title><description>Clashes north of Goma.</description><dc:date>2023-10-09</dc:date></item>
</rdf:RDF>`;
  const { documents } = readFeed(rdf, 'k.rdf');
  assert.equal(documents.length, 1);
  assert.equal(documents[0].url, 'https://k.example/1');
  assert.equal(documents[0].published, '2023-10-09');
});

test('bad feeds: malformed XML says where, other XML names its root, empty items are record errors', () => {
  assert.throws(
    () => readFeed('<rss>\n<channel>\n<title>x</titel>\n</channel></rss>', 'bad.xml'),
    (e: unknown) =>
      e instanceof InputFailure && e.at === 'line 3, column 9' && /malformed XML/.test(e.message),
  );
  assert.throws(
    () => readFeed('<?xml version="1.0"?><urlset><url/></urlset>', 's.xml'),
    /neither RSS nor Atom \(root is <urlset>\)/,
  );
  assert.throws(() => readFeed(rss(''), 'none.xml'), /has no items/);
  const r = readFeed(
    rss('<item><title>Only a title</title></item><item><description>Text.</description></item>'),
    'f.xml',
  );
  assert.equal(r.documents.length, 1);
  assert.equal(r.documents[0].source, 'f.xml#2');
  assert.equal(r.failures[0].source, 'f.xml#1');
});

test('bare ampersands, the commonest feed error, are repaired', () => {
  const feed =
    '<rss><channel><title>Q&A Weekly</title><item><title>Aid & relief in Gaza</title><description>Trucks crossed at Rafah &amp; Kerem Shalom.</description></item></channel></rss>';
  const { documents } = readFeed(feed, 'amp.xml');
  assert.equal(documents[0].title, 'Aid & relief in Gaza');
  assert.equal(documents[0].text, 'Trucks crossed at Rafah & Kerem Shalom.');
  assert.equal(escapeBareAmpersands('a & b &amp; c &#38; d &x'), 'a &amp; b &amp; c &#38; d &amp;x');
});

test('the outlet part of a feed title is the segment that spells the domain', () => {
  assert.equal(
    outletFromFeedTitle('Kivu Times - Africa', 'https://www.kivutimes.example/africa/'),
    'Kivu Times',
  );
  assert.equal(
    outletFromFeedTitle('World news | The Sahel Post', 'https://sahelpost.example/'),
    'The Sahel Post',
  );
  assert.equal(
    outletFromFeedTitle('BBC News - World', 'https://feeds.bbc.co.uk/news/world/rss.xml'),
    'BBC News',
  );
  assert.equal(outletFromFeedTitle('Latest - Top stories', 'https://example.org/'), 'Latest - Top stories');
  assert.equal(outletFromFeedTitle('Horn Dispatch', null), 'Horn Dispatch');
});

test('entity bombs do not expand', () => {
  const lol = `<?xml version="1.0"?><!DOCTYPE r [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;"><!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;"><!ENTITY d "&c;&c;&c;&c;&c;&c;&c;&c;&c;&c;">]><rss><channel><item><title>&d;</title><description>x &d;</description></item></channel></rss>`;
  try {
    const r = readFeed(lol, 'lol.xml');
    assert.ok(r.documents.every((d) => d.text.length < 10000 && (d.title ?? '').length < 10000));
  } catch (e) {
    assert.ok(e instanceof InputFailure);
  }
});

test('decodeXmlText unwraps CDATA and decodes entities once', () => {
  assert.equal(decodeXmlText('&lt;p&gt;a &amp;amp; b&lt;/p&gt;'), '<p>a &amp; b</p>');
  assert.equal(decodeXmlText('x <![CDATA[<b>&amp;</b>]]> y &#233;&#x41;'), 'x <b>&amp;</b> y éA');
});
