/**
 * Normalisation to TIMEX3 values, one expression family at a time. 1998-08-07 (a Friday) is
 * the default anchor, the date of the first article of the AQUAINT set.
 */
import { describe, expect, it } from 'vitest';
import { dates, find, values } from './helpers.js';

describe('absolute dates', () => {
  it.each([
    ['The deal was signed on 2025-05-23.', '2025-05-23', 'day'],
    ['The deal was signed on May 23, 2025.', '2025-05-23', 'day'],
    ['The deal was signed on 23 May 2025.', '2025-05-23', 'day'],
    ['The deal was signed on the 23rd of May 2025.', '2025-05-23', 'day'],
    ['It happened in January 1998.', '1998-01', 'month'],
    ['It happened in May of 1996.', '1996-05', 'month'],
    ['The company was founded in 1998.', '1998', 'year'],
    ['Prices rose in the 1990s.', '199', 'decade'],
    ['Prices rose in the nineties.', '199', 'decade'],
    ['Profits fell in the third quarter of 1998.', '1998-Q3', 'quarter'],
    ['Sales grew in the first half of 1997.', '1997-H1', 'half'],
    ['The budget for fiscal 1998 was cut.', 'FY1998', 'year'],
    ['The 20th century was violent.', '19', 'century'],
    ['The treaty dates from 12/25/1991.', '1991-12-25', 'day'],
    ['They met in the fall of 1997.', '1997-FA', 'season'],
  ])('%s → %s', (text, value, granularity) => {
    const [mention] = dates(text).filter((found) => found.temporalType === 'DATE');
    expect(mention).toMatchObject({ value, granularity, relative: false });
  });

  it('finds last winter in January: the winter that began thirteen months before', () => {
    expect(find('It snowed heavily last winter.', 'last winter', '2024-01-20')).toMatchObject({ value: '2022-WI', granularity: 'season' });
    expect(find('This winter is mild.', 'This winter', '2024-01-20')?.value).toBe('2023-WI');
  });

  it('reads a year after around or about as an approximate date when no count follows', () => {
    expect(find('The agency was created around 1990.', 'around 1990')).toMatchObject({ value: '1990', mod: 'APPROX', granularity: 'year' });
    expect(find('It was built about 1990 by settlers.', 'about 1990')).toMatchObject({ value: '1990', mod: 'APPROX' });
    expect(find('In about 1985 he left the party.', 'about 1985')).toMatchObject({ value: '1985', mod: 'APPROX' });
  });

  it('takes the year of a month and day from the anchor, nearest to it', () => {
    expect(find('The hearing is set for Jan. 14.', 'Jan. 14', '2000-01-05')?.value).toBe('2000-01-14');
    expect(find('The bombing on Aug. 7 killed 224 people.', 'Aug. 7', '1999-06-07')?.value).toBe('1998-08-07');
    expect(find('The bombing on Aug. 7 killed 224 people.', 'Aug. 7', '1999-06-07')?.relative).toBe(true);
  });

  it('reads both days of a range', () => {
    expect(values('The summit will be held on April 24 and 25.', '1999-02-10')).toEqual([
      ['April 24', '1999-04-24'],
      ['25', '1999-04-25'],
    ]);
    expect(values('The summit will be held April 24-25.', '1999-02-10')).toEqual([
      ['April 24', '1999-04-24'],
      ['25', '1999-04-25'],
    ]);
  });

  it('puts a bare month on the side of the tense', () => {
    expect(find('Talks began in April.', 'April', '1998-12-05')?.value).toBe('1998-04');
    expect(find('Talks will resume in April.', 'April', '1998-12-05')?.value).toBe('1999-04');
    expect(find('The case is heard in May.', 'May', '2000-03-29')?.value).toBe('2000-05');
    expect(find('Members will join in April next year.', 'April next year', '1998-12-03')?.value).toBe('1999-04');
    expect(find('The process began in February this year.', 'February this year', '1998-12-03')?.value).toBe('1998-02');
  });
});

