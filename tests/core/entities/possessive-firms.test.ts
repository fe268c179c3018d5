import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinPossessiveFirms } from '../../../src/core/entities/possessive-firms.js';

describe('a firm whose name holds a possessive', () => {
  it('is one name over the owner and its `\'s`, and the owner with its `\'s` is the firm elsewhere', () => {
    const text = "The takeover of Zorvex's Bancshares Inc. was agreed. Zorvex's was the prize, and Zorvex's stock rose.";
    const mentions = [at(text, 'Zorvex', 'PERSON'), at(text, 'Bancshares Inc.', 'ORG'), at(text, 'Zorvex', 'ORG', 50), at(text, 'Zorvex', 'ORG', 80)];
    expect(stageResult(joinPossessiveFirms, text, mentions)).toEqual([
      "Zorvex's Bancshares Inc./ORG/entities/possessive-firms",
      "Zorvex's/ORG/entities/possessive-firms",
      "Zorvex's/ORG/entities/possessive-firms",
    ]);
  });

  it.each([
    // A person's surname the document gives in full, a given name, a listed name.
    ["Warren Zorvex runs it. Zorvex's Kell Holdings Inc. grew.", 'Zorvex', 'PERSON', 'Warren Zorvex'],
    ["Rose's Kell Holdings Inc. grew.", 'Rose', 'PERSON', null],
    ["Google's Kell Holdings Inc. grew.", 'Google', 'ORG', null],
    // No legal form: an owner and what it owns.
    ["Zorvex's Kell Holdings grew.", 'Zorvex', 'PERSON', null],
  ] as const)('leaves %s as read', (text, owner, type, person) => {
    const owned = text.includes('Inc.') ? 'Kell Holdings Inc.' : 'Kell Holdings';
    const mentions = [...(person ? [at(text, person, 'PERSON')] : []), at(text, owner, type, person ? text.indexOf(`${owner}'s`) : 0), at(text, owned, 'ORG')];
    expect(stageResult(joinPossessiveFirms, text, mentions)).toEqual(mentions.map((mention) => `${mention.text}/${mention.type}/test`));
  });

  it('works in the whole recogniser', () => {
    const names = found("The acquisition of Boatmen's Bancshares Inc. by NationsBank Corp. was agreed. Boatmen's was the prize in Missouri.");
    expect(names).toEqual(expect.arrayContaining(["Boatmen's Bancshares Inc./ORG", "Boatmen's/ORG"]));
  });
});
