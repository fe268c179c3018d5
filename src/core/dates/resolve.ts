/**
 * Turns readings into TIMEX3 values against the anchor (the document date). The only place
 * that knows calendar conventions: which Friday `Friday` is, what `last fall` means in
 * April, how a quarter or a week is written. Pure: no clock, no locale.
 */
import type { DateGranularity, TemporalType } from '../types.js';
import { addMonths, civilFromDays, daysFromCivil, daysInMonth, formatDay, formatMonth, formatWeek, isoWeek, isoWeekday, pad } from './calendar.js';
import type { PartOfDay, Season } from './lexicon.js';
import type { AnaphorReading, CalendarReading, Reading, ShiftReading } from './reading.js';

/** Which way a date without a year or week points, from the tense around it. */
export type Direction = 'past' | 'future' | null;

/** A reading resolved to a TIMEX3 value. */
export interface Resolution {
  value: string | null;
  granularity: DateGranularity | null;
  relative: boolean;
  temporalType: TemporalType;
}

/**
 * The dates mentioned so far, by granularity, for anaphora (`that day`, `later that year`).
 * Slots are filled in document order; empty slots fall back to the anchor.
 */
export interface Memory {
  day: number | null;
  month: { year: number; month: number } | null;
  year: number | null;
  /** Whether each slot was itself worked out from the anchor (`Friday`, not `Oct. 23, 1998`). */
  dayRelative: boolean;
  monthRelative: boolean;
  yearRelative: boolean;
}

export function emptyMemory(): Memory {
  return { day: null, month: null, year: null, dayRelative: true, monthRelative: true, yearRelative: true };
}

/** A candidate period on the calendar, with how to write it. */
interface Period {
  start: number;
  end: number;
  value: string;
  granularity: DateGranularity;
}

/** How much worse a date against the tense is than one with it, per day of distance. */
const AGAINST_TENSE_PENALTY = 6;

const SEASON_MONTHS: Record<Season, [number, number]> = { SP: [3, 5], SU: [6, 8], FA: [9, 11], WI: [12, 2] };

/** Reading needs a part of the day or a clock time written after the date. */
function timeSuffix(reading: { hour?: number; minute?: number; partOfDay?: PartOfDay }): string {
  if (reading.hour !== undefined) return `T${pad(reading.hour, 2)}:${pad(reading.minute ?? 0, 2)}`;
  if (reading.partOfDay !== undefined) return `T${reading.partOfDay}`;
  return '';
}

function hasTime(reading: { hour?: number; partOfDay?: PartOfDay }): boolean {
  return reading.hour !== undefined || reading.partOfDay !== undefined;
}

function dayPeriod(day: number, reading: CalendarReading): Period {
  if (reading.weekOf) {
    const monday = day - isoWeekday(day) + 1;
    return { start: monday, end: monday + 6, value: formatWeek(day), granularity: 'week' };
  }
  const suffix = timeSuffix(reading);
  return { start: day, end: day, value: formatDay(day) + suffix, granularity: suffix ? 'time' : 'day' };
}

/** The period a year-less reading names in `year`, or null when it has no such day (29 February). */
function periodInYear(reading: CalendarReading, year: number): Period | null {
  if (reading.holiday) return dayPeriod(reading.holiday(year), reading);
  if (reading.month !== undefined && reading.day !== undefined) {
    if (reading.day > daysInMonth(year, reading.month)) return null;
    return dayPeriod(daysFromCivil(year, reading.month, reading.day), reading);
  }
  if (reading.month !== undefined) {
    const start = daysFromCivil(year, reading.month, 1);
    return { start, end: start + daysInMonth(year, reading.month) - 1, value: formatMonth(year, reading.month), granularity: 'month' };
  }
  if (reading.quarter !== undefined) {
    const firstMonth = (reading.quarter - 1) * 3 + 1;
    const start = daysFromCivil(year, firstMonth, 1);
    const end = daysFromCivil(year, firstMonth + 2, daysInMonth(year, firstMonth + 2));
    return { start, end, value: `${pad(year, 4)}-Q${reading.quarter}`, granularity: 'quarter' };
  }
  if (reading.half !== undefined) {
    const start = daysFromCivil(year, reading.half === 1 ? 1 : 7, 1);
    const end = reading.half === 1 ? daysFromCivil(year, 6, 30) : daysFromCivil(year, 12, 31);
    return { start, end, value: `${pad(year, 4)}-H${reading.half}`, granularity: 'half' };
  }
  if (reading.season !== undefined) {
    const [from, to] = SEASON_MONTHS[reading.season];
    const start = daysFromCivil(year, from, 1);
    // Winter runs from December into the next year and is written with the year it starts in.
    const endYear = to < from ? year + 1 : year;
    const end = daysFromCivil(endYear, to, daysInMonth(endYear, to));
    return { start, end, value: `${pad(year, 4)}-${reading.season}`, granularity: 'season' };
  }
  const start = daysFromCivil(year, 1, 1);
  return { start, end: daysFromCivil(year, 12, 31), value: pad(year, 4), granularity: 'year' };
}

