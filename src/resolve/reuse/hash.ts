/** 32-bit hashing for shingles and MinHash: FNV-1a for strings, murmur3's finaliser to mix. */

export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** murmur3 fmix32: a bijection on 32-bit integers with good avalanche. */
export function mix32(x: number): number {
  let h = x >>> 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Order-dependent combination of two hashes. */
export function combine(a: number, b: number): number {
  return mix32((Math.imul(a ^ 0x9e3779b9, 0x27d4eb2f) + b) >>> 0);
}

/** Seeds of the MinHash permutations (fixed, so signatures are stable across runs). */
export function minhashSeeds(count: number, salt: number): Uint32Array {
  const out = new Uint32Array(count);
  let s = salt >>> 0;
  for (let i = 0; i < count; i++) {
    s = mix32(s + 0x6d2b79f5);
    out[i] = s;
  }
  return out;
}

/**
 * MinHash signature of a feature set: for each seed, the least mixed value over the features.
 * `features` may hold repeats (they do not change a minimum).
 */
export function minhash(features: ArrayLike<number>, seeds: Uint32Array): Uint32Array {
  const sig = new Uint32Array(seeds.length).fill(0xffffffff);
  for (let f = 0; f < features.length; f++) {
    const x = features[f];
    for (let i = 0; i < seeds.length; i++) {
      const v = mix32(x ^ seeds[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}
