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
