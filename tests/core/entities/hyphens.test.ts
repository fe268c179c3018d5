import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { extendOverHyphens } from '../../../src/core/entities/hyphens.js';

describe('names written as one hyphenated word', () => {
  it('takes in the half before or after the hyphen that no mention holds', () => {
    const text = 'Rolls-Royce said the Webster-Ashburton Treaty stood.';
    expect(stageResult(extendOverHyphens, text, [at(text, 'Royce', 'ORG'), at(text, 'Webster', 'MISC')])).toEqual([
      'Rolls-Royce/ORG/entities/hyphens',
      'Webster-Ashburton/MISC/entities/hyphens',
    ]);
  });

  it('finds the whole name in the whole recogniser', () => {
    expect(found('Rolls-Royce said on Tuesday it would cut jobs.')).toEqual(['Rolls-Royce/ORG']);
  });

  it.each([
    // A person: a headline's topic before a boxer's name.
    ['Boxing-Bruno wins again.', 'Bruno', 'PERSON'],
    // A prefix or a combining form makes an adjective.
    ['Pro-Russian rebels attacked.', 'Russian', 'NORP'],
    ['Sino-US talks resumed.', 'US', 'GPE'],
    // A word in capitals is a headline's.
    ['SOCCER-LEEDS SIGN STRIKER.', 'LEEDS', 'ORG'],
    // Spaces around the dash: two phrases.
    ['He flew to Paris - Berlin was next.', 'Paris', 'GPE'],
  ] as const)('leaves %s alone', (text, name, type) => {
    expect(stageResult(extendOverHyphens, text, [at(text, name, type)])).toEqual([`${name}/${type}/test`]);
  });

  it('leaves a half another mention holds to that mention', () => {
    const text = 'The Arab-Israeli talks resumed.';
    expect(stageResult(extendOverHyphens, text, [at(text, 'Arab', 'NORP'), at(text, 'Israeli', 'NORP')])).toEqual(['Arab/NORP/test', 'Israeli/NORP/test']);
  });
});
