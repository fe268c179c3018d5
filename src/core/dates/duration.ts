/**
 * Lengths of time and recurrences, found so they are not mistaken for dates: `three years`
 * (`P3Y`), `16-hour` (`PT16H`), `the past two months` (`P2M`), `for years` (`PXY`),
 * `daily` (`P1D`), `every Monday` (`XXXX-WXX-1`), `twice a year` (`P1Y`).
 */
import type { TokenRange } from '../nlp.js';
import { readCount, startsCount } from './count.js';
import { PARTS_OF_DAY, UNITS, WEEKDAYS, WEEKDAY_PLURALS, type Unit } from './lexicon.js';
import type { Candidate, Reading } from './reading.js';
import { attached, candidate, keyAt, type DateContext, type DateParser, tokenwiseParser } from './window.js';

const SOURCE = 'dates/duration';

const SET_WORDS: ReadonlyMap<string, string> = new Map([
  ['daily', 'P1D'], ['weekly', 'P1W'], ['monthly', 'P1M'], ['annually', 'P1Y'], ['yearly', 'P1Y'], ['hourly', 'PT1H'],
  ['nightly', 'P1D'], ['quarterly', 'P3M'], ['biweekly', 'P2W'], ['biannually', 'P6M'],
]);

/** Words before `a year` that make it a rate (`twice a year`). */
const FREQUENCIES: ReadonlySet<string> = new Set(['once', 'twice', 'thrice', 'times']);

/** Words that open a stretch counted back or forward (`the past two months`, `the next few days`). */
const STRETCH_WORDS: ReadonlySet<string> = new Set(['past', 'last', 'next', 'coming', 'previous', 'first', 'final', 'recent', 'following']);

/** ISO 8601 duration for a count of a unit; a null count is written `X` (`PXY`). */
export function durationValue(unit: Unit, count: number | null): string | null {
  const amount = (factor: number) => (count === null ? 'X' : String(Math.round(count * factor * 1000) / 1000));
  switch (unit) {
    case 'second': return `PT${amount(1)}S`;
    case 'minute': return `PT${amount(1)}M`;
    case 'hour':
      if (count !== null && !Number.isInteger(count)) return `PT${Math.floor(count)}H${Math.round((count % 1) * 60)}M`;
      return `PT${amount(1)}H`;
    case 'day': return `P${amount(1)}D`;
    case 'week': return `P${amount(1)}W`;
    case 'weekend': return count === null ? 'PXWE' : `P${amount(1)}WE`;
    case 'month': return `P${amount(1)}M`;
    case 'quarter': return count === null ? 'PXQ' : `P${amount(3)}M`;
    case 'season': return `P${amount(1)}Q`;
    case 'year': return `P${amount(1)}Y`;
    case 'decade': return count === null ? 'PXDE' : `P${amount(10)}Y`;
    case 'century': return count === null ? 'PXCE' : `P${amount(100)}Y`;
    default: return null;
  }
}

function setForUnit(unit: Unit, every: number): string | null {
  return durationValue(unit, every);
}

