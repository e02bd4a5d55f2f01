import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseHTML } from 'linkedom';
import { normalizeSpans, renderHighlighted } from '../../web/src/lib/highlight.ts';

function container(): HTMLElement {
  const { document } = parseHTML(
    '<!doctype html><html><body><div id="t">old <b>content</b></div></body></html>',
  );
  return document.getElementById('t') as unknown as HTMLElement;
}

test('spans are clipped, sorted and merged', () => {
  assert.deepEqual(
    normalizeSpans(
      [
        { start: 10, end: 14 },
        { start: 2, end: 5 },
        { start: 4, end: 7 },
        { start: -3, end: 1 },
        { start: 18, end: 40 },
        { start: 9, end: 9 },
      ],
      20,
    ),
    [
      { start: 0, end: 1 },
      { start: 2, end: 7 },
      { start: 10, end: 14 },
      { start: 18, end: 20 },
    ],
  );
});

test('the text is rebuilt from text nodes with marks around the spans', () => {
  const el = container();
  const text = 'Shells hit the market at dawn, officials said.';
  const marks = renderHighlighted(
    el,
    text,
    [
      { start: 7, end: 10 },
      { start: 31, end: 40 },
    ],
    { start: 31, end: 40 },
  );
  assert.equal(el.textContent, text);
  assert.equal(marks.length, 2);
  assert.equal(marks[0].textContent, 'hit');
  assert.equal(marks[1].textContent, 'officials');
  assert.equal(marks[1].className, 'active');
  assert.equal(marks[0].className, '');
  assert.equal(el.querySelectorAll('b').length, 0, 'old children are gone');
  assert.deepEqual(
    [...el.childNodes].map((n) => n.nodeName),
    ['#text', 'MARK', '#text', 'MARK', '#text'],
  );
});

test('markup inside the text stays text', () => {
  const el = container();
  const text = 'Before <script>window.__pwned=1</script> and <img src=x onerror="alert(1)"> after';
  renderHighlighted(el, text, [{ start: 7, end: 40 }]);
  assert.equal(el.textContent, text);
  assert.equal(el.querySelectorAll('script, img').length, 0);
  assert.equal(el.querySelector('mark')?.textContent, '<script>window.__pwned=1</script>');
  assert.match(el.innerHTML, /&lt;script&gt;/);
});
