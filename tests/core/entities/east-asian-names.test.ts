import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinEastAsianNames } from '../../../src/core/entities/east-asian-names.js';
import { createNlp } from '../../../src/core/nlp.js';
import type { Mention } from '../../../src/core/types.js';

function joined(text: string, mentions: Mention[]): string[] {
  return stageResult(joinEastAsianNames, text, mentions);
}

describe('a family name and a hyphenated given name', () => {
  it('finds the people the tagger passed over, cut or typed as things', () => {
    expect(found('The co-chief executive, Jun Young-hyun, told analysts.')).toContain('Jun Young-hyun/PERSON');
    expect(found('Son Heung-min scored twice for Tottenham.')).toContain('Son Heung-min/PERSON');
    expect(found('Song Young-gil said the party would win.')).toContain('Song Young-gil/PERSON');
    expect(found('Moon Jae-in retired to his village.')).toContain('Moon Jae-in/PERSON');
  });

  it('puts one person in place of the parts, keeping a role read off the tagger span', () => {
    const text = 'President Moon Jae-in met Son Heung-min.';
    const president = { ...at(text, 'Moon Jae', 'ORG'), role: 'President' };
    expect(joined(text, [president, at(text, 'Heung', 'MISC')])).toEqual([
      'Moon Jae-in/PERSON/entities/east-asian-names',
      'Son Heung-min/PERSON/entities/east-asian-names',
    ]);
    expect(joinEastAsianNames([president], createNlp().analyze(text), 'inline.txt')[0].role).toBe('President');
  });

  it('leaves a whole person and a longer name alone', () => {
    const text = 'Lai Ching-te met John Lee Ka-chiu.';
    expect(joined(text, [at(text, 'Lai Ching-te', 'PERSON'), at(text, 'John Lee Ka-chiu', 'PERSON')])).toEqual([
      'Lai Ching-te/PERSON/test',
      'John Lee Ka-chiu/PERSON/test',
    ]);
  });

  it('finds nothing in words of the same shape that are no names', () => {
    const texts = [
      'Taylor Swift-esque songs and a Premier League-winning side.',
      'To Long-run growth, and Kim Kardashian-style selfies.',
      'Oh Mon-Mon-Mon-look, this is the suite. Ha I-I know.',
      'Lee Hang -on is spaced, and a Lee Hung-style jacket.',
      'Ha Ha-ha, he laughed. Ha I-I know.',
      'A letter to Kim\n\nJae-in and the others left.',
    ];
    for (const text of texts) expect(joined(text, [])).toEqual([]);
  });
});
