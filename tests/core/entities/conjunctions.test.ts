import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { splitJoinedNames } from '../../../src/core/entities/conjunctions.js';

describe('two names the tagger ran together over `and the`', () => {
  it('are split into two mentions of the same type', () => {
    const text = 'Visitors left the National Gallery and the Tate Gallery early.';
    expect(stageResult(splitJoinedNames, text, [at(text, 'National Gallery and the Tate Gallery', 'ORG')])).toEqual([
      'National Gallery/ORG/entities/conjunctions',
      'Tate Gallery/ORG/entities/conjunctions',
    ]);
    expect(found('The National Gallery and the Tate Gallery were closed.')).toEqual(['National Gallery/LOC', 'Tate Gallery/LOC']);
  });

  it('leaves other mentions as they were, in their order', () => {
    const text = 'Kell spoke to the European Community and the United Nations in Geneva.';
    const mentions = [at(text, 'Kell', 'PERSON'), at(text, 'European Community and the United Nations', 'ORG'), at(text, 'Geneva', 'GPE')];
    expect(stageResult(splitJoinedNames, text, mentions)).toEqual([
      'Kell/PERSON/test',
      'European Community/ORG/entities/conjunctions',
      'United Nations/ORG/entities/conjunctions',
      'Geneva/GPE/test',
    ]);
  });

  it('splits at the first `and the` that joins two capitalised words', () => {
    const text = 'He thanked the Foundation and the Zorvex Trust.';
    expect(stageResult(splitJoinedNames, text, [at(text, 'Foundation and the Zorvex Trust', 'ORG')])).toEqual([
      'Foundation/ORG/entities/conjunctions',
      'Zorvex Trust/ORG/entities/conjunctions',
    ]);
  });

  it('splits off a one-word name after an event’s name', () => {
    const text = 'She won at the Venice Film Festival and the Oscars.';
    expect(stageResult(splitJoinedNames, text, [at(text, 'Venice Film Festival and the Oscars', 'MISC')])).toEqual([
      'Venice Film Festival/MISC/entities/conjunctions',
      'Oscars/MISC/entities/conjunctions',
    ]);
  });

  it.each([
    // A listed name, a name its document defines, a band's one-word second part.
    ['He visited South Georgia and the South Sandwich Islands.', 'South Georgia and the South Sandwich Islands', 'GPE'],
    ['The Conference on Security and Cooperation in the Mediterranean and the Middle East (CSCM) met.', 'Conference on Security and Cooperation in the Mediterranean and the Middle East', 'ORG'],
    ['She saw Bob Marley and the Wailers play.', 'Bob Marley and the Wailers', 'ORG'],
    // Lower-case words after `the`.
    ['The Government and the people of Zorvania agreed.', 'Government and the people of Zorvania', 'ORG'],
  ] as const)('leaves %s alone', (text, name, type) => {
    const { result, given } = stageOnPhrases(splitJoinedNames, text, [[name, type]]);
    expect(result).toEqual(given);
  });
});

describe('two one-word names the tagger ran together over a bare `and`', () => {
  it('are split where the document names one of them alone', () => {
    const text = "Novo's chief executive spoke. Lilly's Zepbound and Novo's own Wegovy lead the market.";
    expect(stageResult(splitJoinedNames, text, [at(text, 'Novo', 'ORG'), at(text, 'Lilly', 'ORG'), at(text, 'Zepbound and Novo', 'PERSON')])).toEqual([
      'Novo/ORG/test',
      'Lilly/ORG/test',
      'Zepbound/PERSON/entities/conjunctions',
      'Novo/ORG/entities/conjunctions',
    ]);
  });

  it.each([
    // No half named alone; a listed name; a part of two words (cut only where each is one).
    ['Marks and Spencer said profits rose at Marks and Spencer.', ['Marks and Spencer', 'Marks and Spencer'], 'ORG'],
    ['Trinidad and Tobago won. Tobago voted.', ['Trinidad and Tobago', 'Tobago'], 'GPE'],
    ['Zorb and Eli Lilly rose. Zorb fell.', ['Zorb and Eli Lilly', 'Zorb'], 'ORG'],
  ] as const)('leaves %s alone', (text, names, type) => {
    let from = 0;
    const mentions = names.map((name) => {
      const mention = at(text, name, type, from);
      from = mention.end;
      return mention;
    });
    expect(stageResult(splitJoinedNames, text, mentions)).toEqual(names.map((name) => `${name}/${type}/test`));
  });

  it('leaves a longer name with `and` inside whole', () => {
    const text = 'Seplat Energy and Aradel Holdings agreed. Seplat said so.';
    expect(stageResult(splitJoinedNames, text, [at(text, 'Seplat Energy and Aradel Holdings', 'ORG'), at(text, 'Seplat', 'ORG', 20)])).toEqual([
      'Seplat Energy and Aradel Holdings/ORG/test',
      'Seplat/ORG/test',
    ]);
  });
});

