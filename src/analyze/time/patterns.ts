/**
 * Candidate time expressions: each rule is one regular expression (run with the `i` and `d`
 * flags over the whole text) and a function that checks the match and builds its meaning.
 * Capitalisation of month and weekday names is checked in code ("may", "a march" are not dates).
 */
import type { Match, Rule } from './rule-kit.ts';
import { CALENDAR_RULES } from './rules-calendar.ts';
import { CLOCK_RULES } from './rules-clock.ts';
import { RELATIVE_RULES } from './rules-relative.ts';
import type { Cand } from './spec.ts';

/** All rules; at equal start and length the earlier rule wins. */
export const RULES: Rule[] = [...CALENDAR_RULES, ...RELATIVE_RULES, ...CLOCK_RULES];

/** Every candidate from every rule, unordered, overlapping. */
export function candidates(text: string): Cand[] {
  const out: Cand[] = [];
  for (const rule of RULES) {
    if (rule.gate && !rule.gate.test(text)) continue;
    // matchAll works on a copy of the expression: no lastIndex state is shared between calls.
    for (const m of text.matchAll(rule.re)) {
      const c = rule.make(m as Match, text);
      if (c && c.end > c.start) out.push(c);
    }
  }
  return out;
}