function parseAt(context: DateContext, scope: TokenRange, index: number): Candidate | null {
  const key = context.keys[index];

  const setWord = SET_WORDS.get(key);
  if (setWord !== undefined) return candidate(context, index, index + 1, { kind: 'set', value: setWord }, SOURCE);

  // `every day`, `every two years`, `every other week`, `each Monday`, `every morning`.
  if (key === 'every' || key === 'each') {
    let at = index + 1;
    let every = 1;
    if (keyAt(context, scope, at) === 'other') {
      every = 2;
      at += 1;
    }
    const count = readCount(context, scope, at);
    if (count !== null && count.value !== null && keyAt(context, scope, at) !== 'a') {
      every *= count.value;
      at = count.end;
    }
    const next = keyAt(context, scope, at);
    const weekday = WEEKDAYS.get(next);
    if (weekday !== undefined) return candidate(context, index, at + 1, { kind: 'set', value: `XXXX-WXX-${weekday}` }, SOURCE);
    const part = PARTS_OF_DAY.get(next);
    if (part !== undefined) return candidate(context, index, at + 1, { kind: 'set', value: `XXXX-XX-XXT${part}` }, SOURCE);
    const unit = UNITS.get(next);
    const value = unit !== undefined ? setForUnit(unit, every) : null;
    return value ? candidate(context, index, at + 1, { kind: 'set', value }, SOURCE) : null;
  }

  // `on Mondays`
  const plural = WEEKDAY_PLURALS.get(key);
  if (plural !== undefined && keyAt(context, scope, index - 1) === 'on') {
    return candidate(context, index, index + 1, { kind: 'set', value: `XXXX-WXX-${plural}` }, SOURCE);
  }

  // `day-long`, `decades-long`: the unit itself is the count.
  const bareUnit = UNITS.get(key);
  if (bareUnit !== undefined && keyAt(context, scope, index + 1) === '-' && keyAt(context, scope, index + 2) === 'long' && attached(context, index + 1) && attached(context, index + 2)) {
    const value = durationValue(bareUnit, key.endsWith('s') ? null : 1);
    return value ? candidate(context, index, index + 3, { kind: 'duration', value }, SOURCE) : null;
  }

  // `the past two months`, `the past week`, `last five years`, `the next few days`, `recent days`.
  if (STRETCH_WORDS.has(key)) {
    const withThe = keyAt(context, scope, index - 1) === 'the';
    let at = index + 1;
    const count = readCount(context, scope, at);
    let value: number | null = 1;
    if (count !== null && keyAt(context, scope, at) !== 'a') {
      value = count.value;
      at = count.end;
    }
    const unitKey = keyAt(context, scope, at);
    const unit = UNITS.get(unitKey);
    if (unit === undefined) return null;
    const plural = unitKey.endsWith('s');
    // Without `the` or a count, `last week` and `next year` are dates (relative parser).
    if (!withThe && count === null && key !== 'recent') return null;
    // `the next day`, `the following week`, `the previous year` count from another date: anaphora.
    if (count === null && !plural && (key === 'next' || key === 'following' || key === 'previous')) return null;
    if (count === null && plural) value = null;
    if (key === 'recent') value = null;
    if (key === 'first' || key === 'final') {
      if (count === null) return null;
    }
    const reading = durationValue(unit, value);
    if (!reading) return null;
    return candidate(context, withThe ? index - 1 : index, at + 1, { kind: 'duration', value: reading }, SOURCE);
  }

  // `for years`, `over decades`, `in months`: a bare plural unit is a vague length.
  if (bareUnit !== undefined && key.endsWith('s')) {
    const previous = keyAt(context, scope, index - 1);
    if (previous === 'for' || previous === 'over' || previous === 'within' || previous === 'in') {
      if (keyAt(context, scope, index + 1) === 'ago' || keyAt(context, scope, index + 1) === 'of') return null;
      const value = durationValue(bareUnit, null);
      return value ? candidate(context, index, index + 1, { kind: 'duration', value }, SOURCE) : null;
    }
    return null;
  }

  const count = readCount(context, scope, index);
  if (count === null) return null;
  // `16-hour`, `two-day`: a hyphenated count and unit used as an adjective.
  let at = count.end;
  let hyphenated = false;
  if (keyAt(context, scope, at) === '-' && attached(context, at) && attached(context, at + 1)) {
    hyphenated = true;
    at += 1;
  }
  if (keyAt(context, scope, at) === 'more' || keyAt(context, scope, at) === 'full' || keyAt(context, scope, at) === 'straight' || keyAt(context, scope, at) === 'consecutive') at += 1;
  const unitKey = keyAt(context, scope, at);
  const unit = UNITS.get(unitKey);
  if (unit === undefined) return null;
  // Ages (`14-year-old`) and counts of the unit word as a thing are not lengths of time.
  if (keyAt(context, scope, at + 1) === '-' && keyAt(context, scope, at + 2) === 'old') return null;
  if (keyAt(context, scope, at + 1) === 'old') return null;
  const isA = key === 'a' || key === 'an';
  if (isA && (FREQUENCIES.has(keyAt(context, scope, index - 1)) || /^\d/.test(keyAt(context, scope, index - 1)) || keyAt(context, scope, index - 1) === 'percent')) {
    // `twice a year`, `5 percent a year`: a rate, not a length.
    if (!FREQUENCIES.has(keyAt(context, scope, index - 1))) return null;
    const value = durationValue(unit, 1);
    return value ? candidate(context, index - 1, at + 1, { kind: 'set', value }, SOURCE) : null;
  }
  if (!hyphenated && count.value !== null && count.value !== 1 && !unitKey.endsWith('s')) return null;
  const value = durationValue(unit, count.value);
  if (!value) return null;
  const reading: Reading = { kind: 'duration', value };
  return candidate(context, index, at + 1, reading, SOURCE);
}

/** The words `parseAt` reads anything at: set words, `every`/`each`, units, stretch words and counts. */
function mayStartAt(key: string): boolean {
  return SET_WORDS.has(key) || key === 'every' || key === 'each' || WEEKDAY_PLURALS.has(key) || UNITS.has(key) || STRETCH_WORDS.has(key) || startsCount(key);
}

/** Durations and sets; see the module comment. */
export const durationParser: DateParser = tokenwiseParser(SOURCE, mayStartAt, parseAt);
