import type { IngestedDocument } from './types.ts';

export function readMarkdown(text: string, source: string): IngestedDocument {
  return {
    source,
    format: 'markdown',
    title: null,
    outlet: null,
    url: null,
    authors: [],
    published: null,
    language: null,
    text,
    wire: [],
    description: null,
  };
}
