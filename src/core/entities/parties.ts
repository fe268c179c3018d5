/**
 * A name before the word `party` is the party: `Tundu Lissu of the Chadema party`, `the Likud
 * party`. The tagger reads an unfamiliar party's name by its letters (`Chadema` a place); the
 * noun after it says what it is. eng.train tags the name so ORG 11 times (`Likud`,
 * `Jamaat-i-Islami`, `Northern League`) and MISC 7, all of these adjectives of a people or a
 * creed (`Nazi`, `Democratic`), which the typing stage has already made NORP and this stage
 * leaves alone. A name some list knows (`Beijing`, `Raptors`) and one not after `the` (`a
 * Sunnyside party`) are a party of the other kind.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { tokensByEnd, tokensByStart } from './tokens.js';
import { lookupName } from './knowledge.js';

/**
 * True when `mention` names a political party: an unlisted name after `the` (and perhaps one
 * lower-case word: `the ruling Jubilee party`) and before a lower-case `party`.
 * @param mention - a mention of the document
 * @param analyzed - the document
 */
export function namesParty(mention: Mention, analyzed: AnalyzedText): boolean {
  const { tokens, text } = analyzed;
  // The cheap test first: the characters after the mention.
  if (text.slice(mention.end + 1, mention.end + 6) !== 'party') return false;
  const last = tokensByEnd(tokens).get(mention.end);
  if (last === undefined || last + 1 >= tokens.length) return false;
  const next = tokens[last + 1];
  if (next.text !== 'party' || next.sentence !== tokens[last].sentence || lookupName(mention.text)) return false;
  // A political party is `the` party (`the Chadema party`, `the ruling Jubilee party`); `a
  // Sunnyside party`, `This Beijing party` are celebrations.
  const first = tokensByStart(tokens).get(mention.start);
  if (first === undefined) return false;
  const before = (offset: number): string => (first - offset >= 0 && tokens[first - offset].sentence === next.sentence ? tokens[first - offset].text : '');
  return /^the$/i.test(before(1)) || (/^\p{Ll}+$/u.test(before(1)) && /^the$/i.test(before(2)));
}
