import { describe, expect, it } from 'vitest';
import { PairTable } from '../../../src/core/entities/pair-table.js';

describe('PairTable', () => {
  it('gives back what was stored for each pair through many growths, and `missing` otherwise', () => {
    const table = new PairTable(2);
    const stored = new Map<string, number>();
    // Pairs that collide in a small table (same left, neighbouring rights; swapped pairs).
    for (let left = 0; left < 300; left += 1) {
      for (const right of [left, left * 2 + 1, 7]) {
        if (stored.has(`${left},${right}`)) continue;
        const value = (left * 31 + right) % 1000;
        table.add(left, right, value);
        stored.set(`${left},${right}`, value);
      }
    }
    expect(table.size).toBe(stored.size);
    for (const [key, value] of stored) {
      const [left, right] = key.split(',').map(Number);
      expect(table.get(left, right, -2)).toBe(value);
    }
    expect(table.get(3, 4, -2)).toBe(-2);
    expect(table.get(299, 0, -9)).toBe(-9);
    // -1 is a value like any other (an unknown feature), not a marker of absence.
    table.add(1000, 1, -1);
    expect(table.get(1000, 1, -2)).toBe(-1);
  });

  it('forgets everything on clear', () => {
    const table = new PairTable(2);
    for (let left = 0; left < 50; left += 1) table.add(left, 1, left);
    table.clear();
    expect(table.size).toBe(0);
    expect(table.get(10, 1, -2)).toBe(-2);
    table.add(10, 1, 5);
    expect(table.get(10, 1, -2)).toBe(5);
  });
});
