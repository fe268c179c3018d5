import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at } from './found.js';
import { createNlp } from '../../../src/core/nlp.js';
import { namesParty } from '../../../src/core/entities/parties.js';

const nlp = createNlp();
const party = (text: string, name: string): boolean => namesParty(at(text, name, 'GPE'), nlp.analyze(text));

describe('a name before the word `party`', () => {
  it('is the party when it follows `the`', () => {
    expect(party('Tundu Lissu of the Chadema party was barred.', 'Chadema')).toBe(true);
    expect(party('Leaders of the ruling Zorvex party met.', 'Zorvex')).toBe(true);
    expect(found('Tundu Lissu of the Chadema party was barred.')).toEqual(['Tundu Lissu/PERSON', 'Chadema/ORG']);
  });

  it.each([
    // A celebration, a listed name, another noun, a capitalised Party inside the name.
    ["There's no Toronto party like a Zorvex party.", 'Zorvex'],
    ['This was the Beijing party of the year.', 'Beijing'],
    ['Members of the Zorvex parliament met.', 'Zorvex'],
    ['Members of the Zorvex Party met.', 'Zorvex'],
  ])('is no party in %s', (text, name) => {
    expect(party(text, name)).toBe(false);
  });

  it('leaves a people or a creed before `party` to the typing stage (`the Nazi party`)', () => {
    expect(found('He joined the Nazi party in 1931.')).toEqual(['Nazi/NORP']);
    expect(found('She won the Democratic party nomination.')).toEqual(['Democratic/NORP']);
  });
});
