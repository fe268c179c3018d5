import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { joinGeneralBodies } from '../../../src/core/entities/general.js';

describe('`General` opening a body’s name', () => {
  it('joins the body whose word the tagger read as a surname', () => {
    const text = 'Staff of the General Service walked out.';
    expect(stageResult(joinGeneralBodies, text, [at(text, 'Service', 'PERSON')])).toEqual(['General Service/ORG/entities/general']);
    const store = 'Drake General Store opened a shop.';
    expect(stageResult(joinGeneralBodies, store, [at(store, 'Store', 'PERSON')])).toEqual(['General Store/ORG/entities/general']);
  });

  it('keeps a body whose last word is also a given name (the EU’s General Court)', () => {
    expect(found('Google said it would appeal at the General Court in Luxembourg.\nThe General Assembly voted.')).toEqual([
      'Google/ORG',
      'General Court/ORG',
      'Luxembourg/GPE',
      'General Assembly/ORG',
    ]);
  });

  it.each([
    // A rank before a surname or a given name.
    ['General Patton crossed the Rhine.', 'Patton'],
    ['General Lee surrendered.', 'Lee'],
    ['General Miles rode west.', 'Miles'],
    // An office ending in `General`, before its holder.
    ['Attorney General Court spoke.', 'Court'],
    ['The Director-General Court replied.', 'Court'],
    // A lower-case word the tagger took for a name.
    ['The General of Police resigned.', 'of'],
  ] as const)('leaves %s alone', (text, name) => {
    const { result, given } = stageOnPhrases(joinGeneralBodies, text, [[name, 'PERSON']]);
    expect(result).toEqual(given);
  });
});
