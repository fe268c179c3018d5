import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { findCoordinatedNames } from '../../../src/core/entities/coordination.js';

describe('a name opening a sentence, joined by `and` to a name the tagger found', () => {
  it('is the same kind of thing as its partner', () => {
    expect(found('SpaceX and Blue Origin are building landers.')).toEqual(['SpaceX/ORG', 'Blue Origin/ORG']);
    expect(found('Beyoncé and Kendrick Lamar also topped the charts.')).toEqual(['Beyoncé/PERSON', 'Kendrick Lamar/PERSON']);
  });

  it('is a person when it is a given name, whatever its partner was read as', () => {
    const text = 'Drake and Bieber made the long list.';
    expect(stageResult(findCoordinatedNames, text, [at(text, 'Bieber', 'ORG')])).toEqual(['Bieber/ORG/test', 'Drake/PERSON/entities/coordination']);
  });

  it.each([
    // An ordinary word, and a word in a title-case headline.
    ['Police and Fire Brigade officials met.', 'Fire Brigade', 'ORG'],
    ['Zorvex and Blue Origin Sign Launch Deal\nThe two firms signed a deal on Monday in Texas.', 'Blue Origin', 'ORG'],
    // A lone partner the tagger may have misread.
    ['Hounds and Jackals is a board game.', 'Jackals', 'ORG'],
    // Not at the sentence's start.
    ['Then Zorvex and Blue Origin met.', 'Blue Origin', 'ORG'],
    // A nationality's partner.
    ['Zorvex and Russian troops met.', 'Russian', 'MISC'],
  ] as const)('adds nothing in %s', (text, partner, type) => {
    const { result, given } = stageOnPhrases(findCoordinatedNames, text, [[partner, type]]);
    expect(result).toEqual(given);
  });
});
