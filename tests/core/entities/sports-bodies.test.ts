import { describe, expect, it } from 'vitest';
import { foundEntities as found, mentionAt as at, stageResult } from './found.js';
import { joinSportsBodies } from '../../../src/core/entities/sports-bodies.js';

describe("a sport's word and a country beside it", () => {
  it("name the sport's national body", () => {
    expect(found('Cricket Australia chief executive Todd Greenberg said crowds had broken records.')).toEqual([
      'Cricket Australia/ORG',
      'Todd Greenberg/PERSON',
    ]);
    expect(found('Lawyers for the gymnasts sued Hockey Canada and Swimming Australia on Monday.')).toEqual(['Hockey Canada/ORG', 'Swimming Australia/ORG']);
  });

  it('widen a place the tagger found alone, or retype the whole it read as something else', () => {
    const text = 'Officials at Rugby Australia and at Canada Soccer met.';
    expect(stageResult(joinSportsBodies, text, [at(text, 'Australia', 'GPE'), at(text, 'Canada', 'GPE')])).toEqual([
      'Rugby Australia/ORG/entities/sports-bodies',
      'Canada Soccer/ORG/entities/sports-bodies',
    ]);
    const whole = 'Tennis Australia said so.';
    expect(stageResult(joinSportsBodies, whole, [at(whole, 'Tennis Australia', 'PERSON')])).toEqual(['Tennis Australia/ORG/entities/sports-bodies']);
  });

  it.each([
    // A longer name goes on after the sport (`England Cricket Board`).
    ['The England Cricket Board met.', 'England'],
    // A lower-case sport, a line break between, a place that is no country's or state's name.
    ['He played cricket Australia way.', 'Australia'],
    ['Results: Cricket\nAustralia won.', 'Australia'],
    ['Officials at Cricket Zorvex met.', 'Zorvex'],
  ] as const)('leave %s alone', (text, phrase) => {
    expect(stageResult(joinSportsBodies, text, [at(text, phrase, 'GPE')])).toEqual([`${phrase}/GPE/test`]);
  });
});
