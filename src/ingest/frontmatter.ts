import type { IngestedDocument } from './types.ts';

export function readFrontMatter(text: string, source: string): IngestedDocument {
  return {
    source,
    format: 'front-matter',
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
