/**
 * Refiner: phrases that take a day written after them and name another time from it:
 * `the day before last Tuesday`, `two days after Oct. 23`, `the week of March 6`. Without
 * it the inner date would be reported, but for the wrong day or granularity.
 */
import type { TokenRange } from '../nlp.js';
import { readCount } from './count.js';
import type { Candidate } from './reading.js';
import { keyAt, type DateContext } from './window.js';

const SOURCE = 'dates/frame';

/** A single day, the only thing these phrases count from. */
function isDay(found: Candidate): boolean {
  const reading = found.reading;
  if (reading.kind === 'calendar') return !reading.weekend && !reading.weekOf && (reading.day !== undefined || reading.weekday !== undefined || reading.holiday !== undefined);
  if (reading.kind === 'shift' || reading.kind === 'anaphor') return reading.unit === 'day';
  return false;
}

/**
 * Widens each day preceded by `(the) day before|after`, `N days|weeks before|after` or
 * `the week of` over the phrase, and records the step.
 * @returns the candidates, some widened, in order
 */
export function applyFrames(context: DateContext, scope: TokenRange, selected: Candidate[]): Candidate[] {
  return selected.map((found, position) => {
    if (!isDay(found)) return found;
    const floor = position > 0 ? selected[position - 1].end : scope.first;
    const link = keyAt(context, scope, found.first - 1);
    const unitAt = found.first - 2;
    if (unitAt < floor) return found;
    const unit = keyAt(context, scope, unitAt);
    // `the week of March 6`
    if (link === 'of' && unit === 'week' && found.reading.kind === 'calendar') {
      const first = unitAt - 1 >= floor && keyAt(context, scope, unitAt - 1) === 'the' ? unitAt - 1 : unitAt;
      return { ...found, first, start: context.tokens[first].start, reading: { ...found.reading, weekOf: true }, source: SOURCE };
    }
    if (link !== 'before' && link !== 'after') return found;
    const sign = link === 'before' ? -1 : 1;
    let first: number;
    let amount: number;
    let step: 'day' | 'week';
    if (unit === 'day' || unit === 'week') {
      step = unit;
      amount = 1;
      first = unitAt - 1 >= floor && (keyAt(context, scope, unitAt - 1) === 'the' || keyAt(context, scope, unitAt - 1) === 'a') ? unitAt - 1 : unitAt;
    } else if (unit === 'days' || unit === 'weeks') {
      step = unit === 'days' ? 'day' : 'week';
      // The count is one or a few tokens before the unit (`two`, `twenty - five`).
      let count = null;
      let countAt = unitAt - 1;
      for (; countAt >= Math.max(floor, unitAt - 3); countAt -= 1) {
        const read = readCount(context, scope, countAt);
        if (read !== null && read.end === unitAt && read.value !== null) {
          count = read.value;
          break;
        }
      }
      if (count === null || !Number.isInteger(count)) return found;
      amount = count;
      first = countAt;
    } else {
      return found;
    }
    return {
      ...found,
      first,
      start: context.tokens[first].start,
      reading: { kind: 'offset', base: found.reading, unit: step, amount: sign * amount },
      source: SOURCE,
    };
  });
}
