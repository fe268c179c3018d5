/**
 * Ships are named after people and places (`USS Gerald R. Ford`, `HMS Prince of Wales`, `INS
 * Vikrant`): the tagger reads the name after the navy's prefix as the person or the place, and
 * the person's table then counts a carrier as the late president. A ship is a thing, MISC, as
 * OntoNotes files vessels among products; its prefix is part of its name and keeps it apart
 * from its namesake. Without a prefix, a kind of vessel written before the name says the same
 * (`the aircraft carrier Enterprise`, `the ferry Estonia`); the noun stays out of the name.
 *
 * Runs after span cleaning, which would take the prefix for an acronym of a body's and cut it.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { isCommonWord, isListedPlace, isNeverName, isTitleWord } from './knowledge.js';

const SOURCE = 'entities/ships';

/**
 * Prefixes that stand only before a vessel's name: navies' (`USS`, `HMS`, `HMAS`, `INS`), the
 * US and British fleet auxiliaries', merchant and research vessels'. Not `SS`, which also names
 * the Nazi corps.
 */
const SHIP_PREFIXES: ReadonlySet<string> = new Set([
  'USS', 'USNS', 'USCGC', 'HMS', 'HMAS', 'HMCS', 'HMNZS', 'HMY', 'INS', 'RFA', 'RMS', 'MV', 'RV', 'KRI', 'ROKS',
]);

/**
 * Kinds of vessel written right before a ship's name (`the ferry Estonia`, `the tanker Exxon
 * Valdez`); `carrier` only as an aircraft carrier, since airlines and telephone companies are
 * carriers too.
 */
const VESSEL_NOUNS: ReadonlySet<string> = new Set([
  'warship', 'warships', 'frigate', 'frigates', 'destroyer', 'destroyers', 'submarine', 'submarines', 'cruiser', 'cruisers', 'battleship',
  'battleships', 'corvette', 'corvettes', 'tanker', 'tankers', 'freighter', 'freighters', 'ferry', 'ferries', 'liner', 'liners', 'yacht',
  'trawler', 'trawlers', 'icebreaker', 'schooner', 'steamer', 'vessel', 'vessels', 'ship', 'ships',
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
    if (SHIP_PREFIXES.has(tokens[index].text)) {
      const last = nameEnd(tokens, index + 1);
      // `USS Arizona Memorial` is a place named after the ship.
      if (last < 0 || SHIP_PLACES.has(tokens[last].text)) continue;
      ships.push(mentionOver(text, tokens[index].start, tokens[last].end, { file, type: 'MISC', source: SOURCE }));
      index = last;
    } else if (isVesselNoun(tokens, index) && !SHIP_PREFIXES.has(tokens[index + 1].text)) {
      index = namesAfterVesselNoun(tokens, index, (first, last) => ships.push(mentionOver(text, tokens[first].start, tokens[last].end, { file, type: 'MISC', source: SOURCE })));
    }
  }
  if (ships.length === 0) return mentions;
  // Once a vessel's noun has shown a name to be a ship, the name alone is the ship throughout
  // (`the aircraft carrier Carl Vinson` … `the Carl Vinson`), unless it is a place the lists
  // know (`the ferry Estonia` … `Estonia's government`).
  const shipNames = new Set(ships.map((ship) => ship.text).filter((name) => !isListedPlace(name)));
  const kept = mentions
    .filter((mention) => !ships.some((ship) => mention.start < ship.end && ship.start < mention.end))
    .map((mention) => (shipNames.has(mention.text) && mention.type !== 'MISC' ? { ...mention, type: 'MISC' as const, source: SOURCE } : mention));
  return [...kept, ...ships].sort(byPosition);
}

/**
 * Whether a word after a vessel's noun may open the ship's name: no pronoun, article or
 * conjunction (`the ship The`, where a sentence ran on without its stop), no title, no verb,
 * and an ordinary word only where wink reads it as a proper noun (`Enterprise`, `Discovery`).
 */
function mayOpenShipName(token: Token): boolean {
  const word = token.text;
  if (isNeverName(word) || isTitleWord(word) || token.pos === 'VERB') return false;
  return token.pos === 'PROPN' || !isCommonWord(word);
}

/** A kind of vessel at `index` used as a noun, or `aircraft carrier(s)`. */
function isVesselNoun(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index].text;
  const noun = VESSEL_NOUNS.has(word) || ((word === 'carrier' || word === 'carriers') && index > 0 && tokens[index - 1].text === 'aircraft');
  // `will ship Windows 11`, `ferry supplies`: a verb names no vessel.
  return noun && tokens[index].pos !== 'VERB';
}

/**
 * Reports each ship's name after the vessel noun at `noun` (after a plural one, a list:
 * `aircraft carriers Vinson and Enterprise`); returns the index to go on from.
 */
function namesAfterVesselNoun(tokens: readonly Token[], noun: number, report: (first: number, last: number) => void): number {
  const plural = tokens[noun].text.endsWith('s') || tokens[noun].text === 'ferries';
  let first = noun + 1;
  let resume = noun;
  for (;;) {
    if (first >= tokens.length || !mayOpenShipName(tokens[first])) return resume;
    const last = nameEnd(tokens, first);
    if (last < 0 || SHIP_PLACES.has(tokens[last].text)) return resume;
    report(first, last);
    resume = last;
    const next = tokens[last + 1];
    if (!plural || next === undefined || next.sentence !== tokens[last].sentence || (next.text !== ',' && next.text !== 'and')) return resume;
    first = next.text === ',' && tokens[last + 2]?.text === 'and' ? last + 3 : last + 2;
    if (first >= tokens.length) return resume;
  }
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
