/**
 * Dates written by their calendar names and numbers: `2025-05-23`, `May 23, 2025`,
 * `23 May`, `January 1998`, `April`, `1998`, `the 1990s`, `mid-2003`, `fiscal 1998`,
 * `the third quarter of 1998`, `the 20th century`. A missing year is left for the resolver
 * to take from the anchor, so `May 23` is found the same way with or without a date.
 */
import type { TokenRange } from '../nlp.js';
import type { DateModifier } from '../types.js';
import { isValidDate } from './calendar.js';
import { dayOfMonth, fourDigitYear, MONTHS, ORDINAL_WORDS, RELATIONS, TIME_ZONES, WEEKDAYS } from './lexicon.js';
import type { CalendarReading, Candidate } from './reading.js';
import { attached, candidate, isAllCaps, isCapitalized, keyAt, opensSentence, type DateContext, type DateParser, tokenwiseParser } from './window.js';

const SOURCE = 'dates/absolute';

/** Words after which a bare month or year reads as a date (`in May`, `since 1998`). */
const DATE_LEAD_WORDS: ReadonlySet<string> = new Set([
  'in', 'since', 'until', 'till', 'til', 'by', 'from', 'to', 'of', 'during', 'through', 'throughout', 'before', 'after',
  'between', 'and', 'or', 'early', 'mid', 'late', 'last', 'this', 'next', 'past', 'coming', 'previous', 'for', 'on',
  'at', 'around', 'as', 'circa', 'c', 'starting', 'beginning', 'ending', 'end', 'into', 'onward', 'then',
]);

/** Words before a number that make it a count, not a year (`about 2000 people`). */
const COUNT_LEAD_WORDS: ReadonlySet<string> = new Set([
  'about', 'some', 'nearly', 'almost', 'around', 'over', 'than', 'only', 'just', 'least', 'approximately', 'roughly',
  'estimated', 'total', 'up', 'another', 'all', 'these', 'those', 'with', 'additional', 'extra', 'under', 'below',
  'above', 'exactly', 'no', 'number', '#', '$', '£', '€', '¥', 'us$', 'rs', 'page', 'pages', 'room', 'flight',
  'route', 'highway', 'interstate', 'model', 'resolution', 'article', 'section', 'chapter', 'rule', 'code', 'box', 'suite',
]);

/** Nouns that take a count, so a four-digit number before them is a quantity. */
const COUNT_NOUNS: ReadonlySet<string> = new Set([
  'people', 'persons', 'men', 'women', 'children', 'police', 'personnel', 'staff', 'troops', 'soldiers', 'workers',
  'residents', 'refugees', 'cattle', 'sheep', 'fish', 'km', 'kilometers', 'kilometres', 'miles', 'meters', 'metres',
  'feet', 'ft', 'yards', 'tons', 'tonnes', 'kg', 'kilograms', 'pounds', 'lbs', 'dollars', 'yuan', 'yen', 'euros',
  'rupees', 'pesos', 'barrels', 'acres', 'hectares', 'square', 'cubic', 'megawatts', 'mw', 'votes', 'seats',
  'points', 'hours', 'hrs', 'minutes', 'seconds', 'local', 'units', 'cases', 'deaths', 'copies', 'times', 'percent',
  '%', 'per', 'cent', 'degrees', 'calories', 'members', 'students', 'jobs', 'homes', 'houses', 'cars', 'vehicles',
]);

/** Words after a weekday or a number that make it part of a name (`Sunday Times`). */
const NAME_TAILS: ReadonlySet<string> = new Set(['times', 'telegraph', 'express', 'herald', 'mirror', 'post', 'independent', 'tribune', 'star', 'sport', 'mail']);

const DECADE_WORDS: ReadonlyMap<string, number> = new Map([
  ['twenties', 192], ['thirties', 193], ['forties', 194], ['fifties', 195], ['sixties', 196], ['seventies', 197], ['eighties', 198], ['nineties', 199],
]);