describe('modifiers', () => {
  it.each([
    ['Work began in mid-2003.', 'mid-2003', '2003', 'MID'],
    ['Prices fell in the late 1980s.', 'the late 1980s', '198', 'END'],
    ['It snowed in late November.', 'late November', '1997-11', 'END'],
    ['It snowed in late-November.', 'late-November', '1997-11', 'END'],
    ['He left early this year.', 'early this year', '1998', 'START'],
    ['He will leave at the end of the month.', 'the end of the month', '1998-08', 'END'],
    ['Payments stop at the end of 1999.', 'the end of 1999', '1999', 'END'],
    ['Housing boomed after post-1959 reforms.', 'post-1959', '1959', 'AFTER'],
  ])('%s', (text, expression, value, mod) => {
    expect(find(text, expression)).toMatchObject({ value, mod });
  });
});

describe('relative dates', () => {
  const anchor = '2025-05-23';
  it.each([
    ['He arrived yesterday.', 'yesterday', '2025-05-22', 'day'],
    ['He arrives tomorrow.', 'tomorrow', '2025-05-24', 'day'],
    ['He arrived today.', 'today', '2025-05-23', 'day'],
    ['Sales rose last year.', 'last year', '2024', 'year'],
    ['Sales will rise next year.', 'next year', '2026', 'year'],
    ['Prices rose last month.', 'last month', '2025-04', 'month'],
    ['He resigned last week.', 'last week', '2025-W20', 'week'],
    ['Talks continue this week.', 'this week', '2025-W21', 'week'],
    ['A vote is planned this fall.', 'this fall', '2025-FA', 'season'],
    ['It opened last spring.', 'last spring', '2024-SP', 'season'],
    ['It happened two weeks ago.', 'two weeks ago', '2025-W19', 'week'],
    ['It happened three days ago.', 'three days ago', '2025-05-20', 'day'],
    ['It happened a couple of years ago.', 'a couple of years ago', '2023', 'year'],
    ['It happened a decade ago.', 'a decade ago', '2015', 'year'],
    ['Profits rose earlier this year.', 'earlier this year', '2025', 'year'],
    ['It ends two months from now.', 'two months from now', '2025-07', 'month'],
    ['Results come this quarter.', 'this quarter', '2025-Q2', 'quarter'],
  ])('%s', (text, expression, value, granularity) => {
    expect(find(text, expression, anchor)).toMatchObject({ value, granularity, relative: true, temporalType: 'DATE' });
  });

  it('marks hedged counts', () => {
    expect(find('It ended almost four years ago.', 'almost four years ago', '1999-03-12')).toMatchObject({ value: '1995', mod: 'APPROX' });
    expect(find('It began more than a decade ago.', 'more than a decade ago', '1999-03-12')).toMatchObject({ value: '1989', mod: 'BEFORE' });
  });

  it('gives vague spans of the past and the present their reference values', () => {
    expect(find('They met several years ago.', 'several years ago')?.value).toBe('PAST_REF');
    expect(find('The plan will help in the future.', 'the future')?.value).toBe('FUTURE_REF');
    expect(find('Right now the talks are stalled.', 'Right now')?.value).toBe('PRESENT_REF');
    expect(find('It has gone on for five months now.', 'now')?.value).toBe('PRESENT_REF');
  });

  it('keeps the adverb `now` inside a clause out, as annotators mostly do', () => {
    expect(find('NATO is now moving its infrastructure east.', 'now')).toBeUndefined();
  });
});

