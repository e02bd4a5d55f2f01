// Reads the development seeds and their gold (never encoded in code or data) and checks the
// metadata and clean-text expectations for the seeds in the formats these readers handle.
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';
import { readFrontMatter } from '../../../src/ingest/frontmatter.ts';
import { readMarkdown } from '../../../src/ingest/markdown.ts';
import { readText } from '../../../src/ingest/text.ts';
import type { IngestedDocument } from '../../../src/ingest/types.ts';

/** Folders of articles with their gold: the development seeds and the project's demo corpus. */
const SETS: { corpus: string; gold: string }[] = [
  {
    corpus: process.env.SITREP_SEEDS ?? '/work/shared/corpus/seeds',
    gold: process.env.SITREP_SEEDS_GOLD ?? '/work/shared/gold/seeds',
  },
  { corpus: 'examples/corpus', gold: 'examples/gold' },
];

interface Gold {
  doc: string;
  published: string | null;
  title: string | null;
  outlet: string[] | string | null;
  url: string | null;
  keep: string[];
  drop: string[];
}

/** Chooses a reader by a crude sniff of the content (the real dispatcher lives elsewhere). */
function read(text: string, source: string): IngestedDocument | null {
  if (/^\uFEFF?\s*---\s*\n/.test(text)) return readFrontMatter(text, source);
  if (/^#{1,6}\s|\]\([^)]*\)|^\*\*/m.test(text)) return readMarkdown(text, source);
  if (/^\s*<(?:!doctype|html|\?xml|rss|feed)/i.test(text) || /^\s*[[{]/.test(text)) return null;
  return readText(text, source);
}

/** Folding used by the scorer: case, punctuation, diacritics, a leading "the". */
function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/^the /, '');
}

for (const { corpus, gold: goldDir } of SETS) {
  const available = existsSync(corpus) && existsSync(goldDir);
  test(`${corpus}: articles in text / Markdown / front-matter formats meet their gold`, {
    skip: !available,
  }, () => {
    let checked = 0;
    for (const name of readdirSync(corpus).sort()) {
      const goldPath = join(goldDir, `${name}.json`);
      if (!existsSync(goldPath)) continue;
      const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as Gold;
      const doc = read(readFileSync(join(corpus, name), 'utf8'), name);
      if (!doc) continue;
      checked++;
      const where = `${name} (${doc.format})`;
      assert.equal(doc.published?.slice(0, 10) ?? null, gold.published, `${where}: published`);
      assert.equal(doc.title, gold.title, `${where}: title`);
      assert.equal(doc.url, gold.url, `${where}: url`);
      if (gold.outlet === null) assert.equal(doc.outlet, null, `${where}: outlet`);
      else {
        const aliases = (Array.isArray(gold.outlet) ? gold.outlet : [gold.outlet]).map(fold);
        assert.ok(doc.outlet && aliases.includes(fold(doc.outlet)), `${where}: outlet ${doc.outlet}`);
      }
      for (const k of gold.keep) assert.ok(doc.text.includes(k), `${where}: keeps "${k}"`);
      for (const d of gold.drop) assert.ok(!doc.text.includes(d), `${where}: drops "${d}"`);
    }
    assert.ok(checked >= 1, 'no article in a text format was checked');
  });
}