/** Words in a sentence that make `the fourth quarter` a period of play, not of a year. */
const SPORTS_WORDS: ReadonlySet<string> = new Set([
  'points', 'scored', 'score', 'game', 'touchdown', 'touchdowns', 'basket', 'goal', 'goals', 'inning', 'innings',
  'lead', 'led', 'rebounds', 'yards', 'quarterback', 'halftime', 'team', 'win', 'won', 'season', 'playoff', 'playoffs',
]);

/** Words in a sentence that make `the first half` a half of a financial year. */
const BUSINESS_WORDS: ReadonlySet<string> = new Set([
  'profit', 'profits', 'earnings', 'revenue', 'revenues', 'sales', 'income', 'loss', 'losses', 'growth', 'economy',
  'gdp', 'shares', 'quarter', 'fiscal', 'percent', 'company', 'output', 'exports', 'imports', 'inflation', 'budget',
]);

const PREFIX_MODIFIERS: ReadonlyMap<string, DateModifier> = new Map([['mid', 'MID'], ['early', 'START'], ['late', 'END']]);

/** A two-digit year after an apostrophe (`'98`) on a fixed pivot: 00–30 are 2000s, the rest 1900s. */
function pivotYear(twoDigits: number): number {
  return twoDigits <= 30 ? 2000 + twoDigits : 1900 + twoDigits;
}

function pivotDecade(twoDigits: number): number {
  return Math.floor(pivotYear(twoDigits) / 10);
}

/** Whether the month word at `index` is written as a month (capitalised, and abbreviations dotted or followed by a number). */
function monthAt(context: DateContext, scope: TokenRange, index: number): number | null {
  const key = keyAt(context, scope, index);
  const month = MONTHS.get(key);
  if (month === undefined) return null;
  const token = context.tokens[index];
  if (!isCapitalized(token)) return null;
  if (key.length === 3 && key !== 'may' && !token.text.endsWith('.')) {
    const next = keyAt(context, scope, index + 1);
    if (dayOfMonth(next) === null && fourDigitYear(next) === null) return null;
  }
  return month;
}

/** Words that make a following year approximate (`around 1990`); before a count they approximate it. */
const APPROXIMATORS: ReadonlySet<string> = new Set(['about', 'around', 'roughly', 'approximately', 'circa']);
/** Words before `around` that say a point in time follows, not an amount (`built around 1990`). */
const TIME_POINT_LEADS: ReadonlySet<string> = new Set(['in', 'from', 'since', 'until', 'till', 'by', 'back', 'to', 'dating', 'dated']);

/**
 * `created around 1990`, `It was built about 1990 by settlers`: after a verb or a time
 * preposition and before no counted noun, an approximated year is a date (mod APPROX), while
 * `about 2000 people` and `to about 2000 points` stay counts.
 */
function isApproximateYear(context: DateContext, scope: TokenRange, index: number): boolean {
  const approximator = keyAt(context, scope, index - 1);
  if (!APPROXIMATORS.has(approximator) || index - 1 <= scope.first) return false;
  const year = fourDigitYear(context.keys[index]);
  if (year === null || year < 1800 || year > 2100) return false;
  const nextToken = index + 1 < scope.end ? context.tokens[index + 1] : undefined;
  if (nextToken && (nextToken.pos === 'NOUN' || nextToken.pos === 'PROPN' || nextToken.pos === 'NUM' || nextToken.pos === 'ADJ')) return false;
  const before = context.tokens[index - 2];
  const beforeKey = keyAt(context, scope, index - 2);
  return before.pos === 'VERB' || (TIME_POINT_LEADS.has(beforeKey) && beforeKey !== 'to') || (beforeKey === 'to' && context.keys[index - 3] === 'back');
}