describe('weekdays and the tense around them', () => {
  // 1998-08-07 is a Friday; 1998-09-30 a Wednesday.
  it.each([
    ['Bombs exploded outside the embassies Friday, killing dozens.', 'Friday', '1998-08-07', '1998-08-07'],
    ['The minister announced on Monday that talks would resume.', 'Monday', '1998-09-30', '1998-09-28'],
    ['The minister will meet his counterpart on Monday.', 'Monday', '1998-09-30', '1998-10-05'],
    ['The team planned to leave Nairobi on Thursday.', 'Thursday', '1998-09-30', '1998-10-01'],
    ['On Friday, the government planned a memorial.', 'Friday', '1998-09-30', '1998-09-25'],
    ['Officials postponed the vote until Tuesday.', 'Tuesday', '1998-09-30', '1998-10-06'],
    ['The league plans to hold a news conference on Tuesday.', 'Tuesday', '1998-10-26', '1998-10-27'],
    ['Relatives said they would fight Wednesday\'s ruling.', 'Wednesday', '2000-01-07', '2000-01-05'],
    ['He was killed last Friday.', 'last Friday', '1998-08-12', '1998-08-07'],
    ['He will be buried next Tuesday.', 'next Tuesday', '1998-08-07', '1998-08-11'],
    ['Talks resumed Friday morning.', 'Friday morning', '1998-08-08', '1998-08-07TMO'],
    ['On Tuesday, the league plans to hold a news conference.', 'Tuesday', '1998-10-26', '1998-10-27'],
    ['A service planned for Saturday was canceled.', 'Saturday', '1999-10-24', '1999-10-23'],
    ['Until Thursday, police had not named a suspect.', 'Thursday', '1999-05-07', '1999-05-06'],
    ['The boy could come to the U.S. as early as Tuesday.', 'Tuesday', '2000-04-03', '2000-04-04'],
    // A bare present after a plural subject is a schedule; after a singular noun it may be a noun.
    ['Voters go to the polls on Sunday.', 'Sunday', '1998-09-30', '1998-10-04'],
    ['They meet again on Friday.', 'Friday', '1998-09-30', '1998-10-02'],
    ['Before his Sunday night address, the president toured a school.', 'Sunday night', '1998-09-30', '1998-09-27TNI'],
  ])('%s (%s, dated %s) → %s', (text, expression, date, value) => {
    expect(find(text, expression, date)?.value).toBe(value);
  });

  it('puts a clock time on the day written beside it', () => {
    expect(find('The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', '10:35 a.m. (0735 GMT) Friday', '1998-08-08')).toMatchObject({
      value: '1998-08-07T10:35',
      temporalType: 'TIME',
      source: 'dates/merge',
    });
    expect(find('The deadline is 9 a.m. Tuesday.', '9 a.m. Tuesday', '2000-04-03')?.value).toBe('2000-04-04T09:00');
  });

  it('counts from the day a phrase is built on', () => {
    expect(find('The day before last Tuesday\'s hearing, he flew in.', 'The day before last Tuesday', '2000-02-24')?.value).toBe('2000-02-21');
    expect(find('A hearing is set for the week of March 6.', 'the week of March 6', '2000-02-24')?.value).toBe('2000-W10');
  });
});

describe('months and the verbs that hide their tense', () => {
  it('reads `cut` after a singular subject as past', () => {
    expect(find('The central bank cut rates in August.', 'August', '2025-05-15')?.value).toBe('2024-08');
    expect(find('The central bank cuts rates in August.', 'August', '2025-05-15')?.value).toBe('2025-08');
  });
});

describe('times', () => {
  it('puts a clock time on a day of its own sentence only', () => {
    expect(find('He will leave at 4 in the morning (4 a.m. EDT Thursday).', '4 in the morning', '2000-04-05')?.value).toBe('2000-04-06T04:00');
    expect(find('She spoke late on Wednesday. Shares rose 2 percent by 1430 GMT.', '1430 GMT', '2025-05-15')?.value).toBe('2025-05-15T14:30');
  });

  it.each([
    ['The meeting starts at 3 p.m.', '3 p.m.', '1998-08-07T15:00'],
    ['The meeting starts at 3:30pm.', '3:30pm', '1998-08-07T15:30'],
    ['Police arrived at 1500 GMT.', '1500 GMT', '1998-08-07T15:00'],
    ['The father will leave at 4 in the morning.', '4 in the morning', '1998-08-07T04:00'],
    ['They met at noon.', 'noon', '1998-08-07T12:00'],
    ['He spoke this morning.', 'this morning', '1998-08-07TMO'],
    ['He will speak tonight.', 'tonight', '1998-08-07TNI'],
    ['He spoke last night.', 'last night', '1998-08-06TNI'],
  ])('%s', (text, expression, value) => {
    expect(find(text, expression)).toMatchObject({ value, temporalType: 'TIME' });
  });
});

