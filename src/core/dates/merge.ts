/**
 * Refiner: joins a clock time and the day written next to it into one expression,
 * `9 a.m. Tuesday`, `4 a.m. EDT Thursday`, `Friday at 3 p.m.`, `10 p.m. on Friday`,
 * `yesterday at noon`, so the time lands on that day rather than on the document date.
 */
import type { TokenRange } from '../nlp.js';
import type { Candidate, Reading } from './reading.js';
import { keyAt, type DateContext } from './window.js';

const SOURCE = 'dates/merge';

/** Tokens allowed between a time and its day. */
const CONNECTORS: ReadonlySet<string> = new Set([',', 'on', 'at', 'of', 'by', 'around', 'about']);

function isClockOnly(found: Candidate): boolean {
  const reading = found.reading;
  return reading.kind === 'calendar' && reading.hour !== undefined && reading.weekday === undefined && reading.month === undefined && reading.holiday === undefined;
}

/** A single day without a clock time of its own. */
function isDay(found: Candidate): boolean {
  const reading = found.reading;
  if (reading.kind === 'calendar') {
    return reading.hour === undefined && !reading.weekend && !reading.weekOf && (reading.day !== undefined || reading.weekday !== undefined || reading.holiday !== undefined);
  }
  if (reading.kind === 'shift' || reading.kind === 'anaphor') return reading.unit === 'day' && reading.hour === undefined;
  return false;
}

function withClock(day: Reading, clock: Reading): Reading {
  if (clock.kind !== 'calendar' || (day.kind !== 'calendar' && day.kind !== 'shift' && day.kind !== 'anaphor')) return day;
  const merged = { ...day, hour: clock.hour, minute: clock.minute };
  delete (merged as { partOfDay?: unknown }).partOfDay;
  return merged;
}

function connected(context: DateContext, scope: TokenRange, left: Candidate, right: Candidate): boolean {
  const gap = right.first - left.end;
  if (gap < 0 || gap > 2) return false;
  for (let index = left.end; index < right.first; index += 1) if (!CONNECTORS.has(keyAt(context, scope, index))) return false;
  return true;
}

/**
 * Merges each clock time with an adjacent day.
 * @returns the candidates with merged pairs replaced by one candidate each, in order
 */
export function mergeTimes(context: DateContext, scope: TokenRange, selected: Candidate[]): Candidate[] {
  const result: Candidate[] = [];
  for (let position = 0; position < selected.length; position += 1) {
    const current = selected[position];
    const next = selected[position + 1];
    if (next && connected(context, scope, current, next)) {
      const [clock, day] = isClockOnly(current) && isDay(next) ? [current, next] : isDay(current) && isClockOnly(next) ? [next, current] : [null, null];
      if (clock && day) {
        result.push({
          first: current.first,
          end: next.end,
          start: current.start,
          stop: next.stop,
          reading: withClock(day.reading, clock.reading),
          mod: day.mod,
          source: SOURCE,
        });
        position += 1;
        continue;
      }
    }
    result.push(current);
  }
  return result;
}
