/**
 * Threshold sweep on the generated reuse set (test/fixtures/reuse/set.json): sentence-alignment
 * thresholds and the short-text paraphrase rule over a grid, scored on the train split (where the
 * defaults were chosen: highest paraphrase recall at precision ≥ 0.95 with no false pair, then the
 * middle of the plateau, see bench/resolve/README.md) and shown on the test split for checking.
 * Run: node --import tsx bench/resolve/tune.ts
 */
import { readFileSync } from 'node:fs';
import { DEFAULT_THRESHOLDS, findReuse, type ReuseThresholds } from '../../src/resolve/reuse/index.ts';
import { type GoldPair, scoreReuse } from './score.ts';

interface SetDoc {
  id: string;
  split: string;
  text: string;
}

const set = JSON.parse(
  readFileSync(new URL('../../test/fixtures/reuse/set.json', import.meta.url), 'utf8'),
) as {
  documents: SetDoc[];
  pairs: GoldPair[];
};

function run(split: string, th: Partial<ReuseThresholds>) {
  const docs = set.documents.filter((d) => d.split === split);
  const ids = new Set(docs.map((d) => d.id));
  const links = findReuse(
    docs.map((d) => ({ id: d.id, text: d.text })),
    { thresholds: th },
  );
  return scoreReuse(
    links,
    set.pairs.filter((p) => ids.has(p.a) && ids.has(p.b)),
  );
}

const f = (x: number) => x.toFixed(3);
console.log('minSkel minDice short | train: pairs P/R, paraphrase P/R, wire P/R | test: same');
for (const minSkeleton of [0.5, 0.6, 0.7]) {
  for (const minDice of [0.4, 0.5, 0.6]) {
    // Two reworded sentences make a paraphrase when they cover this share of a text (2 = never).
    for (const shortParaphraseShare of [0.3, 0.5, 2]) {
      const th = { minSkeleton, minDice, shortParaphraseShare };
      const row = ['train', 'test'].map((split) => {
        const s = run(split, th);
        const p = s.kinds.paraphrase;
        const w = s.kinds['wire-copy'];
        return `${f(s.pairs.precision)}/${f(s.pairs.recall)}  ${f(p.precision)}/${f(p.recall)}  ${f(w.precision)}/${f(w.recall)}`;
      });
      const mark =
        minSkeleton === DEFAULT_THRESHOLDS.minSkeleton &&
        minDice === DEFAULT_THRESHOLDS.minDice &&
        shortParaphraseShare === DEFAULT_THRESHOLDS.shortParaphraseShare
          ? ' ← default'
          : '';
      console.log(
        `${minSkeleton}     ${minDice}     ${shortParaphraseShare}   | ${row[0]} | ${row[1]}${mark}`,
      );
    }
  }
}
