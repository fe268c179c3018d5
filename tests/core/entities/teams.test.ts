import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult, stageTypes } from './found.js';
import { typeTownClubs } from '../../../src/core/entities/teams.js';

describe('a town’s name that the document shows to be its club', () => {
  it('is the club after a team’s noun, everywhere in the document but where it is the place', () => {
    const text = 'ZORVILLE, France 1996-08-30\nHe will coach first division side Zorville, the club said.\nHe played for Zorville and lives in Zorville.';
    const mentions = [at(text, 'ZORVILLE', 'GPE'), at(text, 'France', 'GPE'), at(text, 'Zorville', 'GPE'), at(text, 'Zorville and', 'GPE'), at(text, 'Zorville.', 'GPE')].map((mention) =>
      mention.text.includes(' ') || mention.text.endsWith('.') ? { ...mention, text: 'Zorville', end: mention.start + 'Zorville'.length } : mention,
    );
    expect(stageResult(typeTownClubs, text, mentions)).toEqual([
      // The dateline is the town.
      'ZORVILLE/GPE/test',
      'France/GPE/test',
      'Zorville/ORG/entities/teams',
      'Zorville/ORG/entities/teams',
      // After `in`.
      'Zorville/GPE/test',
    ]);
  });

  it('is the club when a plural verb follows it at the start of a sentence', () => {
    const text = 'Zorville have been unable to win. But Kestrel were unable to score.';
    expect(stageTypes(typeTownClubs, text, [at(text, 'Zorville', 'GPE'), at(text, 'Kestrel', 'PERSON')])).toEqual(['Zorville/ORG', 'Kestrel/ORG']);
  });

  it.each([
    // A country's side stays the country.
    ['England have won the series.', 'England', 'GPE'],
    // A name ending another phrase, or one of several subjects.
    ['They forced it to fly to Zorville were charged.', 'Zorville', 'GPE'],
    ['Both Zorville have risen.', 'Zorville', 'GPE'],
    // People have rivals and sit by someone's side; a family is plural.
    ['He beat his rivals Kestrel and Lund.', 'Kestrel', 'PERSON'],
    ['She stood by my side Kestrel said.', 'Kestrel', 'PERSON'],
    ['Kestrels were at home.', 'Kestrels', 'PERSON'],
    // No evidence at all.
    ['Zorville is a town.', 'Zorville', 'GPE'],
  ] as const)('leaves %s alone', (text, phrase, type) => {
    expect(stageTypes(typeTownClubs, text, [at(text, phrase, type)])).toEqual([`${phrase}/${type}`]);
  });

  it('works in the whole recogniser', () => {
    expect(found('Baratelli will coach struggling French first division side Nice, the club said. Nice have been unable to win any of their games.')).toEqual(
      expect.arrayContaining(['Nice/ORG']),
    );
    expect(found('Baratelli will coach struggling French first division side Nice, the club said. Nice have been unable to win any of their games.')).not.toContain('Nice/GPE');
  });
});
