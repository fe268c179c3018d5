/**
 * Holidays with a rule for their day: fixed ones (`Christmas`, `New Year's Day`), US ones
 * fixed by weekday (`Thanksgiving`, `Election Day`) and Easter's movable feasts. Holidays
 * whose day differs by country (`Independence Day`) or by lunar calendar are left out
 * rather than guessed.
 */
import type { TokenRange } from '../nlp.js';
import { daysFromCivil, easterSunday, nthWeekdayOfMonth } from './calendar.js';
import { fourDigitYear, RELATIONS } from './lexicon.js';
import type { Candidate, CalendarReading } from './reading.js';
import { candidate, isCapitalized, keyAt, type DateContext, type DateParser } from './window.js';

const SOURCE = 'dates/holiday';

interface Holiday {
  /** Token keys as the tokenizer splits them (`new year 's day`). */
  words: string[];
  day: (year: number) => number;
}

const fixed = (month: number, day: number) => (year: number) => daysFromCivil(year, month, day);
const nth = (month: number, weekday: number, which: number) => (year: number) => nthWeekdayOfMonth(year, month, weekday, which);
const easter = (offset: number) => (year: number) => easterSunday(year) + offset;

/** Longest spelling first so `Christmas Eve` wins over `Christmas`. */
const HOLIDAYS: readonly Holiday[] = [
  { words: ['martin', 'luther', 'king', 'jr', 'day'], day: nth(1, 1, 3) },
  { words: ['martin', 'luther', 'king', 'day'], day: nth(1, 1, 3) },
  { words: ['new', 'year', "'s", 'day'], day: fixed(1, 1) },
  { words: ['new', 'year', "'s", 'eve'], day: fixed(12, 31) },
  { words: ['new', 'year'], day: fixed(1, 1) },
  { words: ['st', 'patrick', "'s", 'day'], day: fixed(3, 17) },
  { words: ['valentine', "'s", 'day'], day: fixed(2, 14) },
  { words: ['mother', "'s", 'day'], day: nth(5, 7, 2) },
  { words: ['father', "'s", 'day'], day: nth(6, 7, 3) },
  { words: ['presidents', "'", 'day'], day: nth(2, 1, 3) },
  { words: ['presidents', 'day'], day: nth(2, 1, 3) },
  { words: ['christmas', 'eve'], day: fixed(12, 24) },
  { words: ['christmas', 'day'], day: fixed(12, 25) },
  { words: ['boxing', 'day'], day: fixed(12, 26) },
  { words: ['thanksgiving', 'day'], day: nth(11, 4, 4) },
  { words: ['election', 'day'], day: (year) => nthWeekdayOfMonth(year, 11, 1, 1) + 1 },
  { words: ['memorial', 'day'], day: nth(5, 1, -1) },
  { words: ['labor', 'day'], day: nth(9, 1, 1) },
  { words: ['columbus', 'day'], day: nth(10, 1, 2) },
  { words: ['veterans', 'day'], day: fixed(11, 11) },
  { words: ['groundhog', 'day'], day: fixed(2, 2) },
  { words: ['may', 'day'], day: fixed(5, 1) },
  { words: ['good', 'friday'], day: easter(-2) },
  { words: ['easter', 'sunday'], day: easter(0) },
  { words: ['easter', 'monday'], day: easter(1) },
  { words: ['palm', 'sunday'], day: easter(-7) },
  { words: ['ash', 'wednesday'], day: easter(-46) },
  { words: ['christmas'], day: fixed(12, 25) },
  { words: ['thanksgiving'], day: nth(11, 4, 4) },
  { words: ['easter'], day: easter(0) },
  { words: ['halloween'], day: fixed(10, 31) },
];

/** Nouns after a bare holiday name that make it an attribute (`Christmas tree`), not a date. */
const ATTRIBUTE_NOUNS: ReadonlySet<string> = new Set([
  'tree', 'trees', 'card', 'cards', 'gift', 'gifts', 'present', 'presents', 'carol', 'carols', 'party', 'parties',
  'decoration', 'decorations', 'shopping', 'lights', 'spirit', 'message', 'dinner', 'turkey', 'parade', 'sales',
  'island', 'rising', 'bunny', 'egg', 'eggs', 'costume', 'costumes', 'candy', 'movie', 'film', 'song', 'songs',
]);

