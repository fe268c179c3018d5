/**
 * Clock times: `3 p.m.`, `10:35 a.m. EDT`, `3pm`, `15:30 local time`, `1500 GMT`, `noon`,
 * `midnight`, `4 in the morning`, `6 o'clock`. A time alone falls on the document date; the
 * merge refiner puts it on a day written next to it (`9 a.m. Tuesday`).
 */
import type { TokenRange } from '../nlp.js';
import { TIME_ZONES } from './lexicon.js';
import type { Candidate, CalendarReading } from './reading.js';
import { candidate, keyAt, type DateContext, type DateParser, tokenwiseParser } from './window.js';

const SOURCE = 'dates/time';

const MERIDIEMS: ReadonlyMap<string, 'am' | 'pm'> = new Map([
  ['a.m', 'am'], ['am', 'am'], ['p.m', 'pm'], ['pm', 'pm'],
]);

/** Words before a bare `15:30` that make it a clock time rather than a score or a ratio. */
const TIME_LEADS: ReadonlySet<string> = new Set(['at', 'by', 'until', 'till', 'from', 'around', 'about', 'before', 'after', 'since', 'approximately']);

function toTwentyFour(hour: number, meridiem: 'am' | 'pm' | null): number {
  if (meridiem === 'pm') return hour === 12 ? 12 : hour + 12;
  if (meridiem === 'am') return hour === 12 ? 0 : hour;
  return hour;
}

/** Extends a time over a zone (`EDT`, `local time`, `(0735 GMT)` is left alone) and `in the morning`. */
function trailing(context: DateContext, scope: TokenRange, end: number, reading: CalendarReading, meridiem: 'am' | 'pm' | null): number {
  let at = end;
  if (TIME_ZONES.has(keyAt(context, scope, at))) at += 1;
  else if (keyAt(context, scope, at) === 'local' && keyAt(context, scope, at + 1) === 'time') at += 2;
  // `10:35 a.m. (0735 GMT)`: the same moment in another zone belongs to this time.
  if (keyAt(context, scope, at) === '(' && /^\d/.test(keyAt(context, scope, at + 1))) {
    for (let close = at + 2; close <= at + 5 && close < scope.end; close += 1) {
      const key = keyAt(context, scope, close);
      if (key === ')') {
        at = close + 1;
        break;
      }
      if (!TIME_ZONES.has(key) && !MERIDIEMS.has(key) && key !== 'local' && key !== 'time') break;
    }
  }
  if (meridiem === null && reading.hour !== undefined) {
    const a = keyAt(context, scope, at);
    const b = keyAt(context, scope, at + 1);
    const c = keyAt(context, scope, at + 2);
    if (a === 'in' && b === 'the' && (c === 'morning' || c === 'afternoon' || c === 'evening')) {
      if (c !== 'morning' && reading.hour < 12) reading.hour += 12;
      at += 3;
    } else if (a === 'at' && b === 'night') {
      if (reading.hour >= 6 && reading.hour < 12) reading.hour += 12;
      at += 2;
    }
  }
  return at;
}

function clock(hour: number, minute: number): CalendarReading | null {
  if (hour > 24 || minute > 59 || (hour === 24 && minute > 0)) return null;
  return { kind: 'calendar', hour, minute, relation: null };
}

function parseAt(context: DateContext, scope: TokenRange, index: number): Candidate | null {
  const key = context.keys[index];
  if (key === 'noon' || key === 'midday' || key === 'midnight') {
    if (keyAt(context, scope, index - 1) === 'high') return null;
    const reading = clock(key === 'midnight' ? 24 : 12, 0);
    return reading && candidate(context, index, index + 1, reading, SOURCE);
  }
  if (!/^\d/.test(key)) return null;

  // `3pm`, `3:30pm`, `3:30p.m`
  const glued = /^(\d{1,2})(?::(\d{2}))?([ap])\.?m$/.exec(key);
  if (glued) {
    const hour = Number(glued[1]);
    if (hour < 1 || hour > 12) return null;
    const meridiem = glued[3] === 'a' ? 'am' : 'pm';
    const reading = clock(toTwentyFour(hour, meridiem), Number(glued[2] ?? 0));
    if (!reading) return null;
    const found = candidate(context, index, trailing(context, scope, index + 1, reading, meridiem), reading, SOURCE);
    // `3pm.` closing a sentence: the tokenizer keeps the stop, which is not part of the time.
    const token = context.tokens[index];
    if (found.end === index + 1 && /[0-9ap]m\.$/i.test(token.text) && !/\.m\.$/i.test(token.text)) found.stop = token.end - 1;
    return found;
  }

  const parts = /^(\d{1,2})(?::(\d{2}))?$/.exec(key);
  if (parts) {
    const hour = Number(parts[1]);
    const minute = Number(parts[2] ?? 0);
    const next = keyAt(context, scope, index + 1);
    const meridiem = MERIDIEMS.get(next);
    if (meridiem !== undefined && hour >= 1 && hour <= 12) {
      // `am` after a number is the meridiem; elsewhere it is the verb, never reached here.
      const reading = clock(toTwentyFour(hour, meridiem), minute);
      if (!reading) return null;
      return candidate(context, index, trailing(context, scope, index + 2, reading, meridiem), reading, SOURCE);
    }
    if (next === "o'clock" && hour >= 1 && hour <= 12) {
      const reading = clock(hour, 0);
      if (!reading) return null;
      return candidate(context, index, trailing(context, scope, index + 2, reading, null), reading, SOURCE);
    }
    const zoned = TIME_ZONES.has(next) || (next === 'local' && keyAt(context, scope, index + 2) === 'time');
    const inTheMorning = next === 'in' && keyAt(context, scope, index + 2) === 'the' && ['morning', 'afternoon', 'evening'].includes(keyAt(context, scope, index + 3));
    if (parts[2] !== undefined && hour <= 24 && (zoned || TIME_LEADS.has(keyAt(context, scope, index - 1)))) {
      const reading = clock(hour, minute);
      if (!reading) return null;
      return candidate(context, index, trailing(context, scope, index + 1, reading, null), reading, SOURCE);
    }
    if (parts[2] === undefined && inTheMorning && hour >= 1 && hour <= 12) {
      const reading = clock(hour, 0);
      if (!reading) return null;
      return candidate(context, index, trailing(context, scope, index + 1, reading, null), reading, SOURCE);
    }
    return null;
  }

  // `1500 GMT`, `0735 local time`: news-wire twenty-four-hour clock.
  const military = /^([01]\d|2[0-4])([0-5]\d)$/.exec(key);
  if (military) {
    const next = keyAt(context, scope, index + 1);
    if (TIME_ZONES.has(next) || (next === 'local' && keyAt(context, scope, index + 2) === 'time') || next === 'hours' || next === 'hrs') {
      const reading = clock(Number(military[1]), Number(military[2]));
      if (!reading) return null;
      const end = next === 'hours' || next === 'hrs' ? index + 2 : trailing(context, scope, index + 1, reading, null);
      return candidate(context, index, end, reading, SOURCE);
    }
  }
  return null;
}

/** The words `parseAt` reads anything at: numbers and the named times of day. */
function mayStartAt(key: string): boolean {
  const firstCode = key.charCodeAt(0);
  return (firstCode >= 48 && firstCode <= 57) || key === 'noon' || key === 'midday' || key === 'midnight';
}

/** Clock times; see the module comment. */
export const timeParser: DateParser = tokenwiseParser(SOURCE, mayStartAt, parseAt);
