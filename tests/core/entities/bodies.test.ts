import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { joinPlaceBodies } from '../../../src/core/entities/bodies.js';

describe('a body named after a place or a people, cut by the tagger', () => {
  it('is one organisation', () => {
    const text = 'Crude rose on the New York Mercantile Exchange, Danish Refugee Council staff said at Tel Aviv University.';
    expect(
      stageResult(joinPlaceBodies, text, [
        at(text, 'New York', 'GPE'),
        at(text, 'Mercantile Exchange', 'PERSON'),
        at(text, 'Danish', 'MISC'),
        at(text, 'Refugee Council', 'ORG'),
        at(text, 'Tel Aviv', 'GPE'),
        at(text, 'University', 'PERSON'),
      ]),
    ).toEqual(['New York Mercantile Exchange/ORG/entities/bodies', 'Danish Refugee Council/ORG/entities/bodies', 'Tel Aviv University/ORG/entities/bodies']);
  });

  it('takes in every qualifier before the body', () => {
    const text = 'He led the Spanish Republican Federal Party in 1873.';
    expect(stageResult(joinPlaceBodies, text, [at(text, 'Spanish', 'MISC'), at(text, 'Republican', 'MISC'), at(text, 'Federal Party', 'ORG')])).toEqual([
      'Spanish Republican Federal Party/ORG/entities/bodies',
    ]);
  });

  it('is found whole by the whole recogniser', () => {
    expect(found('Crude rose on the New York Mercantile Exchange.')).toEqual(['New York Mercantile Exchange/ORG']);
    // A body's word only the rule stages read (heads.ts's UNLISTED_BODY_HEADS).
    expect(found('Amazon Web Services suffered an outage that disrupted Slack.')).toEqual(['Amazon Web Services/ORG', 'Slack/ORG']);
  });

  it.each([
    // A state's own organ, qualified by its country or people.
    ['The French Interior Ministry said.', 'French', 'MISC', 'Interior Ministry', 'ORG'],
    ['The Republican Congress voted.', 'Republican', 'MISC', 'Congress', 'ORG'],
    // Not a body's head word.
    ['The Paris Agreement Secretariat met.', 'Paris', 'GPE', 'Agreement Secretariat', 'MISC'],
    // A word that is no name, a lower-case word, a comma between.
    ['Ethiopia The Board met.', 'Ethiopia', 'GPE', 'The Board', 'ORG'],
    ['In Paris de Gaulle Foundation staff met.', 'Paris', 'GPE', 'de Gaulle Foundation', 'ORG'],
    // A name that is neither a place nor a people.
    ['The Kyoto Protocol Fund gave.', 'Kyoto Protocol', 'MISC', 'Fund', 'ORG'],
    ['In Berlin, Labor Party members met.', 'Berlin', 'GPE', 'Labor Party', 'ORG'],
    // A place whose last word names bodies elsewhere.
    ['Jewish West Bank settlers protested.', 'Jewish', 'MISC', 'West Bank', 'PERSON'],
    ['Jewish West Bank settlers protested.', 'Jewish', 'MISC', 'West Bank', 'GPE'],
    // A person is no place.
    ['Smith University gave.', 'Smith', 'PERSON', 'University', 'ORG'],
  ] as const)('leaves %s alone', (text, first, firstType, second, secondType) => {
    const { result, given } = stageOnPhrases(joinPlaceBodies, text, [[first, firstType], [second, secondType]]);
    expect(result).toEqual(given);
  });
});
