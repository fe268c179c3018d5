/**
 * Counts written before a unit (`two`, `5 1/2`, `twenty-five`, `a couple of`, `several`),
 * shared by the relative and duration parsers so `three years ago` and `three years` agree.
 */
import type { TokenRange } from '../nlp.js';
import { NUMBER_WORDS } from './lexicon.js';
import { attached, keyAt, type DateContext } from './window.js';

/** A count and where it ends; `value` is null for vague counts (`several`, `a few`). */
export interface Count {
  value: number | null;
  /** Token after the count. */
  end: number;
}

const VAGUE_COUNTS: ReadonlySet<string> = new Set(['several', 'many', 'few', 'some', 'numerous', 'countless']);

/**
 * Whether `readCount` can find a count starting at a token with this key: a number, a number
 * word, `a`/`an`/`half` or a vague quantity. Parsers that begin with a count start here.
 */
export function startsCount(key: string): boolean {
  const firstCode = key.charCodeAt(0);
  if (firstCode >= 49 && firstCode <= 57) return true;
  return key === 'a' || key === 'an' || key === 'half' || VAGUE_COUNTS.has(key) || NUMBER_WORDS.has(key);
}

/**
 * Reads a count starting at `index`: digits (`3`, `5 1/2`), number words (`two`,
 * `twenty-five`), `a`/`an`/`one`, `a couple of`, or a vague quantity. Returns null when the
 * token does not start a count.
 */
export function readCount(context: DateContext, scope: TokenRange, index: number): Count | null {
  const key = keyAt(context, scope, index);
  if (key === '') return null;
  const firstCode = key.charCodeAt(0);
  if (firstCode >= 49 && firstCode <= 57 && /^\d{1,4}(?:\.\d+)?$/.test(key)) {
    let value = Number(key);
    let end = index + 1;
    // `5 1/2 hours`
    if (keyAt(context, scope, end) === '1/2') {
      value += 0.5;
      end += 1;
    }
    return { value, end };
  }
  if (key === 'a' || key === 'an') {
    const next = keyAt(context, scope, index + 1);
    if (next === 'couple' && keyAt(context, scope, index + 2) === 'of') return { value: 2, end: index + 3 };
    if (next === 'few' || next === 'number') {
      return { value: null, end: next === 'number' && keyAt(context, scope, index + 2) === 'of' ? index + 3 : index + 2 };
    }
    if (next === 'half' || next === 'dozen') return { value: next === 'half' ? 0.5 : 12, end: index + 2 };
    return { value: 1, end: index + 1 };
  }
  if (key === 'half' && (keyAt(context, scope, index + 1) === 'a' || keyAt(context, scope, index + 1) === 'an')) {
    return { value: 0.5, end: index + 2 };
  }
  if (VAGUE_COUNTS.has(key)) return { value: null, end: index + 1 };
  const word = NUMBER_WORDS.get(key);
  if (word !== undefined) {
    // `twenty - five` arrives as three tokens when written with a hyphen.
    if (word >= 20 && word < 100 && keyAt(context, scope, index + 1) === '-' && attached(context, index + 1) && attached(context, index + 2)) {
      const unit = NUMBER_WORDS.get(keyAt(context, scope, index + 2));
      if (unit !== undefined && unit < 10) return { value: word + unit, end: index + 3 };
    }
    return { value: word, end: index + 1 };
  }
  return null;
}
