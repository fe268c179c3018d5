import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { createNlp } from '../../../src/core/nlp.js';
import { isRomanNumeral, joinRomanNumerals } from '../../../src/core/entities/numerals.js';
import type { Mention } from '../../../src/core/types.js';

const nlp = createNlp();

function joined(text: string, mentions: Mention[]): string[] {
  return stageResult(joinRomanNumerals, text, mentions);
}

describe('Roman numerals after names', () => {
  it('knows the numerals from I to XXIX and nothing else', () => {
    expect(['I', 'II', 'IV', 'VIII', 'IX', 'XIV', 'XVI', 'XXIII'].every(isRomanNumeral)).toBe(true);
    expect(['', 'IIII', 'VV', 'XXX', 'IC', 'MIX', 'Iv', 'Ivan', 'X-ray'].some(isRomanNumeral)).toBe(false);
  });

  it('joins a numeral the tagger read alone to the person before it, dropping the numeral read as a name', () => {
    const text = 'Queen Elizabeth II opened the session.';
    expect(joined(text, [at(text, 'Elizabeth', 'PERSON'), at(text, 'II', 'ORG')])).toEqual(['Elizabeth II/PERSON/entities/numerals']);
    expect(found(text)).toEqual(['Elizabeth II/PERSON']);
  });

  it('keeps the role read off the name', () => {
    const text = 'Queen Elizabeth II opened the session.';
    const mention = { ...at(text, 'Elizabeth', 'PERSON'), role: 'Queen' };
    expect(joinRomanNumerals([mention], nlp.analyze(text), 'inline.txt')[0]).toMatchObject({ text: 'Elizabeth II', role: 'Queen', type: 'PERSON' });
  });

  it('types a given name with its number a person, whatever the tagger said', () => {
    const text = 'Louis XIV built Versailles.';
    expect(joined(text, [at(text, 'Louis XIV', 'ORG')])).toEqual(['Louis XIV/PERSON/test']);
    expect(found('Louis XIV built Versailles, and Tsar Nicholas II abdicated.')).toEqual(['Louis XIV/PERSON', 'Versailles/GPE', 'Tsar Nicholas II/PERSON']);
  });

  it('finds the war a numeral numbers, even at a sentence start, where its words look ordinary', () => {
    expect(found('World War II ended in 1945.')).toEqual(['World War II/MISC']);
  });

  it('reads `I` as a number only after a ruler’s title or before `of` and a place', () => {
    expect(found('Under Queen Elizabeth I, England grew.')).toEqual(['Elizabeth I/PERSON', 'England/GPE']);
    expect(found('Baudouin I of Belgium died.')).toEqual(['Baudouin I/PERSON', 'Belgium/GPE']);
    expect(found('Henry I think we should go, said Tom.')).toEqual(['Henry/PERSON', 'Tom/PERSON']);
    const text = 'Maggie I was wrong.';
    expect(joined(text, [at(text, 'Maggie', 'PERSON')])).toEqual(['Maggie/PERSON/test']);
  });

  it('never joins `I` to a name that is no person, nor a numeral to a place', () => {
    const text = 'In Texas I saw Vatican II and Acme I.';
    expect(joined(text, [at(text, 'Texas', 'GPE'), at(text, 'Vatican', 'GPE'), at(text, 'II', 'ORG'), at(text, 'Acme', 'ORG')])).toEqual([
      'Texas/GPE/test',
      'Vatican/GPE/test',
      'Acme/ORG/test',
    ]);
  });

  it('drops a numeral read as a name with no name before it, and leaves a longer reading alone', () => {
    const text = 'Part II of the report. The Apollo XI crew landed.';
    expect(joined(text, [at(text, 'II', 'ORG'), at(text, 'Apollo XI crew', 'ORG')])).toEqual(['Apollo XI crew/ORG/test']);
  });

  it('changes nothing in a document without numerals', () => {
    const text = 'Sergey Lavrov met officials in Minsk.';
    const mentions = [at(text, 'Sergey Lavrov', 'PERSON'), at(text, 'Minsk', 'GPE')];
    expect(joinRomanNumerals(mentions, nlp.analyze(text), 'inline.txt')).toBe(mentions);
  });
});
