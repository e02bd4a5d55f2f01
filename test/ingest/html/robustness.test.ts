import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { segment } from '../../../src/ingest/html/blocks.ts';
import { readHtml } from '../../../src/ingest/html/index.ts';
import { InputFailure } from '../../../src/ingest/types.ts';

const PARA =
  '<p>Fighting around the airport continued for a third day, residents said, and the main road south was closed to all traffic.</p>';

const MARKUP =
  /<\/?(div|p|span|a|b|li|ul|table|td|tr|script|style|nav|article|br|img|svg|noscript|title|html|body|head)[\s/>]/i;

/** Runs the reader; returns 'ok' or 'failure', and fails the test on any other exception. */
function outcome(html: string): 'ok' | 'failure' {
  try {
    const doc = readHtml(html, 'prop.html');
    assert.equal(typeof doc.text, 'string');
    assert.ok(doc.text.length > 0);
    // Tags in the text can only come from escaped text ("&lt;b&gt;"), never from the markup. (A bare
    // "<" that starts no tag is text, as a browser shows it: "<<b>" reads as "<".)
    const escapesTags = /&(lt|#0*60|#x0*3c)/i.test(html);
    if (!escapesTags) assert.ok(!MARKUP.test(doc.text), `no markup in the text: ${doc.text.slice(0, 200)}`);
    return 'ok';
  } catch (e) {
    if (e instanceof InputFailure) return 'failure';
    throw e;
  }
}

const tagName = fc.constantFrom(
  'div',
  'p',
  'span',
  'a',
  'b',
  'li',
  'ul',
  'table',
  'td',
  'tr',
  'script',
  'style',
  'nav',
  'article',
  'br',
  'img',
  'svg',
  'noscript',
  'title',
  'html',
  'body',
  'head',
);
const attr = fc.constantFrom(
  '',
  ' class="content"',
  ' class="share"',
  ' hidden',
  ' id="main"',
  ' style="display:none"',
  ' href="/x"',
  ' a="<>"',
  " b='\"'",
);
const piece = fc.oneof(
  fc.tuple(tagName, attr).map(([t, a]) => `<${t}${a}>`),
  tagName.map((t) => `</${t}>`),
  fc.constantFrom(
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '&amp;',
    '&#x1F600;',
    '&#0;',
    '&bogus;',
    '<',
    '>',
    '"',
    "'",
    '</',
    '<!DOCTYPE html>',
    PARA,
  ),
  fc.string({ maxLength: 40 }),
  fc.lorem({ maxCount: 30, mode: 'sentences' }),
);

test('random tag soup never throws anything but InputFailure', () => {
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 200 }), (parts) => {
      outcome(parts.join(''));
    }),
    { numRuns: 300 },
  );
});

test('random strings (any characters) never throw anything but InputFailure', () => {
  fc.assert(
    fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (s) => {
      outcome(s);
    }),
    { numRuns: 300 },
  );
});

test('random nesting depths terminate, and readable text inside is found', () => {
  fc.assert(
    fc.property(fc.integer({ min: 0, max: 3000 }), tagName, (depth, tag) => {
      // Raw-text, void and link elements would hide or demote the paragraph by design.
      const safe = ['script', 'style', 'svg', 'noscript', 'title', 'head', 'img', 'br', 'a', 'nav'].includes(
        tag,
      )
        ? 'div'
        : tag;
      const html = `<${safe}>`.repeat(depth) + PARA + `</${safe}>`.repeat(depth);
      assert.equal(outcome(html), 'ok');
    }),
    { numRuns: 40 },
  );
});

test('HTML nested 10,000 deep is read without blowing the stack', () => {
  const html = `<html><body>${'<div>'.repeat(10_000)}${PARA}${PARA.replace('third', 'fourth')}${'</div>'.repeat(10_000)}</body></html>`;
  const doc = readHtml(html, 'deep.html');
  assert.match(doc.text, /third day/);
  assert.match(doc.text, /fourth day/);
});

test('nesting past the depth cap stops with a clear InputFailure', () => {
  const html = '<span>'.repeat(50_000) + PARA;
  assert.throws(
    () => readHtml(html, 'deeper.html'),
    (e: unknown) => e instanceof InputFailure && /depth cap/.test(e.message),
  );
});

test('a 50 MB page is read with bounded work', () => {
  const filler = '<div class="x"><span>filler text of the page</span></div>';
  const html = `<html><body><article>${PARA}${PARA.replace('airport', 'harbour')}</article>${filler.repeat(Math.ceil(50e6 / filler.length))}</body></html>`;
  assert.ok(html.length >= 50e6);
  const doc = readHtml(html, 'big.html');
  assert.match(doc.text, /airport/);
  assert.match(doc.text, /harbour/);
});

test('segment stops at its caps and says which one', () => {
  const seg = segment(`<div>${'<i>x</i>'.repeat(5_000)}</div>`, [], {
    maxElements: 1_000,
    maxDepth: 100,
    maxChars: 1e9,
    maxMillis: 10_000,
  });
  assert.equal(seg.capped, 'element cap');
  const seg2 = segment(`<p>${'word '.repeat(10_000)}</p>`, [], {
    maxElements: 1e6,
    maxDepth: 100,
    maxChars: 1_000,
    maxMillis: 10_000,
  });
  assert.equal(seg2.capped, 'text cap');
  assert.equal(segment(PARA).capped, null);
});
