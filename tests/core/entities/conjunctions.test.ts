import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { splitJoinedNames } from '../../../src/core/entities/conjunctions.js';

describe('two names the tagger ran together over `and the`', () => {
  it('are split into two mentions of the same type', () => {
    const text = 'Visitors left the National Gallery and the Tate Gallery early.';
    expect(stageResult(splitJoinedNames, text, [at(text, 'National Gallery and the Tate Gallery', 'ORG')])).toEqual([
      'National Gallery/ORG/entities/conjunctions',
      'Tate Gallery/ORG/entities/conjunctions',
    ]);
    expect(found('The National Gallery and the Tate Gallery were closed.')).toEqual(['National Gallery/LOC', 'Tate Gallery/LOC']);
  });

  it('leaves other mentions as they were, in their order', () => {
    const text = 'Kell spoke to the European Community and the United Nations in Geneva.';
    const mentions = [at(text, 'Kell', 'PERSON'), at(text, 'European Community and the United Nations', 'ORG'), at(text, 'Geneva', 'GPE')];
    expect(stageResult(splitJoinedNames, text, mentions)).toEqual([
      'Kell/PERSON/test',
      'European Community/ORG/entities/conjunctions',
      'United Nations/ORG/entities/conjunctions',
      'Geneva/GPE/test',
    ]);
  });

  it('splits at the first `and the` that joins two capitalised words', () => {
    const text = 'He thanked the Foundation and the Zorvex Trust.';
    expect(stageResult(splitJoinedNames, text, [at(text, 'Foundation and the Zorvex Trust', 'ORG')])).toEqual([
      'Foundation/ORG/entities/conjunctions',
      'Zorvex Trust/ORG/entities/conjunctions',
    ]);
  });

  it('splits off a one-word name after an event’s name', () => {
    const text = 'She won at the Venice Film Festival and the Oscars.';
    expect(stageResult(splitJoinedNames, text, [at(text, 'Venice Film Festival and the Oscars', 'MISC')])).toEqual([
      'Venice Film Festival/MISC/entities/conjunctions',
      'Oscars/MISC/entities/conjunctions',
    ]);
  });

  it.each([
    // A listed name, a name its document defines, a band's one-word second part.
    ['He visited South Georgia and the South Sandwich Islands.', 'South Georgia and the South Sandwich Islands', 'GPE'],
    ['The Conference on Security and Cooperation in the Mediterranean and the Middle East (CSCM) met.', 'Conference on Security and Cooperation in the Mediterranean and the Middle East', 'ORG'],
    ['She saw Bob Marley and the Wailers play.', 'Bob Marley and the Wailers', 'ORG'],
    // Lower-case words after `the`.
    ['The Government and the people of Zorvania agreed.', 'Government and the people of Zorvania', 'ORG'],
  ] as const)('leaves %s alone', (text, name, type) => {
    const { result, given } = stageOnPhrases(splitJoinedNames, text, [[name, type]]);
    expect(result).toEqual(given);
  });
});
