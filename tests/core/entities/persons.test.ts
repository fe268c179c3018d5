import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { findContextPersons } from '../../../src/core/entities/persons.js';

const nlp = createNlp();
const found = (text: string): string[] => extractEntities(nlp.analyze(text), 'inline.txt').map((m) => `${m.text}/${m.type}`);

describe('lone surnames shown to be people by their context', () => {
  it('finds an unfamiliar surname that opens a sentence before a reporting verb', () => {
    expect(found('Trump said tariffs would rise.')).toEqual(['Trump/PERSON']);
    expect(found('Vantrelli told reporters the budget would pass.')).toEqual(['Vantrelli/PERSON']);
  });

  it('retypes a surname before a possessive and a word only people have', () => {
    expect(found("Putin's aide said the talks were over.")).toContain('Putin/PERSON');
    expect(found('Okonkwo’s wife thanked the nurses.')).toContain('Okonkwo/PERSON');
  });

  it('tags what it adds with its own stage and exact offsets', () => {
    const text = 'Markets fell. Vantrelli said the budget would pass.';
    const [person] = findContextPersons([], nlp.analyze(text), 'inline.txt');
    expect(person).toMatchObject({ text: 'Vantrelli', type: 'PERSON', source: 'entities/person-context' });
    expect(text.slice(person.start, person.end)).toBe('Vantrelli');
  });
});

describe('what the person evidence leaves alone', () => {
  it('does not take ordinary words, places or bodies that say things', () => {
    expect(found('Police said the man was held.')).toEqual([]);
    expect(found('Officials told reporters nothing.')).toEqual([]);
    expect(found('Germany said it would help.')).toEqual(['Germany/GPE']);
    expect(found("Moscow's adviser left.")).not.toContain('Moscow/PERSON');
  });

  it('needs the reporting verb at the start of the sentence, and a personal word after a possessive', () => {
    const text = 'The plan, officials said, would fail. Zorbatron’s office declined to comment.';
    expect(findContextPersons([], nlp.analyze(text), 'inline.txt')).toEqual([]);
  });
});
