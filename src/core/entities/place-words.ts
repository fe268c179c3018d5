/**
 * Place names the tagger cut before their last word: `English Channel` read as the nationality
 * `English` and a place `Channel`, `Gaza City` as `Gaza` and an organisation `City`,
 * `Los Angeles Basin` as `Los Angeles` and `Basin`. The tagger scores each word's label from
 * its neighbours, and a landform word it has mostly seen opening a name (`Channel 4`) or a
 * club's `City` starts a second span. A word of that kind alone is no name, so a one-word
 * mention of it that touches the mention before it, one space apart, is that name's end.
 *
 * Leading landform words (`Mount`, `Cape`, `Lake Baikal`) are left to the tagger: after a
 * name they start the next one (`Everest Mount` is not written).
 */
import type { Mention } from '../types.js';
import type { AnalyzedText } from '../nlp.js';
import { joinAdjacent } from './adjacent.js';
import { mentionOver } from './mentions.js';
import { isLocationKeyword, lookupName } from './knowledge.js';

const SOURCE = 'entities/place-words';

/** Landform words that open a name rather than end one. */
const LEADING_ONLY: ReadonlySet<string> = new Set(['Mount', 'Mt', 'Mt.', 'Cape']);

/**
 * Words that end a place's name after another name: the gazetteer's landform words, and
 * `City` (`Gaza City`, `Ho Chi Minh City`), which clubs share (`Hull City`).
 */
function endsPlaceName(word: string): boolean {
  return word === 'City' || (isLocationKeyword(word) && !LEADING_ONLY.has(word));
}

/**
 * Joins a one-word mention of a landform word or `City` to the mention just before it.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function joinPlaceWords(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { text } = analyzed;
  return joinAdjacent(mentions, text, (before, word) => {
    if (!endsPlaceName(word.text)) return null;
    // `(e.g. Gulf of Mexico`: a word before `of` opens the next name, and an abbreviation
    // the tagger took for a name ends no place.
    if (!/[\p{L}\p{N}]$/u.test(before.text) || /^\s+of\s/u.test(text.slice(word.end, word.end + 5))) return null;
    const type = joinedType(text.slice(before.start, word.end), before.type, word.text);
    return mentionOver(text, before.start, word.end, { file, type, source: SOURCE }, before);
  });
}

/**
 * The type of the joined name: the lists' if they know it (`Manchester City` the club), an
 * organisation's before `City` or `Channel` when the tagger read the first part as one
 * (`Melbourne City`, `Disney Channel`), else a place; the typing stage tells a landform (LOC)
 * from a city (GPE) by the last word.
 */
function joinedType(name: string, firstType: Mention['type'], lastWord: string): Mention['type'] {
  const known = lookupName(name);
  if (known) return known.type;
  if (firstType === 'ORG' && (lastWord === 'City' || lastWord === 'Channel')) return 'ORG';
  return 'GPE';
}
