import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult, stageTypes } from './found.js';
import { createNlp } from '../../../src/core/nlp.js';
import { joinQualifiedEvents, typeByHeadWord, typeFirmsByHeadWord, typePeopleBySuffix } from '../../../src/core/entities/heads.js';
import type { Mention } from '../../../src/core/types.js';

const nlp = createNlp();

function typed(text: string, mentions: Mention[]): string[] {
  return stageTypes(typeByHeadWord, text, mentions);
}

describe('names typed by their head word', () => {
  it('reads laws, agreements and events as MISC and squares and streets as places, whatever the tagger said', () => {
    const text = 'They signed the Budapest Memorandum, met in Red Square, cited the Patriot Act and recalled the Treaty of Versailles.';
    expect(
      typed(text, [at(text, 'Budapest Memorandum', 'ORG'), at(text, 'Red Square', 'PERSON'), at(text, 'Patriot Act', 'PERSON'), at(text, 'Treaty of Versailles', 'ORG')]),
    ).toEqual(['Budapest Memorandum/MISC', 'Red Square/LOC', 'Patriot Act/MISC', 'Treaty of Versailles/MISC']);
  });

  it('reads buildings as places, and leaves a surname that is also a building’s word alone', () => {
    const text = 'Flights left Burbank Airport for Sun Devil Stadium, the Pushkin Museum and Shirley Temple.';
    expect(typed(text, [at(text, 'Burbank Airport', 'PERSON'), at(text, 'Sun Devil Stadium', 'PERSON'), at(text, 'Pushkin Museum', 'ORG'), at(text, 'Shirley Temple', 'PERSON')])).toEqual([
      'Burbank Airport/LOC',
      'Sun Devil Stadium/LOC',
      'Pushkin Museum/LOC',
      'Shirley Temple/PERSON',
    ]);
    expect(found('Thieves stole jewels from the Apollo Gallery on Sunday.')).toEqual(['Apollo Gallery/LOC']);
    expect(found('The Japanese attacked Pearl Harbor in 1941.')).toEqual(['Japanese/NORP', 'Pearl Harbor/LOC']);
  });

  it('reads trophies, tournaments and finals as events', () => {
    const text = 'He won the Heisman Trophy, the Pets Golf Tournament and the ATP Finals.';
    expect(typed(text, [at(text, 'Heisman Trophy', 'ORG'), at(text, 'Pets Golf Tournament', 'PERSON'), at(text, 'ATP Finals', 'ORG')])).toEqual([
      'Heisman Trophy/MISC',
      'Pets Golf Tournament/MISC',
      'ATP Finals/MISC',
    ]);
  });

  it('reads an administrative division as a place, a club the lists know as a club', () => {
    const text = 'Officials in Lubbock County, Kherson Oblast and Perry Township met Notts County.';
    expect(typed(text, [at(text, 'Lubbock County', 'ORG'), at(text, 'Kherson Oblast', 'ORG'), at(text, 'Perry Township', 'PERSON'), at(text, 'Notts County', 'ORG')])).toEqual([
      'Lubbock County/GPE',
      'Kherson Oblast/GPE',
      'Perry Township/GPE',
      'Notts County/ORG',
    ]);
    expect(found('Flooding hit Lake County on Monday.')).toEqual(['Lake County/GPE']);
  });

  it('leaves a division that ends a longer name to that name', () => {
    const text = 'The Fiscal Court of Magoffin County ruled in Swint v. Chambers County.';
    expect(typed(text, [at(text, 'Fiscal Court of Magoffin County', 'ORG'), at(text, 'Swint v. Chambers County', 'PERSON')])).toEqual([
      'Fiscal Court of Magoffin County/ORG',
      'Swint v. Chambers County/PERSON',
    ]);
  });

  it('reads a treaty `of` a place behind the article that span cleaning drops later', () => {
    const text = 'The Treaty of Versailles was signed in 1919.';
    expect(typed(text, [at(text, 'The Treaty of Versailles', 'ORG')])).toEqual(['The Treaty of Versailles/MISC']);
  });

  it('carries a name on over a head word the tagger left outside it, replacing the head read alone', () => {
    const text = 'The Paris Agreement and the Nobel Prize were mentioned.';
    const mended = typeByHeadWord([at(text, 'Paris', 'GPE'), at(text, 'Nobel', 'PERSON'), at(text, 'Prize', 'MISC')], nlp.analyze(text), 'inline.txt');
    expect(mended.map((mention) => `${mention.text}/${mention.type}/${mention.source}`)).toEqual(['Paris Agreement/MISC/entities/heads', 'Nobel Prize/MISC/entities/heads']);
    expect(text.slice(mended[0].start, mended[0].end)).toBe('Paris Agreement');
  });

  it('carries a name on over a building\'s or a school\'s word left outside it, typed by that word', () => {
    const text = 'Officers went to Zorvex Elementary School and Zorvex Memorial Hospital; the Zorvex Party met.';
    const mended = typeByHeadWord([at(text, 'Zorvex Elementary', 'PERSON'), at(text, 'Zorvex Memorial', 'GPE'), at(text, 'Zorvex', 'ORG', text.indexOf('Party') - 7)], nlp.analyze(text), 'inline.txt');
    expect(mended.map((mention) => `${mention.text}/${mention.type}`)).toEqual(['Zorvex Elementary School/ORG', 'Zorvex Memorial Hospital/LOC', 'Zorvex/ORG']);
    expect(found('Officers responded to Robb Elementary School in 2022.')).toContain('Robb Elementary School/ORG');
  });

  it('finds a name ending in a head word that the tagger passed over', () => {
    expect(found('The Cold War ended in 1991.')).toEqual(['Cold War/MISC']);
    const text = 'Officials said the Contract Disputes Act applied.';
    const result = typeByHeadWord([], nlp.analyze(text), 'inline.txt');
    expect(result.map((mention) => `${mention.text}/${mention.type}/${mention.source}`)).toEqual(['Contract Disputes Act/MISC/entities/heads']);
    expect(text.slice(result[0].start, result[0].end)).toBe('Contract Disputes Act');
  });

  it('finds no such name opening a sentence, nor half of a longer one', () => {
    for (const text of ['Cold War tensions rose.', 'Europe suffered in the Thirty Years War.', 'Israel won the Six-Day War in 1967.', 'It was called the 116 Years War.']) {
      expect(typed(text, [])).toEqual([]);
    }
  });

  it('types an air show as an event, not the organisation the tagger read', () => {
    expect(found('Emirates ordered 65 jets at the Dubai Airshow.')).toContain('Dubai Airshow/MISC');
  });

  it('splits two events read as one across `and the`', () => {
    expect(found('She won at the Venice Film Festival and the US Open last year.')).toEqual(['Venice Film Festival/MISC', 'US Open/MISC']);
  });

  it('leaves a body named after a head word, a longer name, a listed name and a title-case headline alone', () => {
    const text = 'Grain Talks With Russia Open\n\nThe Ministry of War and the Paris Agreement Committee met.';
    expect(typed(text, [at(text, 'Russia', 'GPE'), at(text, 'Ministry of War', 'ORG'), at(text, 'Paris', 'GPE')])).toEqual([
      'Russia/GPE',
      'Ministry of War/ORG',
      'Paris/GPE',
    ]);
    const listed = 'He flew to Trinidad and Tobago.';
    expect(typed(listed, [at(listed, 'Trinidad and Tobago', 'GPE')])).toEqual(['Trinidad and Tobago/GPE']);
  });
});

