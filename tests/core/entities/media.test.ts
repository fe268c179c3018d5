import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageTypes } from './found.js';
import { typePapers } from '../../../src/core/entities/media.js';

describe('a name beside the word for a paper', () => {
  it('is the paper, an organisation, throughout the document', () => {
    const text = 'The Moscow daily Zorvex said so, the Kellgate newspaper agreed and the daily Ambrel wrote. Zorvex later denied it.';
    const mentions = [at(text, 'Moscow', 'GPE'), at(text, 'Zorvex', 'GPE'), at(text, 'Kellgate', 'MISC'), at(text, 'Ambrel', 'LOC'), at(text, 'Zorvex', 'GPE', 60)];
    expect(stageTypes(typePapers, text, mentions)).toEqual(['Moscow/GPE', 'Zorvex/ORG', 'Kellgate/ORG', 'Ambrel/ORG', 'Zorvex/ORG']);
  });

  it.each([
    // A listed place is where the paper is; a people owns it; a person writes in it.
    ['This St. Louis newspaper was failing.', 'St. Louis', 'GPE'],
    ['PRESS DIGEST - ZK newspaper editorials.', 'ZK', 'GPE'],
    ['The Russian daily said so.', 'Russian', 'NORP'],
    ['The Zorvex newspaper column ran.', 'Zorvex', 'PERSON'],
    ['The Rupert Zorvex newspaper said so.', 'Rupert Zorvex', 'PERSON'],
    // A name after the noun only after `the` or a name (`attends daily Mass`).
    ['He attends daily Zorvex services.', 'Zorvex', 'MISC'],
    // A name after the name the noun closes on is the paper's, not this one's.
    ['The Zorvex daily Kellgate said.', 'Zorvex', 'GPE'],
  ] as const)('leaves %s as read', (text, phrase, type) => {
    expect(stageTypes(typePapers, text, [at(text, phrase, type)])).toEqual([`${phrase}/${type}`]);
  });

  it('is the paper where the tagger read a paper of two words as a person', () => {
    const text = 'Zycie Kellskie daily said on Saturday that Zycie Kellskie would bid.';
    expect(stageTypes(typePapers, text, [at(text, 'Zycie Kellskie', 'PERSON'), at(text, 'Zycie Kellskie', 'PERSON', 30)])).toEqual([
      'Zycie Kellskie/ORG',
      'Zycie Kellskie/ORG',
    ]);
  });

  it('works in the whole recogniser', () => {
    expect(found('The Moscow daily Kommersant said on Monday that talks had stalled.')).toEqual(['Moscow/GPE', 'Kommersant/ORG']);
  });
});
