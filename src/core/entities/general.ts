/**
 * `General` opening a body's name: `General Court`, `General Motors`, `General Service`. In
 * 1996 Reuters copy `General` before a capitalised word is mostly a rank (`General Patton`),
 * so the tagger leaves it out of the span and reads the word after it as a surname: the EU's
 * `General Court` became the person `Court`. When that word is a body's (`Court`,
 * `Assembly`, `Committee`) or an ordinary word no given name spells (`Motors`, `Mills`,
 * `Store`), `General` is the first word of the body's name.
 *
 * Left alone: a rank before a surname or a given name (`General Patton`, `General Lee`), and
 * `General` ending an office (`Attorney General Jackson`, `Secretary General`), where the
 * word after it is the office holder.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, rewriteMentions } from './mentions.js';
import { isCapitalisedName } from './tokens.js';
import { isCommonWord, isFirstName, isOrgSuffix, isTitleWord } from './knowledge.js';

const SOURCE = 'entities/general';

/**
 * Widens a mention right after `General` to the body `General …`, typed ORG.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function joinGeneralBodies(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  // The cheap test first: the eight characters before the mention.
  const afterGeneral = (mention: Mention): boolean => mention.start >= 8 && text.slice(mention.start - 8, mention.start) === 'General ';
  const rewrite = (mention: Mention, index: number): Mention => {
    if (index === 0) return mention;
    const general = tokens[index - 1];
    // `Director-General of …` is an office, and what follows it no name.
    if (general.text !== 'General' || general.sentence !== tokens[index].sentence) return mention;
    if (index >= 2 && tokens[index - 2].end === general.start) return mention;
    if (index >= 2 && tokens[index - 2].sentence === general.sentence && isTitleWord(tokens[index - 2].text)) return mention;
    // The word after `General`; the tagger may have run on past it (`Court in Luxembourg`).
    const word = tokens[index].text;
    if (!isCapitalisedName(tokens[index])) return mention;
    if (!isOrgSuffix(word) && !(isCommonWord(word) && !isFirstName(word))) return mention;
    return mentionOver(text, general.start, mention.end, { file, type: 'ORG', source: SOURCE }, mention);
  };
  return rewriteMentions(mentions, tokens, rewrite, afterGeneral);
}
