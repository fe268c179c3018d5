/**
 * A name the tagger ran on over `at` into the place where it was: `the Open Championship at
 * Royal Portrush`, `Clue Crew at Zoo Atlanta`, `Earth station at Addis Ababa`; and a
 * building's name run on over `in` into its town (`Blue Mosque in Istanbul`). Names seldom
 * hold a lower-case `at` (the 20 MB bench corpus had 8 such mentions, one a name: `Catholic
 * University at Valparaíso`), and eng.train's entities never do; the part after it is a
 * venue or a town. The mention is split there: the first part keeps its type, the second
 * takes the type a list gives it, or a place's.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { splitMentions } from './split.js';
import { isFacilityWord, lookupName } from './knowledge.js';

const SOURCE = 'entities/venues';

/**
 * Splits the mentions that run on over `at` (or a building's `in`) into a capitalised name.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function splitAtVenues(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  // The cheap test: most mentions hold no `at` or `in`.
  const marker = (name: string): boolean => name.includes(' at ') || name.includes(' in ');
  return splitMentions(mentions, analyzed, { file, source: SOURCE }, marker, (mention, first, last) => {
    for (let index = first + 1; index < last; index += 1) {
      // `Blue Mosque in Istanbul`: after a building's word, `in` leads to its town as well.
      if (tokens[index].text !== 'at' && !(tokens[index].text === 'in' && isFacilityWord(tokens[index - 1].text))) continue;
      const venue = tokens[index + 1].text === 'the' && index + 1 < last ? index + 2 : index + 1;
      if (!/^\p{Lu}/u.test(tokens[venue].text) || !/^\p{Lu}/u.test(tokens[index - 1].text)) return null;
      const place = text.slice(tokens[venue].start, mention.end);
      return { firstEnd: index - 1, secondStart: venue, secondType: lookupName(place)?.type ?? 'GPE' };
    }
    return null;
  });
}
