import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  extensionOf,
  hasFrontMatter,
  looksLikeJsonLines,
  looksLikeWarc,
  markdownSignals,
  skipProlog,
  sniffFormat,
  xmlRootName,
} from '../../../src/ingest/sniff.ts';
import { article } from './helpers.ts';

test('extensions, ignoring .gz and URL queries', () => {
  assert.equal(extensionOf('dir/story.HTML'), 'html');
  assert.equal(extensionOf('feed.xml.gz'), 'xml');
  assert.equal(extensionOf('https://example.org/news/item.json?page=2#top'), 'json');
  assert.equal(extensionOf('README'), '');
  assert.equal(extensionOf('.hidden'), '');
});

test('a .txt that is really HTML is read as HTML', () => {
  assert.equal(sniffFormat('<!DOCTYPE html><html><body><p>x</p></body></html>', 'a.txt'), 'html');
  assert.equal(sniffFormat('\n  <html lang="ar"><head></head></html>', 'page.txt'), 'html');
  assert.equal(sniffFormat('<div class="story"><p>Gunfire in Juba.</p></div>', 'x.txt'), 'html');
});

test('Markdown or prose opening with a comment or an angle bracket stays what it is', () => {
  assert.equal(
    sniffFormat('<!-- draft -->\n# Talks in Jeddah\n\nText with [a link](https://x.example).', 'a.md'),
    'markdown',
  );
  assert.equal(sniffFormat("<Editor's note> This report was updated.", 'a.txt'), 'text');
  assert.equal(sniffFormat("<Editor's note> This report was updated.", 'noext'), 'text');
  assert.equal(sniffFormat('<!-- c --><!DOCTYPE html><html></html>', 'a.md'), 'html');
});

test('front matter, including a fence with trailing spaces or after blank lines', () => {
  assert.ok(hasFrontMatter('---\ntitle: Sahel\n---\nBody'));
  assert.ok(hasFrontMatter('\n--- \ntitle: x\n--- \nBody'));
  assert.ok(hasFrontMatter('+++\ntitle = "x"\n+++\nBody'));
  assert.ok(!hasFrontMatter('---\nno closing fence here'));
  assert.ok(!hasFrontMatter('Intro\n---\nnot at the start\n---\n'));
  assert.equal(sniffFormat('---\ntitle: Aden port reopens\n---\n\nText.', 'a.md'), 'front-matter');
  assert.equal(sniffFormat('---\ntitle: x\n---\nText', 'a.txt'), 'front-matter');
});

test('JSON, JSON Lines, and prose that merely opens with a bracket', () => {
  assert.equal(sniffFormat('{"title": "x", "text": "y"}', 'dump'), 'json');
  assert.equal(sniffFormat('[\n  {"headline": "x"}\n]', 'export.dat'), 'json');
  assert.equal(sniffFormat('{"a":1}\n{"a":2}\n', 'x.json'), 'jsonl');
  assert.equal(sniffFormat('{"a":1}\n', 'x.jsonl'), 'jsonl');
  assert.ok(looksLikeJsonLines('{"a":1}\n\n{"b":2}'));
  assert.ok(!looksLikeJsonLines('{\n"a":1\n}'));
  assert.equal(sniffFormat('[Updated 14:00] Rebels entered the town at dawn.', 'note.txt'), 'text');
  assert.equal(sniffFormat('{"broken": ', 'data.json'), 'json');
});

test('feeds by root element, with declaration, comments or prefixes', () => {
  assert.equal(sniffFormat('<?xml version="1.0"?>\n<!-- c --><rss version="2.0"></rss>', 'x.txt'), 'feed');
  assert.equal(sniffFormat('<feed xmlns="http://www.w3.org/2005/Atom"></feed>', 'x'), 'feed');
  assert.equal(sniffFormat('<rdf:RDF xmlns:rdf="…"></rdf:RDF>', 'x.rdf'), 'feed');
  assert.equal(xmlRootName('<?xml version="1.0"?><!DOCTYPE html><html></html>'), 'html');
  assert.equal(sniffFormat('<?xml version="1.0"?><sitemap></sitemap>', 'x'), 'feed');
});

test('the prolog scanner skips declarations, comments and DOCTYPE subsets, however many', () => {
  assert.equal(
    xmlRootName(`${'<?pi x?>'.repeat(40)}<!-- a --><!DOCTYPE feed [<!ENTITY e "x">]><feed/>`),
    'feed',
  );
  assert.equal(xmlRootName(`${'<!--c-->'.repeat(40)}!`), null);
  assert.equal(xmlRootName('<?never closed'), null);
  assert.equal(skipProlog('  <!doctype html>\n<html>'), 18);
  assert.equal(sniffFormat(`${'<!-- x -->'.repeat(50)}<div><p>Text</p></div>`, 'x'), 'html');
});

test('WARC by its first bytes', () => {
  assert.ok(looksLikeWarc(new Uint8Array(Buffer.from('WARC/1.1\r\nWARC-Type: warcinfo\r\n'))));
  assert.ok(looksLikeWarc(new Uint8Array(Buffer.from('\r\nWARC/1.0\r\n'))));
  assert.ok(!looksLikeWarc(new Uint8Array(Buffer.from('WAR'))));
});

test('Markdown by extension or by several Markdown constructs', () => {
  const md = '# Port strike\n\nBy [Amina Yusuf](https://example.org/amina)\n\n**Photo: agency**\n\nText.';
  assert.ok(markdownSignals(md) >= 3);
  assert.equal(sniffFormat(md, 'a.txt'), 'markdown');
  assert.equal(sniffFormat(article('Kassala', 'the army'), 'a.txt'), 'text');
  assert.equal(sniffFormat(article('Kassala', 'the army'), 'a.md'), 'markdown');
  // One stray construct is not enough.
  assert.equal(sniffFormat('Figures:\n- 12 killed\n- 40 wounded\n', 'a.txt'), 'text');
});

test('content that contradicts a structured extension is read as what it is', () => {
  assert.equal(sniffFormat(article('Gao', 'the junta'), 'a.json'), 'text');
  assert.equal(sniffFormat('plain words', 'page.html'), 'text');
});
