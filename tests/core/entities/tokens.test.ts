import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { tokensByEnd, tokensByStart } from '../../../src/core/entities/tokens.js';

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
    expect(tokensByStart([]).get(0)).toBeUndefined();
  });
});
