/**
 * Words that look like dates and are not: names, verbs, counts, codes. Each case is a
 * mistake a looser pattern makes.
 */
import { describe, expect, it } from 'vitest';
import { dates, values } from './helpers.js';

describe('not dates', () => {
  it.each([
    ['Theresa May said the talks had failed.'],
    ['Prime Minister Theresa May arrived in Brussels.'],
    ['Thousands joined a protest march through the capital.'],
    ['Supporters plan to March on Washington.'],
    ['The talks may fail.'],
    ['Prices may fall sharply.'],
    ['Prices fall when supply rises.'],
    ['The fall of Saigon ended the war.'],
    ['The Arab Spring toppled governments.'],
    ['1,998 people were evacuated.'],
    ['About 2000 people marched in the streets.'],
    ['Sales rose to about 2000 units.'],
    ['The index rose to about 2000.'],
    ['It weighs roughly 1900 kilograms.'],
    ['The army sent 1500 soldiers to the border.'],
    ['Call 555-1998 for details.'],
    ['Call (212) 555-2020 for details.'],
    ['The company unveiled its 2020 Vision plan.'],
    ['2020 Vision is the name of the plan.'],
    ['The council passed Resolution 1244 unanimously.'],
    ['The laptop runs Windows 2000.'],
    ['Police found Kopp\'s 1987 Chevrolet Cavalier.'],
    ['The Sunday Times reported the story.'],
    ['He was injured on Bloody Sunday in Derry.'],
    ['He gave her a Christmas present.'],
    ['He spent $1998 on repairs.'],
    ['Turnout rose 20 percent in the region.'],
    ['The score was 3:2 at the break.'],
    ['Jan Egeland spoke to reporters.'],
    ['I am here, she said.'],
  ])('%s', (text) => {
    expect(values(text)).toEqual([]);
  });

  it('does not turn a duration into a date', () => {
    expect(dates('He served three years in prison.').map((mention) => mention.temporalType)).toEqual(['DURATION']);
    expect(dates('The 14-year-old boy was rescued.')).toEqual([]);
  });

  it('does not take sports quarters for calendar quarters', () => {
    expect(values('The Lakers scored 40 points in the fourth quarter.')).toEqual([]);
  });

  it('still finds the real date next to a false friend', () => {
    expect(values('Theresa May said on May 23 that 1,998 people had left.', '2019-06-01')).toEqual([['May 23', '2019-05-23']]);
    expect(values('The march began in March.', '1998-08-07')).toEqual([['March', '1998-03']]);
  });
});
