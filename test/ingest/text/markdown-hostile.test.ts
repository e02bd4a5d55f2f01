import assert from 'node:assert/strict';
import { test } from 'node:test';
import { readMarkdown } from '../../../src/ingest/markdown.ts';

const body = 'Shelling hit the eastern districts of the city on Monday, residents said. '.repeat(4);

test('hostile Markdown (bracket runs, thousands of unclosed links) is read in bounded time and keeps the text', () => {
  for (const junk of ['['.repeat(200_000), '[a]('.repeat(50_000), '*'.repeat(100_000)]) {
    const doc = readMarkdown(`# Title\n\n${body}\n\n${junk}\n\n${body}`, 'hostile.md');
    assert.ok(doc.text.includes('Shelling hit the eastern districts'), 'article text survives');
  }
});
