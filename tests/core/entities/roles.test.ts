import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { findFirmsBeforeRoles } from '../../../src/core/entities/roles.js';
import type { Mention } from '../../../src/core/types.js';

function firms(text: string, mentions: Mention[]): string[] {
  return stageResult(findFirmsBeforeRoles, text, mentions);
}

describe('firms named by the office of the person after them', () => {
  it.each([
    ['Tesla CEO Elon Musk said the car was ready.', 'Tesla', 'Elon Musk'],
    ['Dynegy spokesman John Sousa declined to comment.', 'Dynegy', 'John Sousa'],
    ['Zynga Chief Executive Mark Pincus resigned.', 'Zynga', 'Mark Pincus'],
    ["Enron's chief executive, Jeff Skilling, resigned.", 'Enron', 'Jeff Skilling'],
    ['Goldman Sachs analyst Abby Cohen was upbeat.', 'Goldman Sachs', 'Abby Cohen'],
  ])('%s', (text, firm, person) => {
    expect(firms(text, [at(text, person, 'PERSON')])).toEqual([`${person}/PERSON/test`, `${firm}/ORG/entities/roles`]);
  });

  it('finds the firm the tagger passed over in the whole recogniser', () => {
    expect(found('Qualcomm president Cristiano Amon spoke in Taipei.')).toEqual(['Qualcomm/ORG', 'Cristiano Amon/PERSON', 'Taipei/GPE']);
  });

  it('retypes the tagger’s place or person reading of the firm, there and elsewhere in the document', () => {
    const text = 'Enron chairman Ken Lay spoke. Enron shares fell.';
    const later = text.indexOf('Enron', 10);
    expect(firms(text, [at(text, 'Enron', 'GPE'), at(text, 'Ken Lay', 'PERSON'), at(text, 'Enron', 'PERSON', later)])).toEqual([
      'Enron/ORG/test',
      'Ken Lay/PERSON/test',
      'Enron/ORG/test',
    ]);
  });

  it('cuts a firm and its office out of a person’s span the tagger ran over them', () => {
    const text = 'Acme Chief Executive Officer John Smith quit.';
    expect(firms(text, [at(text, 'Acme Chief Executive Officer John Smith', 'PERSON')])).toEqual([
      'John Smith/PERSON/test',
      'Acme/ORG/entities/roles',
    ]);
    const listed = 'Russian Foreign Minister Sergey Lavrov spoke.';
    expect(firms(listed, [at(listed, listed.slice(0, -7), 'PERSON')])).toEqual(['Russian Foreign Minister Sergey Lavrov/PERSON/test']);
  });

  it.each([
    // An ordinary word, a nationality, a listed place, a first name: no firm.
    ['Police spokesman John Smith said so.', 'John Smith'],
    ['Former CEO John Smith said so.', 'John Smith'],
    ['Zambian President Frederick Chiluba spoke.', 'Frederick Chiluba'],
    ['Texas president John Smith spoke.', 'John Smith'],
    ['Mary analyst John Smith spoke.', 'John Smith'],
    // No office between the name and the person.
    ['Acme hired John Smith.', 'John Smith'],
  ])('adds nothing in %s', (text, person) => {
    expect(firms(text, [at(text, person, 'PERSON')])).toEqual([`${person}/PERSON/test`]);
  });

  it('retypes a thing the tagger read before an office only firms have, there and elsewhere', () => {
    // An unlisted firm: a listed one is typed by the lists.
    const text = "Zorvexa chief executive Sam Altman spoke. Microsoft, Zorvexa's largest investor, agreed.";
    expect(firms(text, [at(text, 'Zorvexa', 'MISC'), at(text, 'Sam Altman', 'PERSON'), at(text, 'Microsoft', 'ORG'), at(text, 'Zorvexa', 'MISC', 45)])).toEqual([
      'Zorvexa/ORG/test',
      'Sam Altman/PERSON/test',
      'Microsoft/ORG/test',
      'Zorvexa/ORG/test',
    ]);
    const spokesman = 'Unilab spokesman John Sousa declined to comment.';
    expect(firms(spokesman, [at(spokesman, 'Unilab', 'MISC'), at(spokesman, 'John Sousa', 'PERSON')])).toEqual(['Unilab/MISC/test', 'John Sousa/PERSON/test']);
  });

  it('leaves a party’s adjective and the tagger’s stray readings alone', () => {
    const party = 'He praised Democratic President Clinton.';
    expect(firms(party, [at(party, 'Democratic', 'MISC'), at(party, 'Clinton', 'PERSON')])).toEqual(['Democratic/MISC/test', 'Clinton/PERSON/test']);
    const stray = "This Confederate president's Richmond home is a museum.";
    expect(firms(stray, [at(stray, "'s", 'PERSON'), at(stray, 'Richmond', 'GPE')])).toEqual(["'s/PERSON/test", 'Richmond/GPE/test']);
  });
});
