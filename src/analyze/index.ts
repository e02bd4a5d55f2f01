/**
 * Per-document analysis: pure, no shared state, so it can run on worker threads or other machines.
 * Language layer first (sentences, entities, times), then the extractors: claims (attribution)
 * first, because figures take their reporter and events their status from the claims.
 */

import { findEntities } from './entities/index.ts';
import { relinkDenials } from './extract/claim-links.ts';
import { extractClaims } from './extract/claims.ts';
import { extractEvents } from './extract/events.ts';
import { mergeFigures } from './extract/figure-merge.ts';
import { extractFigures } from './extract/figures.ts';
import { tokenize } from './nlp/index.ts';
import { datelineDay } from './time/dateline.ts';
import { findTimes } from './time/index.ts';
import type { DocAnalysis } from './types.ts';

export interface AnalysisInput {
  text: string;
  published: string | null;
}

export function analyzeDocument(input: AnalysisInput): DocAnalysis {
  const { text } = input;
  // "JERUSALEM, Aug. 1: … today": the day the story was filed, when its dateline says so.
  const published = datelineDay(text, input.published) ?? input.published;
  const { sentences, tokens } = tokenize(text);
  const found = findEntities(text, { sentences, tokens }, { published });
  const times = findTimes(text, published, { sentences });
  const claimOut = extractClaims({ text, published, sentences, entities: found, times, linkLater: true });
  const entities = [...found, ...claimOut.entities].sort((a, b) => a.start - b.start || b.end - a.end);
  const claims = claimOut.claims;
  const figures = mergeFigures(extractFigures({ text, published, sentences, entities, times, claims }), text);
  const events = extractEvents({ text, published, sentences, entities, times, claims });
  relinkDenials(claims, { text, sentences, entities }, events);
  return { sentences, tokens, entities, times, figures, claims, events };
}
