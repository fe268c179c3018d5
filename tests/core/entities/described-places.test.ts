import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageTypes } from './found.js';
import { typeDescribedPlaces } from '../../../src/core/entities/described-places.js';
import type { Mention } from '../../../src/core/types.js';

function typed(text: string, mentions: Mention[]): string[] {
  return stageTypes(typeDescribedPlaces, text, mentions);
}

describe('a name the text calls a place', () => {
  it('makes a place of a name after a place noun and `of`', () => {
    expect(found('Fighters shelled the city of El Obeid overnight.')).toContain('El Obeid/GPE');
    const text = 'They fled the town of Zorbask and the region of Vortexia.';
    expect(typed(text, [at(text, 'Zorbask', 'PERSON'), at(text, 'Vortexia', 'ORG')])).toEqual(['Zorbask/GPE', 'Vortexia/LOC']);
  });

  it('retypes the name throughout the document, where the tagger read it the same way', () => {
    const text = 'Zorbask fell. Shells hit the town of Zorbask. Zorbask Holdings and Zorbask, a man, left.';
    const later = text.indexOf('Zorbask,');
    expect(typed(text, [at(text, 'Zorbask', 'PERSON'), at(text, 'Zorbask', 'PERSON', 20), at(text, 'Zorbask Holdings', 'ORG'), at(text, 'Zorbask', 'MISC', later)])).toEqual([
      'Zorbask/GPE',
      'Zorbask/GPE',
      'Zorbask Holdings/ORG',
      'Zorbask/MISC',
    ]);
  });

  it('leaves names after other nouns, capitalised nouns, places and peoples alone', () => {
    const text = 'The mayor of Zorbask, the City of Vortexia, the state of Texas and the island of Maltese. A town roof Quorblin built.';
    expect(typed(text, [at(text, 'Zorbask', 'PERSON'), at(text, 'Vortexia', 'ORG'), at(text, 'Texas', 'GPE'), at(text, 'Maltese', 'NORP'), at(text, 'Quorblin', 'PERSON')])).toEqual([
      'Zorbask/PERSON',
      'Vortexia/ORG',
      'Texas/GPE',
      'Maltese/NORP',
      'Quorblin/PERSON',
    ]);
  });

  it('makes a place of a name read as a person or a body that an administrative unit\'s noun follows', () => {
    const text = "Fire tore through Hong Kong's Tai Po district. Zorbask county voted; Zorbask is rural.";
    expect(typed(text, [at(text, 'Hong Kong', 'GPE'), at(text, 'Tai Po', 'ORG'), at(text, 'Zorbask', 'PERSON'), at(text, 'Zorbask', 'PERSON', 60)])).toEqual([
      'Hong Kong/GPE',
      'Tai Po/GPE',
      'Zorbask/GPE',
      'Zorbask/GPE',
    ]);
  });

  it('leaves an adjective before a unit, and a name before a region, a town or a capitalised unit, alone', () => {
    const text = 'An Ottoman province fell. The Zorvan region and the Quorblin town hall. Zorbask District Council met.';
    expect(typed(text, [at(text, 'Ottoman', 'MISC'), at(text, 'Zorvan', 'ORG'), at(text, 'Quorblin', 'PERSON'), at(text, 'Zorbask', 'ORG')])).toEqual([
      'Ottoman/MISC',
      'Zorvan/ORG',
      'Quorblin/PERSON',
      'Zorbask/ORG',
    ]);
  });
});
