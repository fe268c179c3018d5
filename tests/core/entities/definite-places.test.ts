import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageTypes } from './found.js';
import { typeDefinitePlaces } from '../../../src/core/entities/definite-places.js';

describe('a one-word name read as a person after `at the` or `in the`', () => {
  it('is a place, or what the lists know it as', () => {
    const text = 'The second Test starts at the Zorvex in Brisbane, and she spoke in the Bundestag.';
    expect(stageTypes(typeDefinitePlaces, text, [at(text, 'Zorvex', 'PERSON'), at(text, 'Brisbane', 'GPE'), at(text, 'Bundestag', 'PERSON')])).toEqual([
      'Zorvex/LOC',
      'Brisbane/GPE',
      'Bundestag/ORG',
    ]);
    expect(found('The second Test starts at the Gabba in Brisbane on Thursday.')).toEqual(['Gabba/LOC', 'Brisbane/GPE']);
  });

  it.each([
    // The owner of a noun, a number run on, two words, no article, a listed person, a role.
    ['He worked in the Zorvex administration.', 'Zorvex'],
    ["Don't yell at the Zorvex 1 guy.", 'Zorvex'],
    ['We met at the Zorvex Kell.', 'Zorvex Kell'],
    ['We met at Zorvex.', 'Zorvex'],
    ['A sign at the\nZorvex.', 'Zorvex'],
  ] as const)('leaves %s alone', (text, phrase) => {
    expect(stageTypes(typeDefinitePlaces, text, [at(text, phrase, 'PERSON')])).toEqual([`${phrase}/PERSON`]);
  });
});
