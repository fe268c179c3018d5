/**
 * Storms are named like people (`Hurricane Melissa`, `Typhoon Kalmaegi`, `Cyclone Idai`):
 * the tagger reads the name as a person or, with the storm's word inside, an organisation.
 * A storm is an event, MISC, as eng.train tags `Hurricane Edouard`'s name; its word stays
 * outside the name there (`Hurricane` untagged, `Edouard` MISC) and is kept as the tagger
 * drew it here.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { tokensByStart } from './tokens.js';

/** Words that name a kind of storm before its name. */
const STORM_WORDS: ReadonlySet<string> = new Set(['Hurricane', 'Typhoon', 'Cyclone', 'Storm']);

/** Words that may stand before a storm's word (`Tropical Storm Erin`, `Super Typhoon Haiyan`). */
const STORM_QUALIFIERS: ReadonlySet<string> = new Set(['Tropical', 'Super']);

/**
 * The names a document shows to be storms' (`Melissa` after `Hurricane Melissa`), so that its
 * later `Melissa killed 30 people` is the storm too.
 * @param mentions - the document's mentions
 * @param analyzed - the document
 */
export function stormNames(mentions: readonly Mention[], analyzed: AnalyzedText): ReadonlySet<string> {
  const names = new Set<string>();
  for (const mention of mentions) {
    if (!isStormName(mention, analyzed)) continue;
    names.add(mention.text);
    const space = mention.text.lastIndexOf(' ');
    if (space > 0) names.add(mention.text.slice(space + 1));
  }
  return names;
}

/**
 * True when a mention is a storm's name: it opens with a storm's word (`Typhoon Kalmaegi`),
 * or one stands right before it (`Hurricane` + `Melissa`).
 * @param mention - a mention of the document
 * @param analyzed - the document
 */
export function isStormName(mention: Mention, analyzed: AnalyzedText): boolean {
  const words = mention.text.split(' ');
  if (words.length > 1 && (STORM_WORDS.has(words[0]) || (words.length > 2 && STORM_QUALIFIERS.has(words[0]) && STORM_WORDS.has(words[1])))) return true;
  const { tokens } = analyzed;
  const index = tokensByStart(tokens).get(mention.start);
  if (index === undefined || index === 0) return false;
  const before = tokens[index - 1];
  return STORM_WORDS.has(before.text) && before.end + 1 === mention.start && before.sentence === tokens[index].sentence;
}
