import type { IngestedDocument } from './types.ts';

export function readText(text: string, source: string): IngestedDocument {
  return {
    source,
    format: 'text',
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
