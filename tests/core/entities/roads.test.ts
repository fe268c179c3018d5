import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinRoadNumbers } from '../../../src/core/entities/roads.js';

describe('a road named by its number', () => {
  it('is one place over its word and number, and an owner word before them', () => {
    const text = 'Traffic was heavy on Interstate 95, Interstates 80 and 90, and U.S. Route 66.';
    const mentions = [at(text, 'Interstate', 'ORG'), at(text, 'Interstates', 'ORG'), at(text, 'U.S.', 'GPE')];
    expect(stageResult(joinRoadNumbers, text, mentions)).toEqual([
      'Interstate 95/LOC/entities/roads',
      'Interstates 80/LOC/entities/roads',
      'U.S. Route 66/LOC/entities/roads',
    ]);
  });

  it('leaves a road word in lower case, one with no number after it, and a longer name around it', () => {
    const text = 'The route 66 bus left. The Highway Patrol came. Kell Highway 9 Motors opened.';
    const mentions = [at(text, 'Highway Patrol', 'ORG'), at(text, 'Kell Highway 9 Motors', 'ORG')];
    expect(stageResult(joinRoadNumbers, text, mentions)).toEqual(['Highway Patrol/ORG/test', 'Kell Highway 9 Motors/ORG/test']);
  });

  it('works in the whole recogniser', () => {
    expect(found('Billboards were set up on Interstate 95 on the East Coast.')).toEqual(['Interstate 95/LOC', 'East Coast/LOC']);
  });
});
