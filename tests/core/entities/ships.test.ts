import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { typeShipNames } from '../../../src/core/entities/ships.js';

describe('a vessel named after a person or a place', () => {
  it('is one thing with its navy\'s prefix, not the person or the place', () => {
    expect(found('The aircraft carrier USS Gerald R. Ford arrived in the Caribbean.')).toEqual(['USS Gerald R. Ford/MISC', 'Caribbean/LOC']);
    expect(found('HMS Prince of Wales docked in Darwin.')).toEqual(['HMS Prince of Wales/MISC', 'Darwin/GPE']);
  });

  it('replaces the mentions the tagger made of the name\'s parts', () => {
    const text = 'Divers salvaged the USS West Virginia at Pearl Harbor.';
    expect(stageResult(typeShipNames, text, [at(text, 'West Virginia', 'GPE'), at(text, 'Pearl Harbor', 'LOC')])).toEqual([
      'USS West Virginia/MISC/entities/ships',
      'Pearl Harbor/LOC/test',
    ]);
  });

  it('leaves a prefix before no capitalised name, a name after a line or sentence break, and a memorial', () => {
    const text = 'INS agents came. The RFA.\nMaria left. He saw the USS Arizona Memorial.';
    expect(stageResult(typeShipNames, text, [at(text, 'Maria', 'PERSON'), at(text, 'USS Arizona Memorial', 'LOC')])).toEqual([
      'Maria/PERSON/test',
      'USS Arizona Memorial/LOC/test',
    ]);
    // `SS` is not read as a ship's prefix.
    expect(stageResult(typeShipNames, 'An SS Officer spoke.', [])).toEqual([]);
  });
});

describe('a vessel named after a kind of vessel', () => {
  it('is a ship, the noun left out; after a plural noun, each name of the list', () => {
    const text = 'The aircraft carriers Vinson and Zorvex sailed, and the tanker Exxon Kell spilled oil.';
    expect(stageResult(typeShipNames, text, [at(text, 'Vinson', 'PERSON'), at(text, 'Zorvex', 'ORG'), at(text, 'Exxon Kell', 'ORG')])).toEqual([
      'Vinson/MISC/entities/ships',
      'Zorvex/MISC/entities/ships',
      'Exxon Kell/MISC/entities/ships',
    ]);
  });

  it('makes the same name a ship elsewhere in the document, unless the lists know it as a place', () => {
    const text = 'The aircraft carrier Carl Zorvex sailed. Later the Carl Zorvex docked. The ferry Estonia sank; Estonia mourned.';
    const mentions = [at(text, 'Carl Zorvex', 'PERSON'), at(text, 'Carl Zorvex', 'PERSON', 40), at(text, 'Estonia', 'GPE'), at(text, 'Estonia', 'GPE', text.indexOf('; Estonia'))];
    expect(stageResult(typeShipNames, text, mentions)).toEqual([
      'Carl Zorvex/MISC/entities/ships',
      'Carl Zorvex/MISC/entities/ships',
      'Estonia/MISC/entities/ships',
      'Estonia/GPE/test',
    ]);
  });

  it('leaves a verb, a carrier that is no aircraft carrier, and a possessive', () => {
    const text = 'Zorvex will ship Kell products. The carrier Delta raised fares. The ship\'s captain Ann Lee spoke.';
    const mentions = [at(text, 'Zorvex', 'ORG'), at(text, 'Kell', 'ORG'), at(text, 'Delta', 'ORG'), at(text, 'Ann Lee', 'PERSON')];
    expect(stageResult(typeShipNames, text, mentions)).toEqual(['Zorvex/ORG/test', 'Kell/ORG/test', 'Delta/ORG/test', 'Ann Lee/PERSON/test']);
  });
});