/** Whether a four-digit number at `index` reads as a year here rather than as a count or a code. */
export function yearInContext(context: DateContext, scope: TokenRange, index: number): boolean {
  const token = context.tokens[index];
  const year = fourDigitYear(context.keys[index]);
  if (year === null) return false;
  const previous = keyAt(context, scope, index - 1);
  const next = keyAt(context, scope, index + 1);
  const previousToken = context.tokens[index - 1];
  const nextToken = index + 1 < scope.end ? context.tokens[index + 1] : undefined;
  // Glued to other characters: phone numbers, codes, money (`555-1998`, `$1998`).
  if (previous !== '' && !token.spaceBefore && previous !== '(' && previous !== '"') return false;
  if (nextToken && !nextToken.spaceBefore && (next === '-' || next === '%' || next === '/' || /^\d/.test(next))) return false;
  if (COUNT_LEAD_WORDS.has(previous) && !isApproximateYear(context, scope, index)) return false;
  if (/^\d/.test(previous) || /^\d/.test(next)) return false;
  if (TIME_ZONES.has(next)) return false;
  const leadsAsDate = DATE_LEAD_WORDS.has(previous) || previous === 'the' || previous === "'s" || MONTHS.has(previous) || previous === 'year' || previous === 'fiscal';
  if (COUNT_NOUNS.has(next) && !leadsAsDate) return false;
  // A plural noun after a bare number is a count (`1500 soldiers`) unless a date word leads.
  if (nextToken && nextToken.pos === 'NOUN' && next.endsWith('s') && !next.endsWith("'s") && !leadsAsDate) return false;
  // Part of a name: `Resolution 1244`, `Windows 2000`, `2020 Vision`.
  if (previousToken && index - 1 >= scope.first && previousToken.pos === 'PROPN' && isCapitalized(previousToken) && !leadsAsDate && !opensSentence(scope, index - 1, context)) {
    return false;
  }
  // `Kopp's 1987 Chevrolet`: a year before a name is a model year or a title, even after a possessive.
  const shieldsName = leadsAsDate && previous !== "'s";
  if (nextToken && isCapitalized(nextToken) && (nextToken.pos === 'PROPN' || NAME_TAILS.has(next)) && !shieldsName && !MONTHS.has(next) && !WEEKDAYS.has(next)) {
    return false;
  }
  if (year < 1500 && !DATE_LEAD_WORDS.has(previous)) return false;
  return true;
}

interface MonthForm {
  end: number;
  stop?: number;
  reading: CalendarReading;
  mod?: DateModifier | null;
}

