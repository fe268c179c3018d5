import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult, stageTypes } from './found.js';
import { splitOwnerNames, typeOwnersOfPeople, typeOwnersOfPersonalThings } from '../../../src/core/entities/owners.js';

describe("a person's full name and what the person owns, read as one name", () => {
  it('is cut into the person and the name owned', () => {
    const text = "Taylor Swift's Eras Tour grossed 2 billion dollars and Elon Musk's Tesla fell.";
    expect(stageResult(splitOwnerNames, text, [at(text, "Taylor Swift's Eras Tour", 'ORG'), at(text, "Elon Musk's Tesla", 'PERSON')])).toEqual([
      'Taylor Swift/PERSON/entities/owners',
      'Eras Tour/ORG/entities/owners',
      'Elon Musk/PERSON/entities/owners',
      'Tesla/ORG/entities/owners',
    ]);
  });

  it('gives the whole recogniser the person', () => {
    expect(found("Taylor Swift's Eras Tour grossed 2 billion dollars.")).toEqual(['Taylor Swift/PERSON', 'Eras Tour/ORG']);
  });

  it.each([
    // A name with `'s` inside: no given name before it, or a given name that is a word.
    ["The Democratic People's Republic of Korea fired.", "Democratic People's Republic of Korea", 'GPE'],
    ["The Hennepin County Sheriff's Office said.", "Hennepin County Sheriff's Office", 'ORG'],
    ["They sailed to Martha's Vineyard.", "Martha's Vineyard", 'GPE'],
    ["Moody's Investors Service cut it.", "Moody's Investors Service", 'ORG'],
    ["The Christian Children's Fund gave.", "Christian Children's Fund", 'ORG'],
    ["The Rose Bowl's Hall of Fame opened.", "Rose Bowl's Hall of Fame", 'MISC'],
    // Nothing capitalised after the `'s`.
    ["Taylor Swift's tour sold out.", "Taylor Swift's", 'PERSON'],
  ] as const)('leaves %s alone', (text, phrase, type) => {
    expect(stageResult(splitOwnerNames, text, [at(text, phrase, type)])).toEqual([`${phrase}/${type}/test`]);
  });
});

describe("a body or a place and the person it owns, read as one name", () => {
  it('is cut into the owner and the person', () => {
    const text = "Speaking to the BBC's Laura Kuenssberg, she said no.";
    expect(stageResult(splitOwnerNames, text, [at(text, "BBC's Laura Kuenssberg", 'ORG')])).toEqual(['BBC/ORG/entities/owners', 'Laura Kuenssberg/PERSON/entities/owners']);
    // A listed owner vouches for the reading of a whole read as a person.
    const envoy = "Ukraine's Oleksandr Kubrakov met him.";
    expect(stageResult(splitOwnerNames, envoy, [at(envoy, "Ukraine's Oleksandr Kubrakov", 'PERSON')])).toEqual(['Ukraine/GPE/entities/owners', 'Oleksandr Kubrakov/PERSON/entities/owners']);
  });

  it.each([
    // Read as a person whole, with an unlisted owner: as often a thing (`Crystal` a given name).
    ["Sabato's Crystal Ball rated the race.", "Sabato's Crystal Ball", 'PERSON'],
    // What is owned opens with no given name, or is one word.
    ["The Zorvex's Liberation Army drilled.", "Zorvex's Liberation Army", 'ORG'],
    ["The Zorvex's Laura spoke.", "Zorvex's Laura", 'ORG'],
  ] as const)('leaves %s alone', (text, phrase, type) => {
    expect(stageResult(splitOwnerNames, text, [at(text, phrase, type)])).toEqual([`${phrase}/${type}/test`]);
  });
});

describe("a one-word name whose 's owns a person's full name", () => {
  it('is a team, a firm or a place, not a person', () => {
    const text = 'Chelsea’s Cole Palmer is expected to miss the game.';
    expect(stageTypes(typeOwnersOfPeople, text, [at(text, 'Chelsea', 'PERSON'), at(text, 'Cole Palmer', 'PERSON')])).toEqual(['Chelsea/ORG', 'Cole Palmer/PERSON']);
    // The document's other reading of the word, then the lists'.
    const club = 'Zorvex won again. Zorvex’s Cole Palmer scored.';
    const read = [at(club, 'Zorvex', 'GPE'), at(club, 'Zorvex', 'PERSON', 10), at(club, 'Cole Palmer', 'PERSON')];
    expect(stageTypes(typeOwnersOfPeople, club, read)).toEqual(['Zorvex/GPE', 'Zorvex/GPE', 'Cole Palmer/PERSON']);
    expect(found('Chelsea’s Cole Palmer is expected to miss the game.')).toEqual(['Chelsea/ORG', 'Cole Palmer/PERSON']);
  });

  it.each([
    // The document names a person by the word.
    ['Donald Zorvex spoke. Zorvex’s Steve Kell flew on.', [['Donald Zorvex', 'PERSON'], ['Zorvex', 'PERSON'], ['Steve Kell', 'PERSON']]],
    // A titled owner, and a thing owned that the tagger read as a person.
    ['Lord Zorvex’s Steve Kell spoke.', [['Zorvex', 'PERSON'], ['Steve Kell', 'PERSON']]],
    ['Beau’s Tasting Dinner was held.', [['Beau', 'PERSON'], ['Tasting Dinner', 'PERSON']]],
    // Two words owning, or a surname alone owned.
    ['Zorvex Kell’s Cole Palmer spoke.', [['Zorvex Kell', 'PERSON'], ['Cole Palmer', 'PERSON']]],
    ['Zorvex’s Palmer spoke.', [['Zorvex', 'PERSON'], ['Palmer', 'PERSON']]],
  ] as [string, [string, 'PERSON'][]][])('leaves %s as it was', (text, phrases) => {
    const mentions = phrases.map(([phrase, type]) => at(text, phrase, type, phrase === 'Zorvex' ? text.indexOf('Zorvex’s') : 0));
    if (text.startsWith('Lord')) mentions[0] = { ...mentions[0], role: 'Lord' };
    expect(stageTypes(typeOwnersOfPeople, text, mentions)).toEqual(phrases.map(([phrase, type]) => `${phrase}/${type}`));
  });
});

describe("a full name whose 's owns what only a person has", () => {
  it('is a person, whatever the tagger read', () => {
    const album = 'Carly Zorbin’s new album sold 4 million copies.';
    expect(stageTypes(typeOwnersOfPersonalThings, album, [at(album, 'Carly Zorbin', 'ORG')])).toEqual(['Carly Zorbin/PERSON']);
    const husband = "Joan Fontaine's husband left Hollywood.";
    expect(stageTypes(typeOwnersOfPersonalThings, husband, [at(husband, 'Joan Fontaine', 'GPE'), at(husband, 'Hollywood', 'GPE')])).toEqual(['Joan Fontaine/PERSON', 'Hollywood/GPE']);
    expect(found('Morgan Freeman’s wife filed for divorce.')).toEqual(['Morgan Freeman/PERSON']);
  });

  it.each([
    // What a firm has too; a name opening with no given name; a listed name; one word.
    ["Morgan Zorvex's analysts raised the target.", 'Morgan Zorvex'],
    ["Zorvex Holdings's album sold well.", 'Zorvex Holdings'],
    ["European Union's family policy changed.", 'European Union'],
    ["Monaco's husband spoke.", 'Monaco'],
  ])('leaves %s as it was', (text, phrase) => {
    expect(stageTypes(typeOwnersOfPersonalThings, text, [at(text, phrase, 'ORG')])).toEqual([`${phrase}/ORG`]);
  });
});
