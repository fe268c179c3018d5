import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageTypes } from './found.js';
import { typeEnumeratedNames } from '../../../src/core/entities/enumerations.js';

describe('a name listed among names of one kind', () => {
  it('takes the kind of the others when the lists know them so', () => {
    const text = 'Russian strikes hit Kharkiv, Odesa and Dnipro overnight.';
    const given = [at(text, 'Kharkiv', 'GPE'), at(text, 'Odesa', 'GPE'), at(text, 'Dnipro', 'ORG')];
    expect(stageTypes(typeEnumeratedNames, text, given)).toEqual(['Kharkiv/GPE', 'Odesa/GPE', 'Dnipro/GPE']);
    const bodies = 'Funds went to UNCTAD, UNDP, UNEP, UNFPA and UNHCR.';
    const agencies = ['UNCTAD', 'UNDP', 'UNEP', 'UNFPA', 'UNHCR'].map((name) => at(bodies, name, name === 'UNCTAD' ? 'GPE' : 'ORG'));
    expect(stageTypes(typeEnumeratedNames, bodies, agencies)).toEqual(['UNCTAD/ORG', 'UNDP/ORG', 'UNEP/ORG', 'UNFPA/ORG', 'UNHCR/ORG']);
    expect(found('Russian strikes hit Kharkiv, Odesa and Dnipro overnight.')).toContain('Dnipro/GPE');
  });

  it.each([
    // The others' kind is the tagger's alone.
    ['Claudio met Zorvex, Kellan, Díaz de Burgos, and Mirrow.', [['Zorvex', 'GPE'], ['Kellan', 'GPE'], ['Díaz de Burgos', 'PERSON'], ['Mirrow', 'GPE']]],
    // A trusted list knows the odd one as what it was read.
    ['Envoys came from Britain, France and NATO.', [['Britain', 'GPE'], ['France', 'GPE'], ['NATO', 'ORG']]],
    // A given name and a surname make a person.
    ['Singers came from Paris, London and Sammie Largo.', [['Paris', 'GPE'], ['London', 'GPE'], ['Sammie Largo', 'PERSON']]],
    // `and` before a verb joins clauses.
    ['They moved to Paris, London and Harriet joined a faculty.', [['Paris', 'GPE'], ['London', 'GPE'], ['Harriet', 'PERSON']]],
    // Commas alone: a town, its state, a person.
    ['Held in Paris, France, Zorvex Kell won gold.', [['Paris', 'GPE'], ['France', 'GPE'], ['Zorvex Kell', 'PERSON']]],
    // Two names are no list.
    ['Paris and Harriet left.', [['Paris', 'GPE'], ['Harriet', 'PERSON']]],
    // A nationality is neither changed nor counted.
    ['Strikes hit Kharkiv, Odesa and Ukrainian towns.', [['Kharkiv', 'GPE'], ['Odesa', 'GPE'], ['Ukrainian', 'NORP']]],
  ] as [string, [string, 'PERSON' | 'ORG' | 'GPE' | 'NORP'][]][])('leaves %s as it was', (text, phrases) => {
    const { result, given } = stageOnPhrases(typeEnumeratedNames, text, phrases);
    expect(result).toEqual(given);
  });
});
