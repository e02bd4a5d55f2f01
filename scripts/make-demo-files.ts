/**
 * Generates the demo corpus files that cannot be written by hand as plain UTF-8 text:
 *   examples/corpus/06-omdurman-drones.html      (HTML declared and encoded as Windows-1252)
 *   examples/corpus/08-wire-updates.jsonl.gz     (gzip-compressed JSON Lines, two articles)
 *   examples/corpus/11-jet-claim.warc.gz         (gzipped WARC: one request + one response record)
 * The article texts below were written for sitrep (facts from public reporting on the May 2023
 * Jeddah truces in Sudan; outlets, reporters and quoted residents are invented).
 * Output is deterministic: fixed record ids and dates, gzip without a timestamp.
 * Run: node --import tsx scripts/make-demo-files.ts
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { WARCRecord, WARCSerializer } from 'warcio';
import { JET_CLAIM_PARAGRAPHS, OMDURMAN_PARAGRAPHS, UPDATES } from './make-demo-texts.ts';

const OUT = join(import.meta.dirname, '..', 'examples', 'corpus');

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const paras = (ps: readonly string[]): string => ps.map((p) => `      <p>${esc(p)}</p>`).join('\n');

/** A small regional-newspaper page, saved in the legacy Windows-1252 encoding it declares. */
function omdurmanPage(): Buffer {
  const title = '“Drones before dawn”: Omdurman counts the cost of a truce in name only';
  const html = `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="windows-1252">
  <title>${esc(title)} — The Continental Review</title>
  <meta name="description" content="Residents of Omdurman describe drone strikes and shelling during Sudan’s week-long ceasefire.">
  <meta name="author" content="Idris Abakar">
  <meta name="date" content="2023-05-25">
  <meta property="og:site_name" content="The Continental Review">
  <meta property="og:title" content="${esc(title)}">
  <meta property="og:url" content="https://continentalreview.org/news/2023/05/25/omdurman-drones-truce">
</head>
<body>
  <div class="topbar"><a href="/">The Continental Review</a> | <a href="/news">News</a> | <a href="/features">Features</a> | <a href="/donate">Donate</a></div>
  <div class="content">
    <h1>${esc(title)}</h1>
    <div class="meta">By Idris Abakar — Thursday, May 25, 2023</div>
    <div class="text">
${paras(OMDURMAN_PARAGRAPHS)}
    </div>
    <div class="tags">Filed under: Sudan · Conflict · Humanitarian</div>
  </div>
  <div class="footer">© 2023 The Continental Review. Reproduction without permission is prohibited.</div>
</body>
</html>
`;
  return iconv.encode(html, 'win1252');
}

/** Two wire updates as JSON Lines, with field names different from the JSON example's. */
function updatesJsonl(): Buffer {
  const lines = UPDATES.map((u) =>
    JSON.stringify({
      headline: u.headline,
      text: u.paragraphs.join('\n\n'),
      link: u.link,
      date: u.date,
      byline: u.byline,
      publisher: u.publisher,
    }),
  );
  return gzipSync(Buffer.from(`${lines.join('\n')}\n`, 'utf8'), { level: 9 });
}

async function jetClaimWarc(): Promise<Uint8Array> {
  const url = 'https://www.africafrontline.net/sudan/rsf-says-it-downed-army-jet-army-denies';
  const date = '2023-05-24T15:32:08Z';
  const title = 'RSF says it downed army jet over Omdurman; army denies any loss';
  const html = `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>${esc(title)} - Africa Frontline</title>
<meta property="og:site_name" content="Africa Frontline">
<meta property="og:title" content="${esc(title)}">
<meta property="article:published_time" content="2023-05-24T18:20:00+03:00">
<meta name="author" content="Africa Frontline staff">
</head><body>
<header><a href="/">Africa Frontline</a><nav><a href="/sudan">Sudan</a> <a href="/sahel">Sahel</a> <a href="/horn">Horn of Africa</a></nav></header>
<main><article>
<h1>${esc(title)}</h1>
<p class="dateline">Published 24 May 2023</p>
${paras(JET_CLAIM_PARAGRAPHS)}
</article>
<aside><h3>Most read</h3><ul><li><a href="/sudan/refugees-chad">Thousands cross into Chad</a></li><li><a href="/sahel/mali-elections">Mali referendum date set</a></li></ul></aside>
</main>
<footer>Africa Frontline — independent reporting from the continent. Follow us for alerts.</footer>
</body></html>
`;
  const enc = new TextEncoder();
  const request = WARCRecord.create(
    {
      url,
      date,
      type: 'request',
      warcVersion: 'WARC/1.1',
      statusline: 'GET /sudan/rsf-says-it-downed-army-jet-army-denies HTTP/1.1',
      httpHeaders: {
        Host: 'www.africafrontline.net',
        'User-Agent': 'sitrep-demo-crawler/1.0',
        Accept: 'text/html',
      },
      warcHeaders: { 'WARC-Record-ID': '<urn:uuid:5d1f3c2a-8a43-4f6e-9b1e-2f0c6a7d9e01>' },
    },
    [] as Uint8Array[],
  );
  const response = WARCRecord.create(
    {
      url,
      date,
      type: 'response',
      warcVersion: 'WARC/1.1',
      statusline: 'HTTP/1.1 200 OK',
      httpHeaders: { 'Content-Type': 'text/html; charset=utf-8', Server: 'nginx' },
      warcHeaders: {
        'WARC-Record-ID': '<urn:uuid:8b7e6d5c-4a3b-4c2d-9e1f-0a9b8c7d6e02>',
        'WARC-Concurrent-To': '<urn:uuid:5d1f3c2a-8a43-4f6e-9b1e-2f0c6a7d9e01>',
      },
    },
    [enc.encode(html)],
  );
  const a = await WARCSerializer.serialize(request, { gzip: true });
  const b = await WARCSerializer.serialize(response, { gzip: true });
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

writeFileSync(join(OUT, '06-omdurman-drones.html'), omdurmanPage());
writeFileSync(join(OUT, '08-wire-updates.jsonl.gz'), updatesJsonl());
writeFileSync(join(OUT, '11-jet-claim.warc.gz'), await jetClaimWarc());
console.log('wrote 06-omdurman-drones.html, 08-wire-updates.jsonl.gz, 11-jet-claim.warc.gz');
