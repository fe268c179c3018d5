/**
 * Expressions that count from the document date: `today`, `yesterday`, `tonight`,
 * `last year`, `this week`, `earlier this month`, `two weeks ago`, `a couple of years ago`,
 * `this morning`, `last night`, `the weekend`. They carry a shift in units; the resolver
 * applies it to the anchor, or leaves the value null when there is none.
 */
import type { TokenRange } from '../nlp.js';
import type { DateModifier } from '../types.js';
import { readCount, startsCount } from './count.js';
import { PARTS_OF_DAY, RELATIONS, UNITS, type PartOfDay, type Relation } from './lexicon.js';
import type { Candidate, Reading } from './reading.js';
import { candidate, isCapitalized, keyAt, opensSentence, type DateContext, type DateParser, tokenwiseParser } from './window.js';

const SOURCE = 'dates/relative';

const DEICTIC_DAYS: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]]);

/** Hedges before a count and the TIMEX3 modifier each implies (`more than a decade ago` is BEFORE 1989). */
const HEDGES: ReadonlyMap<string, DateModifier | null> = new Map([
  ['about', 'APPROX'], ['around', 'APPROX'], ['roughly', 'APPROX'], ['approximately', 'APPROX'], ['some', 'APPROX'],
  ['nearly', 'APPROX'], ['almost', 'APPROX'], ['just', null], ['only', null], ['over', 'BEFORE'], ['under', 'AFTER'],
]);

/** Nouns whose `of the year` means the current year (`the end of the year`). */
const FRAME_NOUNS: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'close']);

/** Units a `last`/`this`/`next` shift can take (`last year`); days go through `yesterday` and weekdays. */
const SHIFT_UNITS: ReadonlySet<string> = new Set(['week', 'month', 'quarter', 'year', 'decade', 'century']);

function shiftOf(relation: Relation): number {
  return relation === 'last' ? -1 : relation === 'next' ? 1 : 0;
}