function distance(period: Period, anchor: number): number {
  if (period.start > anchor) return period.start - anchor;
  if (period.end < anchor) return anchor - period.end;
  return 0;
}

/**
 * Picks the period meant among candidates around the anchor. `last`/`next` take the nearest
 * strictly before or after; `this` and a bare name take the one holding the anchor; otherwise
 * a `firm` choice follows the tense outright and a soft one weighs distance, penalising the
 * side against the tense (so `Jan. 14` in a January article stays in that January). With no
 * tense, the nearest wins.
 */
function choose(periods: Period[], anchor: number, relation: CalendarReading['relation'], direction: Direction, firm: boolean): Period | null {
  if (periods.length === 0) return null;
  const containing = periods.find((period) => period.start <= anchor && anchor <= period.end);
  const before = periods.filter((period) => period.end < anchor);
  const after = periods.filter((period) => period.start > anchor);
  const latestBefore = before.length > 0 ? before.reduce((a, b) => (b.end > a.end ? b : a)) : null;
  const earliestAfter = after.length > 0 ? after.reduce((a, b) => (b.start < a.start ? b : a)) : null;
  if (relation === 'last') return latestBefore;
  if (relation === 'next') return earliestAfter;
  if (containing) return containing;
  if (relation === 'this') {
    return [latestBefore, earliestAfter].filter((p): p is Period => p !== null).sort((a, b) => distance(a, anchor) - distance(b, anchor))[0] ?? null;
  }
  if (firm && direction !== null) return direction === 'future' ? earliestAfter ?? latestBefore : latestBefore ?? earliestAfter;
  let best: Period | null = null;
  let bestCost = Infinity;
  for (const period of [latestBefore, earliestAfter]) {
    if (!period) continue;
    const isAfter = period.start > anchor;
    const against = (direction === 'past' && isAfter) || (direction === 'future' && !isAfter);
    const cost = distance(period, anchor) * (against ? AGAINST_TENSE_PENALTY : 1) + (isAfter ? 0.5 : 0);
    if (cost < bestCost) {
      best = period;
      bestCost = cost;
    }
  }
  return best;
}

function resolveCalendar(reading: CalendarReading, anchor: number | null, direction: Direction): Resolution {
  const temporalType: TemporalType = hasTime(reading) ? 'TIME' : 'DATE';
  if (reading.decade !== undefined) return { value: pad(reading.decade, 3), granularity: 'decade', relative: false, temporalType };
  if (reading.century !== undefined) return { value: pad(reading.century, 2), granularity: 'century', relative: false, temporalType };

  const anchorDate = anchor === null ? null : civilFromDays(anchor);
  const explicitYear = reading.year;
  const year = explicitYear ?? (reading.yearShift !== undefined && anchorDate ? anchorDate.year + reading.yearShift : undefined);
  const relative = explicitYear === undefined;

  if (reading.fiscal && year !== undefined) {
    const quarter = reading.quarter !== undefined ? `-Q${reading.quarter}` : '';
    return { value: `FY${pad(year, 4)}${quarter}`, granularity: reading.quarter !== undefined ? 'quarter' : 'year', relative, temporalType };
  }
  if (year !== undefined) {
    const period = periodInYear(reading, year);
    return { value: period?.value ?? null, granularity: period?.granularity ?? null, relative, temporalType };
  }
  if (anchor === null) return { value: null, granularity: null, relative: true, temporalType };

  const anchorYear = (anchorDate as NonNullable<typeof anchorDate>).year;
  // A clock time with no day falls on the document date.
  if (reading.weekday === undefined && reading.month === undefined && reading.holiday === undefined && reading.quarter === undefined && reading.half === undefined && reading.season === undefined) {
    if (reading.hour !== undefined || reading.partOfDay !== undefined) {
      // A clock time alone falls on the document date; index.ts moves it to a day written in
      // the same sentence (`at 4 in the morning (4 a.m. Thursday)`).
      return { value: formatDay(anchor) + timeSuffix(reading), granularity: 'time', relative: true, temporalType };
    }
  }
  if (reading.weekday !== undefined && reading.month === undefined) {
    const periods: Period[] = [];
    for (let offset = -13; offset <= 13; offset += 1) {
      const day = anchor + offset;
      if (isoWeekday(day) !== reading.weekday) continue;
      if (reading.weekend) periods.push({ start: day, end: day + 1, value: `${formatWeek(day)}-WE`, granularity: 'week' });
      else periods.push(dayPeriod(day, reading));
    }
    let chosen: Period | null;
    if (reading.relation === 'this') {
      const week = isoWeek(anchor);
      chosen = periods.find((period) => {
        const other = isoWeek(period.start);
        return other.year === week.year && other.week === week.week;
      }) ?? null;
    } else {
      // With no tense to go by, a weekday in news is the one just past.
      chosen = choose(periods, anchor, reading.relation, direction ?? 'past', true);
    }
    return { value: chosen?.value ?? null, granularity: chosen?.granularity ?? null, relative: true, temporalType };
  }
  const periods: Period[] = [];
  // Two years back: `last winter` in January is the winter that began thirteen months before.
  for (let candidateYear = anchorYear - 2; candidateYear <= anchorYear + 1; candidateYear += 1) {
    const period = periodInYear(reading, candidateYear);
    if (period) periods.push(period);
  }
  let chosen: Period | null;
  if (reading.relation === 'this' && !periods.some((period) => period.start <= anchor && anchor <= period.end)) {
    // `this fall` in May is the fall of this year, whichever way the tense points.
    chosen = periods.find((period) => civilFromDays(period.start).year === anchorYear) ?? null;
  } else {
    // A month or a season named in a past-tense clause is the last one, however near the
    // next; a day (`Jan. 14`) is also weighed by distance, since a tense misread costs a year.
    const firm = reading.day === undefined && reading.holiday === undefined;
    chosen = choose(periods, anchor, reading.relation, direction, firm);
  }
  return { value: chosen?.value ?? null, granularity: chosen?.granularity ?? null, relative: true, temporalType };
}

