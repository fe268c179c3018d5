/**
 * Refiner: widens a date over the modifier written before it and records the TIMEX3 `mod`:
 * `early this year` (START), `late November` (END), `mid-1990s` (MID), `the end of the
 * month` (END), `the beginning of 1998` (START). Runs after selection, so a modifier only
 * attaches to a date that won its place; the widened date keeps its parser's `source`.
 */
import type { TokenRange } from '../nlp.js';
import type { DateModifier } from '../types.js';
import type { Candidate } from './reading.js';
import { attached, keyAt, type DateContext } from './window.js';

const ADJECTIVES: ReadonlyMap<string, DateModifier> = new Map([['early', 'START'], ['late', 'END'], ['mid', 'MID']]);

/** `the end of`, `the beginning of` …: the noun and its modifier. */
const PHRASES: ReadonlyMap<string, DateModifier> = new Map([
  ['end', 'END'], ['close', 'END'], ['beginning', 'START'], ['start', 'START'], ['dawn', 'START'], ['middle', 'MID'],
]);

function modifiable(found: Candidate): boolean {
  const reading = found.reading;
  if (reading.kind === 'calendar') return reading.hour === undefined;
  return reading.kind === 'shift' || reading.kind === 'anaphor';
}

/**
 * Extends each modifiable date leftwards over `early`/`late`/`mid` (with an optional hyphen)
 * or `(the) end|beginning|middle of`, never into the previous selected expression.
 * @returns the same candidates, some widened, in the same order
 */
export function applyModifiers(context: DateContext, scope: TokenRange, selected: Candidate[]): Candidate[] {
  return selected.map((found, position) => {
    if (found.mod !== null || !modifiable(found)) return found;
    const floor = position > 0 ? selected[position - 1].end : scope.first;
    let at = found.first - 1;
    if (at < floor) return found;
    let mod: DateModifier | undefined;
    let first = found.first;
    // `late-November`: the hyphen is a token of its own.
    if (keyAt(context, scope, at) === '-' && attached(context, at) && attached(context, at + 1)) at -= 1;
    const adjective = ADJECTIVES.get(keyAt(context, scope, at));
    if (adjective !== undefined && at >= floor) {
      mod = adjective;
      first = at;
    } else if (keyAt(context, scope, found.first - 1) === 'of' && found.first - 2 >= floor) {
      const phrase = PHRASES.get(keyAt(context, scope, found.first - 2));
      if (phrase !== undefined) {
        mod = phrase;
        first = found.first - 2;
      }
    }
    if (mod === undefined) return found;
    if (first - 1 >= floor && keyAt(context, scope, first - 1) === 'the') first -= 1;
    // The parser that read the date stays its source: the modifier only qualifies it.
    return { ...found, first, start: context.tokens[first].start, mod };
  });
}
