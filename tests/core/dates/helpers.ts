import { extractDates } from '../../../src/core/dates/index.js';
import { createNlp } from '../../../src/core/nlp.js';
import type { DateMention } from '../../../src/core/types.js';

const nlp = createNlp();

/** All temporal expressions of an inline text, anchored on `date`. */
export function dates(text: string, date: string | null = '1998-08-07'): DateMention[] {
  return extractDates(nlp.analyze(text), 'inline.txt', date);
}

/** DATE and TIME expressions only, as `text → value` pairs. */
export function values(text: string, date: string | null = '1998-08-07'): [string, string | null][] {
  return dates(text, date)
    .filter((mention) => mention.temporalType === 'DATE' || mention.temporalType === 'TIME')
    .map((mention) => [mention.text, mention.value]);
}

/** The mention whose text is exactly `expression`, or undefined. */
export function find(text: string, expression: string, date: string | null = '1998-08-07'): DateMention | undefined {
  return dates(text, date).find((mention) => mention.text === expression);
}
