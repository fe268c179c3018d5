import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult, stageTypes } from './found.js';
import { joinArabicArticles } from '../../../src/core/entities/arabic-articles.js';

describe('names written with a hyphenated Arabic article', () => {
  it('takes the article into the name after it, typed by a place noun that follows', () => {
    const text = 'Worshippers gathered at al-Zorqa mosque, and later prayed at al-Zorqa.';
    expect(stageResult(joinArabicArticles, text, [at(text, 'Zorqa', 'PERSON'), at(text, 'Zorqa', 'ORG', 50)])).toEqual([
      'al-Zorqa/LOC/entities/arabic-articles',
      'al-Zorqa/LOC/entities/arabic-articles',
    ]);
  });

  it('joins the name written right before the article with the one after it', () => {
    const region = 'The rebels held the Jebel al-Zorqa region.';
    expect(stageTypes(joinArabicArticles, region, [at(region, 'Jebel', 'GPE'), at(region, 'Zorqa', 'GPE')])).toEqual(['Jebel al-Zorqa/LOC']);
    const society = 'It was called the Burj al-Zorqa Society.';
    expect(stageTypes(joinArabicArticles, society, [at(society, 'Burj', 'MISC'), at(society, 'Zorqa Society', 'ORG')])).toEqual(['Burj al-Zorqa Society/ORG']);
    const scholar = 'Ibn al-Zorqa wrote on optics.';
    expect(stageTypes(joinArabicArticles, scholar, [at(scholar, 'Ibn', 'GPE')])).toEqual(['Ibn al-Zorqa/PERSON']);
  });

  it('makes a name of the article and an unread word only before a place noun', () => {
    const text = 'He was stopped at the al-Zorqa checkpoint near al-Vantra.';
    expect(stageTypes(joinArabicArticles, text, [])).toEqual(['al-Zorqa/LOC']);
  });

  it('leaves a name that already holds the article, and a capitalised `Al` inside a sentence', () => {
    const whole = 'Syrian President Ahmed al-Zorqa spoke.';
    expect(stageTypes(joinArabicArticles, whole, [at(whole, 'Ahmed al-Zorqa', 'PERSON')])).toEqual(['Ahmed al-Zorqa/PERSON']);
    const given = 'Fans of Al-Zorqa cheered.';
    expect(stageTypes(joinArabicArticles, given, [at(given, 'Zorqa', 'ORG')])).toEqual(['Zorqa/ORG']);
  });

  it('works in the whole recogniser', () => {
    expect(found('Worshippers gathered at al-Aqsa mosque on Friday.')).toContain('al-Aqsa/LOC');
  });
});
