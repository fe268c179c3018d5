/**
 * What a parser understood an expression to mean, before any anchor is applied. Parsers
 * only read text; `resolve.ts` alone turns a reading into a TIMEX3 value, so detection and
 * normalisation can be tested and improved separately.
 */
import type { DateModifier } from '../types.js';
import type { PartOfDay, Relation, Season, Unit } from './lexicon.js';

/**
 * A point or period named by calendar fields (`May 23`, `1998-Q3`, `Friday`, `this fall`).
 * Fields missing above the finest one (the year of `May 23`) come from the anchor.
 */
export interface CalendarReading {
  kind: 'calendar';
  year?: number;
  /** Years from the anchor's year when the text names the year relatively (`the third quarter of last year`). */
  yearShift?: number;
  month?: number;
  day?: number;
  /** ISO weekday, 1 Monday … 7 Sunday. */
  weekday?: number;
  quarter?: number;
  half?: number;
  season?: Season;
  /** A fiscal year (`fiscal 1998` → `FY1998`). */
  fiscal?: boolean;
  /** First three digits of a decade's years (`199` for the 1990s). */
  decade?: number;
  /** First two digits of a century's years (`19` for the twentieth century). */
  century?: number;
  /** A holiday fixed by a rule on the year rather than by month and day. */
  holiday?: (year: number) => number;
  /** Expression names the week around the day (`the week of March 6`, `Easter week`). */
  weekOf?: boolean;
  /** Expression names a weekend (`the weekend`, `last weekend`): resolved like its Saturday. */
  weekend?: boolean;
  hour?: number;
  minute?: number;
  partOfDay?: PartOfDay;
  /** `last`, `this` or `next` written before the name; null when the name stands alone. */
  relation: Relation | null;
}

/** A whole number of units away from the anchor (`last year`, `two weeks ago`, `tomorrow`). */
export interface ShiftReading {
  kind: 'shift';
  unit: Unit;
  amount: number;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
}

/** A number of units away from the date mentioned last (`the next day`, `later that year`). */
export interface AnaphorReading {
  kind: 'anaphor';
  unit: Unit;
  amount: number;
  partOfDay?: PartOfDay;
  hour?: number;
  minute?: number;
}

/** Vague reference to the present, past or future (`now`, `the future`). */
export interface ReferenceReading {
  kind: 'reference';
  value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF';
}

/** A length of time (`three years` → `P3Y`). */
export interface DurationReading {
  kind: 'duration';
  value: string;
}

/** A recurring time (`every Monday` → `XXXX-WXX-1`, `daily` → `P1D`). */
export interface SetReading {
  kind: 'set';
  value: string;
}

/** A day counted from another date written after it (`the day before last Tuesday`). */
export interface OffsetReading {
  kind: 'offset';
  base: Reading;
  unit: 'day' | 'week';
  amount: number;
}

export type Reading = CalendarReading | ShiftReading | AnaphorReading | ReferenceReading | DurationReading | SetReading | OffsetReading;

/** One expression a parser found, in token and character coordinates. */
export interface Candidate {
  /** First token of the expression. */
  first: number;
  /** One past its last token. */
  end: number;
  /** Character offsets; usually token bounds, narrower when a token holds more than the date (`24-25`). */
  start: number;
  stop: number;
  reading: Reading;
  mod: DateModifier | null;
  /** The parser or refiner that produced it, e.g. `dates/absolute`. */
  source: string;
}
