import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { joinPlaceWords } from '../../../src/core/entities/place-words.js';

describe('a landform word or City cut off a place name', () => {
  it('joins the word to the mention just before it', () => {
    const text = 'Boats crossed the English Channel from Gaza City.';
    expect(stageResult(joinPlaceWords, text, [at(text, 'English', 'NORP'), at(text, 'Channel', 'PERSON'), at(text, 'Gaza', 'GPE'), at(text, 'City', 'ORG')])).toEqual([
      'English Channel/LOC/entities/place-words',
      'Gaza City/GPE/entities/place-words',
    ]);
  });

  it('keeps a body a body and a listed name its listed type', () => {
    const text = 'The Disney Channel showed Manchester City.';
    expect(stageResult(joinPlaceWords, text, [at(text, 'Disney', 'ORG'), at(text, 'Channel', 'GPE'), at(text, 'Manchester', 'GPE'), at(text, 'City', 'ORG')])).toEqual([
      'Disney Channel/ORG/entities/place-words',
      'Manchester City/ORG/entities/place-words',
    ]);
  });

  it('finds whole place names in the whole recogniser', () => {
    expect(found('Migrants crossed the English Channel in small boats.')).toEqual(['English Channel/LOC']);
    expect(found('Israeli strikes hit Gaza City on Monday.')).toEqual(['Israeli/NORP', 'Gaza City/GPE']);
  });

  it.each([
    // A landform word before `of` opens the next name.
    ['A source region (e.g. Gulf of Mexico) warmed.', 'e.g.', 'MISC', 'Gulf', 'LOC'],
    ['He sailed from Spain Gulf of Aden bound.', 'Spain', 'GPE', 'Gulf', 'LOC'],
    // A comma or two spaces between: two names.
    ['They met in Paris, City officials said.', 'Paris', 'GPE', 'City', 'ORG'],
    ['They met in Paris  City officials said.', 'Paris', 'GPE', 'City', 'ORG'],
    // A word that opens a landform's name.
    ['He saw Kenya Mount Kenya rising.', 'Kenya', 'GPE', 'Mount', 'LOC'],
    // Not a landform word.
    ['Putin Kremlin talks ended.', 'Putin', 'PERSON', 'Kremlin', 'ORG'],
  ] as const)('leaves %s alone', (text, first, firstType, second, secondType) => {
    const { result, given } = stageOnPhrases(joinPlaceWords, text, [[first, firstType], [second, secondType]]);
    expect(result).toEqual(given);
  });
});