/** Applies a shift of whole units to a day; returns the value and granularity. */
function shifted(base: number, unit: ShiftReading['unit'], amount: number, reading: { hour?: number; minute?: number; partOfDay?: PartOfDay }): { value: string; granularity: DateGranularity } | null {
  const date = civilFromDays(base);
  switch (unit) {
    case 'second':
    case 'minute':
    case 'hour':
      // Minutes and hours from an article's date cannot be placed on the clock: keep the day.
      return { value: formatDay(base), granularity: 'day' };
    case 'day': {
      const suffix = timeSuffix(reading);
      return { value: formatDay(base + amount) + suffix, granularity: suffix ? 'time' : 'day' };
    }
    case 'week':
    case 'weekend':
      return { value: formatWeek(base + amount * 7) + (unit === 'weekend' ? '-WE' : ''), granularity: 'week' };
    case 'month': {
      const { year, month } = addMonths(date.year, date.month, amount);
      return { value: formatMonth(year, month), granularity: 'month' };
    }
    case 'quarter': {
      const index = date.year * 4 + Math.floor((date.month - 1) / 3) + amount;
      return { value: `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`, granularity: 'quarter' };
    }
    case 'season':
      return null;
    case 'year':
      return { value: pad(date.year + amount, 4), granularity: 'year' };
    case 'decade':
      // `a decade ago` is a year (1989), `this decade` the decade itself (199).
      return amount === 0 ? { value: pad(Math.floor(date.year / 10), 3), granularity: 'decade' } : { value: pad(date.year + amount * 10, 4), granularity: 'year' };
    case 'century':
      return amount === 0 ? { value: pad(Math.floor(date.year / 100), 2), granularity: 'century' } : { value: pad(date.year + amount * 100, 4), granularity: 'year' };
    default:
      return null;
  }
}

function resolveShift(reading: ShiftReading, anchor: number | null): Resolution {
  const temporalType: TemporalType = hasTime(reading) ? 'TIME' : 'DATE';
  if (anchor === null) return { value: null, granularity: null, relative: true, temporalType };
  // `last decade` and `next century` step whole decades; `two decades ago` counts years.
  const result = shifted(anchor, reading.unit, reading.amount, reading);
  return { value: result?.value ?? null, granularity: result?.granularity ?? null, relative: true, temporalType };
}

