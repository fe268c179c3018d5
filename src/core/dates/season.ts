/**
 * Seasons: `this fall`, `last spring`, `the summer of 1998`, `fall 1998`, `in the winter`.
 * `fall` and `spring` are common verbs and nouns, so a season needs a determiner, a
 * relation or a year beside it, and `the fall of Saigon` is not one.
 */
import { fourDigitYear, RELATIONS, SEASONS } from './lexicon.js';
import type { Candidate, CalendarReading } from './reading.js';
import { candidate, isCapitalized, keyAt, opensSentence, type DateParser } from './window.js';

const SOURCE = 'dates/season';

/** Words before `the summer` that make it the season (`in the summer`, `during the fall`). */
const SEASON_LEADS: ReadonlySet<string> = new Set(['in', 'during', 'by', 'until', 'since', 'through', 'throughout', 'over', 'for', 'before', 'after', 'this', 'that', 'of', 'early', 'late', 'mid']);

export const seasonParser: DateParser = {
  source: SOURCE,
  mayStartAt: (key) => SEASONS.has(key),
  parse(context, scope, startBit) {
    const found: Candidate[] = [];
    for (let index = scope.first; index < scope.end; index += 1) {
      if ((context.starts[index] & startBit) === 0) continue;
      const key = context.keys[index];
      const season = SEASONS.get(key);
      if (season === undefined) continue;
      const token = context.tokens[index];
      // `Arab Spring`, `Prague Spring`: a capitalised season after a name is an event.
      if (isCapitalized(token) && !opensSentence(scope, index, context) && context.tokens[index - 1]?.pos === 'PROPN' && isCapitalized(context.tokens[index - 1])) continue;
      if (token.pos === 'VERB' || token.pos === 'AUX') continue;
      const previous = keyAt(context, scope, index - 1);
      const next = keyAt(context, scope, index + 1);
      const reading: CalendarReading = { kind: 'calendar', season, relation: null };
      let first = index;
      let end = index + 1;
      // `fall 1998`, `the fall of 1998`
      const yearAt = next === 'of' ? index + 2 : index + 1;
      const year = fourDigitYear(keyAt(context, scope, yearAt));
      if (year !== null) {
        reading.year = year;
        end = yearAt + 1;
      } else if (next === 'of') {
        // `the fall of Saigon`, `the spring of discontent`
        continue;
      }
      const relation = RELATIONS.get(previous);
      if (relation !== undefined && previous !== 'current' && previous !== 'following' && year === null) {
        reading.relation = relation;
        first = index - 1;
        if (relation !== 'this' && keyAt(context, scope, index - 2) === 'this') first = index - 2;
      } else if (previous === 'the' && year === null) {
        // `the summer` alone needs a preposition before it, and no noun after (`the summer Olympics`).
        const lead = keyAt(context, scope, index - 2);
        if (!SEASON_LEADS.has(lead)) continue;
        const nextToken = index + 1 < scope.end ? context.tokens[index + 1] : undefined;
        if (nextToken && (nextToken.pos === 'NOUN' || nextToken.pos === 'PROPN') && next !== "'s") continue;
        first = index - 1;
      } else if (previous === 'the') {
        first = index - 1;
      } else if (year === null) {
        // `early spring`, `late summer`: the modifier refiner takes the adjective.
        if (!(previous === 'early' || previous === 'late' || previous === 'mid' || previous === 'in' || previous === 'this')) continue;
        if (previous === 'in') {
          const nextToken = index + 1 < scope.end ? context.tokens[index + 1] : undefined;
          if (nextToken && (nextToken.pos === 'NOUN' || nextToken.pos === 'PROPN')) continue;
        }
      }
      found.push(candidate(context, first, end, reading, SOURCE));
    }
    return found;
  },
};
