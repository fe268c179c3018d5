import { describe, expect, it } from 'vitest';
import { foundEntities as found } from './found.js';

describe("a sea's adjective used as its name", () => {
  it('is a place after `the`, heading its own phrase', () => {
    expect(found('Migrants drowned in the Mediterranean on Sunday.')).toEqual(['Mediterranean/LOC']);
    expect(found('Storms hit the Caribbean and the Baltic.')).toEqual(['Caribbean/LOC', 'Baltic/LOC']);
  });

  it('stays a modifier before a noun, without `the`, and a people stays a people', () => {
    expect(found('She follows a Mediterranean diet.')).toEqual(['Mediterranean/MISC']);
    expect(found('The Baltic states protested.')).toEqual(['Baltic/NORP']);
    expect(found('The Irish won.')).toEqual(['Irish/NORP']);
  });
});

describe('a party adjective', () => {
  it('is a political group, as its noun is', () => {
    expect(found('He won the Democratic nomination.')).toEqual(['Democratic/NORP']);
  });
});
