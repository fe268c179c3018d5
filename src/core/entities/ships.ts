/**
 * Ships are named after people and places (`USS Gerald R. Ford`, `HMS Prince of Wales`, `INS
 * Vikrant`): the tagger reads the name after the navy's prefix as the person or the place, and
 * the person's table then counts a carrier as the late president. A ship is a thing, MISC, as
 * OntoNotes files vessels among products; its prefix is part of its name and keeps it apart
 * from its namesake. eng.train names no ship, so this follows the prefix alone.
 *
 * Runs after span cleaning, which would take the prefix for an acronym of a body's and cut it.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';

const SOURCE = 'entities/ships';

/**
 * Prefixes that stand only before a vessel's name: navies' (`USS`, `HMS`, `HMAS`, `INS`), the
 * US and British fleet auxiliaries', merchant and research vessels'. Not `SS`, which also names
 * the Nazi corps.
 */
const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  'USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'HMY', 'INS', 'RFA', 'RMS', 'MV', 'RV', 'KRI', 'ROKS',
]);

/** Lower-case words inside a vessel's name between capitalised ones (`Prince of Wales`). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'the', 'de', 'la', 'del', 'von', 'van']);

/** Last words of places named after a ship. */
const SHIP_PLACES: ReadonlySet<string> = new Set(['Memorial', 'Museum']);

/** No name runs on this far: a longer run of capitals is a headline, not a ship. */
const MOST_WORDS = 6;

/**
 * Makes one MISC mention of each vessel the document names by a prefix and capitalised words,
 * in place of the mentions the tagger made of its parts.
 * @param mentions - the mentions so far (after span cleaning)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, ships whole
 */
export function typeShipNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const ships: Mention[] = [];
  for (let index = 0; index < tokens.length - 1; index += 1) {
    if (!SHIP_PREFIXES.has(tokens[index].text)) continue;
    const last = nameEnd(tokens, index + 1);
    // `USS Arizona Memorial` is a place named after the ship.
    if (last < 0 || SHIP_PLACES.has(tokens[last].text)) continue;
    ships.push(mentionOver(text, tokens[index].start, tokens[last].end, { file, type: 'MISC', source: SOURCE }));
    index = last;
  }
  if (ships.length === 0) return mentions;
  const kept = mentions.filter((mention) => !ships.some((ship) => mention.start < ship.end && ship.start < mention.end));
  return [...kept, ...ships].sort(byPosition);
}

/** The last token of the capitalised name that opens at `first`, one space after the prefix, or -1. */
function nameEnd(tokens: readonly Token[], first: number): number {
  const opening = tokens[first];
  if (!opening.spaceBefore || opening.sentence !== tokens[first - 1].sentence || !isNameWord(opening.text)) return -1;
  let last = first;
  let words = 1;
  for (let index = first + 1; index < tokens.length && words < MOST_WORDS; index += 1) {
    const token = tokens[index];
    if (token.sentence !== opening.sentence) break;
    // An initial's full stop is part of it (`Gerald R. Ford`).
    if (token.text === '.' && !token.spaceBefore && /^\p{Lu}$/u.test(tokens[index - 1].text) && index + 1 < tokens.length && isNameWord(tokens[index + 1].text)) {
      last = index;
      continue;
    }
    if (!token.spaceBefore) break;
    if (isNameWord(token.text)) {
      last = index;
      words += 1;
      continue;
    }
    if (CONNECTORS.has(token.text) && index + 1 < tokens.length && isNameWord(tokens[index + 1].text) && tokens[index + 1].sentence === opening.sentence) continue;
    break;
  }
  return last;
}

/** A capitalised word or an initial (`Cole`, `R.`, `Ford`), not a possessive. */
function isNameWord(word: string): boolean {
  return /^\p{Lu}[\p{L}'’-]*\.?$/u.test(word) && !/['’]s$/u.test(word);
}
