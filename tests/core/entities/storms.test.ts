import { describe, expect, it } from 'vitest';
import { foundEntities as found } from './found.js';

describe('a storm named like a person', () => {
  it('is an event, and so is its name alone later in the document', () => {
    expect(found('Hurricane Melissa struck Jamaica on Tuesday. Melissa killed 30 people, officials said.')).toEqual(['Melissa/MISC', 'Jamaica/GPE', 'Melissa/MISC']);
    expect(found('Typhoon Kalmaegi killed 100 people.')).toEqual(['Typhoon Kalmaegi/MISC']);
  });

  it('leaves a person of the same given name alone when no storm word stands before it', () => {
    expect(found('Melissa Jones said the roads were closed.')).toEqual(['Melissa Jones/PERSON']);
  });
});
