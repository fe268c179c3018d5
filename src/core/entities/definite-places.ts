/**
 * A one-word name after `at the` or `in the` is a place, not a person: `at the Gabba in
 * Brisbane`, `in the Bundestag`, `at the Louvre`. English gives a person's name no article,
 * and the tagger, reading an unknown capitalised word, takes it for a surname. In eng.train,
 * of the one-word names written after `at the` or `in the` (nationalities aside), 44 are places,
 * 15 organisations and 3 people, all three the owner of a noun (`in the Clinton
 * administration`); so a word followed by a lower-case word is left alone.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { lookupName } from './knowledge.js';
import { rewriteMentions } from './mentions.js';

/** Lower-case words that may follow a place's name but not stand for what a name owns. */
const AFTER_PLACE: ReadonlySet<string> = new Set(['in', 'on', 'at', 'near', 'and', 'or', 'for', 'with', 'from', 'to', 'by', 'last', 'this', 'next', 'where', 'when', 'since', 'until']);

/**
 * Retypes a one-word person after `at the` or `in the` as the place or body the lists know it
 * as, or as a place.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typeDefinitePlaces(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens, text } = analyzed;
  // The cheap tests first: a one-word person, `the` right before it.
  const mayBePlace = (mention: Mention): boolean =>
    mention.type === 'PERSON' && mention.role === undefined && !/\s/.test(mention.text) && /(?:^|\s)(?:at|in) the $/u.test(text.slice(Math.max(0, mention.start - 8), mention.start));
  return rewriteMentions(
    mentions,
    tokens,
    (mention, first, last) => {
      if (tokens[first - 2]?.sentence !== tokens[first].sentence) return mention;
      const next = tokens[last + 1];
      // A noun owned (`the Clinton administration`), or a number run on (`the Tier 1 guy`).
      if (next !== undefined && next.sentence === tokens[last].sentence && (next.kind === 'number' || (next.kind === 'word' && !AFTER_PLACE.has(next.text)))) return mention;
      const known = lookupName(mention.text);
      if (known?.type === 'PERSON') return mention;
      return { ...mention, type: known?.type ?? 'LOC' };
    },
    mayBePlace,
  );
}
