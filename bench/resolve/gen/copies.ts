/**
 * Copies of an article as they turn up in news corpora: a verbatim republication, an edited wire
 * copy (new headline and intro, paragraphs cut, site furniture added) and a synonym-spun copy.
 * Deterministic for a given random source.
 */
import { spin } from './spin.ts';
import type { WordNet } from './wordnet.ts';

/** Page furniture added by republishers (written for sitrep in general web style; no site's text). */
export const FURNITURE = [
  'Sign up for our morning briefing to get the day’s top stories in your inbox.',
  'This article was originally published by a partner news agency.',
  'Copyright 2024. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Follow our live coverage for the latest updates.',
  'Read more: our full coverage of the conflict.',
  'Support independent journalism. Subscribe today for unlimited access.',
  'Additional reporting by staff writers. Editing by the international desk.',
  'Have a news tip? Contact our newsroom securely.',
  'Advertisement',
  'This story has been updated with additional details.',
];

/** Standfirsts that republishers put over wire copy (written for sitrep; generic). */
export const STANDFIRSTS = [
  'The latest on a fast-moving story, with reporting from the region.',
  'What we know so far, and what officials on each side are saying.',
  'Officials traded accusations as the toll rose and diplomats appealed for calm.',
  'A roundup of the day’s developments from our correspondents and wire services.',
  'Here is how the events of the past 24 hours unfolded.',
];

import type { Rng } from '../../../test/helpers/rng.ts';

export { mulberry32, type Rng } from '../../../test/helpers/rng.ts';

const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)];

export function paragraphs(text: string): string[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
}

/** The same text republished: a furniture line added at the end. */
export function verbatimCopy(text: string, rng: Rng): string {
  return `${paragraphs(text).join('\n\n')}\n\n${pick(rng, FURNITURE)}`;
}

/**
 * An edited wire copy: headline and standfirst, the intro paragraph reworded (heavily spun),
 * one or two later paragraphs cut, furniture lines inserted.
 */
export function wireCopy(wn: WordNet, text: string, rng: Rng): string {
  const paras = paragraphs(text);
  const lead = paras[0];
  const headline = lead
    .split(/\s+/)
    .slice(0, 8)
    .join(' ')
    .replace(/[,.;:]$/, '');
  const intro = spin(wn, lead, 0.8, rng).text;
  const body = paras.slice(1);
  const cuts = body.length >= 5 ? 2 : body.length >= 3 ? 1 : 0;
  for (let c = 0; c < cuts; c++) body.splice(1 + Math.floor(rng() * (body.length - 1)), 1);
  const at = Math.floor(rng() * (body.length + 1));
  body.splice(at, 0, pick(rng, FURNITURE));
  return [headline, pick(rng, STANDFIRSTS), intro, ...body, pick(rng, FURNITURE)].join('\n\n');
}

/** A synonym-spun copy: `share` of content words swapped (0.3–0.5 typical). */
export function spunCopy(
  wn: WordNet,
  text: string,
  share: number,
  rng: Rng,
): { text: string; swapped: number } {
  const r = spin(wn, text, share, rng);
  return { text: r.text, swapped: r.content === 0 ? 0 : r.swapped / r.content };
}