describe('holidays', () => {
  it.each([
    ['Elian arrived on Thanksgiving Day.', 'Thanksgiving Day', '2000-01-07', '1999-11-25'],
    ['Voters go to the polls on Election Day.', 'Election Day', '1998-10-26', '1998-11-03'],
    ['Shops close on Christmas Eve.', 'Christmas Eve', '1998-12-01', '1998-12-24'],
    ['They marched on Good Friday.', 'Good Friday', '1999-04-10', '1999-04-02'],
    ['Markets reopen after New Year.', 'New Year', '1998-12-10', '1999-01-01'],
    ['Shops stayed open on New Year 2000.', 'New Year 2000', '1999-12-10', '2000-01-01'],
  ])('%s', (text, expression, date, value) => {
    expect(find(text, expression, date)?.value).toBe(value);
  });

  it('does not date a Christmas tree', () => {
    expect(find('They bought a Christmas tree.', 'Christmas')).toBeUndefined();
  });

  it('leaves a lunar New Year undated rather than on the first of January', () => {
    expect(dates('Crowds gathered for the Lunar New Year.', '1998-12-10')).toEqual([]);
    expect(dates('Chinese New Year falls in February.', '1998-12-10').map((mention) => mention.text)).toEqual(['February']);
  });
});

describe('anaphora', () => {
  it('counts from the date mentioned last', () => {
    expect(values('The doctor was shot on Oct. 23, 1998. Police arrived the next day.', '1999-05-06')).toEqual([
      ['Oct. 23, 1998', '1998-10-23'],
      ['the next day', '1998-10-24'],
    ]);
    expect(find('The attack came in June 1998. Later that year he fled.', 'Later that year', '2000-01-28')?.value).toBe('1998');
  });
});

describe('durations and sets', () => {
  it.each([
    ['He served three years in prison.', 'three years', 'P3Y', 'DURATION'],
    ['The 16-hour flight was tiring.', '16-hour', 'PT16H', 'DURATION'],
    ['The siege lasted 5 1/2 hours.', '5 1/2 hours', 'PT5H30M', 'DURATION'],
    ['Prices doubled over the past two months.', 'the past two months', 'P2M', 'DURATION'],
    ['The feud lasted for decades.', 'decades', 'PXDE', 'DURATION'],
    ['Protesters gather daily.', 'daily', 'P1D', 'SET'],
    ['The board meets every Monday.', 'every Monday', 'XXXX-WXX-1', 'SET'],
    ['The board meets twice a year.', 'twice a year', 'P1Y', 'SET'],
  ])('%s', (text, expression, value, temporalType) => {
    expect(find(text, expression)).toMatchObject({ value, temporalType, relative: false, granularity: null });
  });

  it('keeps the length inside `ago` a date', () => {
    expect(dates('It happened three years ago.').map((mention) => mention.temporalType)).toEqual(['DATE']);
  });
});

describe('without a document date', () => {
  it('leaves every anchored value null and says it is relative', () => {
    const found = dates('He arrived yesterday, on Friday, May 23, and will leave next year, two weeks from now.', null);
    expect(found.length).toBeGreaterThan(0);
    for (const mention of found) {
      expect(mention.relative).toBe(true);
      expect(mention.value).toBeNull();
    }
  });

  it('counts from a date written in the text, which needs no anchor', () => {
    expect(find('He was shot on Oct. 23, 1998. Police came the next day.', 'the next day', null)).toMatchObject({ value: '1998-10-24', relative: false });
    expect(find('He was shot on Friday. Police came the next day.', 'the next day', null)).toMatchObject({ value: null, relative: true });
  });

  it('still states what needs no anchor', () => {
    expect(find('It was founded in 1998 and grew in the 1990s.', '1998', null)).toMatchObject({ value: '1998', relative: false });
    expect(find('It grew in the 1990s.', 'the 1990s', null)?.value).toBe('199');
  });
});
