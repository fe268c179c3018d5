/**
 * Weekday names: `Friday`, `last Friday`, `next Tuesday`, `this past Sunday`,
 * `Thursday morning`. Which Friday is meant is the resolver's call (tense, document date).
 */
import { PARTS_OF_DAY, RELATIONS, WEEKDAYS } from './lexicon.js';
import type { Candidate, CalendarReading } from './reading.js';
import { candidate, isCapitalized, keyAt, opensSentence, type DateParser } from './window.js';

const SOURCE = 'dates/weekday';

/** Capitalised words that turn a weekday into a name or a holiday of its own (`Bloody Sunday`). */
const NAMING_WORDS: ReadonlySet<string> = new Set([
  'bloody', 'black', 'super', 'good', 'ash', 'palm', 'holy', 'cyber', 'easter', 'maundy', 'fat', 'blue', 'man', 'girl', 'shrove', 'whit',
]);

/** Capitalised words after a weekday that make it a title (`Sunday Times`, `Monday Night Football`). */
const TITLE_WORDS: ReadonlySet<string> = new Set([
  'times', 'telegraph', 'express', 'herald', 'mirror', 'post', 'independent', 'tribune', 'star', 'sport', 'mail', 'night', 'morning', 'people', 'world',
]);

/** Weekday names with an optional relation before and part of the day after. */
export const weekdayParser: DateParser = {
  source: SOURCE,
  mayStartAt: (key) => WEEKDAYS.has(key),
  parse(context, scope, startBit) {
    const found: Candidate[] = [];
    for (let index = scope.first; index < scope.end; index += 1) {
      if ((context.starts[index] & startBit) === 0) continue;
      const key = context.keys[index];
      const weekday = WEEKDAYS.get(key);
      if (weekday === undefined) continue;
      const token = context.tokens[index];
      if (!isCapitalized(token)) continue;
      const previousToken = context.tokens[index - 1];
      if (index > scope.first && NAMING_WORDS.has(context.keys[index - 1]) && isCapitalized(previousToken)) continue;
      const nextIndex = index + 1;
      const next = keyAt(context, scope, nextIndex);
      if (next !== '' && TITLE_WORDS.has(next) && isCapitalized(context.tokens[nextIndex]) && !opensSentence(scope, index, context)) continue;

      let first = index;
      let relation: CalendarReading['relation'] = null;
      const before = RELATIONS.get(keyAt(context, scope, index - 1));
      if (before !== undefined && keyAt(context, scope, index - 1) !== 'current' && keyAt(context, scope, index - 1) !== 'following') {
        relation = before;
        first = index - 1;
        // `this past Sunday`, `this coming Friday`
        if (before !== 'this' && keyAt(context, scope, index - 2) === 'this') first = index - 2;
      }
      let end = index + 1;
      const reading: CalendarReading = { kind: 'calendar', weekday, relation };
      const part = PARTS_OF_DAY.get(next);
      if (part !== undefined && next !== 'overnight') {
        reading.partOfDay = part;
        end += 1;
      }
      found.push(candidate(context, first, end, reading, SOURCE));
    }
    return found;
  },
};
