import { describe, expect, it } from 'vitest';
import { foundEntities as names } from './found.js';

describe('titles that go on over "of"', () => {
  it('keeps a charter named after abstract nouns whole, and finds no person or place in it', () => {
    const found = names('We call the draft document the Eurasian Charter of Multipolarity and Diversity, he added.');
    expect(found).toContain('Eurasian Charter of Multipolarity and Diversity/MISC');
    expect(found.some((name) => name.startsWith('Multipolarity') || name.startsWith('Diversity'))).toBe(false);
  });

  it('keeps a ministry of two portfolios whole, and stops before a minister named after it', () => {
    const found = names('On Monday the Ministry of Trade and Industry Minister John Smith said exports rose.');
    expect(found).toContain('Ministry of Trade and Industry/ORG');
    expect(found).toContain('John Smith/PERSON');
    expect(found.some((name) => name.includes('Minister John'))).toBe(false);
  });

  it('takes a title word after `of` when no name follows it', () => {
    expect(names('The Department of Justice said it would appeal.')).toEqual(['Department of Justice/ORG']);
    expect(names('He wrote to the Ministry of Justice and Home Affairs.')).toEqual(['Ministry of Justice and Home Affairs/ORG']);
  });

  it('does not swallow a place or another body that follows', () => {
    const found = names('Both the Council of Europe and NATO criticised the plan.');
    expect(found).toContain('NATO/ORG');
    expect(found.some((name) => name.includes('Europe and NATO'))).toBe(false);
    expect(names('The Commission of Jean Monnet met.').some((name) => name.includes('Commission of Jean'))).toBe(false);
  });
});