/** `May 23`, `May 23, 2025`, `May 1998`, `May of 1998`, `November, 1998`, `April 24-25` (first day). */
function monthForms(context: DateContext, scope: TokenRange, index: number, month: number): MonthForm[] {
  const next = keyAt(context, scope, index + 1);
  const day = dayOfMonth(next);
  if (day !== null) {
    let end = index + 2;
    let year: number | undefined;
    if (keyAt(context, scope, end) === ',' && fourDigitYear(keyAt(context, scope, end + 1)) !== null && yearAfterDay(context, scope, end + 1)) {
      year = fourDigitYear(keyAt(context, scope, end + 1)) ?? undefined;
      end += 2;
    } else if (fourDigitYear(keyAt(context, scope, end)) !== null && yearAfterDay(context, scope, end)) {
      year = fourDigitYear(keyAt(context, scope, end)) ?? undefined;
      end += 1;
    }
    if (!isValidDate(year ?? 2000, month, day)) return [];
    const forms: MonthForm[] = [{ end, reading: { kind: 'calendar', year, month, day, relation: null } }];
    // `April 24 and 25`, `May 5 to 7`: the second day is a date of the same month.
    const link = keyAt(context, scope, end);
    const secondDay = dayOfMonth(keyAt(context, scope, end + 1));
    if (year === undefined && (link === 'and' || link === 'or' || link === 'to' || link === 'through') && secondDay !== null && secondDay > day) {
      const after = end + 2 < scope.end ? context.tokens[end + 2] : undefined;
      if (!after || after.pos === 'PUNCT' || after.pos === 'ADP' || fourDigitYear(context.keys[end + 2]) !== null) {
        const secondYear = fourDigitYear(keyAt(context, scope, end + 2)) ?? undefined;
        if (secondYear !== undefined) forms[0].reading.year = secondYear;
        const token = context.tokens[end + 1];
        forms.push({ end: end + 2, stop: token.end, reading: { kind: 'calendar', year: secondYear, month, day: secondDay, relation: null } });
      }
    }
    return forms;
  }
  // `April 24-25` arrives as one token: the first day joins the month, the second stands alone.
  const range = /^(\d{1,2})-(\d{1,2})$/.exec(next);
  if (range) {
    const first = Number(range[1]);
    const second = Number(range[2]);
    if (!isValidDate(2000, month, first) || !isValidDate(2000, month, second) || second <= first) return [];
    const token = context.tokens[index + 1];
    return [
      { end: index + 2, stop: token.start + range[1].length, reading: { kind: 'calendar', month, day: first, relation: null } },
      { end: index + 2, stop: token.end, reading: { kind: 'calendar', month, day: second, relation: null } },
    ];
  }
  const year = fourDigitYear(next);
  if (year !== null) return [{ end: index + 2, reading: { kind: 'calendar', year, month, relation: null } }];
  if ((next === 'of' || next === ',') && fourDigitYear(keyAt(context, scope, index + 2)) !== null) {
    return [{ end: index + 3, reading: { kind: 'calendar', year: fourDigitYear(keyAt(context, scope, index + 2)) ?? undefined, month, relation: null } }];
  }
  // `April next year`, `February this year`, `May of last year`: the year counts from the anchor.
  const at = next === 'of' ? index + 2 : index + 1;
  const relation = RELATIONS.get(keyAt(context, scope, at));
  if (relation !== undefined && keyAt(context, scope, at + 1) === 'year' && keyAt(context, scope, at) !== 'following') {
    const yearShift = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
    return [{ end: at + 2, reading: { kind: 'calendar', yearShift, month, relation: null } }];
  }
  return [];
}

/** A year after a day (`May 23, 2025`) unless it starts a count (`May 23, 2000 people marched`). */
function yearAfterDay(context: DateContext, scope: TokenRange, index: number): boolean {
  const next = keyAt(context, scope, index + 1);
  const nextToken = index + 1 < scope.end ? context.tokens[index + 1] : undefined;
  if (COUNT_NOUNS.has(next)) return false;
  return !(nextToken && nextToken.pos === 'NOUN' && next.endsWith('s'));
}

/** Whether a bare month name (`in April`) stands as a date here. */
function bareMonthInContext(context: DateContext, scope: TokenRange, index: number): boolean {
  const previous = keyAt(context, scope, index - 1);
  const key = context.keys[index];
  if (key === 'may' || key === 'march') {
    // The modal and the walk: only after a clear date word, never before a verb.
    const nextToken = index + 1 < scope.end ? context.tokens[index + 1] : undefined;
    if (nextToken && (nextToken.pos === 'VERB' || nextToken.pos === 'AUX')) return false;
    if (previous === 'the' && nextToken?.pos === 'NOUN' && !isCapitalized(nextToken)) return true;
    if (!(DATE_LEAD_WORDS.has(previous) || previous === '-')) return false;
    if (previous === 'and' || previous === 'or' || previous === 'to') return MONTHS.has(keyAt(context, scope, index - 2)) || dayOfMonth(keyAt(context, scope, index - 2)) !== null;
    return true;
  }
  if (DATE_LEAD_WORDS.has(previous) || previous === '-' || previous === ',') {
    if (previous === ',') return MONTHS.has(keyAt(context, scope, index - 2));
    return true;
  }
  // `the October slaying`: a month used as an adjective before a common noun.
  const nextToken = index + 1 < scope.end ? context.tokens[index + 1] : undefined;
  if (previous === 'the' && nextToken?.pos === 'NOUN' && !isCapitalized(nextToken)) return true;
  // A full month name opening a sentence or clause with a verb after it (`April was cruel`) is
  // too rare to be worth the names it would catch; only all-caps headlines get through.
  return isAllCaps(context.tokens[index]) && opensSentence(scope, index, context);
}

