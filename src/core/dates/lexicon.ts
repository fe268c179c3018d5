/**
 * The English words date parsers read, keyed by lower-case token text with a final period
 * removed (`Sept.` → `sept`), so each parser looks a word up once instead of running a regex.
 */

/** Month names and their news abbreviations. Three-letter forms need a period or a number next. */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ['january', 1], ['jan', 1],
  ['february', 2], ['feb', 2],
  ['march', 3], ['mar', 3],
  ['april', 4], ['apr', 4],
  ['may', 5],
  ['june', 6], ['jun', 6],
  ['july', 7], ['jul', 7],
  ['august', 8], ['aug', 8],
  ['september', 9], ['sept', 9], ['sep', 9],
  ['october', 10], ['oct', 10],
  ['november', 11], ['nov', 11],
  ['december', 12], ['dec', 12],
]);

/** Weekday names to ISO weekday numbers (1 Monday … 7 Sunday). */
export const WEEKDAYS: ReadonlyMap<string, number> = new Map([
  ['monday', 1], ['tuesday', 2], ['wednesday', 3], ['thursday', 4], ['friday', 5], ['saturday', 6], ['sunday', 7],
]);

/** Plural weekdays name a set (`on Mondays`). */
export const WEEKDAY_PLURALS: ReadonlyMap<string, number> = new Map([
  ['mondays', 1], ['tuesdays', 2], ['wednesdays', 3], ['thursdays', 4], ['fridays', 5], ['saturdays', 6], ['sundays', 7],
]);

export type Season = 'SP' | 'SU' | 'FA' | 'WI';

export const SEASONS: ReadonlyMap<string, Season> = new Map([
  ['spring', 'SP'], ['summer', 'SU'], ['fall', 'FA'], ['autumn', 'FA'], ['winter', 'WI'],
]);

/** TIMEX3 parts of the day. */
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI';

export const PARTS_OF_DAY: ReadonlyMap<string, PartOfDay> = new Map([
  ['morning', 'MO'], ['afternoon', 'AF'], ['evening', 'EV'], ['night', 'NI'], ['overnight', 'NI'],
]);

/** Calendar units as people write them, singular and plural. */
export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'season' | 'year' | 'decade' | 'century';

export const UNITS: ReadonlyMap<string, Unit> = new Map([
  ['second', 'second'], ['seconds', 'second'],
  ['minute', 'minute'], ['minutes', 'minute'],
  ['hour', 'hour'], ['hours', 'hour'],
  ['day', 'day'], ['days', 'day'],
  ['week', 'week'], ['weeks', 'week'],
  ['weekend', 'weekend'], ['weekends', 'weekend'],
  ['month', 'month'], ['months', 'month'],
  ['quarter', 'quarter'], ['quarters', 'quarter'],
  ['year', 'year'], ['years', 'year'],
  ['decade', 'decade'], ['decades', 'decade'],
  ['century', 'century'], ['centuries', 'century'],
]);

/** Number words a count can be written with. */
export const NUMBER_WORDS: ReadonlyMap<string, number> = new Map([
  ['one', 1], ['two', 2], ['three', 3], ['four', 4], ['five', 5], ['six', 6], ['seven', 7], ['eight', 8], ['nine', 9],
  ['ten', 10], ['eleven', 11], ['twelve', 12], ['thirteen', 13], ['fourteen', 14], ['fifteen', 15], ['sixteen', 16],
  ['seventeen', 17], ['eighteen', 18], ['nineteen', 19], ['twenty', 20], ['thirty', 30], ['forty', 40], ['fifty', 50],
  ['sixty', 60], ['seventy', 70], ['eighty', 80], ['ninety', 90], ['hundred', 100], ['dozen', 12],
]);

/** Ordinals for quarters, halves, centuries and days. */
export const ORDINAL_WORDS: ReadonlyMap<string, number> = new Map([
  ['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['fifth', 5], ['sixth', 6], ['seventh', 7], ['eighth', 8],
  ['ninth', 9], ['tenth', 10], ['eleventh', 11], ['twelfth', 12], ['thirteenth', 13], ['fourteenth', 14],
  ['fifteenth', 15], ['sixteenth', 16], ['seventeenth', 17], ['eighteenth', 18], ['nineteenth', 19], ['twentieth', 20],
  ['twenty-first', 21], ['last', -1], ['final', -1],
]);

/** Words that put a named period before, at or after the anchor (`last Friday`, `this fall`). */
export type Relation = 'last' | 'this' | 'next';

export const RELATIONS: ReadonlyMap<string, Relation> = new Map([
  ['last', 'last'], ['past', 'last'], ['previous', 'last'],
  ['this', 'this'], ['current', 'this'],
  ['next', 'next'], ['coming', 'next'], ['following', 'next'],
]);

/** US and common time zones written after a clock time. */
export const TIME_ZONES: ReadonlySet<string> = new Set([
  'gmt', 'utc', 'edt', 'est', 'cdt', 'cst', 'mdt', 'mst', 'pdt', 'pst', 'bst', 'cet', 'cest', 'ist', 'jst', 'et', 'pt', 'ct',
]);

/** A day-of-month token (`7`, `23rd`, `1st`), or null. */
export function dayOfMonth(text: string): number | null {
  const match = /^(\d{1,2})(?:st|nd|rd|th)?$/i.exec(text);
  if (!match) return null;
  const day = Number(match[1]);
  return day >= 1 && day <= 31 ? day : null;
}

/** A four-digit year token (`1998`), or null. */
export function fourDigitYear(text: string): number | null {
  if (text.length !== 4) return null;
  for (let i = 0; i < 4; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 48 || code > 57) return null;
  }
  const year = Number(text);
  return year >= 1000 && year <= 2199 ? year : null;
}
