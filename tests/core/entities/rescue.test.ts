import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt } from './found.js';
import { createNlp } from '../../../src/core/nlp.js';
import { extractEntities } from '../../../src/core/entities/index.js';
import { rescueOrganisations, typeFirmsByContext } from '../../../src/core/entities/rescue.js';
import type { Mention } from '../../../src/core/types.js';

const nlp = createNlp();

describe('organisation names the tagger passes over', () => {
  it('finds a long organisation name opening a one-sentence item', () => {
    expect(found('The International Energy Agency said on Monday that demand would fall.')).toEqual(['International Energy Agency/ORG']);
    expect(found('The Internal Revenue Service said it would audit them.')).toEqual(['Internal Revenue Service/ORG']);
    // A body's word the gazetteer's organisation words leave out.
    expect(found('The Food and Drug Administration approved the drug.')).toEqual(['Food and Drug Administration/ORG']);
  });

  it('joins the parts of a name around `and` and `of`, binding its acronym', () => {
    const commission = extractEntities(nlp.analyze('The Independent Electoral and Boundaries Commission (IEBC) said the vote was fair.'), 'inline.txt');
    expect(commission.map((m) => `${m.text}/${m.type}/${m.entity}`)).toEqual([
      'Independent Electoral and Boundaries Commission/ORG/Independent Electoral and Boundaries Commission',
      'IEBC/ORG/Independent Electoral and Boundaries Commission',
    ]);
    expect(found('He works at the Central Bank of Kenya in Nairobi.')).toEqual(['Central Bank of Kenya/ORG', 'Nairobi/GPE']);
  });

  it('tags what it adds with its own stage and exact offsets', () => {
    const text = 'Oil fell. The International Energy Agency said demand would fall.';
    const [agency] = rescueOrganisations([], nlp.analyze(text), 'inline.txt');
    expect(agency).toMatchObject({ text: 'International Energy Agency', type: 'ORG', source: 'entities/rescue' });
    expect(text.slice(agency.start, agency.end)).toBe('International Energy Agency');
  });
});

describe('a public body named by its head word and `of`', () => {
  it('finds the body the tagger missed or cut to its last word, whatever opens the sentence', () => {
    expect(found('Ministry of Defence officials said troops had left.')).toEqual(['Ministry of Defence/ORG']);
    expect(found('The Ministry of Defence said on Monday that troops had left.')).toEqual(['Ministry of Defence/ORG']);
    expect(found('University of Toronto researchers found a new species.')).toEqual(['University of Toronto/ORG']);
  });

  it('reads the field after `of` as part of the body even when it is a title, but stops at a title after it', () => {
    expect(found('Department of Justice spokesman Peter Carr declined to comment.')).toEqual(['Department of Justice/ORG', 'Peter Carr/PERSON']);
    expect(found('Ministry of Trade Minister John Smith spoke.')).toEqual(['Ministry of Trade/ORG', 'John Smith/PERSON']);
  });

  it('leaves two bodies joined by `and`, each with an organisation word, to the tagger', () => {
    expect(found('The Royal Bank of Scotland and Lloyds Banking Group fell.')).toEqual(['Royal Bank of Scotland/ORG', 'Lloyds Banking Group/ORG']);
  });

  it('stops before a person joined by `and`, and leaves a firm `of` its place', () => {
    const text = 'Martin worked at the University of Bremen and Anna Schmidt at the Technical University of Munich and Jan Nowak at home.';
    const rescued = rescueOrganisations([], nlp.analyze(text), 'inline.txt').map((m) => m.text);
    expect(rescued).toEqual(['University of Bremen', 'Technical University of Munich']);
    expect(found('Kia Motor Corp of South Korea said sales rose.')).not.toContain('Kia Motor Corp of South Korea/ORG');
  });
});

describe('what the rescue leaves alone', () => {
  it('keeps a person out of the firm they work for, and a firm out of its place', () => {
    expect(found('John Smith of Acme Widgets Inc. said so.')).toEqual(['John Smith/PERSON', 'Acme Widgets Inc./ORG']);
    expect(found('Kia Motor Corp of South Korea said sales rose.')).not.toContain('Kia Motor Corp of South Korea/ORG');
  });

  it('does not join two organisations named side by side', () => {
    expect(found('Talks between Johnson Controls Inc and Lear Corp. failed.')).not.toContain('Johnson Controls Inc and Lear Corp./ORG');
  });

  it('does not take a place that ends in an organisation word, nor a nationality before a ministry', () => {
    expect(found('Palestinians in the West Bank protested.')).toContain('West Bank/GPE');
    expect(found('A spokesman for the German Foreign Ministry declined to comment.')).not.toContain('German Foreign Ministry/ORG');
  });

  it('adds nothing to a sentence without a name', () => {
    expect(rescueOrganisations([], nlp.analyze('The bank said the agency would review the commission.'), 'inline.txt')).toEqual([]);
  });
});

