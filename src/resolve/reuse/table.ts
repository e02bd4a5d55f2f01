/**
 * Band-key postings in typed arrays (open addressing + linked postings): LSH buckets for
 * millions of sentences without a JS Map per key. Each slot keeps its key, the head of its
 * posting list and its count side by side (one cache line per probe). A key shared by more than
 * `cap` sentences is common phrasing rather than reuse: it is saturated and yields no further
 * candidates.
 */
const KEY = 0;
const HEAD = 1;
const COUNT = 2;
const WIDTH = 3;

export class PostingTable {
  /** Slot i: [key, head posting (-1 = empty slot), count]. */
  private slots: Int32Array;
  private mask: number;
  private used = 0;
  private next: Int32Array;
  private vals: Int32Array;
  private size = 0;
  readonly cap: number;

  constructor(cap: number, initialSlots = 1 << 12) {
    this.cap = cap;
    this.slots = PostingTable.emptySlots(initialSlots);
    this.mask = initialSlots - 1;
    this.next = new Int32Array(1024);
    this.vals = new Int32Array(1024);
  }

  private static emptySlots(n: number): Int32Array {
    const s = new Int32Array(n * WIDTH);
    for (let i = 0; i < n; i++) s[i * WIDTH + HEAD] = -1;
    return s;
  }

  private slotOf(key: number): number {
    let i = (Math.imul(key, 0x9e3779b1) >>> 0) & this.mask;
    while (this.slots[i * WIDTH + HEAD] !== -1 && this.slots[i * WIDTH + KEY] !== key)
      i = (i + 1) & this.mask;
    return i;
  }

  private grow(): void {
    const old = this.slots;
    const n = (this.mask + 1) * 2;
    this.slots = PostingTable.emptySlots(n);
    this.mask = n - 1;
    for (let o = 0; o < old.length; o += WIDTH) {
      if (old[o + HEAD] === -1) continue;
      const j = this.slotOf(old[o + KEY]) * WIDTH;
      this.slots[j + KEY] = old[o + KEY];
      this.slots[j + HEAD] = old[o + HEAD];
      this.slots[j + COUNT] = old[o + COUNT];
    }
  }

  /** Calls `visit` with each value already filed under `key` (unless saturated), then files `val`. */
  addAndVisit(key: number, val: number, visit: (other: number) => void): void {
    const k = key | 0;
    let i = this.slotOf(k);
    if (this.slots[i * WIDTH + HEAD] === -1) {
      if ((this.used + 1) * 10 > (this.mask + 1) * 7) {
        this.grow();
        i = this.slotOf(k);
      }
      this.used++;
      this.slots[i * WIDTH + KEY] = k;
    } else {
      if (this.slots[i * WIDTH + COUNT] >= this.cap) return;
      for (let p = this.slots[i * WIDTH + HEAD]; p !== -1; p = this.next[p]) visit(this.vals[p]);
    }
    if (this.size === this.vals.length) {
      const n = new Int32Array(this.size * 2);
      n.set(this.next);
      this.next = n;
      const v = new Int32Array(this.size * 2);
      v.set(this.vals);
      this.vals = v;
    }
    const at = i * WIDTH;
    this.vals[this.size] = val;
    this.next[this.size] = this.slots[at + HEAD];
    this.slots[at + HEAD] = this.size++;
    this.slots[at + COUNT]++;
  }

  /** Postings filed and distinct keys, for figures. */
  stats(): { postings: number; keys: number; slots: number } {
    return { postings: this.size, keys: this.used, slots: this.mask + 1 };
  }
}
