/**
 * A sea's or an ocean's adjective used as its name: `drowned in the Mediterranean`, `storms
 * hit the Caribbean`. The tagger reads the word as the adjective it mostly is (`Mediterranean
 * diet`, `Baltic states`), a group or thing; after `the`, heading its own phrase, it is the
 * place. A people's name in the same position (`the Irish`) is the people, so only these
 * words count.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { followsThe, tokensByStart } from './tokens.js';

/** Adjectives that name a sea, an ocean or the region around it when used as nouns. */
const SEA_ADJECTIVES: ReadonlySet<string> = new Set([
  'Mediterranean', 'Caribbean', 'Baltic', 'Adriatic', 'Aegean', 'Pacific', 'Atlantic', 'Arctic', 'Antarctic', 'Caspian',
]);

/** Parts of speech that would make the word a modifier of the next one (`the Baltic states`). */
const MODIFIED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * True when a one-word mention is a sea's adjective after `the`, heading its own phrase.
 * @param mention - a mention of the document
 * @param analyzed - the document
 */
export function isSeaByAdjective(mention: Mention, analyzed: AnalyzedText): boolean {
  if (!SEA_ADJECTIVES.has(mention.text)) return false;
  const { tokens } = analyzed;
  const index = tokensByStart(tokens).get(mention.start);
  if (index === undefined || !followsThe(tokens, index)) return false;
  const next = tokens[index + 1];
  return next === undefined || next.sentence !== tokens[index].sentence || !MODIFIED.has(next.pos);
}
