/**
 * A hash table from pairs of small non-negative integers to integers, in typed arrays.
 *
 * The tagger looks up a word-pair feature for every token it scores. Keyed by two form serials,
 * one flat table costs a multiply, a shift and one or two array reads; a Map per form, as
 * before, cost a hash-table walk on a cold object for each lookup.
 */
export class PairTable {
  private bits = 0;
  private lefts = new Int32Array(0);
  private rights = new Int32Array(0);
  private values = new Int32Array(0);
  private count = 0;

  /** @param initialBits - log2 of the initial number of slots */
  constructor(private readonly initialBits = 14) {
    this.allocate(initialBits);
  }

  /** How many pairs the table holds. */
  get size(): number {
    return this.count;
  }

  /** The value stored for `(left, right)`, or `missing` when there is none. */
  get(left: number, right: number, missing: number): number {
    const mask = (1 << this.bits) - 1;
    for (let slot = this.slotOf(left, right); ; slot = (slot + 1) & mask) {
      const stored = this.lefts[slot];
      if (stored === -1) return missing;
      if (stored === left && this.rights[slot] === right) return this.values[slot];
    }
  }

  /** Stores `value` for `(left, right)`, which must not be in the table yet. */
  add(left: number, right: number, value: number): void {
    // Half full at most, so that probe runs stay short.
    if ((this.count + 1) * 2 > 1 << this.bits) this.grow();
    this.place(left, right, value);
    this.count += 1;
  }

  /** Empties the table and gives back the memory its growth took. */
  clear(): void {
    this.allocate(this.initialBits);
    this.count = 0;
  }

  /** Empty slots, `2^bits` of them; a left of -1 marks a free slot. */
  private allocate(bits: number): void {
    this.bits = bits;
    this.lefts = new Int32Array(1 << bits).fill(-1);
    this.rights = new Int32Array(1 << bits);
    this.values = new Int32Array(1 << bits);
  }

  private slotOf(left: number, right: number): number {
    return (Math.imul(left, 0x9e3779b1) ^ Math.imul(right + 0x7f4a7c15, 0x85ebca77)) >>> (32 - this.bits);
  }

  private place(left: number, right: number, value: number): void {
    const mask = (1 << this.bits) - 1;
    let slot = this.slotOf(left, right);
    while (this.lefts[slot] !== -1) slot = (slot + 1) & mask;
    this.lefts[slot] = left;
    this.rights[slot] = right;
    this.values[slot] = value;
  }

  private grow(): void {
    const { lefts, rights, values } = this;
    this.allocate(this.bits + 1);
    for (let slot = 0; slot < lefts.length; slot += 1) {
      if (lefts[slot] !== -1) this.place(lefts[slot], rights[slot], values[slot]);
    }
  }
}
