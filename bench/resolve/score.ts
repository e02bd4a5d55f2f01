/**
 * Scores reuse links against gold pairs: pair precision/recall overall and per kind.
 * A gold pair is found when either document links the other (any kind); it is right when the
 * kind matches too. Per kind: recall = gold pairs of that kind found with that kind / gold pairs
 * of that kind; precision = predicted pairs of that kind that are gold pairs of that kind /
 * predicted pairs of that kind.
 */
import type { ReuseLink } from '../../src/resolve/reuse/index.ts';

export interface GoldPair {
  a: string;
  b: string;
  kind: string;
}

export interface Score {
  tp: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
}

export interface ReuseScore {
  pairs: Score;
  kinds: Record<string, Score>;
  /** Predicted pairs that are not gold (any kind), as "a ~ b (kind)". */
  falsePairs: string[];
  /** Gold pairs not found, as "a ~ b (kind)". */
  missed: string[];
}

const key = (a: string, b: string) => (a < b ? `${a} ~ ${b}` : `${b} ~ ${a}`);

function score(tp: number, predicted: number, gold: number): Score {
  return {
    tp,
    predicted,
    gold,
    precision: predicted === 0 ? 1 : tp / predicted,
    recall: gold === 0 ? 1 : tp / gold,
  };
}

export function scoreReuse(links: Map<string, ReuseLink[]>, gold: GoldPair[]): ReuseScore {
  const predicted = new Map<string, string>();
  for (const [id, list] of links) for (const l of list) predicted.set(key(id, l.doc), l.kind);
  const goldKinds = new Map(gold.map((p) => [key(p.a, p.b), p.kind]));
  const kinds = new Set([...goldKinds.values(), ...predicted.values()]);
  const byKind: Record<string, Score> = {};
  for (const k of kinds) {
    let tp = 0;
    let pred = 0;
    let g = 0;
    for (const [pk, kind] of predicted) {
      if (kind !== k) continue;
      pred++;
      if (goldKinds.get(pk) === k) tp++;
    }
    for (const kind of goldKinds.values()) if (kind === k) g++;
    byKind[k] = score(tp, pred, g);
  }
  let tp = 0;
  const falsePairs: string[] = [];
  const missed: string[] = [];
  for (const [pk, kind] of predicted) {
    if (goldKinds.has(pk)) tp++;
    else falsePairs.push(`${pk} (${kind})`);
  }
  for (const [pk, kind] of goldKinds) if (!predicted.has(pk)) missed.push(`${pk} (${kind})`);
  return { pairs: score(tp, predicted.size, goldKinds.size), kinds: byKind, falsePairs, missed };
}

export function formatScore(name: string, s: ReuseScore): string {
  const f = (x: Score) =>
    `P ${x.precision.toFixed(3)} R ${x.recall.toFixed(3)} (${x.tp}/${x.predicted} pred, ${x.gold} gold)`;
  const lines = [`${name}: pairs ${f(s.pairs)}`];
  for (const [k, v] of Object.entries(s.kinds).sort()) lines.push(`  ${k.padEnd(12)} ${f(v)}`);
  return lines.join('\n');
}
