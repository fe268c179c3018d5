import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { typeQuotedWorks } from '../../../src/core/entities/works.js';

describe('a title in quotation marks', () => {
  it('is a work when a kind of work or a possessive introduces it', () => {
    const text = 'Netflix said the film "KPop Demon Hunters" was its most watched.';
    expect(stageResult(typeQuotedWorks, text, [at(text, 'KPop Demon Hunters', 'PERSON')])).toEqual(['KPop Demon Hunters/MISC/entities/works']);
    const album = 'Fans bought Zorvan Kell\'s "Glass Rivers," the label said.';
    expect(stageResult(typeQuotedWorks, album, [at(album, 'Glass Rivers', 'ORG')])).toEqual(['Glass Rivers/MISC/entities/works']);
  });

  it('keeps an opening `The` that span cleaning took off', () => {
    const text = 'Her album "The Life of a Showgirl" sold well.';
    expect(stageResult(typeQuotedWorks, text, [at(text, 'Life of a Showgirl', 'ORG')])).toEqual(['The Life of a Showgirl/MISC/entities/works']);
    expect(found('Taylor Swift\'s album "The Life of a Showgirl" sold 4 million copies.')).toContain('The Life of a Showgirl/MISC');
  });

  it('reads quotation marks set apart by spaces, as tokenised text has them', () => {
    const text = 'He starred in the film " Zorvex Rising " last year.';
    expect(stageResult(typeQuotedWorks, text, [at(text, 'Zorvex Rising', 'ORG')])).toEqual(['Zorvex Rising/MISC/entities/works']);
  });

  it.each([
    // A title already read as one, typed right.
    ['The film "Zorvex Rising" was long.', 'Zorvex Rising', 'MISC'],
    // No cue: a quoted name may be a newspaper or a nickname.
    ['It beat "Red Notice" last week.', 'Red Notice', 'ORG'],
    // Not all of the quotation, or no quotation at all.
    ['The film "KPop Demon Hunters and More" was long.', 'KPop Demon Hunters', 'ORG'],
    ['The film KPop Demon Hunters was long.', 'KPop Demon Hunters', 'ORG'],
  ] as const)('leaves %s as read', (text, name, type: 'ORG' | 'MISC' = 'ORG') => {
    const { result, given } = stageOnPhrases(typeQuotedWorks, text, [[name, type]]);
    expect(result).toEqual(given);
  });
});
