/** Rules for clock times: noon, midnight, 10 a.m., 14:30, 0600 GMT. */
import { before, clockAfterCue, clockCand, clockCue, mEnd, R, type Rule } from './rule-kit.ts';

export const CLOCK_RULES: Rule[] = [
  // noon · midday · midnight
  {
    re: R(`\\b(noon|midday|midnight)\\b`),
    make: (m) =>
      /^midn/i.test(m[1]) ? clockCand(m.index, mEnd(m), 0, 0, true) : clockCand(m.index, mEnd(m), 12, 0),
  },
  // 10 a.m. · 3:30pm
  {
    gate: /\d\s*[ap]\.?\s?m\b/i,
    re: R(`\\b(\\d{1,2})(?:[:.](\\d{2}))?\\s*([ap])(?:\\.\\s?m\\.|\\s?m\\b)`),
    make: (m) => {
      let h = Number(m[1]);
      if (h < 1 || h > 12) return null;
      if (h === 12) h = 0;
      if (/p/i.test(m[3])) h += 12;
      return clockCand(m.index, mEnd(m), h, m[2] ? Number(m[2]) : 0);
    },
  },
  // 14:30 · 15h30 (needs a cue: "at 14:30", "14:30 GMT")
  {
    re: R(`(?<![\\d:.,])\\b([01]?\\d|2[0-3])[:h]([0-5]\\d)\\b(?![:\\d])`),
    make: (m, text) =>
      clockCue.test(before(text, m.index, 20)) || clockAfterCue.test(text.slice(mEnd(m), mEnd(m) + 20))
        ? clockCand(m.index, mEnd(m), Number(m[1]), Number(m[2]))
        : null,
  },
  // 09.12 BST (a dot between hours and minutes only before a zone, never "3.30 million")
  {
    gate: /\d\.\d\d\s*[A-Z]/,
    re: R(
      `(?<![\\d:.,])\\b([01]?\\d|2[0-3])\\.([0-5]\\d)\\b(?=\\s*(?:GMT|UTC|BST|CET|CEST|EET|EEST|MSK|EAT|WAT|CAT|local\\s+time)\\b)`,
    ),
    make: (m) => clockCand(m.index, mEnd(m), Number(m[1]), Number(m[2])),
  },
  // 0600 GMT · 1400 hours
  {
    gate: /\d\s*(?:GMT|UTC|Z|hrs|hours|local)/i,
    re: R(`\\b([01]\\d|2[0-3])([0-5]\\d)\\s*(?:GMT|UTC|Z|hrs|hours|local\\s+time)\\b`),
    make: (m) => clockCand(m.index, mEnd(m), Number(m[1]), Number(m[2])),
  },
  // 5 o'clock
  {
    gate: /clock/i,
    re: R(`\\b(\\d{1,2})\\s+o'?clock\\b`),
    make: (m) => clockCand(m.index, mEnd(m), Number(m[1]) % 24, 0),
  },
];
