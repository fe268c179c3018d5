/**
 * Ordinary words read as names, which the typing stage (index.ts) drops or retypes: informal
 * openers (`Oh`, `Yeah`, `Hey Rach`), a common word capitalised in prose (`the first Black
 * woman`, `all States`), an ordinary word after `the` read as a person (`the Court will`), an
 * ordinary verb (`Avoid sugar`).
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import type { EntityLookups } from './config.js';
import { isCommonWord, isFirstName, isOrgSuffix, lookupName } from './knowledge.js';
import { narrowedMention } from './names.js';
import { followsThe, tokensByStart } from './tokens.js';

/**
 * A word that opens informal sentences and that no list knows as a name: one wink reads as an
 * interjection (`Oh`, `Yeah`, `Haha`, `Hey`), or a negated auxiliary (`Don't`). On the 5 MB
 * bench corpus `Oh` was the third most named place and `Yeah` a person named 124 times.
 * @param mention - a mention of the document
 * @param analyzed - the document
 * @param lookups - the lists and the user's names in force
 */
export function isInterjection(mention: Mention, analyzed: AnalyzedText, lookups: EntityLookups): boolean {
  if (mention.text.includes(' ') || lookups.lookup(mention.text)) return false;
  if (/n['’]t$/i.test(mention.text)) return true;
  const index = tokensByStart(analyzed.tokens).get(mention.start);
  if (index === undefined) return false;
  const token = analyzed.tokens[index];
  return token.end === mention.end && token.pos === 'INTJ';
}

/**
 * A sentence adverb opening its sentence before a comma (`Interestingly, NATO agreed`,
 * `Similarly, the mandate grew`): wink reads it as an adverb, where a name in its place is a
 * proper noun (`Kelly, who spoke`, `Sicily, an island`).
 * @param mention - a mention of the document
 * @param analyzed - the document
 * @param lookups - the lists and the user's names in force
 */
export function isSentenceAdverb(mention: Mention, analyzed: AnalyzedText, lookups: EntityLookups): boolean {
  if (!mention.text.endsWith('ly') || mention.text.includes(' ') || lookups.lookup(mention.text)) return false;
  const { tokens } = analyzed;
  const index = tokensByStart(tokens).get(mention.start);
  if (index === undefined) return false;
  const token = tokens[index];
  const opensSentence = index === 0 || tokens[index - 1].sentence !== token.sentence || ((tokens[index - 1].text === '"' || tokens[index - 1].text === '“') && (index === 1 || tokens[index - 2].sentence !== token.sentence));
  return token.end === mention.end && token.pos === 'ADV' && opensSentence && tokens[index + 1]?.text === ',';
}

/**
 * A name the tagger ran together with the interjection before it (`Hey Rach`, `Uh Joey`,
 * `Oh Monica`: wink tags the first word INTJ) without it; a listed phrase stays whole.
 * @param mention - a mention of the document
 * @param analyzed - the document
 * @param lookups - the lists and the user's names in force
 */
export function withoutOpeningInterjection(mention: Mention, analyzed: AnalyzedText, lookups: EntityLookups): Mention {
  if (!mention.text.includes(' ') || lookups.lookup(mention.text)) return mention;
  const index = tokensByStart(analyzed.tokens).get(mention.start);
  if (index === undefined || analyzed.tokens[index].pos !== 'INTJ') return mention;
  const next = analyzed.tokens[index + 1];
  if (!next || next.start >= mention.end || !/^\p{Lu}/u.test(next.text)) return mention;
  return narrowedMention(mention, next.start, mention.end, analyzed.text);
}

/**
 * An ordinary word after `the` read as a person (`the Court will`, `the Star reported`, `the
 * Man said`): no one's name takes the article, and eng.train has no such person. A body's
 * head word (`Court`, `Council`) names the body; anything else is no name. A word modifying
 * the noun after it (`the Green campaign`), a surname some full name of the document ends
 * with, and a name the lists know are left alone.
 * @param mention - a mention of the document
 * @param analyzed - the document
 * @param lookups - the lists and the user's names in force
 * @param surnames - last words of the document's full person names (`personSurnames`)
 */
export function withoutArticlePerson(mention: Mention, analyzed: AnalyzedText, lookups: EntityLookups, surnames: ReadonlySet<string>): Mention[] {
  const word = mention.text;
  if (mention.type !== 'PERSON' || !/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(word) || surnames.has(word) || lookups.lookup(word)) return [mention];
  const { tokens } = analyzed;
  const index = tokensByStart(tokens).get(mention.start);
  if (index === undefined || !followsThe(tokens, index)) return [mention];
  const after = tokens[index + 1];
  if (after !== undefined && after.sentence === tokens[index].sentence && (/^\p{Lu}/u.test(after.text) || after.pos === 'NOUN' || after.pos === 'PROPN')) return [mention];
  return isOrgSuffix(word) ? [{ ...mention, type: 'ORG' }] : [];
}

/** Compass words name regions alone (`the North`), though they are ordinary words. */
const COMPASS = new Set(['North', 'South', 'East', 'West']);

/**
 * An ordinary word capitalised in the middle of prose, after a lower-case word and before a
 * lower-case noun it modifies, that no list knows: `Black` in `the first Black woman`; or a
 * plural counted by the word before it (`all States`).
 * Persons (`Rose`, `Bush`) and words in capitals (`ERA`) are left alone.
 * @param mention - a mention of the document
 * @param analyzed - the document
 */
export function isCapitalisedWordInProse(mention: Mention, analyzed: AnalyzedText): boolean {
  const word = mention.text;
  if (mention.type === 'PERSON' || word.includes(' ') || !/^\p{Lu}\p{Ll}+$/u.test(word) || COMPASS.has(word)) return false;
  if (!isCommonWord(word) || lookupName(word)) return false;
  const index = tokensByStart(analyzed.tokens).get(mention.start);
  if (index === undefined || index === 0 || index + 1 >= analyzed.tokens.length) return false;
  const before = analyzed.tokens[index - 1];
  const after = analyzed.tokens[index + 1];
  if (!/^\p{Ll}+$/u.test(before.text)) return false;
  // It must modify the noun after it, as an adjective does: `Black woman`; `the Army after
  // school` and `Reform gained votes` name a body.
  if (/^\p{Ll}/u.test(after.text) && after.pos === 'NOUN') return true;
  // Or be a plural that a quantifier or a modifier counts (`all States`, `developing States`,
  // `member States`: United Nations style). After `the` it may be a club (`the Giants`).
  return /[^s]s$/u.test(word) && !/^\p{Lu}/u.test(after.text) && countsPlural(before);
}

/** Parts of speech of a word that counts or qualifies a plural noun (`all`, `other`, `two`). */
const COUNTING_PARTS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM']);

/** True when `token` counts or qualifies the plural after it: `all`, `such`, `developing`, `member`; not `the`. */
function countsPlural(token: AnalyzedText['tokens'][number]): boolean {
  if (token.text === 'the') return false;
  if (COUNTING_PARTS.has(token.pos) || token.text === 'member') return true;
  return token.pos === 'VERB' && token.text.endsWith('ing');
}

/**
 * An ordinary verb read as a name (`Ask your doctor`, `Avoid sugar`, `Listen, ...`): a word
 * wink tags as a verb, that is an English word and no given name, and that no list knows.
 * Imperatives open sentences, where capitals say nothing; `Mark` and `Will` stay names.
 * @param mention - a mention of the document
 * @param analyzed - the document
 * @param lookups - the lists and the user's names in force
 */
export function isOrdinaryVerb(mention: Mention, analyzed: AnalyzedText, lookups: EntityLookups): boolean {
  const word = mention.text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || !isCommonWord(word) || isFirstName(word) || lookups.lookup(word)) return false;
  const index = tokensByStart(analyzed.tokens).get(mention.start);
  return index !== undefined && analyzed.tokens[index].end === mention.end && analyzed.tokens[index].pos === 'VERB';
}

