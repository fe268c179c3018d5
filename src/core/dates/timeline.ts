/**
 * Calendar order of TIMEX3 values. Their text does not sort in time: `2023-Q2` must come
 * before `2023-11-02`, `2024-SU` before `2024-FA`, and a decade (`199`) before its years.
 * Each value is read as the interval it denotes; earlier starts come first and, at one start,
 * the wider period (the year before its first day) leads, as a timeline reads.
 */
import { daysFromCivil, isoWeekday } from './calendar.js';

/** A value's place on the calendar, in minutes from 1970-01-01, or null when it has none. */
interface Interval {
  start: number;
  end: number;
}

const MINUTES_A_DAY = 24 * 60;
/** Meteorological seasons by first month; winter runs from December into the next year. */
const SEASON_MONTH: Record<string, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };
const PART_OF_DAY_HOUR: Record<string, number> = { MO: 6, MI: 12, AF: 13, EV: 18, NI: 21, DT: 9 };

function dayMinutes(year: number, month: number, day: number): number {
  return daysFromCivil(year, month, day) * MINUTES_A_DAY;
}

function span(firstDay: number, lastDayExclusive: number): Interval {
  return { start: firstDay * MINUTES_A_DAY, end: lastDayExclusive * MINUTES_A_DAY };
}

/**
 * The interval a TIMEX3 value denotes: days, times, months, weeks, quarters, halves, seasons,
 * years, fiscal years (read as calendar years), decades and centuries.
 * @param value - a value as the date extractor writes it
 * @returns minutes since 1970-01-01 for start and end, or null for `PRESENT_REF` and the like
 */
function intervalOf(value: string): Interval | null {
  const fiscal = /^FY(\d{4})(?:-Q([1-4]))?$/.exec(value);
  if (fiscal) return intervalOf(fiscal[2] ? `${fiscal[1]}-Q${fiscal[2]}` : fiscal[1]);

  let match = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})|T(MO|MI|AF|EV|NI|DT))?/.exec(value);
  if (match) {
    const day = dayMinutes(Number(match[1]), Number(match[2]), Number(match[3]));
    if (match[4]) {
      const at = day + Number(match[4]) * 60 + Number(match[5]);
      return { start: at, end: at + 1 };
    }
    if (match[6]) return { start: day + PART_OF_DAY_HOUR[match[6]] * 60, end: day + MINUTES_A_DAY };
    return { start: day, end: day + MINUTES_A_DAY };
  }
  match = /^(\d{4})-W(\d{1,2})(-WE)?$/.exec(value);
  if (match) {
    // ISO week 1 holds the year's first Thursday.
    const january4 = daysFromCivil(Number(match[1]), 1, 4);
    const monday = january4 - isoWeekday(january4) + 1 + (Number(match[2]) - 1) * 7;
    return match[3] ? span(monday + 5, monday + 7) : span(monday, monday + 7);
  }
  match = /^(\d{4})-(\d{2})$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    return span(daysFromCivil(year, month, 1), month === 12 ? daysFromCivil(year + 1, 1, 1) : daysFromCivil(year, month + 1, 1));
  }
  match = /^(\d{4})-(Q([1-4])|H([12])|(SP|SU|FA|WI))$/.exec(value);
  if (match) {
    const year = Number(match[1]);
    const firstMonth = match[3] ? (Number(match[3]) - 1) * 3 + 1 : match[4] ? (Number(match[4]) - 1) * 6 + 1 : SEASON_MONTH[match[5]];
    const months = match[3] || match[5] ? 3 : 6;
    const endMonth = firstMonth + months;
    return span(daysFromCivil(year, firstMonth, 1), daysFromCivil(year + Math.floor((endMonth - 1) / 12), ((endMonth - 1) % 12) + 1, 1));
  }
  match = /^(\d{2,4})$/.exec(value);
  if (match) {
    // `2024` a year, `199` the 1990s, `19` the twentieth century's hundred years.
    const scale = 10 ** (4 - match[1].length);
    const firstYear = Number(match[1]) * scale;
    return span(daysFromCivil(firstYear, 1, 1), daysFromCivil(firstYear + scale, 1, 1));
  }
  return null;
}

/**
 * Compares two TIMEX3 values in calendar order: by start, then the wider period first; values
 * with no place on the calendar (`PRESENT_REF`) after all others, in text order.
 * @param left - a TIMEX3 value
 * @param right - a TIMEX3 value
 */
export function compareDateValues(left: string, right: string): number {
  if (left === right) return 0;
  const a = intervalOf(left);
  const b = intervalOf(right);
  if (a && b) {
    if (a.start !== b.start) return a.start - b.start;
    if (a.end !== b.end) return b.end - a.end;
  } else if (a || b) {
    return a ? -1 : 1;
  }
  return left < right ? -1 : 1;
}
