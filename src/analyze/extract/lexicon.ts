/** Loads the figure lexicon (data/lexicon/figures.json) once, into lookup-friendly shapes. */
import { readFileSync } from 'node:fs';
import type { FigureGroup, Measure, Qualifier } from '../../report/contract.ts';
import { PhraseIndex } from './words.ts';

interface RawFigureLexicon {
  numberWords: Record<string, number>;
  multipliers: Record<string, number>;
  vague: Record<string, number>;
  qualifiers: Record<Qualifier, string[]>;
  groups: Record<FigureGroup, string[]>;
  measures: Record<Measure, { after: string[]; before: string[] }>;
  deathNouns: string[];
  listLinks: string[];
  historicalCues: string[];
  /** "others", "more": the group of the figure they follow. */
  inheritingGroupNouns: string[];
  /** Measures that may count people with no group noun when their verb stands right before the number. */
  groupless: { measures: Measure[] };
}

export interface FigureLexicon extends RawFigureLexicon {
  /** Phrases sorted longest first, for greedy matching. */
  qualifierList: { phrase: string; q: Qualifier }[];
  groupList: { phrase: string; group: FigureGroup }[];
  afterList: { phrase: string; measure: Measure }[];
  beforeList: { phrase: string; measure: Measure }[];
  qualifierIndex: PhraseIndex<Qualifier>;
  groupIndex: PhraseIndex<FigureGroup>;
  afterIndex: PhraseIndex<Measure>;
  beforeIndex: PhraseIndex<Measure>;
  vagueIndex: PhraseIndex<number>;
}

let cached: FigureLexicon | null = null;

const byLength = <T extends { phrase: string }>(xs: T[]): T[] =>
  xs.sort((a, b) => b.phrase.length - a.phrase.length);

export function figureLexicon(): FigureLexicon {
  if (cached) return cached;
  const raw = JSON.parse(
    readFileSync(new URL('../../../data/lexicon/figures.json', import.meta.url), 'utf8'),
  ) as RawFigureLexicon;
  const qualifierList = byLength(
    Object.entries(raw.qualifiers).flatMap(([q, ps]) => ps.map((phrase) => ({ phrase, q: q as Qualifier }))),
  );
  const groupList = byLength(
    Object.entries(raw.groups).flatMap(([g, ps]) =>
      ps.map((phrase) => ({ phrase, group: g as FigureGroup })),
    ),
  );
  const afterList = byLength(
    Object.entries(raw.measures).flatMap(([m, v]) =>
      v.after.map((phrase) => ({ phrase, measure: m as Measure })),
    ),
  );
  const beforeList = byLength(
    Object.entries(raw.measures).flatMap(([m, v]) =>
      v.before.map((phrase) => ({ phrase, measure: m as Measure })),
    ),
  );
  cached = {
    ...raw,
    qualifierList,
    groupList,
    afterList,
    beforeList,
    qualifierIndex: new PhraseIndex(qualifierList.map((x) => ({ phrase: x.phrase, value: x.q }))),
    groupIndex: new PhraseIndex(groupList.map((x) => ({ phrase: x.phrase, value: x.group }))),
    afterIndex: new PhraseIndex(afterList.map((x) => ({ phrase: x.phrase, value: x.measure }))),
    beforeIndex: new PhraseIndex(beforeList.map((x) => ({ phrase: x.phrase, value: x.measure }))),
    vagueIndex: new PhraseIndex(Object.entries(raw.vague).map(([phrase, value]) => ({ phrase, value }))),
  };
  return cached;
}
