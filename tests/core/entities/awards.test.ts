import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageTypes } from './found.js';
import { typeAwards } from '../../../src/core/entities/awards.js';

const awards = (text: string, ...mentions: Parameters<typeof at>[]) => stageTypes(typeAwards, text, mentions.map((args) => at(...args)));

describe('awards named like people or places', () => {
  it.each([
    ['He won an Oscar for the role.', 'Oscar', 'PERSON'],
    ['She won her first Emmy last year.', 'Emmy', 'PERSON'],
    ['It earned a 1995 Oscar for animation.', 'Oscar', 'PERSON'],
    ['Her Oscar nomination surprised no one.', 'Oscar', 'PERSON'],
    ['The Oscar-winning actress spoke.', 'Oscar', 'PERSON'],
    ['The cast was not Oscar-worthy.', 'Oscar', 'PERSON'],
    ['The Nobel committee met in Oslo.', 'Nobel', 'GPE'],
    ['The Pulitzer Prize winner spoke.', 'Pulitzer Prize', 'ORG'],
  ] as const)('%s', (text, name, type) => {
    expect(awards(text, [text, name, type])).toEqual([`${name}/MISC`]);
  });

  it.each([
    ['Oscar said he would come.', 'Oscar'],
    ['Oscar Wilde wrote plays.', 'Oscar Wilde'],
    ['Coach Oscar Tabarez resigned.', 'Oscar Tabarez'],
    ['Ask Emmy about it.', 'Emmy'],
  ])('leaves a person alone in %s', (text, name) => {
    expect(awards(text, [text, name, 'PERSON'])).toEqual([`${name}/PERSON`]);
  });

  it('types the award in the whole recogniser', () => {
    expect(found('She won two Grammys and an Emmy.')).toEqual(['Grammys/MISC', 'Emmy/MISC']);
  });
});
