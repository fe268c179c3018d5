import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { splitOwnerNames } from '../../../src/core/entities/owners.js';

describe("a person's full name and what the person owns, read as one name", () => {
  it('is cut into the person and the name owned', () => {
    const text = "Taylor Swift's Eras Tour grossed 2 billion dollars and Elon Musk's Tesla fell.";
    expect(stageResult(splitOwnerNames, text, [at(text, "Taylor Swift's Eras Tour", 'ORG'), at(text, "Elon Musk's Tesla", 'PERSON')])).toEqual([
      'Taylor Swift/PERSON/entities/owners',
      'Eras Tour/ORG/entities/owners',
      'Elon Musk/PERSON/entities/owners',
      'Tesla/ORG/entities/owners',
    ]);
  });

  it('gives the whole recogniser the person', () => {
    expect(found("Taylor Swift's Eras Tour grossed 2 billion dollars.")).toEqual(['Taylor Swift/PERSON', 'Eras Tour/ORG']);
  });

  it.each([
    // A name with `'s` inside: no given name before it, or a given name that is a word.
    ["The Democratic People's Republic of Korea fired.", "Democratic People's Republic of Korea", 'GPE'],
    ["The Hennepin County Sheriff's Office said.", "Hennepin County Sheriff's Office", 'ORG'],
    ["They sailed to Martha's Vineyard.", "Martha's Vineyard", 'GPE'],
    ["Moody's Investors Service cut it.", "Moody's Investors Service", 'ORG'],
    ["The Christian Children's Fund gave.", "Christian Children's Fund", 'ORG'],
    ["The Rose Bowl's Hall of Fame opened.", "Rose Bowl's Hall of Fame", 'MISC'],
    // Nothing capitalised after the `'s`.
    ["Taylor Swift's tour sold out.", "Taylor Swift's", 'PERSON'],
  ] as const)('leaves %s alone', (text, phrase, type) => {
    expect(stageResult(splitOwnerNames, text, [at(text, phrase, type)])).toEqual([`${phrase}/${type}/test`]);
  });
});
