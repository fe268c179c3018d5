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
    // A quotation that is no title (a lower-case word of its own), or no quotation at all.
    ['The film "KPop Demon Hunters is great" he said.', 'KPop Demon Hunters', 'ORG'],
    ['The film KPop Demon Hunters was long.', 'KPop Demon Hunters', 'ORG'],
    // A mention reaching out of the quotation.
    ['The film "Zorvex Rising" Kell said.', 'Zorvex Rising" Kell', 'ORG'],
    // A year in brackets that is no year, a list after a quotation that is no work.
    ['It beat "Red Notice" (23) last week.', 'Red Notice', 'ORG'],
    ['They chanted "Red Notice" and "Blue Zorvex" loudly.', 'Blue Zorvex', 'ORG'],
    // `'s` that is `is`, and `known as`, which gives a name, not a work.
    ['In tennis it\'s "Zorvex Out" when the ball lands long.', 'Zorvex Out', 'ORG'],
    ['It was once known as "Presidents Zorvex" here.', 'Presidents Zorvex', 'ORG'],
  ] as const)('leaves %s as read', (text, name, type: 'ORG' | 'MISC' = 'ORG') => {
    const { result, given } = stageOnPhrases(typeQuotedWorks, text, [[name, type]]);
    expect(result).toEqual(given);
  });
});

describe('a title with words the tagger reads apart', () => {
  it('is one work over the whole quotation, lower-case words and possessives inside', () => {
    const text = 'He won for his performance in "Zorvex\'s List", and his film "The Crying Kell" was praised.';
    expect(stageResult(typeQuotedWorks, text, [at(text, 'Zorvex', 'PERSON'), at(text, 'Crying', 'PERSON')])).toEqual([
      "Zorvex's List/MISC/entities/works",
      'The Crying Kell/MISC/entities/works',
    ]);
  });

  it('is a work after a performance in it, before a year in brackets, and in a list of such titles', () => {
    const text = 'Kell was best known for "Viva Zorvex" and "On the Waterfront", then "Ice Cold in Alex".';
    expect(stageResult(typeQuotedWorks, text, [at(text, 'Viva Zorvex', 'PERSON'), at(text, 'Waterfront', 'GPE'), at(text, 'Alex', 'GPE')])).toEqual([
      'Viva Zorvex/MISC/entities/works',
      'On the Waterfront/MISC/entities/works',
      // `then` ends the list.
      'Alex/GPE/test',
    ]);
    const years = 'Kell wrote "The Collapse" (1964), "Sleeping Bread" (1975) and "A Woman."';
    expect(stageResult(typeQuotedWorks, years, [at(years, 'Collapse', 'MISC'), at(years, 'Woman', 'MISC')])).toEqual([
      'The Collapse/MISC/entities/works',
      'Sleeping Bread/MISC/entities/works',
      'A Woman/MISC/entities/works',
    ]);
  });

  it('is closed only by a quote of its own kind', () => {
    // The apostrophe of `L'` closes no double quotation, and leaves no work `L`.
    const text = 'Mersault is the narrator of his 1942 novel "L\' Zorvex Kell" today.';
    expect(stageResult(typeQuotedWorks, text, [at(text, 'Zorvex Kell', 'PERSON')])).toEqual(['Zorvex Kell/PERSON/test']);
    const single = "His 1942 novel 'Zorvex Kell' sold well.";
    expect(stageResult(typeQuotedWorks, single, [at(single, 'Zorvex Kell', 'PERSON')])).toEqual(['Zorvex Kell/MISC/entities/works']);
  });

  it('works in the whole recogniser', () => {
    const names = found('Sir Anthony Quayle was known for appearances in "Ice Cold in Alex" and "Lawrence of Arabia".');
    expect(names).toEqual(expect.arrayContaining(['Ice Cold in Alex/MISC', 'Lawrence of Arabia/MISC']));
    expect(names.filter((name) => /^(?:Alex|Lawrence|Arabia)\//.test(name))).toEqual([]);
  });
});