describe('firms shown by their context', () => {
  const at = mentionAt;
  const typed = (text: string, mentions: Mention[]) => typeFirmsByContext(mentions, nlp.analyze(text)).map((m) => `${m.text}/${m.type}`);

  it('types a name after an officer, owner or share word and `of`/`in` as a firm, throughout the document', () => {
    const text = 'Elon Musk, the chief executive of Zorblax, spoke. Zorblax shares rose, and a stake in Vantrelli was sold.';
    expect(typed(text, [at(text, 'Zorblax', 'GPE'), at(text, 'Zorblax', 'GPE', 50), at(text, 'Vantrelli', 'PERSON')])).toEqual(['Zorblax/ORG', 'Zorblax/ORG', 'Vantrelli/ORG']);
    expect(found('Elon Musk, the chief executive of Tesla and SpaceX, spoke. Tesla shares rose.')).toEqual(['Elon Musk/PERSON', 'Tesla/ORG', 'SpaceX/ORG', 'Tesla/ORG']);
  });

  it('types a name after `analysts at` or before `shares` the noun as a firm, but not before `shares` the verb', () => {
    const text = 'Analysts at Zorblax said Quibco shares fell. Vantrelli shares a border with Quib.';
    expect(typed(text, [at(text, 'Zorblax', 'GPE'), at(text, 'Quibco', 'GPE'), at(text, 'Vantrelli', 'GPE'), at(text, 'Quib', 'GPE', 60)])).toEqual([
      'Zorblax/ORG',
      'Quibco/ORG',
      'Vantrelli/GPE',
      'Quib/GPE',
    ]);
  });

  it('retypes a name only eng.train lists when a firm owns or employs it, whole, but not a country or a market', () => {
    const text = 'The chief executive of Amazon spoke. Warsaw shares fell. An economist at Oklahoma State University agreed, as did a unit of Germany’s Siemens.';
    const mentions = [at(text, 'Amazon', 'GPE'), at(text, 'Warsaw', 'GPE'), at(text, 'Oklahoma', 'GPE'), at(text, 'Germany', 'GPE')];
    expect(typed(text, mentions)).toEqual(['Amazon/ORG', 'Warsaw/GPE', 'Oklahoma/GPE', 'Germany/GPE']);
  });

  it('reads a firm’s noun in apposition only in lower case', () => {
    const text = 'Zorbat, a West Bank town, was closed.';
    expect(typed(text, [at(text, 'Zorbat', 'GPE')])).toEqual(['Zorbat/GPE']);
  });

  it('types a name followed by a firm’s noun in apposition as a firm', () => {
    const text = 'Zorblax, the maker of Quib, fell, and Vantrelli, a U.S. lender, rose. Zorblax said so.';
    expect(typed(text, [at(text, 'Zorblax', 'GPE'), at(text, 'Quib', 'GPE'), at(text, 'Vantrelli', 'PERSON'), at(text, 'Zorblax', 'PERSON', 60)])).toEqual([
      'Zorblax/ORG',
      'Quib/GPE',
      'Vantrelli/ORG',
      'Zorblax/ORG',
    ]);
  });

  it('leaves a person in apposition to a role or a firm’s possessive alone', () => {
    const text = 'Vorn Quell, the company’s founder, and Zorbo, the owner of a farm, and Mark Vell, a bank clerk, spoke.';
    expect(typed(text, [at(text, 'Vorn Quell', 'PERSON'), at(text, 'Zorbo', 'PERSON'), at(text, 'Mark Vell', 'PERSON')])).toEqual([
      'Vorn Quell/PERSON',
      'Zorbo/PERSON',
      'Mark Vell/PERSON',
    ]);
  });

  it('leaves listed names, nationalities, compound adjectives and other contexts alone', () => {
    const text = 'The chairman of France spoke; shares of British-based Zorb and a unit of France-registered Vortex fell. The mayor of Zorblax left.';
    expect(typed(text, [at(text, 'France', 'GPE'), at(text, 'British-based', 'MISC'), at(text, 'France-registered', 'MISC'), at(text, 'Zorblax', 'GPE')])).toEqual([
      'France/GPE',
      'British-based/MISC',
      'France-registered/MISC',
      'Zorblax/GPE',
    ]);
  });
});
