/**
 * Candidate time expressions: each rule is one regular expression (run with the `i` and `d`
 * flags over the whole text) and a function that checks the match and builds its meaning.
 * Capitalisation of month and weekday names is checked in code ("may", "a march" are not dates).
 */
import { validDate } from './calendar.ts';
import {
  COUNT_NOUNS,
  isVagueNumber,
  MONTHS,
  numberValue,
  RX,
  SEASONS,
  WEEKDAY_TITLE_NEXT,
  WEEKDAY_TITLE_PREFIXES,
  WEEKDAYS,
} from './lexicon.ts';
import type { Cand, Mod, Part, Spec, Unit } from './spec.ts';

type Match = RegExpExecArray;
interface Rule {
  /** Cheap test on the whole text: when it fails the rule cannot match and is skipped. */
  gate?: RegExp;
  re: RegExp;
  make: (m: Match, text: string) => Cand | null;
}

const isCap = (s: string): boolean => /^[A-Z]/.test(s);
const monthNum = (s: string): number => MONTHS.get(s.toLowerCase()) ?? 0;
/** Start / end offsets of capture group `i` (requires the `d` flag). */
const gs = (m: Match, i: number): number => m.indices?.[i]?.[0] ?? m.index;
const ge = (m: Match, i: number): number => m.indices?.[i]?.[1] ?? m.index + m[0].length;
const mEnd = (m: Match): number => m.index + m[0].length;

function before(text: string, at: number, n = 40): string {
  return text.slice(Math.max(0, at - n), at);
}

function unitOf(word: string): Unit | 'hour' {
  const w = word.toLowerCase().replace(/s$/, '');
  if (w === 'hour' || w === 'day' || w === 'week' || w === 'month' || w === 'year') return w;
  if (w === 'decade') return 'year';
  if (w === 'fortnight') return 'week';
  return 'day';
}
/** Multiplier for units that are expressed in another unit ("decades" = 10 years, fortnight = 2 weeks). */
const unitMult = (word: string): number => (/^decade/i.test(word) ? 10 : /^fortnight/i.test(word) ? 2 : 1);

function modOf(word: string | undefined): Mod {
  if (!word) return null;
  const w = word.toLowerCase().replace(/\s+/g, ' ');
  if (w === 'last' || w === 'past' || w === 'previous' || w === 'this past') return 'last';
  if (w === 'next' || w === 'coming' || w === 'this coming') return 'next';
  if (w === 'this') return 'this';
  return null;
}

function partOf(word: string | undefined): Part | null {
  const w = word?.toLowerCase();
  if (w === 'early' || w === 'earlier') return 'early';
  if (w === 'mid') return 'mid';
  if (w === 'late' || w === 'later') return 'late';
  return null;
}

const numOk = (text: string, end: number): boolean => !/^(?:[.,]\d|\d|%)/.test(text.slice(end, end + 3));

const dateSpec = (y: number | null, m: number, d: number): Spec | null =>
  validDate(y ?? 2000, m, d) ? { k: 'date', y, m, d } : null;

function dayRange(y: number | null, m: number, d: number, d2: number | null): Spec | null {
  const a = dateSpec(y, m, d);
  if (!a) return null;
  if (d2 === null) return a;
  const b = dateSpec(y, m, d2);
  return b && d2 > d ? { k: 'range', a, b } : null;
}

const yearRangeBefore = new RegExp(
  `\\b(?:between|from)\\s+(?:(?:early|late|mid)[-\\s]+)?${RX.year}\\s+$`,
  'i',
);
const monthRangeBefore = new RegExp(
  `\\b(?:between|from)\\s+(?:(?:early|late|mid)[-\\s]+)?${RX.month}\\s+$`,
  'i',
);
const ofBefore = /\b(?:end|beginning|start|middle|month|week|weeks|half|part|days|fortnight)\s+$/i;
const yearOfBefore =
  /\b(?:summer|winter|spring|autumn|fall|end|beginning|start|middle|half|war|events|crisis|elections?|class|years?|months?)\s+$/i;

const nextWord = (text: string, end: number): string =>
  (/^\s+([A-Za-z]+)/.exec(text.slice(end, end + 30))?.[1] ?? '').toLowerCase();

function weekdayIsTitle(text: string, start: number, end: number, hasMod: boolean): boolean {
  if (!hasMod) {
    const prev = /([A-Za-z]+)\s+$/.exec(before(text, start, 20))?.[1];
    if (prev && isCap(prev) && WEEKDAY_TITLE_PREFIXES.has(prev.toLowerCase())) return true;
  }
  const after = text.slice(end, end + 30);
  const next = /^\s+([A-Z][a-z]+)(?:\s+([A-Z][a-z]+))?/.exec(after);
  if (!next) return false;
  const one = next[1].toLowerCase();
  const two = next[2] ? `${one} ${next[2].toLowerCase()}` : '';
  if (WEEKDAY_TITLE_NEXT.includes(one) || (two && WEEKDAY_TITLE_NEXT.includes(two))) return true;
  // "the Sunday Herald": a determiner, the weekday, then a capitalised non-calendar word.
  const temporal = /^(?:morning|afternoon|evening|night|overnight)$/.test(one) || MONTHS.has(one);
  return !temporal && /\bthe\s+$/i.test(before(text, start, 5));
}

