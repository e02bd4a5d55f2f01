/**
 * Band-key postings in typed arrays (open addressing + linked postings): LSH buckets for
 * millions of sentences without a JS Map per key. A key shared by more than `cap` sentences is
 * common phrasing rather than reuse: it is saturated and yields no further candidates.
 */
export class PostingTable {
  private keys: Uint32Array;
  private heads: Int32Array;
  private counts: Int32Array;
  private mask: number;
  private used = 0;
  private next: Int32Array;
  private vals: Int32Array;
  private size = 0;
  readonly cap: number;

  constructor(cap: number, initialSlots = 1 << 12) {
    this.cap = cap;
    this.keys = new Uint32Array(initialSlots);
    this.heads = new Int32Array(initialSlots).fill(-1);
    this.counts = new Int32Array(initialSlots);
    this.mask = initialSlots - 1;
    this.next = new Int32Array(1024);
    this.vals = new Int32Array(1024);
  }

  private slotOf(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.heads[i] !== -1 && this.keys[i] !== key) i = (i + 1) & this.mask;
    return i;
  }

  private grow(): void {
    const oldKeys = this.keys;
    const oldHeads = this.heads;
    const oldCounts = this.counts;
    const slots = oldKeys.length * 2;
    this.keys = new Uint32Array(slots);
    this.heads = new Int32Array(slots).fill(-1);
    this.counts = new Int32Array(slots);
    this.mask = slots - 1;
    for (let i = 0; i < oldKeys.length; i++) {
      if (oldHeads[i] === -1) continue;
      const j = this.slotOf(oldKeys[i]);
      this.keys[j] = oldKeys[i];
      this.heads[j] = oldHeads[i];
      this.counts[j] = oldCounts[i];
    }
  }

  /** Calls `visit` with each value already filed under `key` (unless saturated), then files `val`. */
  addAndVisit(key: number, val: number, visit: (other: number) => void): void {
    const k = key >>> 0;
    let i = this.slotOf(k);
    if (this.heads[i] === -1) {
      if ((this.used + 1) * 4 > this.keys.length * 3) {
        this.grow();
        i = this.slotOf(k);
      }
      this.used++;
      this.keys[i] = k;
    } else {
      if (this.counts[i] >= this.cap) return;
      for (let p = this.heads[i]; p !== -1; p = this.next[p]) visit(this.vals[p]);
    }
    if (this.size === this.vals.length) {
      const n = new Int32Array(this.size * 2);
      n.set(this.next);
      this.next = n;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    this.vals[this.size] = val;
    this.next[this.size] = this.heads[i];
    this.heads[i] = this.size++;
    this.counts[i]++;
  }

  /** Postings filed and distinct keys, for figures. */
  stats(): { postings: number; keys: number; slots: number } {
    return { postings: this.size, keys: this.used, slots: this.keys.length };
  }
}
