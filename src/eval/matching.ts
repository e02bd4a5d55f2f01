/**
 * Maximum-weight bipartite matching (Hungarian algorithm, O(n²m)).
 *
 * The scorer gives every admissible (gold item, report item) pair a weight of
 * `EDGE + agreement`, where `agreement` (< EDGE) counts agreeing secondary fields. Maximising the
 * total weight therefore first maximises the number of hits (each gold item hit at most once, each
 * report item hitting at most one gold item) and, among all maximum matchings, picks the one whose
 * hits agree best on the secondary fields — so a report is never penalised for the order of its items.
 */

export interface WeightedEdge {
  left: number;
  right: number;
  weight: number;
}

/** Pairs [left, right] of a maximum-weight matching over positive-weight edges. */
export function maxWeightMatching(nLeft: number, nRight: number, edges: WeightedEdge[]): [number, number][] {
  if (edges.length === 0 || nLeft === 0 || nRight === 0) return [];
  const transpose = nLeft > nRight;
  const n = transpose ? nRight : nLeft; // rows (n ≤ m)
  const m = transpose ? nLeft : nRight;
  const weight: number[][] = Array.from({ length: n }, () => new Array<number>(m).fill(0));
  for (const e of edges) {
    const r = transpose ? e.right : e.left;
    const c = transpose ? e.left : e.right;
    if (e.weight > weight[r][c]) weight[r][c] = e.weight;
  }
  // Min-cost assignment on cost = -weight, 1-indexed potentials (classic e-maxx formulation).
  const u = new Array<number>(n + 1).fill(0);
  const v = new Array<number>(m + 1).fill(0);
  const p = new Array<number>(m + 1).fill(0);
  const way = new Array<number>(m + 1).fill(0);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Array<number>(m + 1).fill(Number.POSITIVE_INFINITY);
    const used = new Array<boolean>(m + 1).fill(false);
    do {
      used[j0] = true;
      const i0 = p[j0];
      let delta = Number.POSITIVE_INFINITY;
      let j1 = 0;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = -weight[i0 - 1][j - 1] - u[i0] - v[j];
        if (cur < minv[j]) {
          minv[j] = cur;
          way[j] = j0;
        }
        if (minv[j] < delta) {
          delta = minv[j];
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j]] += delta;
          v[j] -= delta;
        } else {
          minv[j] -= delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0];
      p[j0] = p[j1];
      j0 = j1;
    } while (j0 !== 0);
  }
  const pairs: [number, number][] = [];
  for (let j = 1; j <= m; j++) {
    const i = p[j];
    if (i === 0 || weight[i - 1][j - 1] <= 0) continue;
    pairs.push(transpose ? [j - 1, i - 1] : [i - 1, j - 1]);
  }
  return pairs.sort((a, b) => a[0] - b[0]);
}
