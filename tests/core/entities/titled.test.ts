import { describe, expect, it } from 'vitest';
import { foundEntities as names, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { extendTitledNames } from '../../../src/core/entities/titled.js';

describe('titles that go on over "of"', () => {
  it('keeps a charter named after abstract nouns whole, and finds no person or place in it', () => {
    const found = names('We call the draft document the Eurasian Charter of Multipolarity and Diversity, he added.');
    expect(found).toContain('Eurasian Charter of Multipolarity and Diversity/MISC');
    expect(found.some((name) => name.startsWith('Multipolarity') || name.startsWith('Diversity'))).toBe(false);
  });

  it('keeps a ministry of two portfolios whole, and stops before a minister named after it', () => {
    const found = names('On Monday the Ministry of Trade and Industry Minister John Smith said exports rose.');
    expect(found).toContain('Ministry of Trade and Industry/ORG');
    expect(found).toContain('John Smith/PERSON');
    expect(found.some((name) => name.includes('Minister John'))).toBe(false);
  });

  it('takes a title word after `of` when no name follows it', () => {
    expect(names('The Department of Justice said it would appeal.')).toEqual(['Department of Justice/ORG']);
    expect(names('He wrote to the Ministry of Justice and Home Affairs.')).toEqual(['Ministry of Justice and Home Affairs/ORG']);
  });

  it('takes in the country or town a body is of, when the name ends there', () => {
    expect(names('The Election Commission of India said on Friday that turnout rose.')).toContain('Election Commission of India/ORG');
    expect(names('TOKYO — The Bank of Japan raised its policy rate, Governor Kazuo Ueda said.')).toEqual(['TOKYO/GPE', 'Bank of Japan/ORG', 'Kazuo Ueda/PERSON']);
    const text = 'Officials of the Zorvex Commission of India met.';
    expect(stageResult(extendTitledNames, text, [at(text, 'Zorvex Commission', 'ORG')])).toEqual(['Zorvex Commission of India/ORG/entities/titled']);
    const treaty = 'They signed the Zorvex Treaty of Rome yesterday.';
    expect(stageResult(extendTitledNames, treaty, [at(treaty, 'Zorvex Treaty', 'MISC')])).toEqual(['Zorvex Treaty of Rome/MISC/entities/titled']);
    // A list goes on past it.
    const list = 'Officials of the Zorvex Commission of India and Pakistan met.';
    expect(stageResult(extendTitledNames, list, [at(list, 'Zorvex Commission', 'ORG')])).toEqual(['Zorvex Commission/ORG/test']);
  });

  it('does not swallow a place or another body that follows', () => {
    const found = names('Both the Council of Europe and NATO criticised the plan.');
    expect(found).toContain('NATO/ORG');
    expect(found.some((name) => name.includes('Europe and NATO'))).toBe(false);
    expect(names('The Commission of Jean Monnet met.').some((name) => name.includes('Commission of Jean'))).toBe(false);
  });
});

describe('titles that go on over "on", "for" and "of the"', () => {
  it('carries a body or a document on over what it deals with', () => {
    expect(names('The Senate Committee on Foreign Relations held a hearing.')).toEqual(['Senate Committee on Foreign Relations/ORG']);
    expect(names('He wrote to the Commission on Human Rights in Geneva.')).toEqual(['Commission on Human Rights/ORG', 'Geneva/GPE']);
    expect(names('She joined the Organisation of the Islamic Conference in 1996.')).toContain('Organisation of the Islamic Conference/ORG');
    expect(names('States ratified the International Convention on the Elimination of All Forms of Racial Discrimination.')).toContain(
      'International Convention on the Elimination of All Forms of Racial Discrimination/MISC',
    );
  });

  it('finds the head the tagger left out before its subject', () => {
    expect(names('The Committee on the Rights of the Child met in Geneva.')).toEqual(['Committee on the Rights of the Child/ORG', 'Geneva/GPE']);
  });

  it('makes one title when the tagger read both the head and its subject', () => {
    const text = 'He wrote to the Commission on Human Rights in Geneva.';
    expect(stageResult(extendTitledNames, text, [at(text, 'Commission', 'ORG'), at(text, 'Human Rights', 'ORG')])).toEqual(['Commission on Human Rights/ORG/entities/titled']);
  });

  it('types a conference, as a document, MISC (eng.train: `Conference on Disarmament`)', () => {
    const text = 'Delegates came to the Zorvex Conference on Disarmament in Geneva.';
    expect(stageResult(extendTitledNames, text, [at(text, 'Zorvex Conference', 'ORG')])).toEqual(['Zorvex Conference on Disarmament/MISC/entities/titled']);
  });

  it('finds a title the tagger passed over, after `the`, and drops the fragments inside it', () => {
    expect(names('The Centers for Disease Control and Prevention said flu cases rose.')).toEqual(['Centers for Disease Control and Prevention/ORG']);
    const text = 'He cited the Zorvex Declaration on Principles of Cooperation today.';
    expect(stageResult(extendTitledNames, text, [at(text, 'Cooperation', 'ORG')])).toEqual(['Zorvex Declaration on Principles of Cooperation/MISC/entities/titled']);
  });

  it.each([
    // No `the` before the head; a mention reaching out of the title.
    ['Zorvex Declaration on Principles of Cooperation was cited.', 'Cooperation'],
    ['He cited the Declaration on Principles of Cooperation in Europe.', 'Cooperation in Europe'],
  ])('finds no title in %s', (text, phrase) => {
    const { result, given } = stageOnPhrases(extendTitledNames, text, [[phrase, 'ORG']]);
    expect(result).toEqual(given);
  });

  it('types a body by its head word, whatever its first words were read as', () => {
    const found = names("Police detained members of Suu Kyi's National League for Democracy (NLD) on Monday.");
    expect(found).toContain('National League for Democracy/ORG');
  });

  it.each([
    // A day or a month; a list the subject goes on into; a run cut short by a capitalised
    // word it could not take (a name on the next line).
    ['The Zorvex Council on Wednesday asked Iraq to comply.', 'Zorvex Council'],
    ['The Zorvex Commission in May met.', 'Zorvex Commission'],
    ['The Zorvex Covenant on Economic, Social and Cultural Rights entered into force.', 'Zorvex Covenant'],
  ])('leaves %s as the tagger read it', (text, head) => {
    const { result, given } = stageOnPhrases(extendTitledNames, text, [[head, 'ORG']]);
    expect(result).toEqual(given);
  });

  it('stops before a run it would cut short (at a title before a name)', () => {
    const text = 'The Zorvex Office for the Southern District of Kell Valley Police Chief Tom Smith sued.';
    expect(stageResult(extendTitledNames, text, [at(text, 'Zorvex Office', 'ORG')])).toEqual(['Zorvex Office for the Southern District/ORG/entities/titled']);
  });

  it.each([
    // A day, a listed place, a list the subject goes on into, a name cut in two.
    ['The Security Council on Wednesday asked Iraq to comply.', 'Security Council on Wednesday'],
    ['The Council of Europe and NATO met.', 'Council of Europe and NATO'],
    ['The Covenant on Economic, Social and Cultural Rights entered into force.', 'Covenant on Economic'],
    ["The Standing Committee of the National People's Congress passed a law.", 'Standing Committee of the National'],
  ])('does not carry a title on in %s', (text, wrong) => {
    expect(names(text).some((name) => name.startsWith(wrong))).toBe(false);
  });
});
