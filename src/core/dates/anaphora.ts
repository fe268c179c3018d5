/**
 * Dates that count from the date mentioned last rather than from the document date:
 * `that day`, `the same year`, `later that year`, `the next day`, `the following week`,
 * `the next morning`, `two days later`, `a year earlier`. The resolver keeps the last
 * resolved date in document order and falls back to the document date when none came before.
 */
import type { TokenRange } from '../nlp.js';
import { readCount, startsCount } from './count.js';
import { PARTS_OF_DAY, UNITS, type Unit } from './lexicon.js';
import type { Candidate } from './reading.js';
import { candidate, keyAt, type DateContext, type DateParser, tokenwiseParser } from './window.js';

const SOURCE = 'dates/anaphora';

const ANAPHOR_UNITS: ReadonlySet<Unit> = new Set(['day', 'week', 'month', 'year', 'weekend']);

const STEPS: ReadonlyMap<string, number> = new Map([['next', 1], ['following', 1], ['previous', -1], ['preceding', -1], ['prior', -1]]);

function parseAt(context: DateContext, scope: TokenRange, index: number): Candidate | null {
  const key = context.keys[index];

  // `that day`, `that same year`, `the same day`, `later that month`
  if (key === 'that' || (key === 'same' && keyAt(context, scope, index - 1) === 'the')) {
    let at = index + 1;
    if (key === 'that' && keyAt(context, scope, at) === 'same') at += 1;
    const word = keyAt(context, scope, at);
    const unit = UNITS.get(word);
    const part = PARTS_OF_DAY.get(word);
    if ((unit === undefined || !ANAPHOR_UNITS.has(unit) || word.endsWith('s')) && part === undefined) return null;
    let first = key === 'same' ? index - 1 : index;
    const before = keyAt(context, scope, first - 1);
    if (before === 'later' || before === 'earlier') first -= 1;
    if (part !== undefined) return candidate(context, first, at + 1, { kind: 'anaphor', unit: 'day', amount: 0, partOfDay: part }, SOURCE);
    return candidate(context, first, at + 1, { kind: 'anaphor', unit: unit as Unit, amount: 0 }, SOURCE);
  }

  // `the next day`, `the following week`, `the previous year`, `the next morning`
  const step = STEPS.get(key);
  if (step !== undefined && keyAt(context, scope, index - 1) === 'the') {
    const word = keyAt(context, scope, index + 1);
    const unit = UNITS.get(word);
    const part = PARTS_OF_DAY.get(word);
    if (part !== undefined) return candidate(context, index - 1, index + 2, { kind: 'anaphor', unit: 'day', amount: step, partOfDay: part }, SOURCE);
    if (unit !== undefined && ANAPHOR_UNITS.has(unit) && !word.endsWith('s')) {
      return candidate(context, index - 1, index + 2, { kind: 'anaphor', unit, amount: step }, SOURCE);
    }
    return null;
  }

  // `the day before`, `the year after` closing a clause (not `the day after the election`).
  const single = UNITS.get(key);
  if (single !== undefined && ANAPHOR_UNITS.has(single) && !key.endsWith('s') && keyAt(context, scope, index - 1) === 'the') {
    const link = keyAt(context, scope, index + 1);
    const after = index + 2 < scope.end ? context.tokens[index + 2] : undefined;
    if ((link === 'before' || link === 'after') && (after === undefined || after.pos === 'PUNCT')) {
      return candidate(context, index - 1, index + 2, { kind: 'anaphor', unit: single, amount: link === 'before' ? -1 : 1 }, SOURCE);
    }
    return null;
  }

  // `two days later`, `a year earlier`
  const count = readCount(context, scope, index);
  if (count !== null && count.value !== null && Number.isInteger(count.value)) {
    const word = keyAt(context, scope, count.end);
    const unit = UNITS.get(word);
    const direction = keyAt(context, scope, count.end + 1);
    if (unit !== undefined && ANAPHOR_UNITS.has(unit) && (direction === 'later' || direction === 'earlier' || direction === 'before')) {
      // `before` only closing the clause: `two days before the vote` counts from the vote.
      if (direction === 'before') {
        const after = count.end + 2 < scope.end ? context.tokens[count.end + 2] : undefined;
        if (after !== undefined && after.pos !== 'PUNCT') return null;
      }
      const amount = direction === 'later' ? count.value : -count.value;
      return candidate(context, index, count.end + 2, { kind: 'anaphor', unit, amount }, SOURCE);
    }
  }
  return null;
}

/** The words `parseAt` reads anything at: `that`, `same`, steps (`next`), units and counts. */
function mayStartAt(key: string): boolean {
  return key === 'that' || key === 'same' || STEPS.has(key) || UNITS.has(key) || startsCount(key);
}

/** Dates anchored on the previous date mentioned; see the module comment. */
export const anaphoraParser: DateParser = tokenwiseParser(SOURCE, mayStartAt, parseAt);
