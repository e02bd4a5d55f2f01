// Property tests: on any input the readers terminate and either return a well-formed document
// or throw an InputFailure — never anything else.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { cleanBlocks, isBoilerplateBlock } from '../../../src/ingest/boilerplate.ts';
import { readFrontMatter } from '../../../src/ingest/frontmatter.ts';
import { readMarkdown } from '../../../src/ingest/markdown.ts';
import { normalizePublished } from '../../../src/ingest/meta/dates.ts';
import { outletFromText, outletFromUrl } from '../../../src/ingest/meta/outlet.ts';
import { findWireCredits } from '../../../src/ingest/meta/wire.ts';
import { readText } from '../../../src/ingest/text.ts';
import { type IngestedDocument, InputFailure } from '../../../src/ingest/types.ts';

const ISO = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2}))?$/;

/** Fragments that exercise the readers' special cases, glued in random order. */
const piece = fc.constantFrom(
  '---',
  '--- ',
  '\n',
  '\n\n',
  '\r\n',
  '# ',
  '## ',
  '**',
  '*',
  '_',
  '___',
  '[',
  '](#)',
  '](http://x.example/a)',
  '![img](https://i.guim.co.uk/a.jpg)',
  '<https://www.bbc.co.uk/news/x>',
  'Original url:',
  'By Jane Doe for AFP',
  'By ',
  'Via AP news wire',
  'date 2024-01-02 ',
  'date: 1705312800.5',
  'title: >',
  'title: [',
  '  folded',
  'October 12, 2020',
  'Tuesday 14 March 2023 09:41 GMT',
  'Advertisement',
  'Related article:',
  'Your support helps us',
  '“We will fight,” he said.',
  'Shelling hit the market on Monday, officials said.',
  'Ceasefire collapses',
  ' ',
  '\t',
  ':',
  '>',
  '- ',
  '1. ',
  '`',
  '```',
  '|a|b|\n|-|-|',
  '<div>',
  '\u0000',
  '\uFEFF',
  '\u2028',
);
const articleLike = fc
  .array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 60 })
  .map((a) => a.join(''));
const anyText = fc.oneof(articleLike, fc.string({ unit: 'binary', maxLength: 300 }));

function wellFormed(d: IngestedDocument, source: string): void {
  assert.equal(d.source, source);
  assert.equal(typeof d.text, 'string');
  assert.equal(d.text, d.text.trim());
  assert.ok(d.published === null || ISO.test(d.published), `published ${d.published}`);
  assert.ok(d.title === null || (d.title.length > 0 && !d.title.includes('\n')));
  assert.ok(Array.isArray(d.authors) && d.authors.every((a) => typeof a === 'string' && a.length > 0));
  assert.ok(Array.isArray(d.wire) && new Set(d.wire).size === d.wire.length);
}

function onlyInputFailure(read: (t: string, s: string) => IngestedDocument, text: string): void {
  try {
    wellFormed(read(text, 'p.txt'), 'p.txt');
  } catch (e) {
    if (e instanceof assert.AssertionError) throw e;
    assert.ok(e instanceof InputFailure, `threw ${String(e)}`);
  }
}

test('readText never throws and returns well-formed documents', () => {
  fc.assert(
    fc.property(anyText, (t) => {
      wellFormed(readText(t, 'p.txt'), 'p.txt');
    }),
    { numRuns: 400 },
  );
});

test('readMarkdown throws nothing but InputFailure', () => {
  fc.assert(
    fc.property(anyText, (t) => onlyInputFailure(readMarkdown, t)),
    { numRuns: 400 },
  );
});

test('readFrontMatter throws nothing but InputFailure, also with a front matter opening', () => {
  fc.assert(
    fc.property(anyText, fc.boolean(), (t, open) =>
      onlyInputFailure(readFrontMatter, open ? `---\n${t}` : t),
    ),
    { numRuns: 400 },
  );
});

test('metadata helpers are total', () => {
  fc.assert(
    fc.property(fc.oneof(fc.anything(), fc.double(), fc.string(), fc.date({ noInvalidDate: false })), (v) => {
      const r = normalizePublished(v);
      assert.ok(r === null || ISO.test(r), `normalizePublished → ${r}`);
    }),
    { numRuns: 500 },
  );
  fc.assert(
    fc.property(anyText, (t) => {
      const w = findWireCredits(t);
      assert.equal(new Set(w).size, w.length);
      const o = outletFromText(t);
      assert.ok(o === null || o.length > 0);
      const u = outletFromUrl(t);
      assert.ok(u === null || u.length > 0);
      assert.equal(typeof isBoilerplateBlock(t), 'boolean');
    }),
    { numRuns: 300 },
  );
});

test('cleanBlocks keeps a subsequence of its input', () => {
  fc.assert(
    fc.property(fc.array(articleLike, { maxLength: 20 }), (blocks) => {
      const out = cleanBlocks(blocks);
      let i = 0;
      for (const b of out) {
        while (i < blocks.length && blocks[i] !== b) i++;
        assert.ok(i < blocks.length, 'output block not in input order');
        i++;
      }
    }),
    { numRuns: 300 },
  );
});

test('long pathological inputs terminate', { timeout: 60_000 }, () => {
  readText(`${'By '.repeat(20000)}\n${'[a](#) '.repeat(20000)}`, 'big.txt');
  readMarkdown(`${'*'.repeat(50000)}\n\n${'[['.repeat(20000)}`, 'big.md');
  const d = readText(`date ${'9'.repeat(50000)} ${'October 12, '.repeat(5000)}`, 'big2.txt');
  assert.equal(d.published, null);
});
