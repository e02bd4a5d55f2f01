import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { escapeHtml, renderHtml } from '../../src/report/render/html.ts';
import { fixtureReport, words } from '../export/fixture.ts';
import { hostileReport } from './hostile.ts';

test('escapeHtml escapes the five special characters', () => {
  assert.equal(
    escapeHtml(`<a href="x" title='y'>&</a>`),
    '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;',
  );
});

test('the printable sitrep is one self-contained page with every section', () => {
  const html = renderHtml(fixtureReport());
  assert.match(html, /^<!doctype html>/);
  assert.doesNotMatch(html, /<script\b/i, 'no scripts');
  assert.doesNotMatch(html, /<link\b|src="http|@import/i, 'nothing fetched');
  assert.match(html, /<style>[\s\S]*@media print/);
  const { document } = parseHTML(html);
  for (const id of ['summary', 'timeline', 'figures', 'claims', 'sources', 'appendix']) {
    assert.ok(document.getElementById(id), `section #${id}`);
  }
  // figures by reporter: one table per reporter, values with their qualifier
  const figures = document.getElementById('figures')!;
  assert.deepEqual(
    [...figures.querySelectorAll('h3')].map((h) => h.textContent),
    ['a rights group', 'health ministry', 'the regional governor'],
  );
  assert.ok(figures.textContent!.includes('at least 7'));
  // the contested pair: the accusation and the denial side by side
  const pair = document.querySelector('#claims .pair')!;
  assert.match(pair.textContent!, /the regional governor[\s\S]*The outlet \(denial/);
});

test('every citation links to an appendix passage quoting the cited words', () => {
  const r = fixtureReport();
  const { document } = parseHTML(renderHtml(r));
  const cites = [...document.querySelectorAll('a.cite')];
  assert.ok(cites.length >= 5);
  const passages = [...document.querySelectorAll('#appendix li')];
  for (const a of cites) {
    const target = a.getAttribute('href')!.slice(1);
    const li = document.getElementById(target);
    assert.ok(li && passages.includes(li), `${target} exists in the appendix`);
    assert.match(a.textContent!, /^\[d\d+\]$/);
    assert.ok(li.textContent!.includes(a.textContent!), 'the passage names the same document');
  }
  // the passage for the shelling figure quotes exactly its words
  const m = r.figures[0].mentions[0];
  const quoted = passages.map((p) => p.querySelector('q')?.textContent);
  assert.ok(quoted.includes(words(r, m)));
  assert.equal(new Set(quoted).size, quoted.length, 'each passage once');
});

test('markup in the report is escaped everywhere', () => {
  const html = renderHtml(hostileReport());
  assert.doesNotMatch(html, /<script/i);
  assert.doesNotMatch(html, /<img/i);
  assert.match(html, /&lt;script&gt;window.__pwned=1&lt;\/script&gt;/);
  const { document } = parseHTML(html);
  assert.equal(document.querySelectorAll('script, img').length, 0);
  assert.ok(document.body.textContent!.includes('<img src=x onerror="window.__pwned=1">'));
});
