import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinAmpersandNames } from '../../../src/core/entities/ampersands.js';
import type { Mention } from '../../../src/core/types.js';

function joined(text: string, mentions: Mention[]): string[] {
  return stageResult(joinAmpersandNames, text, mentions);
}

describe('names joined by an ampersand', () => {
  it('makes a firm of a name ending in a firm’s word, replacing the tagger’s pieces', () => {
    const text = 'Analysts at Bear Stearns & Co said so, and A.G. Edwards & Sons agreed.';
    expect(joined(text, [at(text, 'Bear Stearns', 'PERSON'), at(text, 'Co', 'ORG'), at(text, 'Edwards', 'PERSON')])).toEqual([
      'Bear Stearns & Co/ORG/entities/ampersands',
      'A.G. Edwards & Sons/ORG/entities/ampersands',
    ]);
  });

  it('carries a firm shown once by its ending to the places the document writes it without', () => {
    const text = 'Shares of Douglas & Lomason Co were up. Douglas & Lomason has 4 million shares.';
    const second = text.indexOf('Douglas', 20);
    expect(joined(text, [at(text, 'Douglas & Lomason Co', 'ORG'), at(text, 'Douglas', 'GPE', second), at(text, 'Lomason', 'GPE', second)])).toEqual([
      'Douglas & Lomason Co/ORG/test',
      'Douglas & Lomason/ORG/entities/ampersands',
    ]);
  });

  it('joins one name written on both sides', () => {
    const text = 'Johnson & Johnson fell.';
    expect(joined(text, [at(text, 'Johnson', 'PERSON'), at(text, 'Johnson', 'PERSON', 5)])).toEqual(['Johnson & Johnson/ORG/entities/ampersands']);
  });

  it('keeps two firms joined by `and` apart when each has an ampersand of its own', () => {
    expect(found('A.G. Edwards & Sons and McDonald & Co. both rose.')).toEqual(['A.G. Edwards & Sons/ORG', 'McDonald & Co./ORG']);
  });

  it('gives a name the lists know with `and` its listed type', () => {
    expect(found('Trinidad & Tobago and Bosnia & Herzegovina played.')).toEqual(['Trinidad & Tobago/GPE', 'Bosnia & Herzegovina/GPE']);
  });

  it('leaves names without a firm’s evidence as the tagger read them, even where it ran one over the ampersand', () => {
    const people = 'Sally Field & Loni Anderson starred.';
    expect(joined(people, [at(people, 'Sally Field', 'PERSON'), at(people, 'Loni Anderson', 'PERSON')])).toEqual(['Sally Field/PERSON/test', 'Loni Anderson/PERSON/test']);
    const crossing = 'Songs by Brecht & Weill and talk of Good & Evil.';
    expect(joined(crossing, [at(crossing, 'Brecht &', 'ORG'), at(crossing, 'Good &', 'ORG')])).toEqual(['Brecht &/ORG/test', 'Good &/ORG/test']);
    const oneSide = 'Shares of Fortnum & Mason rose.';
    expect(joined(oneSide, [at(oneSide, 'Mason', 'PERSON')])).toEqual(['Mason/PERSON/test']);
  });

  it('joins a firm the lists know, even with one side found', () => {
    const text = 'Shares of Procter & Gamble rose.';
    expect(joined(text, [at(text, 'Gamble', 'PERSON')])).toEqual(['Procter & Gamble/ORG/entities/ampersands']);
  });

  it('ends the firm at its ending and keeps what the tagger ran on past it', () => {
    const text = 'JPMorgan Chase & Co. Chief Executive Jamie Dimon warned of risks.';
    const runOn = at(text, 'Co. Chief Executive Jamie Dimon', 'ORG');
    expect(joined(text, [at(text, 'JPMorgan Chase', 'ORG'), runOn])).toEqual([
      'JPMorgan Chase & Co./ORG/entities/ampersands',
      'Chief Executive Jamie Dimon/ORG/test',
    ]);
    // Without an ending the right side's run is some longer reading, left alone.
    const open = 'Ask Brecht & Weill Chief Jamie Dimon.';
    expect(joined(open, [at(open, 'Weill Chief Jamie Dimon', 'ORG')])).toEqual(['Weill Chief Jamie Dimon/ORG/test']);
  });

  it('reads no single letters, and nothing in a title-case headline', () => {
    const letters = 'Spending on R & D rose.';
    expect(joined(letters, [at(letters, 'R & D', 'ORG')])).toEqual(['R & D/ORG/test']);
    const headline = 'Trump & Musk Feud Over Budget Deepens\n\nThe two men argued.';
    expect(joined(headline, [at(headline, 'Trump', 'PERSON'), at(headline, 'Musk Feud', 'ORG')])).toEqual(['Trump/PERSON/test', 'Musk Feud/ORG/test']);
  });
});