function matchAt(context: DateContext, scope: TokenRange, index: number): { holiday: Holiday; end: number } | null {
  for (const holiday of HOLIDAYS) {
    let matched = true;
    for (let offset = 0; offset < holiday.words.length; offset += 1) {
      if (keyAt(context, scope, index + offset) !== holiday.words[offset]) {
        matched = false;
        break;
      }
    }
    if (matched) return { holiday, end: index + holiday.words.length };
  }
  return null;
}

/**
 * Holidays of the lunar or lunisolar calendar: no fixed day this parser could resolve, but a
 * time of year all the same, not an organisation or a place (the tagger read `Lunar New Year`
 * as an organisation and `Yom Kippur` as a place).
 */
const UNDATED_HOLIDAYS: readonly string[] = [
  'lunar new year', 'chinese new year', 'yom kippur', 'rosh hashanah', 'hanukkah', 'chanukah', 'passover', 'purim', 'sukkot', 'ramadan',
  'eid', 'eid al-fitr', 'eid al-adha', 'diwali', 'vesak',
];

const HOLIDAY_PHRASES: ReadonlySet<string> = new Set([...HOLIDAYS.map((holiday) => holiday.words.join(' ')), ...UNDATED_HOLIDAYS]);

/** The words a dated holiday's name begins with. */
const FIRST_WORDS: ReadonlySet<string> = new Set(HOLIDAYS.map((holiday) => holiday.words[0]));

/** The words any holiday's name begins with, dated or not. */
const NAME_FIRST_WORDS: ReadonlySet<string> = new Set([...FIRST_WORDS, ...UNDATED_HOLIDAYS.map((phrase) => phrase.split(' ')[0])]);

/**
 * Whether a phrase is the whole name of a holiday this parser reads (`Christmas`, `New Year’s
 * Day`, `Presidents' Day`, `Martin Luther King Jr. Day`) or of a lunar one it leaves undated
 * (`Lunar New Year`), in any case: a date, not a name.
 * @param phrase - the phrase as written
 */
export function isHolidayName(phrase: string): boolean {
  // Most phrases asked about are names that start no holiday: one set lookup settles them.
  if (!mayStartHolidayName(phrase)) return false;
  const key = phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s(?=\s|$)/g, " 's")
    .replace(/s'(?=\s|$)/g, "s '")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
  return HOLIDAY_PHRASES.has(key);
}

/**
 * Whether a phrase opens with a word some holiday's name opens with (`New`, `Christmas`,
 * `Lunar`): the one test that lets most phrases be told at once that they name no holiday.
 * @param phrase - the phrase as written
 */
export function mayStartHolidayName(phrase: string): boolean {
  const first = /^\p{L}+/u.exec(phrase);
  return first !== null && NAME_FIRST_WORDS.has(first[0].toLowerCase());
}

export const holidayParser: DateParser = {
  source: SOURCE,
  mayStartAt: (key) => FIRST_WORDS.has(key),
  parse(context, scope, startBit) {
    const found: Candidate[] = [];
    for (let index = scope.first; index < scope.end; index += 1) {
      if ((context.starts[index] & startBit) === 0) continue;
      if (!isCapitalized(context.tokens[index])) continue;
      const match = matchAt(context, scope, index);
      if (!match) continue;
      // `New Year` in `Lunar New Year` is not the first of January.
      if (UNDATED_HOLIDAYS.includes([keyAt(context, scope, index - 1), ...match.holiday.words].join(' '))) {
        index = match.end - 1;
        continue;
      }
      let end = match.end;
      const next = keyAt(context, scope, end);
      const nextToken = end < scope.end ? context.tokens[end] : undefined;
      if (match.holiday.words.length === 1 && (ATTRIBUTE_NOUNS.has(next) || (nextToken?.pos === 'NOUN' && next !== 'week' && next !== 'weekend' && next !== 'season'))) {
        index = end - 1;
        continue;
      }
      const reading: CalendarReading = { kind: 'calendar', holiday: match.holiday.day, relation: null };
      const year = fourDigitYear(next);
      if (year !== null) {
        reading.year = year;
        end += 1;
      } else if (next === 'week') {
        reading.weekOf = true;
        end += 1;
      }
      let first = index;
      const relation = RELATIONS.get(keyAt(context, scope, index - 1));
      if (relation !== undefined && keyAt(context, scope, index - 1) !== 'current' && keyAt(context, scope, index - 1) !== 'following') {
        reading.relation = relation;
        first = index - 1;
      }
      found.push(candidate(context, first, end, reading, SOURCE));
      index = end - 1;
    }
    return found;
  },
};