function parseAt(context: DateContext, scope: TokenRange, index: number): Candidate[] {
  const key = context.keys[index];

  // today, yesterday, tomorrow, tonight (+ morning/night): `yesterday morning`.
  const days = DEICTIC_DAYS.get(key);
  if (days !== undefined) {
    // `Today` the programme, `Tomorrow` in a title: only mid-sentence capitals are names.
    if (isCapitalized(context.tokens[index]) && !opensSentence(scope, index, context) && context.keys[index - 1] !== ',') {
      if (context.tokens[index - 1]?.pos === 'PROPN' || context.keys[index - 1] === "'s") return [];
    }
    // `the day before yesterday`, `the day after tomorrow`
    if (keyAt(context, scope, index - 2) === 'day' && (key === 'yesterday' || key === 'tomorrow')) {
      const link = keyAt(context, scope, index - 1);
      if ((link === 'before' && key === 'yesterday') || (link === 'after' && key === 'tomorrow')) {
        const first = keyAt(context, scope, index - 3) === 'the' ? index - 3 : index - 2;
        return [candidate(context, first, index + 1, { kind: 'shift', unit: 'day', amount: days * 2 }, SOURCE)];
      }
    }
    const reading: Reading = { kind: 'shift', unit: 'day', amount: days };
    let end = index + 1;
    if (key === 'tonight') reading.partOfDay = 'NI';
    else {
      const part = PARTS_OF_DAY.get(keyAt(context, scope, index + 1));
      if (part !== undefined && keyAt(context, scope, index + 1) !== 'overnight') {
        reading.partOfDay = part;
        end += 1;
      }
    }
    return [candidate(context, index, end, reading, SOURCE)];
  }

  // `this morning`, `last night`, `this evening`
  const relation = RELATIONS.get(key);
  if (relation !== undefined && (key === 'this' || key === 'last')) {
    const part: PartOfDay | undefined = PARTS_OF_DAY.get(keyAt(context, scope, index + 1));
    if (part !== undefined && keyAt(context, scope, index + 1) !== 'overnight') {
      if (key === 'last' && part !== 'NI' && part !== 'EV') return [];
      const amount = key === 'last' ? -1 : 0;
      return [candidate(context, index, index + 2, { kind: 'shift', unit: 'day', amount, partOfDay: part }, SOURCE)];
    }
  }

  // `last year`, `this week`, `next month`, `this past week`, `earlier this year`, `the current year`.
  if (relation !== undefined && key !== 'following') {
    let at = index + 1;
    let shift = shiftOf(relation);
    // `this past week`, `this coming year`
    if (key === 'this' && (keyAt(context, scope, at) === 'past' || keyAt(context, scope, at) === 'coming')) {
      shift = keyAt(context, scope, at) === 'past' ? -1 : 1;
      at += 1;
    }
    const unitKey = keyAt(context, scope, at);
    const unit = UNITS.get(unitKey);
    const previous = keyAt(context, scope, index - 1);
    // `the past week` and `the next year` are stretches of time (durations), `the previous
    // year` looks back from another date (anaphora); only `the current year` is deictic here.
    const articled = previous === 'the' && key !== 'current';
    if (unit !== undefined && !articled && key !== 'previous' && (SHIFT_UNITS.has(unit) || unit === 'weekend') && !unitKey.endsWith('s')) {
      let first = index;
      if (previous === 'earlier' || previous === 'later') first = index - 1;
      if (key === 'current' && previous === 'the') first = index - 1;
      if (unit === 'weekend') {
        return [candidate(context, first, at + 1, { kind: 'calendar', weekday: 6, weekend: true, relation: shift < 0 ? 'last' : shift > 0 ? 'next' : 'this' }, SOURCE)];
      }
      return [candidate(context, first, at + 1, { kind: 'shift', unit, amount: shift }, SOURCE)];
    }
    return [];
  }

  // `the end of the year`, `the beginning of the month`: in these frames `the year` is the
  // current one; the modifier refiner then takes `the end of` and sets the mod.
  if (key === 'the' && keyAt(context, scope, index - 1) === 'of' && FRAME_NOUNS.has(keyAt(context, scope, index - 2))) {
    const unit = UNITS.get(keyAt(context, scope, index + 1));
    if (unit !== undefined && SHIFT_UNITS.has(unit) && !keyAt(context, scope, index + 1).endsWith('s')) {
      return [candidate(context, index, index + 2, { kind: 'shift', unit, amount: 0 }, SOURCE)];
    }
  }

  // `the weekend`, `over the weekend`
  if (key === 'weekend' && keyAt(context, scope, index - 1) === 'the') {
    return [candidate(context, index - 1, index + 1, { kind: 'calendar', weekday: 6, weekend: true, relation: null }, SOURCE)];
  }

  // `two weeks ago`, `a couple of years ago`, `almost four years ago`, `more than a decade ago`.
  const count = readCount(context, scope, index);
  if (count !== null) {
    const unitKey = keyAt(context, scope, count.end);
    const unit = UNITS.get(unitKey);
    const direction = keyAt(context, scope, count.end + 1);
    const fromNow = direction === 'from' && keyAt(context, scope, count.end + 2) === 'now';
    if (unit === undefined || (direction !== 'ago' && !fromNow)) return [];
    const end = fromNow ? count.end + 3 : count.end + 2;
    let first = index;
    let mod: DateModifier | null = null;
    const previous = keyAt(context, scope, index - 1);
    if ((previous === 'than') && (keyAt(context, scope, index - 2) === 'more' || keyAt(context, scope, index - 2) === 'less')) {
      first = index - 2;
      mod = keyAt(context, scope, index - 2) === 'more' ? (fromNow ? 'AFTER' : 'BEFORE') : fromNow ? 'BEFORE' : 'AFTER';
    } else if (HEDGES.has(previous)) {
      first = index - 1;
      mod = HEDGES.get(previous) ?? null;
      if (fromNow && mod === 'BEFORE') mod = 'AFTER';
    }
    if (count.value === null) return [candidate(context, first, end, { kind: 'reference', value: fromNow ? 'FUTURE_REF' : 'PAST_REF' }, SOURCE)];
    const amount = fromNow ? count.value : -count.value;
    if (!Number.isInteger(amount)) return [];
    return [candidate(context, first, end, { kind: 'shift', unit, amount }, SOURCE, mod)];
  }

  // `years ago`, `decades ago`, `long ago`: vague, so only the past is known.
  if ((UNITS.has(key) && key.endsWith('s')) || key === 'long') {
    if (keyAt(context, scope, index + 1) === 'ago') {
      let first = index;
      if (key === 'long' && keyAt(context, scope, index - 1) === 'not') first = index - 1;
      // `many years ago` is caught by the count branch; a bare plural starts here.
      return [candidate(context, first, index + 2, { kind: 'reference', value: 'PAST_REF' }, SOURCE)];
    }
  }
  return [];
}

/**
 * The words `parseAt` reads anything at: deictic days, relations, `the` (of `the end of the
 * year`), `weekend`, counts, and the plural units and `long` of `years ago`, `long ago`.
 */
function mayStartAt(key: string): boolean {
  return DEICTIC_DAYS.has(key) || RELATIONS.has(key) || key === 'the' || key === 'weekend' || key === 'long' || UNITS.has(key) || startsCount(key);
}

/** Deictic words and shifts from the document date; see the module comment. */
export const relativeParser: DateParser = tokenwiseParser(SOURCE, mayStartAt, parseAt);
