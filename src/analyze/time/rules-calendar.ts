/** Rules for calendar expressions: dates, months, weekdays, years, decades, seasons. */
import { COUNT_NOUNS, HOLIDAYS, RX, SEASONS, WEEKDAYS } from './lexicon.ts';
import {
  before,
  dateSpec,
  dayRange,
  ge,
  gs,
  isCap,
  mEnd,
  mk,
  modOf,
  monthNum,
  monthRangeBefore,
  nextWord,
  numOk,
  ofBefore,
  partOf,
  R,
  type Rule,
  weekdayIsTitle,
  yearOfBefore,
  yearRangeBefore,
} from './rule-kit.ts';
import type { Spec } from './spec.ts';

/** A day and month name, or a month name and day, right after an abbreviated weekday (case-sensitive). */
const abbrevDateAfter = /^,?\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?[A-Z][a-z]{2}|[A-Z][a-z]{2,8}\.?\s+\d)/;

export const CALENDAR_RULES: Rule[] = [
  // 2023-05-20, 2023/05/20, 2023-05-20T14:30Z
  {
    re: R(
      `(?<![\\d\\-/])(\\d{4})([-/])(\\d{2})\\2(\\d{2})(?:T(\\d{2}):(\\d{2})(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?(?![\\d\\-/])`,
    ),
    make: (m) => {
      const y = Number(m[1]);
      if (y < 1600 || y > 2099) return null;
      const time = m[5] ? `${m[5]}:${m[6]}` : null;
      return mk(m.index, mEnd(m), dateSpec(y, Number(m[3]), Number(m[4])), { time });
    },
  },
  // 14/11/2023 · 14.11.2023 · 11/14/2023: numeric dates only when the order is certain (a part > 12)
  {
    gate: /\d[./]\d{1,2}[./]\d{4}/,
    re: R(`(?<![\\d./])(\\d{1,2})([./])(\\d{1,2})\\2((?:1[6-9]|20)\\d{2})(?!\\d|[./]\\d)`),
    make: (m) => {
      const a = Number(m[1]);
      const b = Number(m[3]);
      const y = Number(m[4]);
      if (a > 12 && b <= 12) return mk(m.index, mEnd(m), dateSpec(y, b, a));
      if (b > 12 && a <= 12) return mk(m.index, mEnd(m), dateSpec(y, a, b));
      return null;
    },
  },
  // October 9 · Oct. 9, 2020 · May 20-27 · Oct. 17/18
  {
    re: R(
      `\\b(?=[adfjmnos])${RX.month}\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b(?:\\s*(?:-|–|—|/|to|through|until|till|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?\\b)?(?:,?\\s+${RX.year})?`,
    ),
    make: (m, text) => {
      if (!isCap(m[1])) return null;
      const y = m[4] ? Number(m[4]) : null;
      let end = mEnd(m);
      let d2 = m[3] ? Number(m[3]) : null;
      let spec = dayRange(y, monthNum(m[1]), Number(m[2]), d2);
      if (!spec && d2 !== null && !m[4]) {
        d2 = null;
        end = ge(m, 2);
        spec = dayRange(null, monthNum(m[1]), Number(m[2]), null);
      }
      if (!numOk(text, end)) return null;
      return mk(m.index, end, spec);
    },
  },
  // Christmas Day · New Year's Eve: a holiday's fixed day, its year as for a month and day
  {
    re: R(`\\b${RX.holiday}`),
    make: (m) => {
      if (!isCap(m[1])) return null;
      const md = HOLIDAYS.get(m[1].toLowerCase().replace(/\s+/g, ' ').replace('’', "'"));
      return md ? mk(m.index, mEnd(m), dayRange(null, md[0], md[1], null)) : null;
    },
  },
  // 9 October · 9th of October 2020 · 1 and 3 June · 17/18 October
  {
    re: R(
      `(?<![\\d,.:$£€])\\b(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*(?:-|–|—|/|to|and)\\s*(\\d{1,2})(?:st|nd|rd|th)?)?\\s+(?:of\\s+)?${RX.month}(?:,?\\s+${RX.year})?`,
    ),
    make: (m, text) => {
      if (!isCap(m[3])) return null;
      const y = m[4] ? Number(m[4]) : null;
      if (!numOk(text, mEnd(m))) return null;
      return mk(m.index, mEnd(m), dayRange(y, monthNum(m[3]), Number(m[1]), m[2] ? Number(m[2]) : null));
    },
  },
  // October 2020
  {
    re: R(`\\b(?=[adfjmnos])${RX.month},?\\s+${RX.year}`),
    make: (m, text) =>
      isCap(m[1]) && numOk(text, mEnd(m))
        ? mk(m.index, mEnd(m), { k: 'month', y: Number(m[2]), m: monthNum(m[1]), mod: null })
        : null,
  },
  // the April attack · the May offensive · the March peace deal: a month naming an event of its own
  {
    re: R(`(?<=\\b[Tt]he\\s+)(?=[adfjmnos])${RX.month}(?=\\s+(?:[a-z-]+\\s+)?${RX.yearEvent}\\b)`),
    make: (m) =>
      isCap(m[1]) ? mk(m.index, mEnd(m), { k: 'month', y: null, m: monthNum(m[1]), mod: null }) : null,
  },
  // in May · since March · last October · early June (a bare month needs a cue before it)
  {
    re: R(
      `(?<=\\b(in|since|until|till|by|from|through|during|throughout|before|after|early|late|mid|last|next|this|of|between|and|to|or)(?:\\s+|\\s*-\\s*))(?=[adfjmnos])${RX.month}`,
    ),
    make: (m, text) => {
      if (!isCap(m[2])) return null;
      // ("last July 7": a day of the month follows — the month-and-day rule reads it.)
      if (/^\s*\d{1,2}(?:st|nd|rd|th)?\b(?!\s*(?:,\s*)?\d{3})/.test(text.slice(mEnd(m), mEnd(m) + 8)))
        return null;
      const cue = m[1].toLowerCase();
      const cueAt = gs(m, 1);
      if (cue === 'of' && !ofBefore.test(before(text, cueAt))) return null;
      if ((cue === 'and' || cue === 'to' || cue === 'or') && !monthRangeBefore.test(before(text, cueAt)))
        return null;
      // "agreed by May and the EU": after these cues, "May" followed by a name or verb is a person.
      const person = /^\s+(?:and|said|says|has|had|was|is|will|would|told|[A-Z])|^['’]s\b/;
      if (/^may$/i.test(m[2]) && !/^(?:in|since|until|till|during|early|late|mid|last|next|this)$/.test(cue))
        if (person.test(text.slice(mEnd(m), mEnd(m) + 12))) return null;
      const mod = modOf(cue);
      const start = mod ? cueAt : m.index;
      return mk(start, mEnd(m), { k: 'month', y: null, m: monthNum(m[2]), mod });
    },
  },
  // Sat 14 Oct 2023 · Tue., Nov. 14 (an abbreviated weekday only right before a date)
  {
    gate: /\b(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)/,
    re: R(`\\b(Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\\b(\\.)?`),
    make: (m, text) => {
      if (!isCap(m[1])) return null;
      const end = m.index + m[1].length + (m[2] ? 1 : 0);
      if (!abbrevDateAfter.test(text.slice(end, end + 16))) return null;
      const wd = WEEKDAYS.get(
        [...WEEKDAYS.keys()].find((k) => k.startsWith(m[1].toLowerCase().slice(0, 3))) ?? '',
      );
      return wd ? mk(m.index, end, { k: 'weekday', wd, mod: null }) : null;
    },
  },
  // Saturday · last Saturday · this coming Monday
  {
    re: R(`\\b(?=[mtwfs])${RX.weekday}`),
    make: (m, text) => {
      if (!isCap(m[1])) return null;
      const pre = /\b(this\s+past|this\s+coming|last|next|this|coming|past)\s+$/i.exec(
        before(text, m.index, 20),
      );
      if (weekdayIsTitle(text, m.index, mEnd(m), Boolean(pre))) return null;
      return mk(m.index - (pre?.[0].length ?? 0), mEnd(m), {
        k: 'weekday',
        wd: WEEKDAYS.get(m[1].toLowerCase()) ?? 1,
        mod: modOf(pre?.[1]),
      });
    },
  },
  // in 1994 · since 2014 · by 2030 · between 2014 and 2016 (a bare year needs a cue)
  {
    re: R(
      `\\b(in|since|until|till|by|from|through|during|throughout|before|after|of|early|late|mid|around|circa|and|to|between)(?:\\s+|\\s*-\\s*)${RX.year}`,
    ),
    make: (m, text) => {
      const cue = m[1].toLowerCase();
      const end = mEnd(m);
      if (!numOk(text, end)) return null;
      if (COUNT_NOUNS.has(nextWord(text, end))) return null;
      if (cue === 'of' && !yearOfBefore.test(before(text, m.index))) return null;
      if ((cue === 'and' || cue === 'to') && !yearRangeBefore.test(before(text, m.index))) return null;
      return mk(gs(m, 2), end, { k: 'year', y: Number(m[2]) });
    },
  },
  // the 2020 war · 2014's uprising · the 1994 presidential election
  {
    re: R(`(?<![\\d,.$£€])\\b${RX.year}(?:'s)?\\s+(?:([a-z]+)\\s+)?${RX.yearEvent}\\b`),
    make: (m) =>
      m[2] && COUNT_NOUNS.has(m[2].toLowerCase())
        ? null
        : mk(m.index, ge(m, 1), { k: 'year', y: Number(m[1]) }),
  },
  // (2014)
  { re: R(`\\(${RX.year}\\)`), make: (m) => mk(gs(m, 1), ge(m, 1), { k: 'year', y: Number(m[1]) }) },
  // 1992-94 · 2014–2016
  {
    re: R(`(?<![\\d,.\\-/])\\b${RX.yearRaw}\\s*(?:-|–|—)\\s*((?:1[6-9]|20)?\\d{2})\\b(?![\\d\\-/])`),
    make: (m) => {
      const a = Number(m[1]);
      let b = Number(m[2]);
      if (m[2].length === 2) b = Math.floor(a / 100) * 100 + b;
      if (b <= a || b - a > 50) return null;
      return mk(m.index, mEnd(m), { k: 'range', a: { k: 'year', y: a }, b: { k: 'year', y: b } });
    },
  },
  // the 1990s · the early 2000s
  {
    gate: /\d0'?s\b/,
    re: R(`\\b((?:1[6-9]|20)\\d0)'?s\\b`),
    make: (m, text) => {
      const pre = /(?:\bthe\s+)?(?:\b(early|mid|late)(?:\s+|\s*-\s*))?$/i.exec(before(text, m.index, 20));
      const start = m.index - (pre?.[0].length ?? 0);
      return mk(start, mEnd(m), { k: 'decade', y: Number(m[1]) }, { part: partOf(pre?.[1]) });
    },
  },
  // last winter · summer 2022 · the spring of 2011 · this autumn
  {
    gate: /spring|summer|autumn|fall|winter/i,
    re: R(
      `\\b(?:(early|mid|late)(?:\\s+|\\s*-\\s*))?(?:(this\\s+past|last|this|next|past|coming)\\s+)?(?:the\\s+)?${RX.season}\\b(?:,?\\s+(?:of\\s+)?${RX.year})?`,
    ),
    make: (m) => {
      if (!m[2] && !m[4]) return null;
      if (/\bthe\s/i.test(m[0]) && !/\bof\s/i.test(m[0])) return null;
      const y = m[4] ? Number(m[4]) : null;
      let start = m.index;
      if (!m[1] && !m[2]) {
        const the = /\bthe\s+$/i.exec(before(m.input, start, 5));
        if (the) start -= the[0].length;
      }
      const spec: Spec = { k: 'season', y, m: SEASONS.get(m[3].toLowerCase()) ?? 6, mod: modOf(m[2]) };
      return mk(start, mEnd(m), spec, { part: partOf(m[1]) });
    },
  },
];
