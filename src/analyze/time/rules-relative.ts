/** Rules for expressions relative to publication or to the narrative: yesterday, last week, the next day. */
import { isVagueNumber, numberValue, RX } from './lexicon.ts';
import { before, mEnd, mk, modOf, partOf, R, type Rule, unitMult, unitOf } from './rule-kit.ts';
import type { Part, Spec, Unit } from './spec.ts';

export const RELATIVE_RULES: Rule[] = [
  // yesterday · today · overnight · last night · this morning
  {
    gate: /yesterday|today|tonight|tomorrow|overnight|last\s+(?:night|evening)|this\s+(?:morning|afternoon|evening)/i,
    re: R(
      `\\b(the\\s+day\\s+before\\s+yesterday|the\\s+day\\s+after\\s+tomorrow|yesterday|today|tonight|tomorrow|overnight|last\\s+(?:night|evening)|this\\s+(?:morning|afternoon|evening)|(?:earlier|later)\\s+(?:today|tonight)|(?:early|late)\\s+(?:today|yesterday))\\b(?!-)`,
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
      else if (w.includes('yesterday') || w === 'last night' || w === 'last evening') n = -1;
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
      // "this past weekend" is the one just gone, even when published on its Sunday.
      if (unit === 'weekend') {
        const past = /^this\s+past$/i.test(m[2]);
        return mk(m.index, mEnd(m), { k: 'weekend', mod: past ? 'this' : mod });
      }
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
  // the weekend · a weekend raid
  {
    gate: /weekend/i,
    // "the weekend", "a weekend air strike" (attributive: the weekend just gone).
    re: R(`\\b(?:the|an?)\\s+weekend\\b`),
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
  // in two weeks · in 10 days' time (resolved only under a future tense)
  {
    gate: /\bin\s+\S+\s+(?:days?|weeks?|months?|years?)\b/i,
    re: R(
      `\\bin\\s+${RX.num}\\s+(days?|weeks?|fortnight|months?|years?)(?:['’]?\\s*time)?\\b(?!\\s+(?:of|after|before|since|to)\\b)`,
    ),
    make: (m, text) => {
      const count = numberValue(m[1]);
      if (count === null || isVagueNumber(m[1])) return null;
      // "the first quiet night in five weeks", "the worst fighting in two years": a span back, not ahead.
      if (
        /\b(?:first|last|worst|deadliest|biggest|largest|heaviest|highest|lowest|only|most|least|fewest)\b/i.test(
          before(text, m.index, 50),
        )
      )
        return null;
      const unit = unitOf(m[2]);
      if (unit === 'hour') return null;
      return mk(m.index, mEnd(m), { k: 'ahead', unit, n: count * unitMult(m[2]) });
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
      // "hours later" stays on the day; "48 hours later" moves by whole days.
      if (unit === 'hour') {
        const days = vague || count === null ? 0 : Math.floor(count / 24) * (back ? -1 : 1);
        return mk(m.index, mEnd(m), { k: 'narr', unit: 'day', n: days });
      }
      const n = vague || count === null ? null : back ? -count : count;
      return mk(m.index, mEnd(m), { k: 'narr', unit, n });
    },
  },
];