function parseAt(context: DateContext, scope: TokenRange, index: number): Candidate[] {
  const key = context.keys[index];
  const token = context.tokens[index];

  // Weekday, then the date it names: `Friday, Oct. 23`, `Monday Oct. 26, 1998`.
  const weekday = WEEKDAYS.get(key);
  if (weekday !== undefined && isCapitalized(token)) {
    const at = keyAt(context, scope, index + 1) === ',' ? index + 2 : index + 1;
    const month = monthAt(context, scope, at);
    if (month !== null) {
      const forms = monthForms(context, scope, at, month).filter((form) => form.reading.day !== undefined);
      if (forms.length > 0) {
        const form = forms[0];
        return [{ ...candidate(context, index, form.end, { ...form.reading, weekday }, SOURCE), stop: form.stop ?? context.tokens[form.end - 1].end }];
      }
    }
    return [];
  }

  // `post-1959`, `pre-1990`: a year written as a boundary.
  // Cheap guards first: this runs on every token of every article.
  const hasHyphen = key.includes('-');
  const boundary = hasHyphen ? /^(pre|post)-(\d{4})$/.exec(key) : null;
  if (boundary && fourDigitYear(boundary[2]) !== null) {
    const mod: DateModifier = boundary[1] === 'pre' ? 'BEFORE' : 'AFTER';
    return [candidate(context, index, index + 1, { kind: 'calendar', year: Number(boundary[2]), relation: null }, SOURCE, mod)];
  }

  // `mid-November`, `early-1990s`, `mid-2003`: the modifier is glued to the date in one token.
  const prefixed = hasHyphen ? /^(mid|early|late)-(.+)$/.exec(key) : null;
  if (prefixed) {
    const mod = PREFIX_MODIFIERS.get(prefixed[1]) ?? null;
    const rest = prefixed[2];
    const month = MONTHS.get(rest);
    if (month !== undefined && rest.length > 3) return [candidate(context, index, index + 1, { kind: 'calendar', month, relation: null }, SOURCE, mod)];
    const year = fourDigitYear(rest);
    if (year !== null) return [candidate(context, index, index + 1, { kind: 'calendar', year, relation: null }, SOURCE, mod)];
    const decade = /^(\d{3})0'?s$/.exec(rest) ?? /^'(\d)0s$/.exec(rest);
    if (decade) {
      const value = decade[1].length === 3 ? Number(decade[1]) : pivotDecade(Number(decade[1]) * 10);
      return [candidate(context, index, index + 1, { kind: 'calendar', decade: value, relation: null }, SOURCE, mod)];
    }
    return [];
  }

  // Numeric dates.
  const firstCode = key.charCodeAt(0);
  const startsWithDigit = firstCode >= 48 && firstCode <= 57;
  if (startsWithDigit) {
    const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(key);
    if (iso) {
      const [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
      return isValidDate(year, month, day) ? [candidate(context, index, index + 1, { kind: 'calendar', year, month, day, relation: null }, SOURCE)] : [];
    }
    const slashed = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(key);
    if (slashed) {
      // Slashes are American (month first); dots are European (day first).
      let [first, second] = [Number(slashed[1]), Number(slashed[3])];
      if (slashed[2] === '.' || first > 12) [first, second] = [second, first];
      const year = Number(slashed[4]);
      return isValidDate(year, first, second) ? [candidate(context, index, index + 1, { kind: 'calendar', year, month: first, day: second, relation: null }, SOURCE)] : [];
    }
    const decade = /^(\d{3})0'?s$/.exec(key);
    if (decade) {
      const value = Number(decade[1]);
      if (value < 100 || value > 219) return [];
      const withThe = keyAt(context, scope, index - 1) === 'the' ? index - 1 : index;
      return [candidate(context, withThe, index + 1, { kind: 'calendar', decade: value, relation: null }, SOURCE)];
    }
    // `1990 's`, written with an apostrophe and split by the tokenizer.
    if (fourDigitYear(key) !== null && key.endsWith('0') && keyAt(context, scope, index + 1) === "'" && keyAt(context, scope, index + 2) === 's' && attached(context, index + 1) && attached(context, index + 2)) {
      return [candidate(context, index, index + 3, { kind: 'calendar', decade: Math.floor(Number(key) / 10), relation: null }, SOURCE)];
    }
    // `23 May 2025`, `7th of August`.
    const day = dayOfMonth(key);
    if (day !== null) {
      const at = keyAt(context, scope, index + 1) === 'of' ? index + 2 : index + 1;
      const month = monthAt(context, scope, at);
      if (month !== null && (at === index + 1 || /\d(st|nd|rd|th)$/.test(key))) {
        let end = at + 1;
        let year: number | undefined;
        const maybeYear = fourDigitYear(keyAt(context, scope, end));
        if (maybeYear !== null && yearAfterDay(context, scope, end)) {
          year = maybeYear;
          end += 1;
        }
        if (!isValidDate(year ?? 2000, month, day)) return [];
        const first = keyAt(context, scope, index - 1) === 'the' && at === index + 2 ? index - 1 : index;
        return [candidate(context, first, end, { kind: 'calendar', year, month, day, relation: null }, SOURCE)];
      }
    }
    const year = fourDigitYear(key);
    if (year !== null && yearInContext(context, scope, index)) {
      let first = index;
      if (keyAt(context, scope, index - 1) === 'year' && keyAt(context, scope, index - 2) === 'the') first = index - 2;
      if (isApproximateYear(context, scope, index)) {
        return [candidate(context, index - 1, index + 1, { kind: 'calendar', year, relation: null }, SOURCE, 'APPROX')];
      }
      return [candidate(context, first, index + 1, { kind: 'calendar', year, relation: null }, SOURCE)];
    }
    // Numeric ordinals (`20th century`, `3rd quarter`) continue below.
    if (!/^\d{1,2}(st|nd|rd|th)$/.test(key)) return [];
  }

  // `'98`, split into an apostrophe and two digits.
  if (key === "'" && /^\d\d$/.test(keyAt(context, scope, index + 1)) && attached(context, index + 1)) {
    const previous = keyAt(context, scope, index - 1);
    if (DATE_LEAD_WORDS.has(previous) || MONTHS.has(previous)) {
      return [candidate(context, index, index + 2, { kind: 'calendar', year: pivotYear(Number(keyAt(context, scope, index + 1))), relation: null }, SOURCE)];
    }
    return [];
  }
  // `the '90s`
  const shortDecade = firstCode === 39 ? /^'(\d)0s$/.exec(key) : null;
  if (shortDecade) {
    const first = keyAt(context, scope, index - 1) === 'the' ? index - 1 : index;
    return [candidate(context, first, index + 1, { kind: 'calendar', decade: pivotDecade(Number(shortDecade[1]) * 10), relation: null }, SOURCE)];
  }
  // `the nineties`
  const decadeWord = DECADE_WORDS.get(key);
  if (decadeWord !== undefined && keyAt(context, scope, index - 1) === 'the') {
    return [candidate(context, index - 1, index + 1, { kind: 'calendar', decade: decadeWord, relation: null }, SOURCE)];
  }

  // Months.
  const month = monthAt(context, scope, index);
  if (month !== null) {
    const forms = monthForms(context, scope, index, month);
    if (forms.length > 0) {
      return forms.map((form, position) => {
        const found = candidate(context, index, form.end, form.reading, SOURCE);
        if (form.stop !== undefined) found.stop = form.stop;
        // The second day of `April 24-25` or `April 24 and 25` is its own expression: `25`.
        if (position === 1) {
          const days = context.tokens[form.end - 1];
          found.first = form.end - 1;
          found.start = days.start + days.text.indexOf('-') + 1;
        }
        return found;
      });
    }
    const relation = RELATIONS.get(keyAt(context, scope, index - 1));
    if (relation !== undefined && keyAt(context, scope, index - 1) !== 'current') {
      const first = keyAt(context, scope, index - 2) === 'this' && relation === 'last' ? index - 2 : index - 1;
      return [candidate(context, first, index + 1, { kind: 'calendar', month, relation }, SOURCE)];
    }
    if (bareMonthInContext(context, scope, index)) return [candidate(context, index, index + 1, { kind: 'calendar', month, relation: null }, SOURCE)];
    return [];
  }

  // `fiscal 1998`, `fiscal year 1998`, `FY1998`, `FY98`.
  if (key === 'fiscal') {
    const at = keyAt(context, scope, index + 1) === 'year' ? index + 2 : index + 1;
    const year = fourDigitYear(keyAt(context, scope, at));
    if (year !== null) return [candidate(context, index, at + 1, { kind: 'calendar', year, fiscal: true, relation: null }, SOURCE)];
    return [];
  }
  const fiscalCode = key.startsWith('fy') ? /^fy'?(\d{2}|\d{4})$/.exec(key) : null;
  if (fiscalCode) {
    const digits = fiscalCode[1];
    const year = digits.length === 4 ? Number(digits) : pivotYear(Number(digits));
    return [candidate(context, index, index + 1, { kind: 'calendar', year, fiscal: true, relation: null }, SOURCE)];
  }

  // `Q3`, `Q3 1998`
  const quarterCode = key.length === 2 ? /^q([1-4])$/.exec(key) : null;
  if (quarterCode && token.text.startsWith('Q')) {
    const year = fourDigitYear(keyAt(context, scope, index + 1));
    const end = year !== null ? index + 2 : index + 1;
    return [candidate(context, index, end, { kind: 'calendar', year: year ?? undefined, quarter: Number(quarterCode[1]), relation: null }, SOURCE)];
  }

  // `the third quarter (of 1998)`, `third-quarter`, `the first half of 1998`, `the 20th century`.
  const ordinal = ORDINAL_WORDS.get(key) ?? (startsWithDigit && /^(\d{1,2})(st|nd|rd|th)$/.test(key) ? Number(key.slice(0, -2)) : undefined);
  if (ordinal !== undefined && ordinal > 0) {
    const hyphen = keyAt(context, scope, index + 1) === '-' && attached(context, index + 1) && attached(context, index + 2);
    const unitAt = hyphen ? index + 2 : index + 1;
    const unit = keyAt(context, scope, unitAt);
    const first = keyAt(context, scope, index - 1) === 'the' ? index - 1 : index;
    if (unit === 'century' && ordinal <= 21) {
      return [candidate(context, first, unitAt + 1, { kind: 'calendar', century: ordinal - 1, relation: null }, SOURCE)];
    }
    if ((unit === 'quarter' && ordinal <= 4) || (unit === 'half' && ordinal <= 2)) {
      const field = unit === 'quarter' ? { quarter: ordinal } : { half: ordinal };
      const qualifier = yearQualifier(context, scope, unitAt + 1);
      if (qualifier) return [candidate(context, first, qualifier.end, { kind: 'calendar', ...field, ...qualifier.fields, relation: null }, SOURCE)];
      const owner = possessiveYear(context, scope, index);
      if (owner) return [candidate(context, owner.first, unitAt + 1, { kind: 'calendar', ...field, ...owner.fields, relation: null }, SOURCE)];
      // A bare quarter or half of play (`scored in the fourth quarter`) is not a calendar
      // period; in business copy (`profit rose in the first half`) it is.
      if (sentenceMentions(context, scope, SPORTS_WORDS) && !hyphen) return [];
      if (unit === 'half' && !sentenceMentions(context, scope, BUSINESS_WORDS)) return [];
      return [candidate(context, first, unitAt + 1, { kind: 'calendar', ...field, relation: null }, SOURCE)];
    }
  }
  return [];
}

/** `1998's` or `last year's` before a quarter or half. */
function possessiveYear(context: DateContext, scope: TokenRange, index: number): { first: number; fields: Pick<CalendarReading, 'year' | 'yearShift'> } | null {
  if (keyAt(context, scope, index - 1) !== "'s") return null;
  const year = fourDigitYear(keyAt(context, scope, index - 2));
  if (year !== null) return { first: index - 2, fields: { year } };
  const relation = RELATIONS.get(keyAt(context, scope, index - 3));
  if (keyAt(context, scope, index - 2) === 'year' && relation !== undefined) {
    return { first: index - 3, fields: { yearShift: relation === 'last' ? -1 : relation === 'next' ? 1 : 0 } };
  }
  return null;
}

/** `of 1998`, `of this year`, `of last year`, `1998` after a quarter or half. */
function yearQualifier(context: DateContext, scope: TokenRange, index: number): { end: number; fields: Pick<CalendarReading, 'year' | 'yearShift'> } | null {
  let at = index;
  if (keyAt(context, scope, at) === 'of') at += 1;
  const year = fourDigitYear(keyAt(context, scope, at));
  if (year !== null) return { end: at + 1, fields: { year } };
  const relation = RELATIONS.get(keyAt(context, scope, at));
  if (at > index && relation !== undefined && keyAt(context, scope, at + 1) === 'year') {
    const yearShift = relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
    return { end: at + 2, fields: { yearShift } };
  }
  if (at > index && keyAt(context, scope, at) === 'the' && keyAt(context, scope, at + 1) === 'year') return { end: at + 2, fields: { yearShift: 0 } };
  return null;
}

function sentenceMentions(context: DateContext, scope: TokenRange, words: ReadonlySet<string>): boolean {
  for (let index = scope.first; index < scope.end; index += 1) if (words.has(context.keys[index])) return true;
  return false;
}

function isDigitCode(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Glued prefixes of a year, decade or month (`post-1959`, `mid-1990s`), the only hyphenated words read here. */
const HYPHEN_PREFIXES: readonly string[] = ['pre-', 'post-', 'mid-', 'early-', 'late-'];

/**
 * The words `parseAt` reads anything at: numbers, a lone apostrophe (`'98` arrives split) or
 * one before a digit (`'90s`), weekday, month, decade and ordinal words, a glued prefix, and
 * the fiscal and quarter codes. Other apostrophe words (`'s`, `'re`, `'ll`) are frequent and
 * start nothing.
 */
function mayStartAt(key: string): boolean {
  const firstCode = key.charCodeAt(0);
  if (firstCode >= 48 && firstCode <= 57) return true;
  if (firstCode === 39) return key.length === 1 || isDigitCode(key.charCodeAt(1));
  if (WEEKDAYS.has(key) || MONTHS.has(key) || DECADE_WORDS.has(key) || ORDINAL_WORDS.has(key)) return true;
  if (key === 'fiscal' || key.startsWith('fy') || /^q[1-4]$/.test(key)) return true;
  return HYPHEN_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** Calendar names and numbers; see the module comment. */
export const absoluteParser: DateParser = tokenwiseParser(SOURCE, mayStartAt, parseAt);
