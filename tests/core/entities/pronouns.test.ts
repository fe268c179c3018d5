import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinPronounSurnames } from '../../../src/core/entities/pronouns.js';
import type { Mention } from '../../../src/core/types.js';

function joined(text: string, mentions: Mention[]): string[] {
  return stageResult(joinPronounSurnames, text, mentions);
}

describe('surnames spelt like a pronoun', () => {
  it('gives a person the surname `He` written right before the name, mid-sentence or opening it', () => {
    expect(found('Chinese Vice Premier He Lifeng met officials in Geneva.')).toEqual(['Chinese/NORP', 'He Lifeng/PERSON', 'Geneva/GPE']);
    const text = 'He Yafei said the talks were useful.';
    expect(joined(text, [at(text, 'Yafei', 'PERSON')])).toEqual(['He Yafei/PERSON/entities/pronouns']);
  });

  it('leaves the pronoun before a comma, a verb or a longer name, and a name that is no person', () => {
    const comma = 'He, Lifeng, said so.';
    expect(joined(comma, [at(comma, 'Lifeng', 'PERSON')])).toEqual(['Lifeng/PERSON/test']);
    const verb = 'He told Reuters that He Acme was wrong, and He John Smith too.';
    expect(joined(verb, [at(verb, 'Reuters', 'ORG'), at(verb, 'Acme', 'ORG'), at(verb, 'John Smith', 'PERSON')])).toEqual([
      'Reuters/ORG/test',
      'Acme/ORG/test',
      'John Smith/PERSON/test',
    ]);
    const shouted = 'HE Lifeng spoke.';
    expect(joined(shouted, [at(shouted, 'Lifeng', 'PERSON')])).toEqual(['Lifeng/PERSON/test']);
  });
});
