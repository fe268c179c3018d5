/**
 * A name before the word `party` is the party: `the ruling Jubilee party`, `the Likud party`.
 * The tagger reads an unfamiliar party's name by its letters (`Chadema` was a place); the
 * noun after it says what it is. eng.train tags the name so ORG 11 times (`Likud`,
 * `Jamaat-i-Islami`, `Northern League`) and MISC 7, all of these adjectives of a people or a
 * creed (`Nazi`, `Democratic`), which the typing stage has already made NORP and this stage
 * leaves alone. A name some list knows (`Beijing`, `Raptors`) and one not after `the` (`a
 * Sunnyside party`) are a party of the other kind.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { tokensByEnd, tokensByStart, type TokenIndex } from './tokens.js';
import { lookupName } from './knowledge.js';

const SOURCE = 'entities/parties';

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
  // A political party is `the` party (`the Mazingira party`, `the ruling Jubilee party`); `a
  // Sunnyside party`, `This Beijing party` are celebrations.
  const first = tokensByStart(tokens).get(mention.start);
  if (first === undefined) return false;
  const before = (offset: number): string => (first - offset >= 0 && tokens[first - offset].sentence === next.sentence ? tokens[first - offset].text : '');
  return /^the$/i.test(before(1)) || (/^\p{Ll}+$/u.test(before(1)) && /^the$/i.test(before(2)));
}

/**
 * Words in brackets that tell one party from another of the same name, in South Asian
 * politics above all: `Janata Dal (United)`, `Janata Dal (Secular)`, `Communist Party of India
 * (Marxist)`. A closed list: other words in brackets after a name are places (`Acme Holdings
 * (Singapore)`), acronyms or asides.
 */
const PARTY_QUALIFIERS: ReadonlySet<string> = new Set(['United', 'Secular', 'Marxist', 'Marxist-Leninist', 'Maoist', 'Socialist']);

/**
 * Joins a party's name and the qualifier in brackets after it into one organisation, in place
 * of the tagger's reading of the two (`Janata Dal` a person, `United` a body).
 * @param mentions - the mentions so far (after span cleaning)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, such names whole
 */
export function joinPartyQualifiers(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  let byEnd: TokenIndex | null = null;
  let result = mentions;
  for (const mention of mentions) {
    // The cheap test first: a bracket right after the mention.
    if (text.slice(mention.end, mention.end + 2) !== ' (') continue;
    byEnd ??= tokensByEnd(tokens);
    const last = byEnd.get(mention.end);
    if (last === undefined || last + 3 >= tokens.length || tokens[last + 1].text !== '(') continue;
    // The qualifier may be more than one token (`Marxist-Leninist`).
    let close = last + 3;
    while (close < Math.min(tokens.length, last + 6) && tokens[close].text !== ')') close += 1;
    if (close >= tokens.length || tokens[close].text !== ')' || tokens[close].sentence !== tokens[last].sentence) continue;
    if (!PARTY_QUALIFIERS.has(text.slice(tokens[last + 2].start, tokens[close - 1].end))) continue;
    const end = tokens[close].end;
    const inside = result.filter((other) => other.start >= mention.start && other.end <= end);
    result = [...result.filter((other) => !inside.includes(other)), mentionOver(text, mention.start, end, { file, type: 'ORG', source: SOURCE })];
  }
  return result === mentions ? mentions : result.sort(byPosition);
}
