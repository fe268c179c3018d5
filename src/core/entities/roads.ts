/**
 * Roads named by their number: `Interstate 95`, `Interstates 80`, `Route 66`, `Highway 401`,
 * `U.S. Route 1`, `State Route 9`. The tagger keeps the capitalised word and leaves the number
 * out (`Interstate` an organisation), so the road came out as a body. A road is a place (LOC;
 * OntoNotes files it as a facility), named by its word and its number together. Only a
 * capitalised road word right before a number counts: `the route 66 buses take` is no name.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, replaceWithin } from './mentions.js';

const SOURCE = 'entities/roads';

/** Capitalised words that name a road with the number after them. */
const ROAD_WORDS: ReadonlySet<string> = new Set(['Interstate', 'Interstates', 'Route', 'Highway', 'Motorway', 'Autobahn', 'Expressway', 'Freeway']);

/** Words that open a road's name before its word (`U.S. Route 1`, `State Route 9`, `National Highway 44`). */
const ROAD_OWNERS: ReadonlySet<string> = new Set(['U.S.', 'US', 'State', 'National', 'County', 'Provincial', 'Federal']);

/**
 * Makes one LOC mention of each road word and the number after it, replacing what the tagger
 * read of it.
 * @param mentions - the mentions so far, by position
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function joinRoadNumbers(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  let result = mentions;
  for (let index = 0; index + 1 < tokens.length; index += 1) {
    if (!ROAD_WORDS.has(tokens[index].text) || !isRoadNumber(tokens, index)) continue;
    const owner = tokens[index - 1];
    const first = owner !== undefined && owner.sentence === tokens[index].sentence && ROAD_OWNERS.has(owner.text) ? index - 1 : index;
    const start = tokens[first].start;
    const end = tokens[index + 1].end;
    result = replaceWithin(result, start, end, () => mentionOver(text, start, end, { file, type: 'LOC', source: SOURCE }));
  }
  return result;
}

/** A number of one to four digits, perhaps with a letter (`95`, `1A`), one space after the road word. */
function isRoadNumber(tokens: readonly Token[], index: number): boolean {
  const number = tokens[index + 1];
  return number.sentence === tokens[index].sentence && number.start === tokens[index].end + 1 && /^\d{1,4}[A-Z]?$/.test(number.text);
}
