import { describe, expect, it } from 'vitest';
import { FrozenIndex } from '../../../src/core/entities/model.js';

function indexOf(keys: string[]): FrozenIndex {
  return new FrozenIndex(new Map(keys.map((key, id) => [key, id])));
}

describe('FrozenIndex pair features', () => {
  const index = indexOf(['w=peter', 'ww-1=|eu', 'ww-1=peter|blackburn', 'ww+1=peter|blackburn', 'ww+1=blackburn|', 'sh=Xx']);
  const pairs = index.pairs;
  const number = (word: string): number => pairs.wordNumber(word);

  it('finds each pair feature by the numbers of its words, as the string key would', () => {
    expect(pairs.id(number('peter'), number('blackburn'), 0)).toBe(index.id('ww-1=peter|blackburn'));
    expect(pairs.id(number('peter'), number('blackburn'), 1)).toBe(index.id('ww+1=peter|blackburn'));
    // The empty word stands for a sentence edge.
    expect(pairs.id(number(''), number('eu'), 0)).toBe(index.id('ww-1=|eu'));
    expect(pairs.id(number('blackburn'), number(''), 1)).toBe(index.id('ww+1=blackburn|'));
  });

  it('answers -1 for a pair the model lacks, the other direction, or a word no pair names', () => {
    expect(pairs.id(number('blackburn'), number('peter'), 0)).toBe(-1);
    expect(pairs.id(number(''), number('eu'), 1)).toBe(-1);
    expect(number('xyzzy')).toBe(-1);
    // `sh=Xx` names no word; `w=peter` names one, but no pair feature of its own.
    expect(number('Xx')).toBe(-1);
  });
});

describe('FrozenIndex pair features of a model too large for one-integer keys', () => {
  it('finds them all the same', () => {
    // 24,000 pair words: their squared count passes the small-integer range.
    const keys = Array.from({ length: 12_000 }, (_, n) => `ww${n % 2 === 0 ? '-1' : '+1'}=a${n}|b${n}`);
    const index = indexOf(keys);
    const pairs = index.pairs;
    for (const n of [0, 1, 5_999, 11_999]) {
      const which = n % 2 === 0 ? 0 : 1;
      expect(pairs.id(pairs.wordNumber(`a${n}`), pairs.wordNumber(`b${n}`), which)).toBe(index.id(keys[n]));
      expect(pairs.id(pairs.wordNumber(`a${n}`), pairs.wordNumber(`b${n}`), which === 0 ? 1 : 0)).toBe(-1);
    }
  });
});
