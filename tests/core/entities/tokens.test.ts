import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { tokensByEnd, tokensByStart, tokensTouched } from '../../../src/core/entities/tokens.js';

describe('token lookups by offset', () => {
  it('finds the token that starts or ends exactly at an offset, and nothing elsewhere', () => {
    const analyzed = createNlp().analyze('Sergey Lavrov met U.S. officials in Antalya.');
    const byStart = tokensByStart(analyzed.tokens);
    const byEnd = tokensByEnd(analyzed.tokens);
    for (const token of analyzed.tokens) {
      expect(byStart.get(token.start)).toBe(token.index);
      expect(byEnd.get(token.end)).toBe(token.index);
    }
    expect(byStart.get(1)).toBeUndefined();
    expect(byEnd.get(0)).toBeUndefined();
    expect(byStart.get(10_000)).toBeUndefined();
    expect(byStart.get(-1)).toBeUndefined();
    expect(byEnd.get(analyzed.text.length + 1)).toBeUndefined();
    expect(tokensByStart([]).get(0)).toBeUndefined();
  });
});

describe('tokens a span touches', () => {
  it('flags every token a span overlaps, partly or wholly, and no other', () => {
    const analyzed = createNlp().analyze('Sergey Lavrov met U.S. officials in Antalya.');
    const words = analyzed.tokens.map((token) => token.text);
    const at = (word: string) => analyzed.tokens[words.indexOf(word)];
    // `Sergey Lavrov`; the last four letters of `officials`; nothing over `in`.
    const flags = tokensTouched(analyzed.tokens, [
      { start: at('Antalya').start, end: at('Antalya').end },
      { start: at('Sergey').start, end: at('Lavrov').end },
      { start: at('officials').end - 4, end: at('officials').end },
    ]);
    expect(analyzed.tokens.filter((token) => flags[token.index] === 1).map((token) => token.text)).toEqual(['Sergey', 'Lavrov', 'officials', 'Antalya']);
    expect(tokensTouched(analyzed.tokens, []).every((flag) => flag === 0)).toBe(true);
  });
});
