/** A figure as a reader says it: "at least 13", "12–15", "nearly 5,000". */
import type { Figure } from '../contract.ts';

const QUALIFIER_WORDS: Record<Figure['qualifier'], string> = {
  exact: '',
  'at-least': 'at least ',
  'more-than': 'more than ',
  nearly: 'nearly ',
  about: 'about ',
  'up-to': 'up to ',
  range: '',
};

export function figureValue(f: Pick<Figure, 'low' | 'high' | 'qualifier'>): string {
  const n = (x: number | null) => (x === null ? '?' : x.toLocaleString('en-US'));
  if (f.qualifier === 'range' || (f.high !== null && f.high !== f.low)) return `${n(f.low)}–${n(f.high)}`;
  return `${QUALIFIER_WORDS[f.qualifier]}${n(f.low)}`;
}