function resolveAnaphor(reading: AnaphorReading, anchor: number | null, memory: Memory): Resolution {
  const temporalType: TemporalType = reading.partOfDay !== undefined ? 'TIME' : 'DATE';
  const none: Resolution = { value: null, granularity: null, relative: true, temporalType };
  // Relative to the document date only when the date counted from was (or is the anchor itself).
  if (reading.unit === 'year') {
    const year = memory.year ?? (anchor === null ? null : civilFromDays(anchor).year);
    const relative = memory.year === null || memory.yearRelative;
    return year === null ? none : { value: pad(year + reading.amount, 4), granularity: 'year', relative, temporalType };
  }
  if (reading.unit === 'month') {
    const base = memory.month ?? (anchor === null ? null : civilFromDays(anchor));
    if (base === null) return none;
    const { year, month } = addMonths(base.year, base.month, reading.amount);
    return { value: formatMonth(year, month), granularity: 'month', relative: memory.month === null || memory.monthRelative, temporalType };
  }
  const day = memory.day ?? anchor;
  if (day === null) return none;
  const result = shifted(day, reading.unit, reading.amount, reading);
  return result ? { value: result.value, granularity: result.granularity, relative: memory.day === null || memory.dayRelative, temporalType } : none;
}

/**
 * Resolves one reading. `anchor` is the document date as a day count (null when unknown:
 * anchored readings then get a null value); `direction` comes from the tense around the
 * expression; `memory` holds earlier dates for anaphora.
 */
export function resolveReading(reading: Reading, anchor: number | null, direction: Direction, memory: Memory): Resolution {
  const resolution = resolveAgainst(reading, anchor, direction, memory);
  if (anchor !== null || resolution.value !== null || resolution.granularity !== null) return resolution;
  // With no anchor the value stays unknown, but the grain does not depend on the date: `last
  // year` is a year whichever year it is. A fixed stand-in anchor tells it; memory is not
  // touched, since nothing resolved.
  const grain = resolveAgainst(reading, STAND_IN_ANCHOR, direction, emptyMemory()).granularity;
  return { ...resolution, granularity: grain };
}

/** Any day serves to learn a relative expression's grain; this one is 2000-01-03, a Monday. */
const STAND_IN_ANCHOR = daysFromCivil(2000, 1, 3);

function resolveAgainst(reading: Reading, anchor: number | null, direction: Direction, memory: Memory): Resolution {
  switch (reading.kind) {
    case 'calendar':
      return resolveCalendar(reading, anchor, direction);
    case 'shift':
      return resolveShift(reading, anchor);
    case 'anaphor':
      return resolveAnaphor(reading, anchor, memory);
    case 'reference':
      return { value: reading.value, granularity: 'reference', relative: true, temporalType: 'DATE' };
    case 'duration':
      return { value: reading.value, granularity: null, relative: false, temporalType: 'DURATION' };
    case 'set':
      return { value: reading.value, granularity: null, relative: false, temporalType: 'SET' };
    case 'offset': {
      const base = resolveAgainst(reading.base, anchor, direction, memory);
      const day = base.value === null ? null : /^(\d{4})-(\d{2})-(\d{2})/.exec(base.value);
      if (!day) return { ...base, value: null, granularity: null };
      const days = daysFromCivil(Number(day[1]), Number(day[2]), Number(day[3])) + reading.amount * (reading.unit === 'week' ? 7 : 1);
      return { value: formatDay(days), granularity: 'day', relative: base.relative, temporalType: 'DATE' };
    }
  }
}

/** Records a resolved value in memory so later anaphora can count from it. */
export function remember(memory: Memory, resolution: Resolution): void {
  const value = resolution.value;
  if (value === null) return;
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(value);
  if (!match) return;
  const year = Number(match[1]);
  memory.year = year;
  memory.yearRelative = resolution.relative;
  if (match[2] !== undefined) {
    memory.month = { year, month: Number(match[2]) };
    memory.monthRelative = resolution.relative;
  }
  if (match[3] !== undefined) {
    memory.day = daysFromCivil(year, Number(match[2]), Number(match[3]));
    memory.dayRelative = resolution.relative;
  }
}

/** Whether a reading is a clock time or part of the day with no day of its own (`3 p.m.`). */
export function isClockOnly(reading: Reading): boolean {
  return reading.kind === 'calendar' && hasTime(reading) && reading.weekday === undefined && reading.month === undefined && reading.day === undefined
    && reading.holiday === undefined && reading.year === undefined && reading.yearShift === undefined;
}

/** Whether a reading needs the tense to be resolved (a name without its year or week). */
export function needsDirection(reading: Reading): boolean {
  if (reading.kind === 'offset') return needsDirection(reading.base);
  if (reading.kind !== 'calendar') return false;
  if (reading.year !== undefined || reading.yearShift !== undefined || reading.decade !== undefined || reading.century !== undefined) return false;
  return reading.relation === null || reading.relation === 'this';
}
