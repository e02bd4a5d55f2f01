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
  /** Plural nouns of attacks and weapons: a count of them counts no people. */
  countedAttacks: { nouns: string[] };
  /** Measures that may count people with no group noun when their verb stands right before the number. */
  groupless: { measures: Measure[] };
  /** What "members of …" belong to when they are fighters: armed heads, and modifiers of "group". */
  armedBodies: { heads: string[]; groupNouns: string[]; groupModifiers: string[] };
  /** Fighter nouns of a state's forces and of armed groups: "rebels and a soldier" are two sides. */
  armedSides: { state: string[]; nonState: string[] };
  /** Verbs of a count changing before "from X to Y": two counts, not a range. */
  revisionVerbs: { verbs: string[] };
  populationCues: { before: string[] };
}

export interface FigureLexicon extends RawFigureLexicon {
  /** Phrase indexes (longest match first) built from the lists above. */
  qualifierIndex: PhraseIndex<Qualifier>;
  groupIndex: PhraseIndex<FigureGroup>;
  afterIndex: PhraseIndex<Measure>;
  beforeIndex: PhraseIndex<Measure>;
  vagueIndex: PhraseIndex<number>;
  /** Numbers of several words ("a dozen", "a couple of"). */
  numberPhraseIndex: PhraseIndex<number>;
}

let cached: FigureLexicon | null = null;

export function figureLexicon(): FigureLexicon {
  if (cached) return cached;
  const raw = JSON.parse(
    readFileSync(new URL('../../../data/lexicon/figures.json', import.meta.url), 'utf8'),
  ) as RawFigureLexicon;
  /** Each (phrase, value) of a record of phrase lists. */
  const pairs = <V extends string>(rec: Record<V, string[]>) =>
    (Object.entries(rec) as [V, string[]][]).flatMap(([value, ps]) =>
      ps.map((phrase) => ({ phrase, value })),
    );
  const measures = (side: 'after' | 'before') =>
    (Object.entries(raw.measures) as [Measure, { after: string[]; before: string[] }][]).flatMap(
      ([value, v]) => v[side].map((phrase) => ({ phrase, value })),
    );
  cached = {
    ...raw,
    qualifierIndex: new PhraseIndex(pairs(raw.qualifiers)),
    groupIndex: new PhraseIndex(pairs(raw.groups)),
    afterIndex: new PhraseIndex(measures('after')),
    beforeIndex: new PhraseIndex(measures('before')),
    vagueIndex: new PhraseIndex(Object.entries(raw.vague).map(([phrase, value]) => ({ phrase, value }))),
    numberPhraseIndex: new PhraseIndex(
      Object.entries(raw.numberWords)
        .filter(([phrase]) => phrase.includes(' '))
        .map(([phrase, value]) => ({ phrase, value })),
    ),
  };
  return cached;
}