describe('two names closing a list of names, run together over `and`', () => {
  it('are split after a comma that follows another name', () => {
    const text = 'Magna, Zorvex Controls and Lear have been working on it.';
    expect(stageResult(splitJoinedNames, text, [at(text, 'Magna', 'ORG'), at(text, 'Zorvex Controls and Lear', 'ORG')])).toEqual([
      'Magna/ORG/test',
      'Zorvex Controls/ORG/entities/conjunctions',
      'Lear/ORG/entities/conjunctions',
    ]);
  });

  it('take the type the document gives the second name alone', () => {
    const text = 'Blue chips like IDLC, Kestrel Cement and Norwood rose. Norwood said so.';
    const mentions = [at(text, 'IDLC', 'ORG'), at(text, 'Kestrel Cement and Norwood', 'ORG'), at(text, 'Norwood said', 'PERSON')];
    mentions[2] = { ...mentions[2], end: mentions[2].start + 'Norwood'.length, text: 'Norwood' };
    expect(stageResult(splitJoinedNames, text, mentions)).toContain('Norwood/PERSON/entities/conjunctions');
  });

  it('are left whole where the name itself holds `and`', () => {
    const whole = (text: string, name: string) => stageResult(splitJoinedNames, text, [at(text, 'Pfizer', 'ORG'), at(text, name, 'ORG')]);
    // Not after a name and a comma.
    expect(stageResult(splitJoinedNames, 'Zorvex Controls and Lear met.', [at('Zorvex Controls and Lear met.', 'Zorvex Controls and Lear', 'ORG')])).toEqual(['Zorvex Controls and Lear/ORG/test']);
    // A one-word first part the document never names alone.
    expect(whole('Pfizer, Procter and Gamble and Merck', 'Procter and Gamble')).toContain('Procter and Gamble/ORG/test');
    // A body's or an event's last word closing only the second part.
    expect(whole('Pfizer, Food Safety and Inspection Service', 'Food Safety and Inspection Service')).toContain('Food Safety and Inspection Service/ORG/test');
    expect(whole('Pfizer, Rhythm Roots and Blues Festival', 'Rhythm Roots and Blues Festival')).toContain('Rhythm Roots and Blues Festival/ORG/test');
    // A firm's `and Co`, a listed name, a lower-case word inside.
    expect(whole('Pfizer, Smith Barney and Co', 'Smith Barney and Co')).toContain('Smith Barney and Co/ORG/test');
    expect(whole('Pfizer, Bosnia and Herzegovina', 'Bosnia and Herzegovina')).toContain('Bosnia and Herzegovina/ORG/test');
    expect(whole('Pfizer, Ministry of Trade and Industry', 'Ministry of Trade and Industry')).toContain('Ministry of Trade and Industry/ORG/test');
  });

  it('works in the whole recogniser', () => {
    expect(found('Magna, Johnson Controls and Lear have been working to build up their business.')).toEqual(expect.arrayContaining(['Johnson Controls/ORG', 'Lear/ORG']));
  });
});
