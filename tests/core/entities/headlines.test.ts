import { describe, expect, it } from 'vitest';
import { createNlp } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { splitHeadlineSpans, typeDatelines } from '../../../src/core/entities/headlines.js';
import type { Mention } from '../../../src/core/types.js';
import { foundEntities as found, mentionAt as at, stageTypes } from './found.js';

const nlp = createNlp();

const split = (text: string, mentions: Mention[]) => stageTypes(splitHeadlineSpans, text, mentions);

describe('headline spans', () => {
  const article = 'Vantrelli Pledges Support For Kyiv As Okonkwo Visits London\n\nPrime Minister Arno Vantrelli met President Chidi Okonkwo on Thursday.';
  const body = (text: string) => [at(text, 'Arno Vantrelli', 'PERSON'), at(text, 'Chidi Okonkwo', 'PERSON')];

  it('splits a title-case headline read as one name into the names the body and the lists know', () => {
    const headline = at(article, 'Vantrelli Pledges Support For Kyiv As Okonkwo Visits London', 'ORG');
    const vantrelli = at(article, 'Vantrelli', 'PERSON', 80);
    const okonkwo = at(article, 'Okonkwo', 'PERSON', 80);
    expect(split(article, [headline, ...body(article), vantrelli, okonkwo])).toEqual([
      'Vantrelli/PERSON',
      'Kyiv/GPE',
      'Okonkwo/PERSON',
      'London/GPE',
      'Arno Vantrelli/PERSON',
      'Chidi Okonkwo/PERSON',
      'Vantrelli/PERSON',
      'Okonkwo/PERSON',
    ]);
  });

  it('gives the parts exact offsets and the types the rest of the pipeline settles', () => {
    const found = extractEntities(nlp.analyze(article), 'inline.txt');
    for (const mention of found) expect(article.slice(mention.start, mention.end)).toBe(mention.text);
    expect(found.filter((mention) => mention.start < article.indexOf('\n')).every((mention) => !mention.text.includes(' '))).toBe(true);
  });

  it('keeps a headline span with an unknown word left over, or with no word left over', () => {
    const odd = 'Vantrelli Meets Zorbatov In Kyiv\n\nArno Vantrelli arrived.';
    expect(split(odd, [at(odd, 'Vantrelli Meets Zorbatov In Kyiv', 'ORG'), at(odd, 'Arno Vantrelli', 'PERSON'), at(odd, 'Vantrelli', 'PERSON', 20)])[0]).toBe('Vantrelli Meets Zorbatov In Kyiv/ORG');
    const whole = 'Arno Vantrelli Wins Again In Paris\n\nArno said Vantrelli won.';
    const mentions = [at(whole, 'Arno Vantrelli', 'PERSON'), at(whole, 'Paris', 'GPE'), at(whole, 'Arno', 'PERSON', 30), at(whole, 'Vantrelli', 'PERSON', 30)];
    expect(split(whole, mentions).slice(0, 2)).toEqual(['Arno Vantrelli/PERSON', 'Paris/GPE']);
  });

  it('leaves spans in running text alone', () => {
    const prose = 'Officials said the Zorblax Pledges Support For Kyiv campaign began in London on Monday.';
    expect(split(prose, [at(prose, 'Zorblax Pledges Support For Kyiv', 'MISC'), at(prose, 'London', 'GPE')])[0]).toBe('Zorblax Pledges Support For Kyiv/MISC');
  });
});

describe('datelines', () => {
  const typed = (text: string, mentions: Mention[]) => typeDatelines(mentions, text, 'inline.txt').map((m) => `${m.text}/${m.type}`);

  it('types the place that opens a dateline as a place', () => {
    const text = 'Headline\nZORBLAX CITY (Reuters) - Shares fell.\nVANTRELLI, May 23 (AP) \u2014 Talks ended.\nOKONKWO 2025-05-23\nResults follow.';
    expect(typed(text, [at(text, 'ZORBLAX CITY', 'ORG'), at(text, 'Reuters', 'ORG'), at(text, 'VANTRELLI', 'PERSON'), at(text, 'OKONKWO', 'ORG')])).toEqual([
      'ZORBLAX CITY/GPE',
      'Reuters/ORG',
      'VANTRELLI/GPE',
      'OKONKWO/GPE',
    ]);
  });

  it('reads a region and a date, or a region and a dash, after the place', () => {
    const text = 'Headline\nZORBLAX, England 1996-08-31\nResults follow.\nVANTRELLI, Upper Kell \u2014 Talks ended.\nOKONKWO, England said so.';
    expect(typed(text, [at(text, 'ZORBLAX', 'ORG'), at(text, 'VANTRELLI', 'ORG'), at(text, 'OKONKWO', 'PERSON')])).toEqual([
      'ZORBLAX/GPE',
      'VANTRELLI/GPE',
      // A region and no date or dash: no dateline.
      'OKONKWO/PERSON',
    ]);
  });

  it('reads a dash without an agency as a dateline, and splits a place run into the story', () => {
    const text = 'ZORBLAX - Shares fell.\nVANTRELLI - Acme Widgets said on Monday it would cut jobs.\nNATO - The alliance met.\nFRED ZORVEX - the king of low-budget films.';
    const given = [at(text, 'ZORBLAX', 'ORG'), at(text, 'VANTRELLI - Acme Widgets', 'ORG'), at(text, 'NATO', 'ORG'), at(text, 'FRED ZORVEX', 'PERSON')];
    expect(typed(text, given)).toEqual(['ZORBLAX/GPE', 'VANTRELLI/GPE', 'Acme Widgets/ORG', 'NATO/ORG', 'FRED ZORVEX/PERSON']);
    expect(found('MUMBAI - Reliance Industries chairman Mukesh Ambani spoke.')).toEqual(['MUMBAI/GPE', 'Reliance Industries/ORG', 'Mukesh Ambani/PERSON']);
    // Not inside a line, nor a name the lists know as a body.
    const inside = 'Talks with ZORBLAX - Acme Widgets joined.\nNATO - Acme Widgets joined.';
    expect(typed(inside, [at(inside, 'ZORBLAX - Acme Widgets', 'ORG'), at(inside, 'NATO - Acme Widgets', 'ORG')])).toEqual([
      'ZORBLAX - Acme Widgets/ORG',
      'NATO - Acme Widgets/ORG',
    ]);
  });

  it('keeps the dateline place a place in a document that names a club after it', () => {
    const text = 'ZORBLAX (Reuters) - Results on Sunday:\nZORBLAX 5 Vantrelli 3\nZORBLAX beat the visitors again.';
    const found = extractEntities(nlp.analyze(text), 'inline.txt').filter((m) => m.text === 'ZORBLAX');
    expect(found[0]).toMatchObject({ start: 0, type: 'GPE' });
  });

  it('leaves names before parentheses that are no dateline', () => {
    const text = 'Results:\nARNO VANTRELLI (Italy) beat Chidi Okonkwo.\nThe VANTRELLI (Reuters) - story ran.\nAcme Widgets (Reuters) - shares fell.';
    expect(typed(text, [at(text, 'ARNO VANTRELLI', 'PERSON'), at(text, 'VANTRELLI', 'PERSON', 40), at(text, 'Acme Widgets', 'ORG')])).toEqual([
      'ARNO VANTRELLI/PERSON',
      'VANTRELLI/PERSON',
      'Acme Widgets/ORG',
    ]);
  });
});