describe('firms and institutions by their head word', () => {
  const firms = (mentions: Mention[]) => typeFirmsByHeadWord(mentions).map((mention) => `${mention.text}/${mention.type}`);

  it('types a name ending in a firm\'s legal form or kind as a firm, whatever the tagger made of it', () => {
    expect(found('said economist Lynn Reaser of Barnett Banks Inc. in Jacksonville.')).toEqual(['Lynn Reaser/PERSON', 'Barnett Banks Inc./ORG', 'Jacksonville/GPE']);
    const text = 'Shares of Dow Chemical Co and Vantrelli Holdings rose; Zorb Airlines flew, and Warner Bros and Salomon Brothers fell.';
    expect(
      firms([at(text, 'Dow Chemical Co', 'MISC'), at(text, 'Vantrelli Holdings', 'PERSON'), at(text, 'Zorb Airlines', 'GPE'), at(text, 'Warner Bros', 'PERSON'), at(text, 'Salomon Brothers', 'PERSON')]),
    ).toEqual(['Dow Chemical Co/ORG', 'Vantrelli Holdings/ORG', 'Zorb Airlines/ORG', 'Warner Bros/ORG', 'Salomon Brothers/ORG']);
  });

  it('types a name ending in a plural kind of business as a firm', () => {
    const text = 'Marvel Studios and Whole Foods hired staff from Meta Platforms and Farside Investors.';
    expect(firms([at(text, 'Marvel Studios', 'PERSON'), at(text, 'Whole Foods', 'GPE'), at(text, 'Meta Platforms', 'PERSON'), at(text, 'Farside Investors', 'GPE')])).toEqual([
      'Marvel Studios/ORG',
      'Whole Foods/ORG',
      'Meta Platforms/ORG',
      'Farside Investors/ORG',
    ]);
    const funds = 'Zorvex Management and Farside Associates bought Niugini Mining from Zorbic Petroleum.';
    expect(
      firms([at(funds, 'Zorvex Management', 'PERSON'), at(funds, 'Farside Associates', 'GPE'), at(funds, 'Niugini Mining', 'PERSON'), at(funds, 'Zorbic Petroleum', 'LOC')]),
    ).toEqual(['Zorvex Management/ORG', 'Farside Associates/ORG', 'Niugini Mining/ORG', 'Zorbic Petroleum/ORG']);
    const makers = 'Zorvex Automotive and Farside Aerospace hired Niugini Logistics.';
    expect(firms([at(makers, 'Zorvex Automotive', 'GPE'), at(makers, 'Farside Aerospace', 'PERSON'), at(makers, 'Niugini Logistics', 'MISC')])).toEqual([
      'Zorvex Automotive/ORG',
      'Farside Aerospace/ORG',
      'Niugini Logistics/ORG',
    ]);
    // Not a kind of business that ends other names too.
    const office = 'She ran Human Resources for Zorvex Capital.';
    expect(firms([at(office, 'Human Resources', 'PERSON'), at(office, 'Zorvex Capital', 'PERSON')])).toEqual(['Human Resources/PERSON', 'Zorvex Capital/PERSON']);
  });

  it('types a name ending in `Forces` as a body: armies and militias', () => {
    const text = 'The Zorbic Defense Forces and the Farside Support Forces clashed.';
    expect(firms([at(text, 'Zorbic Defense Forces', 'PERSON'), at(text, 'Farside Support Forces', 'MISC')])).toEqual(['Zorbic Defense Forces/ORG', 'Farside Support Forces/ORG']);
  });

  it('types a person-typed name ending in an institution\'s word as a body, but no place ending in Bank', () => {
    const text = 'The Max Planck Society and the West Bank and Margaret Court and the Carter Center were named.';
    expect(firms([at(text, 'Max Planck Society', 'PERSON'), at(text, 'West Bank', 'GPE'), at(text, 'Margaret Court', 'PERSON'), at(text, 'Carter Center', 'PERSON')])).toEqual([
      'Max Planck Society/ORG',
      'West Bank/GPE',
      'Margaret Court/PERSON',
      'Carter Center/ORG',
    ]);
  });

  it('types a thing-typed name ending in a body\'s word as a body, but no league and no listed thing', () => {
    const text = 'The Zorbic Civil Liberties Union, the Zorbic Workers Party, the American League and the Soviet Union.';
    expect(
      firms([at(text, 'Zorbic Civil Liberties Union', 'MISC'), at(text, 'Zorbic Workers Party', 'MISC'), at(text, 'American League', 'MISC'), at(text, 'Soviet Union', 'MISC')]),
    ).toEqual(['Zorbic Civil Liberties Union/ORG', 'Zorbic Workers Party/ORG', 'American League/MISC', 'Soviet Union/MISC']);
    // A body the lists know as one is typed so too.
    // Nor is a person's name: a body's first word may be a given name (`Christian`).
    const people = 'Markus Zorbel leads the Christian Social Union; the Christian Workers Party met Christian Zorbel.';
    expect(
      firms([at(people, 'Markus Zorbel', 'PERSON'), at(people, 'Christian Social Union', 'PERSON'), at(people, 'Christian Workers Party', 'PERSON'), at(people, 'Christian Zorbel', 'PERSON')]),
    ).toEqual(['Markus Zorbel/PERSON', 'Christian Social Union/ORG', 'Christian Workers Party/ORG', 'Christian Zorbel/PERSON']);
    const listed = 'The American Civil Liberties Union sued.';
    expect(firms([at(listed, 'American Civil Liberties Union', 'MISC')])).toEqual(['American Civil Liberties Union/ORG']);
  });

  it('types a place-typed name ending in a body\'s word as a body, but not a place that ends in Bank, Federation, Union or Center', () => {
    const text = 'The Kisumu Democratic Movement, the Zorbic Workers Party, Bar-Ilan University, the Zorbic Hebrew Congregation and the Zorbic Liberation Front met in Kisumu.';
    expect(
      firms([
        at(text, 'Kisumu Democratic Movement', 'GPE'),
        at(text, 'Zorbic Workers Party', 'GPE'),
        at(text, 'Bar-Ilan University', 'GPE'),
        at(text, 'Zorbic Hebrew Congregation', 'GPE'),
        at(text, 'Zorbic Liberation Front', 'LOC'),
        at(text, 'Kisumu', 'GPE', text.lastIndexOf('Kisumu')),
      ]),
    ).toEqual(['Kisumu Democratic Movement/ORG', 'Zorbic Workers Party/ORG', 'Bar-Ilan University/ORG', 'Zorbic Hebrew Congregation/ORG', 'Zorbic Liberation Front/ORG', 'Kisumu/GPE']);
    const places = 'The West Bank, the Zorbic Federation, the Seaford Union and the Zorbic Trade Center.';
    expect(
      firms([at(places, 'West Bank', 'GPE'), at(places, 'Zorbic Federation', 'GPE'), at(places, 'Seaford Union', 'LOC'), at(places, 'Zorbic Trade Center', 'LOC')]),
    ).toEqual(['West Bank/GPE', 'Zorbic Federation/GPE', 'Seaford Union/LOC', 'Zorbic Trade Center/LOC']);
  });

  it('types a name opening with a Romance language\'s word for a firm or a bank as a firm', () => {
    expect(found('Shares of YPF and Grupo Financiero Galicia jumped.')).toEqual(['YPF/ORG', 'Grupo Financiero Galicia/ORG']);
    const text = 'Banco Zorvex, Caja Kell and Compagnie Zorbin merged; Grupo met Banco.';
    expect(firms([at(text, 'Banco Zorvex', 'PERSON'), at(text, 'Caja Kell', 'GPE'), at(text, 'Compagnie Zorbin', 'MISC'), at(text, 'Grupo', 'PERSON'), at(text, 'Banco', 'GPE')])).toEqual([
      'Banco Zorvex/ORG',
      'Caja Kell/ORG',
      'Compagnie Zorbin/ORG',
      // One word alone is no name of that kind.
      'Grupo/PERSON',
      'Banco/GPE',
    ]);
  });

  it('leaves a lone legal form, and a name with one inside it, as they were', () => {
    const text = 'Inc. Magazine and the Holdings Bill passed.';
    expect(firms([at(text, 'Inc.', 'MISC'), at(text, 'Holdings Bill', 'MISC')])).toEqual(['Inc./MISC', 'Holdings Bill/MISC']);
  });
});

