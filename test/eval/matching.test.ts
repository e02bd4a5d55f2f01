import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { maxWeightMatching } from '../../src/eval/index.ts';

interface E {
  left: number;
  right: number;
  weight: number;
}

/** Best total weight by trying every assignment (small inputs only). */
function bruteForce(nLeft: number, nRight: number, edges: E[]): number {
  const w = (l: number, r: number) =>
    Math.max(0, ...edges.filter((e) => e.left === l && e.right === r).map((e) => e.weight));
  const go = (l: number, used: Set<number>): number => {
    if (l === nLeft) return 0;
    let best = go(l + 1, used);
    for (let r = 0; r < nRight; r++) {
      const x = w(l, r);
      if (used.has(r) || x <= 0) continue;
      used.add(r);
      best = Math.max(best, x + go(l + 1, used));
      used.delete(r);
    }
    return best;
  };
  return go(0, new Set());
}

test('prefers the matching with more hits over a greedy first choice', () => {
  // gold 0 can be hit by report 0 or 1; gold 1 only by report 0. Greedy 0→0 would lose gold 1.
  const pairs = maxWeightMatching(2, 2, [
    { left: 0, right: 0, weight: 1001 },
    { left: 0, right: 1, weight: 1000 },
    { left: 1, right: 0, weight: 1000 },
  ]);
  assert.deepEqual(pairs, [
    [0, 1],
    [1, 0],
  ]);
});

test('among maximum matchings, picks the better-agreeing one', () => {
  const pairs = maxWeightMatching(1, 3, [
    { left: 0, right: 0, weight: 1000 },
    { left: 0, right: 2, weight: 1002 },
  ]);
  assert.deepEqual(pairs, [[0, 2]]);
});

test('no edges, no pairs; more gold than report items works (transposed)', () => {
  assert.deepEqual(maxWeightMatching(3, 3, []), []);
  assert.deepEqual(maxWeightMatching(3, 1, [{ left: 2, right: 0, weight: 5 }]), [[2, 0]]);
});

test('property: total weight equals brute force, and the result is a matching over given edges', () => {
  const instance = fc
    .record({ nLeft: fc.integer({ min: 0, max: 5 }), nRight: fc.integer({ min: 0, max: 5 }) })
    .chain(({ nLeft, nRight }) =>
      fc.record({
        nLeft: fc.constant(nLeft),
        nRight: fc.constant(nRight),
        edges:
          nLeft === 0 || nRight === 0
            ? fc.constant([] as E[])
            : fc.array(
                fc.record({
                  left: fc.integer({ min: 0, max: nLeft - 1 }),
                  right: fc.integer({ min: 0, max: nRight - 1 }),
                  weight: fc.integer({ min: 1, max: 1003 }),
                }),
                { maxLength: 12 },
              ),
      }),
    );
  fc.assert(
    fc.property(instance, ({ nLeft, nRight, edges }) => {
      const pairs = maxWeightMatching(nLeft, nRight, edges);
      const lefts = new Set(pairs.map((p) => p[0]));
      const rights = new Set(pairs.map((p) => p[1]));
      assert.equal(lefts.size, pairs.length);
      assert.equal(rights.size, pairs.length);
      let total = 0;
      for (const [l, r] of pairs) {
        const ws = edges.filter((e) => e.left === l && e.right === r).map((e) => e.weight);
        assert.ok(ws.length > 0, 'pair is an edge');
        total += Math.max(...ws);
      }
      assert.equal(total, bruteForce(nLeft, nRight, edges));
    }),
    { numRuns: 300 },
  );
});
