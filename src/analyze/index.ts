/**
 * Per-document analysis: pure, no shared state, so it can run on worker threads or other machines.
 * Language layer first (sentences, entities, times), then the extractors.
 */
import type { DocAnalysis } from './types.ts';

export interface AnalysisInput {
  text: string;
  published: string | null;
}

export function analyzeDocument(_input: AnalysisInput): DocAnalysis {
  return { sentences: [], tokens: [], entities: [], times: [], figures: [], claims: [], events: [] };
}
