/**
 * The pipeline runs a parser only at tokens its `mayStartAt` accepts. These tests hold each
 * parser to that promise: with its start bits it finds exactly what it finds when tried at
 * every token, so a pattern added without widening `mayStartAt` fails here, not silently.
 */
import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { absoluteParser } from '../../../src/core/dates/absolute.js';
import { anaphoraParser } from '../../../src/core/dates/anaphora.js';
import { durationParser } from '../../../src/core/dates/duration.js';
import { holidayParser } from '../../../src/core/dates/holiday.js';
import { referenceParser } from '../../../src/core/dates/reference.js';
import { relativeParser } from '../../../src/core/dates/relative.js';
import { seasonParser } from '../../../src/core/dates/season.js';
import { timeParser } from '../../../src/core/dates/time.js';
import { weekdayParser } from '../../../src/core/dates/weekday.js';
import { createContext, keyOf, WordTable } from '../../../src/core/dates/window.js';
import { createNlp } from '../../../src/core/nlp.js';

const nlp = createNlp();

const PARSERS = [absoluteParser, holidayParser, weekdayParser, seasonParser, relativeParser, timeParser, anaphoraParser, referenceParser, durationParser];

/** For every parser and sentence, what it finds with its start bits and when tried everywhere. */
function compareWithEveryToken(text: string): void {
  const analyzed = nlp.analyze(text);
  const context = createContext(analyzed, new WordTable(PARSERS));
  const everywhere = { ...context, starts: new Uint32Array(context.starts.length).fill(0xffffffff) };
  PARSERS.forEach((parser, position) => {
    const startBit = 1 << position;
    for (const scope of analyzed.sentences) {
      expect(parser.parse(context, scope, startBit), `${parser.source} in ${JSON.stringify(text)}`).toEqual(parser.parse(everywhere, scope, startBit));
    }
  });
}

/** Phrases each parser reads, and words around them that it must not. */
const PIECES = [
  'on Friday', 'last Friday', 'this past Sunday', 'Thursday morning', 'Sunday Times', 'May 23', 'in May', 'Theresa May',
  'May Day', 'April 24-25', 'April 24 and 25', 'Oct. 23, 1999', '23 May 2025', '7th of August', '2025-05-23', '5/23/1998',
  '23.05.1998', 'in 1998', 'the 1990s', "the '90s", "'98", '1990 \'s', 'the nineties', 'mid-2003', 'post-1959', 'early-1990s',
  'mid-November', 'fiscal 1998', 'FY98', 'Q3 1998', 'the third quarter of 1998', 'third-quarter', 'the first half',
  'the 20th century', "1998's second quarter", 'this fall', 'the summer of 1998', 'in the winter', 'Arab Spring',
  'Christmas Eve', 'Christmas tree', "New Year's Day", 'last Thanksgiving', 'Easter week', 'yesterday', 'tonight',
  'the day before yesterday', 'this morning', 'last night', 'last year', 'this coming year', 'earlier this month',
  'the current year', 'the end of the year', 'the weekend', 'two weeks ago', 'a couple of years ago', 'more than a decade ago',
  'years ago', 'not long ago', 'three years from now', 'at 3 p.m.', '10:35 a.m. EDT', '3pm', '1500 GMT', 'noon', 'midnight',
  "6 o'clock", '4 in the morning', 'that day', 'the same year', 'later that month', 'the next day', 'the following week',
  'the day before', 'two days later', 'a year earlier', 'now', 'right now', 'currently', 'these days', 'the present',
  'the near future', 'the past', 'three years', '16-hour', 'the past two months', 'for years', 'daily', 'every Monday',
  'every other week', 'on Mondays', 'twice a year', 'decades-long', 'twenty - five years', '5 1/2 hours', 'a few days',
  'said', 'will meet', 'the talks', 'officials', '2,000 people', 'about 2000 people', 'Resolution 1244', ',', '.', '"', '(', ')', '-',
];

describe('parser start bits', () => {
  it('lose no match on generated text', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 12 }), (pieces) => compareWithEveryToken(pieces.join(' '))),
      { numRuns: 300 },
    );
  });

  it('lose no match on the seed articles', () => {
    for (const name of readdirSync('seeds').filter((file) => file.endsWith('.txt'))) compareWithEveryToken(readFileSync(`seeds/${name}`, 'utf8'));
  });
});

describe('WordTable', () => {
  it('gives each text the key keyOf gives it', () => {
    const table = new WordTable(PARSERS);
    for (const text of ['Sept.', 'p.m.', '.', 'Friday’s', '’s', 'MAY', '1998']) expect(table.factsOf(text).key).toBe(keyOf(text));
  });

  it('treats texts named like object properties as words', () => {
    const table = new WordTable(PARSERS);
    for (const text of ['__proto__', 'constructor', 'toString', 'hasOwnProperty']) expect(table.factsOf(text)).toEqual({ key: text.toLowerCase(), starts: 0 });
  });

  it('sets the bit of each parser that may start at a word', () => {
    const table = new WordTable(PARSERS);
    const bit = (parser: (typeof PARSERS)[number]) => 1 << PARSERS.indexOf(parser);
    expect(table.factsOf('Friday').starts & bit(weekdayParser)).not.toBe(0);
    expect(table.factsOf('Christmas').starts & bit(holidayParser)).not.toBe(0);
    expect(table.factsOf('officials').starts).toBe(0);
  });
});
