/**
 * Holidays in entity spans: a holiday is a date, as OntoNotes has it, and the dates extractor
 * resolves it (dates/holiday.ts knows the names); the tagger read such names as people, places
 * and organisations. Used by the typing stage (index.ts).
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { isHolidayName, mayStartHolidayName } from '../dates/holiday.js';
import type { EntityLookups } from './config.js';
import { narrowedMention } from './names.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

/**
 * A name the tagger ran on from a holiday over a preposition (`Lunar New Year in Beijing`):
 * the holiday is a date, and the name is what follows, typed as the lists know it.
 * @param mention - a mention of the document
 * @param analyzed - the document
 * @param lookups - the lists and the user's names in force
 */
export function withoutLeadingHoliday(mention: Mention, analyzed: AnalyzedText, lookups: EntityLookups): Mention {
  if (!/ \p{Ll}+ \p{Lu}/u.test(mention.text) || lookups.lookup(mention.text)) return mention;
  const { tokens, text } = analyzed;
  const first = tokensByStart(tokens).get(mention.start);
  if (first === undefined) return mention;
  for (let last = first; last + 2 < tokens.length && tokens[last + 2].end <= mention.end; last += 1) {
    const preposition = tokens[last + 1];
    const rest = tokens[last + 2];
    if (!/^\p{Ll}+$/u.test(preposition.text) || !/^\p{Lu}/u.test(rest.text)) continue;
    if (!isHolidayName(text.slice(mention.start, tokens[last].end))) continue;
    const narrowed = narrowedMention(mention, rest.start, mention.end, text);
    const known = lookups.lookup(narrowed.text);
    return known ? { ...narrowed, type: known.type } : narrowed;
  }
  return mention;
}

/** A greeting for a holiday: `Merry Christmas`, `Happy Thanksgiving`. */
const GREETING = /^(?:Merry|Happy) (.+)$/u;

/**
 * A holiday (`Christmas`, `Thanksgiving`, `May Day`) is a date, as OntoNotes has it, and the
 * dates extractor resolves it; the tagger read such names as people and places. So is a
 * greeting for one (`Merry Christmas`, `Happy Thanksgiving`, read as people), and a name that
 * the next word or two make a holiday (`Martin Luther King` in `Martin Luther King Jr. Day`,
 * `Chinese` in `Chinese New Year`). A name the user lists stays.
 * @param mention - a mention of the document
 * @param analyzed - the document
 * @param lookups - the lists and the user's names in force
 */
export function isHoliday(mention: Mention, analyzed: AnalyzedText, lookups: EntityLookups): boolean {
  // Each reading below needs a holiday's first word, or a greeting, to open the mention.
  if (!mayStartHolidayName(mention.text) && !GREETING.test(mention.text)) return false;
  if (lookups.userEntry(mention.text)) return false;
  if (!lookups.lookup(mention.text)) {
    if (isHolidayName(mention.text)) return true;
    const greeting = GREETING.exec(mention.text);
    if (greeting && isHolidayName(greeting[1])) return true;
  }
  // A listed name too: `Chinese` in `Chinese New Year` names no people.
  const { tokens, text } = analyzed;
  const last = tokensByEnd(tokens).get(mention.end);
  if (last === undefined) return false;
  for (let next = last + 1; next <= last + 2 && next < tokens.length && tokens[next].sentence === tokens[last].sentence; next += 1) {
    if (/^\p{Lu}/u.test(tokens[next].text) && isHolidayName(text.slice(mention.start, tokens[next].end))) return true;
  }
  return false;
}