describe('events named after a people', () => {
  const joined = (text: string, mentions: Mention[]) => stageResult(joinQualifiedEvents, text, mentions);

  it('joins a nationality to the event or law after it', () => {
    expect(found('The Spanish Civil War began in 1936.')).toEqual(['Spanish Civil War/MISC']);
    const text = 'Hamilton won the Italian Grand Prix, under the Cuban Democracy Act.';
    expect(joined(text, [at(text, 'Italian', 'MISC'), at(text, 'Grand Prix', 'MISC'), at(text, 'Cuban', 'MISC'), at(text, 'Democracy Act', 'MISC')])).toEqual([
      'Italian Grand Prix/MISC/entities/heads',
      'Cuban Democracy Act/MISC/entities/heads',
    ]);
  });

  it('joins a place to the event after it, but not a headline place in capitals', () => {
    expect(found('He won the U.S. Amateur Championship in 1994.')).toEqual(['U.S. Amateur Championship/MISC']);
    const text = 'She ran a stall at the New York Vegan Festival last year.';
    expect(joined(text, [at(text, 'New York', 'GPE'), at(text, 'Vegan Festival', 'MISC')])).toEqual(['New York Vegan Festival/MISC/entities/heads']);
    const table = 'Results of the race at BERLIN Grand Prix track on Sunday were:';
    expect(joined(table, [at(table, 'BERLIN', 'GPE'), at(table, 'Grand Prix', 'MISC')])).toEqual(['BERLIN/GPE/test', 'Grand Prix/MISC/test']);
  });

  it('leaves a nationality before an event of many nations, before other names, and apart from the event', () => {
    const text = 'The Italian World Cup squad, the Russian Olympics team and the German Bundesliga met; French, Open talks.';
    expect(
      joined(text, [at(text, 'Italian', 'MISC'), at(text, 'World Cup', 'MISC'), at(text, 'Russian', 'MISC'), at(text, 'Olympics', 'MISC'), at(text, 'German', 'MISC'), at(text, 'Bundesliga', 'ORG'), at(text, 'French', 'MISC'), at(text, 'Open', 'MISC', text.indexOf('French'))]),
    ).toEqual(['Italian/MISC/test', 'World Cup/MISC/test', 'Russian/MISC/test', 'Olympics/MISC/test', 'German/MISC/test', 'Bundesliga/ORG/test', 'French/MISC/test', 'Open/MISC/test']);
  });
});

describe('names ending in a generation\u2019s suffix', () => {
  const people = (mentions: Mention[]) => typePeopleBySuffix(mentions).map((mention) => `${mention.text}/${mention.type}`);

  it('are people whatever the tagger read them as', () => {
    const text = 'Zavinho Jr set up Zorvan Kell Sr. and Louis Gossett Jr.';
    expect(people([at(text, 'Zavinho Jr', 'ORG'), at(text, 'Zorvan Kell Sr.', 'GPE'), at(text, 'Louis Gossett Jr.', 'PERSON')])).toEqual([
      'Zavinho Jr/PERSON',
      'Zorvan Kell Sr./PERSON',
      'Louis Gossett Jr./PERSON',
    ]);
    expect(found('Vinicius Jr set up the winner for Jude Bellingham in the 78th minute.')).toEqual(['Vinicius Jr/PERSON', 'Jude Bellingham/PERSON']);
  });

  it('leave a lone suffix and a listed name as they were', () => {
    const text = "Jr. Zorb ate at Carl's Jr. on Tuesday.";
    expect(people([at(text, 'Jr.', 'ORG'), at(text, "Carl's Jr.", 'ORG')])).toEqual(['Jr./ORG', "Carl's Jr./ORG"]);
  });
});
