import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { createNlp } from '../../../src/core/nlp.js';
import { joinPartyQualifiers, namesParty } from '../../../src/core/entities/parties.js';
import type { Mention } from '../../../src/core/types.js';

const nlp = createNlp();
const party = (text: string, name: string): boolean => namesParty(at(text, name, 'GPE'), nlp.analyze(text));
const qualified = (text: string, mentions: Mention[]): string[] => stageResult(joinPartyQualifiers, text, mentions);

describe('a name before the word `party`', () => {
  it('is the party when it follows `the`', () => {
    // Unlisted names (Chadema is listed now, and the lists type it whatever follows).
    expect(party('Tundu Lissu of the Mazingira party was barred.', 'Mazingira')).toBe(true);
    expect(party('Leaders of the ruling Zorvex party met.', 'Zorvex')).toBe(true);
    expect(found('Tundu Lissu of the Mazingira party was barred.')).toEqual(['Tundu Lissu/PERSON', 'Mazingira/ORG']);
    expect(found('Tundu Lissu of the Chadema party was barred.')).toEqual(['Tundu Lissu/PERSON', 'Chadema/ORG']);
  });

  it.each([
    // A celebration, a listed name, another noun, a capitalised Party inside the name.
    ["There's no Toronto party like a Zorvex party.", 'Zorvex'],
    ['This was the Beijing party of the year.', 'Beijing'],
    ['Members of the Zorvex parliament met.', 'Zorvex'],
    ['Members of the Zorvex Party met.', 'Zorvex'],
  ])('is no party in %s', (text, name) => {
    expect(party(text, name)).toBe(false);
  });

  it('leaves a people or a creed before `party` to the typing stage (`the Nazi party`)', () => {
    expect(found('He joined the Nazi party in 1931.')).toEqual(['Nazi/NORP']);
    expect(found('She won the Democratic party nomination.')).toEqual(['Democratic/NORP']);
  });
});

describe('a party told apart by a word in brackets', () => {
  it('joins the name and the qualifier into one organisation, over the tagger’s pieces', () => {
    const text = 'Nitish Kumar of the Janata Dal (United) and the Communist Party of India (Marxist-Leninist) met.';
    expect(qualified(text, [at(text, 'Nitish Kumar', 'PERSON'), at(text, 'Janata Dal', 'PERSON'), at(text, 'United', 'ORG'), at(text, 'Communist Party of India', 'ORG')])).toEqual([
      'Nitish Kumar/PERSON/test',
      'Janata Dal (United)/ORG/entities/parties',
      'Communist Party of India (Marxist-Leninist)/ORG/entities/parties',
    ]);
    expect(found('The Janata Dal (Secular) won two seats.')).toEqual(['Janata Dal (Secular)/ORG']);
  });

  it('leaves a place, an acronym or an aside in brackets', () => {
    const text = 'Acme Holdings (Singapore), the Bharatiya Janata Party (BJP) and Janata Dal (then united) agreed.';
    expect(qualified(text, [at(text, 'Acme Holdings', 'ORG'), at(text, 'Singapore', 'GPE'), at(text, 'Bharatiya Janata Party', 'ORG'), at(text, 'BJP', 'ORG'), at(text, 'Janata Dal', 'ORG')])).toEqual([
      'Acme Holdings/ORG/test',
      'Singapore/GPE/test',
      'Bharatiya Janata Party/ORG/test',
      'BJP/ORG/test',
      'Janata Dal/ORG/test',
    ]);
  });
});
