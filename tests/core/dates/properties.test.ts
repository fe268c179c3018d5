/**
 * Invariants over generated text and the calendar: offsets slice to the text, mentions are
 * sorted and disjoint, values are well-formed TIMEX3, and nothing depends on the clock.
 */
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { civilFromDays, daysFromCivil, easterSunday, formatWeek, isoWeek, isoWeekday } from '../../../src/core/dates/calendar.js';
import { extractDates } from '../../../src/core/dates/index.js';
import { createNlp } from '../../../src/core/nlp.js';
import type { DateMention } from '../../../src/core/types.js';

const nlp = createNlp();

const PIECES = [
  'on Friday', 'last year', 'May 23', 'in May', 'Theresa May', 'a protest march', '1,998 people', 'in 1998', 'the 1990s',
  'mid-2003', 'this fall', 'three years', 'two weeks ago', 'at 3 p.m.', 'yesterday', 'every Monday', 'daily', 'now',
  'the third quarter of 1998', 'early this year', 'fiscal 1998', 'the next day', 'Christmas Eve', 'Oct. 23, 1999',
  'April 24-25', 'the week of March 6', 'the day before last Tuesday', '9 a.m. Tuesday', 'said', 'will meet', 'the talks',
  'officials', ',', '.', '"', '(', ')', '-', '2020 Vision', '555-1998', 'the future', 'a couple of years ago',
];

const TIMEX_VALUE = /^(?:\d{4}(?:-\d{2}(?:-\d{2}(?:T(?:\d{2}:\d{2}|MO|AF|EV|NI))?)?|-W\d{1,2}(?:-WE)?|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?|\d{3}|\d{2}|FY\d{4}(?:-Q[1-4])?|PRESENT_REF|PAST_REF|FUTURE_REF)$/;
const DURATION_VALUE = /^P(?:T?(?:[\d.]+|X)[YMWDHS]|X?DE|XCE|XWE|T\d+H\d+M|\d+WE)$/;
const SET_VALUE = /^(?:P(?:T?\d+[YMWDH])|XXXX-WXX-[1-7]|XXXX-XX-XXT(?:MO|AF|EV|NI))$/;

function checkInvariants(text: string, mentions: DateMention[], anchored: boolean): void {
  let previousEnd = -1;
  for (const mention of mentions) {
    expect(mention.text).toBe(text.slice(mention.start, mention.end));
    expect(mention.start).toBeGreaterThanOrEqual(previousEnd);
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.source).toMatch(/^dates\/[a-z]+$/);
    previousEnd = mention.end;
    if (mention.value === null) {
      // Only an unknown anchor (or an anaphor with nothing before it) leaves a value unstated.
      expect(mention.relative).toBe(true);
      continue;
    }
    if (mention.temporalType === 'DURATION') expect(mention.value).toMatch(DURATION_VALUE);
    else if (mention.temporalType === 'SET') expect(mention.value).toMatch(SET_VALUE);
    else expect(mention.value).toMatch(TIMEX_VALUE);
    if (!anchored && mention.relative && !mention.value.endsWith('_REF')) throw new Error(`${mention.text} resolved without an anchor: ${mention.value}`);
  }
}

describe('properties over generated text', () => {
  it('keeps offsets, order and value shapes whatever the words around them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 14 }), fc.boolean(), (pieces, anchored) => {
        const text = pieces.join(' ');
        const mentions = extractDates(nlp.analyze(text), 'generated.txt', anchored ? '2000-02-29' : null);
        checkInvariants(text, mentions, anchored);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps offsets into the whole file when analysis starts after a header', () => {
    const text = readFileSync('seeds/004_5bc9f134390c81c1.txt', 'utf8');
    const from = text.indexOf('MOSCOW');
    const mentions = extractDates(nlp.analyze(text, from), 'seed.txt', '2025-05-23');
    checkInvariants(text, mentions, true);
    expect(mentions.every((mention) => mention.start >= from)).toBe(true);
  });

  it('gives the same answer on every run (no clock, no hidden state)', () => {
    const text = 'He said on Friday that talks would resume next week, two years after they broke down in 1998.';
    const first = extractDates(nlp.analyze(text), 'a.txt', '1999-05-06');
    const second = extractDates(nlp.analyze(text), 'a.txt', '1999-05-06');
    expect(second).toEqual(first);
  });
});

describe('calendar arithmetic', () => {
  it('round-trips every day between 1600 and 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: daysFromCivil(1600, 1, 1), max: daysFromCivil(2400, 12, 31) }), (days) => {
        const { year, month, day } = civilFromDays(days);
        expect(daysFromCivil(year, month, day)).toBe(days);
        // Cross-check against the platform calendar (UTC, so no time zone enters).
        const date = new Date(Date.UTC(2000, 0, 1) + (days - daysFromCivil(2000, 1, 1)) * 86_400_000);
        expect([date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]).toEqual([year, month, day]);
        expect(isoWeekday(days)).toBe(((date.getUTCDay() + 6) % 7) + 1);
      }),
      { numRuns: 500 },
    );
  });

  it('numbers ISO weeks across year ends', () => {
    expect(isoWeek(daysFromCivil(2000, 1, 1))).toEqual({ year: 1999, week: 52 });
    expect(isoWeek(daysFromCivil(2008, 12, 29))).toEqual({ year: 2009, week: 1 });
    expect(isoWeek(daysFromCivil(2020, 12, 31))).toEqual({ year: 2020, week: 53 });
    expect(formatWeek(daysFromCivil(1998, 8, 7))).toBe('1998-W32');
    expect(formatWeek(daysFromCivil(2000, 2, 16))).toBe('2000-W7');
  });

  it('finds Easter', () => {
    expect(civilFromDays(easterSunday(2000))).toEqual({ year: 2000, month: 4, day: 23 });
    expect(civilFromDays(easterSunday(2025))).toEqual({ year: 2025, month: 4, day: 20 });
    expect(civilFromDays(easterSunday(1818))).toEqual({ year: 1818, month: 3, day: 22 });
  });
});
