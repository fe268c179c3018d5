import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageTypes } from './found.js';
import { typeBynames } from '../../../src/core/entities/known-as.js';

describe('a byname written after `known as`', () => {
  it('takes the type of the name it is given for', () => {
    const text = 'RSF commander Mohamed Hamdan Dagalo, known as Hemedti, accused the army.';
    expect(stageTypes(typeBynames, text, [at(text, 'Mohamed Hamdan Dagalo', 'PERSON'), at(text, 'Hemedti', 'GPE')])).toEqual([
      'Mohamed Hamdan Dagalo/PERSON',
      'Hemedti/PERSON',
    ]);
    const also = 'Zorvex Holdings, also known as "Kellco", grew.';
    expect(stageTypes(typeBynames, also, [at(also, 'Zorvex Holdings', 'ORG'), at(also, 'Kellco', 'PERSON')])).toEqual(['Zorvex Holdings/ORG', 'Kellco/ORG']);
    expect(found('RSF commander Mohamed Hamdan Dagalo, known as Hemedti, accused the army.')).toContain('Hemedti/PERSON');
  });

  it.each([
    // No comma: `known as` may describe a noun before the name.
    ['A faction of the Zorvex Jihad known as the Kell Vanguards grew.', [['Zorvex Jihad', 'ORG'], ['Kell Vanguards', 'GPE']]],
    // A nationality passes nothing on.
    ['The Zorvexi, known as Kellans, left.', [['Zorvexi', 'NORP'], ['Kellans', 'PERSON']]],
    // Something else between the names.
    ['Zorvex Kell, who is known as Mirrow, left.', [['Zorvex Kell', 'PERSON'], ['Mirrow', 'GPE']]],
  ] as [string, [string, 'PERSON' | 'ORG' | 'GPE' | 'NORP'][]][])('leaves %s as it was', (text, phrases) => {
    const { result, given } = stageOnPhrases(typeBynames, text, phrases);
    expect(result).toEqual(given);
  });
});
