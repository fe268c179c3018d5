import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageOnPhrases, stageResult } from './found.js';
import { typeAppositivePersons } from '../../../src/core/entities/appositions.js';

describe('a name described by an office or a trade after a comma', () => {
  it('is a person, whatever the tagger read it as', () => {
    const text = 'Thousands mourned Raila Odinga, the former prime minister, on Sunday.';
    expect(stageResult(typeAppositivePersons, text, [at(text, 'Raila Odinga', 'GPE')])).toEqual(['Raila Odinga/PERSON/entities/apposition']);
    expect(found('He mourned Raila Odinga, the former prime minister, on Sunday.')).toEqual(['Raila Odinga/PERSON']);
  });

  it.each([
    ["Crowds mourned Raila Odinga, Kenya's opposition leader, in Nairobi.", 'Raila Odinga'],
    ['Visitors praised Uncas, a young Indian chief who led them.', 'Uncas'],
    ['He married Florence Bryan, the daughter of his horse master.', 'Florence Bryan'],
    ['The prize went to Zorvan Kell, the Hungarian-born novelist.', 'Zorvan Kell'],
  ])('reads the office or trade in %s', (text, name) => {
    expect(stageResult(typeAppositivePersons, text, [at(text, name, 'ORG')])).toEqual([`${name}/PERSON/entities/apposition`]);
  });

  it.each([
    // A place after a preposition: the apposition describes the clause.
    ['In Grozny, the commander of the garrison said the town was calm.', 'Grozny', 'GPE'],
    ['In Zorvania, the governor of the province met aid workers.', 'Zorvania', 'GPE'],
    // A body's description is no office, and an office that goes on to a noun is no end.
    ['Tass, the official news agency, said the talks had ended.', 'Tass', 'ORG'],
    ['Zorvex, the chief executive search firm, grew.', 'Zorvex', 'ORG'],
    // A clause after the comma, not a description.
    ['Prescot, Merseyside, was an English town with a lawyer.', 'Merseyside', 'GPE'],
    ['Sire, said the young captain, order the guard away.', 'Sire', 'MISC'],
    // What someone owns, a listed place, a nationality, a body's word.
    ["The office for Global Women's Issues, the Special Adviser for Youth, and others.", 'Issues', 'MISC'],
    ['Envoys for Outreach to Muslim Communities, the Special Representative for Partnerships, met.', 'Muslim Communities', 'ORG'],
    ['Russia, the president said, will not give way.', 'Russia', 'GPE'],
    ['Moscow, the former president of the club, agreed.', 'Moscow', 'GPE'],
    ['Kenyans, the prime minister and his cabinet agreed, were ready.', 'Kenyans', 'NORP'],
    ['Zorvex Holdings, the chairman and his board agreed, would list shares.', 'Zorvex Holdings', 'ORG'],
    ['Zorvex Valley, the governor and his staff agreed, would be rebuilt.', 'Zorvex Valley', 'LOC'],
    // A name with a lower-case word, or in capitals, is no person's.
    ['Bank of Zorvex, the governor and his deputies agreed, would act.', 'Bank of Zorvex', 'ORG'],
    ['ZORVEX KELL, the president of the club, agreed.', 'ZORVEX KELL', 'ORG'],
    // A form of address is no office.
    ['Zorvex, the lord of the manor, rode out.', 'Zorvex', 'ORG'],
  ] as const)('leaves %s alone', (text, name, type) => {
    const { result, given } = stageOnPhrases(typeAppositivePersons, text, [[name, type]]);
    expect(result).toEqual(given);
  });
});

describe('a name followed by an age between commas', () => {
  it('is a person', () => {
    const text = 'LeBron James, 40, missed the game with sciatica.';
    expect(stageResult(typeAppositivePersons, text, [at(text, 'LeBron James', 'ORG')])).toEqual(['LeBron James/PERSON/entities/apposition']);
    expect(found('LeBron James, 40, missed the game with sciatica.')).toEqual(['LeBron James/PERSON']);
  });

  it.each([
    // A score, a count, a number that is no age, a place after a preposition, capitals after.
    ['Zorvex, 3, Kellan, 1.', 'Zorvex', 'ORG'],
    ['Zorvex, 9, were hurt.', 'Zorvex', 'ORG'],
    ['Zorvex, 250, were hurt.', 'Zorvex', 'ORG'],
    ['In Zorvania, 25, were arrested.', 'Zorvania', 'GPE'],
    ['Zorvex, 40, Kellan and others left.', 'Zorvex', 'ORG'],
  ] as const)('leaves %s alone', (text, name, type) => {
    const { result, given } = stageOnPhrases(typeAppositivePersons, text, [[name, type]]);
    expect(result).toEqual(given);
  });
});

describe('a name after an office that an article or an owner opens, and a comma', () => {
  it.each([
    ["The State Bank of India's chief economist, Soumya Kanti Ghosh, forecast growth.", 'Soumya Kanti Ghosh'],
    ['Its new chairman, Zorvex Kellan said the plan would go ahead.', 'Zorvex Kellan'],
    ['Her husband, Franklin, was the godson of her father.', 'Franklin'],
  ] as const)('is a person: %s', (text, name) => {
    expect(stageOnPhrases(typeAppositivePersons, text, [[name, 'ORG']]).result).toEqual([`${name}/PERSON/entities/apposition`]);
  });

  it.each([
    // No article or owner opens the office: it may end a clause of its own.
    ['He was minister, Zorvex Kellan said.', 'Zorvex Kellan', 'ORG'],
    // What stands before the comma is no office, or the name is a body's or goes on as a clause.
    ['The northern capital, Zorvania, was shelled.', 'Zorvania', 'GPE'],
    ["The group's chairman, Zorvex Holdings and others met.", 'Zorvex Holdings', 'ORG'],
    ['Its chairman, Zorvex the lawyer met them.', 'Zorvex', 'ORG'],
  ] as const)('leaves %s alone', (text, name, type) => {
    const { result, given } = stageOnPhrases(typeAppositivePersons, text, [[name, type]]);
    expect(result).toEqual(given);
  });
});
