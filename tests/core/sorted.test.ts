import { describe, expect, it } from 'vitest';
import { partitionPoint } from '../../src/core/sorted.js';

describe('partitionPoint', () => {
  const sorted = [1, 3, 3, 3, 7, 9];
  const lowerBound = (target: number, low = 0, high = sorted.length) => partitionPoint(low, high, (index) => sorted[index] < target);

  it('finds the first index not before the target, also among equal items', () => {
    expect(lowerBound(3)).toBe(1);
    expect(lowerBound(4)).toBe(4);
    expect(lowerBound(0)).toBe(0);
    expect(lowerBound(10)).toBe(6);
  });

  it('searches only the range it is given', () => {
    expect(lowerBound(3, 2, 5)).toBe(2);
    expect(lowerBound(10, 0, 3)).toBe(3);
    expect(partitionPoint(4, 4, () => true)).toBe(4);
  });
});
