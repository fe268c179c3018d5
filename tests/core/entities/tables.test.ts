import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult, stageTypes } from './found.js';
import { typeTableClubs } from '../../../src/core/entities/tables.js';

describe('a place among the clubs of a results or standings table', () => {
  const results = 'Results on Friday:\nZORVEX 4 Kansas City 0\nKellton 11 TORONTO 2\nNew York 6 OAKLAND 2\nNEW YORK 1996-08-31\nNew York is big.';
  const cells = (types: ('ORG' | 'GPE' | 'PERSON')[]) => {
    const names = ['ZORVEX', 'Kansas City', 'Kellton', 'TORONTO', 'New York', 'OAKLAND', 'NEW YORK', 'New York'];
    const starts = [0, 0, 0, 0, 0, 0, 0, results.indexOf('New York is')];
    return names.map((name, index) => at(results, name, types[index] ?? 'GPE', starts[index]));
  };

  it('is a club where most cells are organisations; a dateline and prose are no cells', () => {
    const types = stageTypes(typeTableClubs, results, cells(['ORG', 'ORG', 'ORG', 'ORG', 'GPE', 'ORG', 'GPE', 'GPE']));
    expect(types).toEqual(['ZORVEX/ORG', 'Kansas City/ORG', 'Kellton/ORG', 'TORONTO/ORG', 'New York/ORG', 'OAKLAND/ORG', 'NEW YORK/GPE', 'New York/GPE']);
  });

  it('stays a place where the cells are mostly places or people, or too few', () => {
    const places = stageTypes(typeTableClubs, results, cells(['GPE', 'GPE', 'GPE', 'ORG', 'GPE', 'ORG', 'GPE', 'GPE']));
    expect(places.filter((cell) => cell.startsWith('New York'))).toEqual(['New York/GPE', 'New York/GPE']);
    const people = stageTypes(typeTableClubs, results, cells(['PERSON', 'PERSON', 'PERSON', 'PERSON', 'GPE', 'ORG', 'GPE', 'GPE']));
    expect(people[4]).toBe('New York/GPE');
    const short = 'ZORVEX 4 Kansas City 0\nNew York 6 OAKLAND 2';
    const few = [at(short, 'ZORVEX', 'ORG'), at(short, 'Kansas City', 'ORG'), at(short, 'New York', 'GPE')];
    expect(stageTypes(typeTableClubs, short, few)).toEqual(['ZORVEX/ORG', 'Kansas City/ORG', 'New York/GPE']);
  });

  it('finds a club the tagger passed over in a table of clubs, and none in other tables', () => {
    const table = 'Kellton 4 2 1 1 8 5 7\nZorvex 4 2 1 1 6 4 7\nAmbrel 4 1 2 1 5 5 5\nReading 4 1 1 2 5 10 4\nOstend 4 0 1 3 2 9 1';
    const clubs = ['Kellton', 'Zorvex', 'Ambrel', 'Ostend'].map((name) => at(table, name, 'ORG'));
    expect(stageResult(typeTableClubs, table, clubs)).toContain('Reading/ORG/entities/tables');
    const people = ['Kellton', 'Zorvex', 'Ambrel', 'Ostend'].map((name) => at(table, name, 'PERSON'));
    expect(stageResult(typeTableClubs, table, people).some((mention) => mention.startsWith('Reading'))).toBe(false);
  });

  it('names a club with the initials in brackets that tell it from another', () => {
    const table = 'Kellton 2 Mladost (Z) 0\nZorvex 1 Ambrel 0\nMladost (BJ) 4 2 1 1 8 5 7\nOstend 4 0 1 3 2 9 1';
    const mentions = [at(table, 'Kellton', 'ORG'), at(table, 'Mladost', 'ORG'), at(table, 'Zorvex', 'ORG'), at(table, 'Ambrel', 'ORG'), at(table, 'Mladost (BJ', 'ORG'), at(table, 'Ostend', 'ORG')];
    expect(stageResult(typeTableClubs, table, mentions)).toEqual([
      'Kellton/ORG/test',
      'Mladost (Z)/ORG/entities/tables',
      'Zorvex/ORG/test',
      'Ambrel/ORG/test',
      // The tagger's unclosed bracket is closed.
      'Mladost (BJ)/ORG/entities/tables',
      'Ostend/ORG/test',
    ]);
  });

  it('reads no row with words after the numbers, as a table of prices or traffic has', () => {
    const traffic = 'Kellton 768,269 up 1.5\nZorvex 21,240 down 3.5\nAmbrel 6,030 up 15.3\nFrankfurt 44,525 up 11.8\nOstend 1,806 up 45.6';
    const mentions = [at(traffic, 'Kellton', 'ORG'), at(traffic, 'Zorvex', 'ORG'), at(traffic, 'Ambrel', 'ORG'), at(traffic, 'Frankfurt', 'GPE'), at(traffic, 'Ostend', 'ORG')];
    expect(stageTypes(typeTableClubs, traffic, mentions)[3]).toBe('Frankfurt/GPE');
  });

  it('works in the whole recogniser', () => {
    const text = 'BASEBALL - MAJOR LEAGUE RESULTS FRIDAY.\nNEW YORK 1996-08-31\nResults of games played on Friday:\nDETROIT 4 Kansas City 0\nChicago 11 TORONTO 2\nMILWAUKEE 5 Minnesota 4\nTEXAS 5 Cleveland 3\nNew York 6 CALIFORNIA 2\nOAKLAND 7 Boston 0\n';
    const names = found(text);
    expect(names).toContain('New York/ORG');
    expect(names).toContain('NEW YORK/GPE');
  });
});
