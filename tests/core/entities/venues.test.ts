import { describe, expect, it } from 'vitest';
import { mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { splitAtVenues } from '../../../src/core/entities/venues.js';

describe('a name run on over `at` into its venue', () => {
  it('is split there: the name keeps its type, the venue is a place or what the lists say', () => {
    const text = 'Scheffler won the Open Championship at Royal Portrush on Sunday.';
    expect(stageResult(splitAtVenues, text, [at(text, 'Open Championship at Royal Portrush', 'ORG')])).toEqual([
      'Open Championship/ORG/entities/venues',
      'Royal Portrush/GPE/entities/venues',
    ]);
    const listed = 'The Clue Crew at the United Nations filmed a clip.';
    expect(stageResult(splitAtVenues, listed, [at(listed, 'Clue Crew at the United Nations', 'ORG')])).toEqual([
      'Clue Crew/ORG/entities/venues',
      'United Nations/ORG/entities/venues',
    ]);
  });

  it('splits a building from its town at `in`, but no body at its `in`', () => {
    const text = 'He prayed at the Blue Mosque in Istanbul.';
    expect(stageResult(splitAtVenues, text, [at(text, 'Blue Mosque in Istanbul', 'ORG')])).toEqual([
      'Blue Mosque/ORG/entities/venues',
      'Istanbul/GPE/entities/venues',
    ]);
    const body = 'The Organization for Security and Co-operation in Europe met.';
    const name = 'Organization for Security and Co-operation in Europe';
    expect(stageResult(splitAtVenues, body, [at(body, name, 'ORG')])).toEqual([`${name}/ORG/test`]);
  });

  it.each([
    // A lower-case word after `at`, or before it.
    ['The Zorvex Centre at large grew.', 'Zorvex Centre at large'],
    ['The Zorvex people at Kell met.', 'Zorvex people at Kell'],
  ])('leaves %s whole', (text, name) => {
    const { result, given } = stageOnPhrases(splitAtVenues, text, [[name, 'ORG']]);
    expect(result).toEqual(given);
  });
});