const mk = (start: number, end: number, spec: Spec | null, extra: Partial<Cand> = {}): Cand | null =>
  spec ? { start, end, spec, ...extra } : null;

function clockCand(start: number, end: number, h: number, min: number, midnight = false): Cand | null {
  if (h > 23 || min > 59) return null;
  const time = `${String(h).padStart(2, '0')}:${String(min).padStart(2, '0')}`;
  return { start, end, spec: { k: 'clock' }, time, midnight };
}

const clockCue =
  /(?:\b(?:at|from|until|till|by|around|about|after|before|since|approximately|of|as\s+of|shortly|to)\s+|\(\s*)$/i;
const clockAfterCue = /^\s*(?:GMT|UTC|Z\b|local|hrs|hours|h\b|[ap]\.?m|\)|on\b|[A-Z][a-z]+\s+time)/;

const R = (src: string): RegExp => new RegExp(src, 'gid');

export const RULES: Rule[] = [
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
  // in May · since March · last October · early June (a bare month needs a cue before it)
  {
    re: R(
      `(?<=\\b(in|since|until|till|by|from|through|during|throughout|before|after|early|late|mid|last|next|this|of|between|and|to|or)(?:\\s+|\\s*-\\s*))(?=[adfjmnos])${RX.month}`,
    ),
    make: (m, text) => {
      if (!isCap(m[2])) return null;
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
  // yesterday · today · overnight · last night · this morning
  {
    gate: /yesterday|today|tonight|tomorrow|overnight|last\s+night|this\s+(?:morning|afternoon|evening)/i,
    re: R(
      `\\b(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tonight|tomorrow|overnight|last\\s+night|this\\s+(?:morning|afternoon|evening)|(?:earlier|later)\\s+(?:today|tonight)|(?:early|late)\\s+(?:today|yesterday))\\b(?!-)`,
    ),
    make: (m) => {
      const w = m[1].toLowerCase().replace(/\s+/g, ' ');
      const rel = (n: number, sub: 'earlier' | 'later' | null = null): Spec => ({
        k: 'rel',
        unit: 'day',
        n,
        sub,
      });
      if (w === 'overnight') return mk(m.index, mEnd(m), rel(0), { nightBefore: true });
      let n = 0;
      if (w.includes('before yesterday')) n = -2;
      else if (w.includes('after tomorrow')) n = 2;
      else if (w.includes('yesterday') || w === 'last night') n = -1;
      else if (w === 'tomorrow') n = 1;
      const sub = w.startsWith('earlier') ? 'earlier' : w.startsWith('later') ? 'later' : null;
      return mk(m.index, mEnd(m), rel(n, sub));
    },
  },
  // last week · earlier this month · late last year · next weekend
  {
    gate: /\b(?:last|this|next|past|previous|coming)\s/i,
    re: R(
      `\\b(?:(early|mid|late|earlier|later)(?:\\s+|\\s*-\\s*))?(this\\s+past|this\\s+coming|last|this|next|past|previous|coming)\\s+(week|weekend|month|year)\\b`,
    ),
    make: (m) => {
      const mod = modOf(m[2]);
      const unit = m[3].toLowerCase();
      if (unit === 'weekend') return mk(m.index, mEnd(m), { k: 'weekend', mod });
      const n = mod === 'last' ? -1 : mod === 'next' ? 1 : 0;
      const pre = m[1]?.toLowerCase();
      const sub = n === 0 && pre === 'earlier' ? 'earlier' : n === 0 && pre === 'later' ? 'later' : null;
      return mk(
        m.index,
        mEnd(m),
        { k: 'rel', unit: unit as Unit, n, sub },
        { part: sub ? null : partOf(pre) },
      );
    },
  },
  // the end of the month · the beginning of the year · the middle of the week
  {
    gate: /\bof\s+the\s+(?:week|month|year)\b/i,
    re: R(
      `\\b(?:the\\s+)?(end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of\\s+the\\s+(week|month|year)\\b`,
    ),
    make: (m) => {
      const spec: Spec = { k: 'rel', unit: m[2].toLowerCase() as Unit, n: 0, sub: null };
      if (/half/i.test(m[1])) return mk(m.index, mEnd(m), spec, { half: /^f/i.test(m[1]) ? 1 : 2 });
      const part: Part = /^e/i.test(m[1]) ? 'late' : /^m/i.test(m[1]) ? 'mid' : 'early';
      return mk(m.index, mEnd(m), spec, { part });
    },
  },
  // the weekend
  {
    gate: /weekend/i,
    re: R(`\\bthe\\s+weekend\\b`),
    make: (m) => mk(m.index, mEnd(m), { k: 'weekend', mod: null }),
  },
  // the past 24 hours · the last three weeks · the coming days · the next day · the following week
  {
    gate: /\b(?:past|last|previous|preceding|coming|next|following)\b/i,
    re: R(
      `\\bthe\\s+(past|last|previous|preceding|coming|next|following)\\s+(?:${RX.num}\\s+)?(hours?|days?|weeks?|fortnight|months?|years?|decades?)\\b(?!\\s+of\\b)`,
    ),
    make: (m) => {
      const w = m[1].toLowerCase();
      const unit = unitOf(m[3]);
      const plural = /s$/i.test(m[3]);
      const count = m[2] ? numberValue(m[2]) : plural ? 3 : 1;
      if (count === null) return null;
      const n = count * unitMult(m[3]);
      const narrative =
        w === 'following' || w === 'previous' || w === 'preceding' || (w === 'next' && !m[2] && !plural);
      if (narrative) {
        const sign = w === 'previous' || w === 'preceding' ? -1 : 1;
        return mk(m.index, mEnd(m), { k: 'narr', unit, n: sign * n });
      }
      const dir = w === 'coming' || w === 'next' ? 1 : -1;
      return mk(m.index, mEnd(m), { k: 'window', unit, n, dir });
    },
  },
  // recent days / weeks / months / years
  {
    gate: /recent/i,
    re: R(`\\brecent\\s+(days|weeks|months|years)\\b`),
    make: (m) => {
      const w = m[1].toLowerCase();
      const spec: Spec =
        w === 'days'
          ? { k: 'window', unit: 'week', n: 1, dir: -1 }
          : w === 'weeks'
            ? { k: 'window', unit: 'month', n: 1, dir: -1 }
            : w === 'months'
              ? { k: 'window', unit: 'month', n: 6, dir: -1 }
              : { k: 'window', unit: 'year', n: 5, dir: -1 };
      return mk(m.index, mEnd(m), spec);
    },
  },
  // two days ago · a week ago · days ago
  {
    gate: /\bago\b/i,
    re: R(`\\b(?:${RX.num}\\s+)?(hours?|days?|weeks?|fortnight|months?|years?|decades?)\\s+ago\\b`),
    make: (m) => {
      const vague = !m[1] || isVagueNumber(m[1]);
      const count = m[1] ? numberValue(m[1]) : null;
      const n = vague || count === null ? null : count * unitMult(m[2]);
      return mk(m.index, mEnd(m), { k: 'ago', unit: unitOf(m[2]), n });
    },
  },
  // the next morning · the following evening · the previous night
  {
    gate: /\b(?:next|following|previous|preceding)\b/i,
    re: R(`\\bthe\\s+(next|following|previous|preceding)\\s+(morning|afternoon|evening|night)\\b`),
    make: (m) => {
      const back = /^p/i.test(m[1]);
      return mk(m.index, mEnd(m), { k: 'narr', unit: 'day', n: back ? -1 : 1 });
    },
  },
  // the day before · the night before · the day after (not followed by what it is before/after)
  {
    re: R(
      `\\bthe\\s+(day|night|morning|evening)\\s+(before|after)\\b(?!\\s+(?:the|a|an|his|her|its|their|our|my|this|that|last|[A-Z0-9]))`,
    ),
    make: (m) => mk(m.index, mEnd(m), { k: 'narr', unit: 'day', n: /^b/i.test(m[2]) ? -1 : 1 }),
  },
  // that day · later that evening · that same night · the same day · earlier in the day
  {
    re: R(
      `\\b(?:(?:later|earlier)\\s+)?(?:that|the)\\s+(same\\s+)?(day|morning|afternoon|evening|night|week|month)\\b|\\b(?:earlier|later)\\s+in\\s+the\\s+day\\b`,
    ),
    make: (m) => {
      const w = m[0].toLowerCase();
      if (/^(?:later\s+|earlier\s+)?the\s/.test(w) && !m[1]) return null;
      const unit: Unit = /week$/.test(w) ? 'week' : /month$/.test(w) ? 'month' : 'day';
      return mk(m.index, mEnd(m), { k: 'narr', unit, n: 0 });
    },
  },
  // a day later · two weeks earlier · hours later · a year on
  {
    gate: /\b(?:later|earlier|afterwards?|after\s+that|before\s+that)\b/i,
    re: R(
      `\\b(?:${RX.num}\\s+)?(hours?|days?|weeks?|months?|years?)\\s+(later|earlier|afterwards?|after\\s+that|before\\s+that)\\b(?!\\s+than\\b)`,
    ),
    make: (m) => {
      const unit = unitOf(m[2]);
      const back = /^(?:earlier|before)/i.test(m[3]);
      const vague = !m[1] || isVagueNumber(m[1]);
      const count = m[1] ? numberValue(m[1]) : null;
      if (unit === 'hour') return mk(m.index, mEnd(m), { k: 'narr', unit: 'day', n: 0 });
      const n = vague || count === null ? null : back ? -count : count;
      return mk(m.index, mEnd(m), { k: 'narr', unit, n });
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
