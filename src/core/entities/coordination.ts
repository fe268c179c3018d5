/**
 * A name opening a sentence that the tagger passed over, joined by `and` to a name it found:
 * `SpaceX and Blue Origin are building landers`, `Beyoncé and Kendrick Lamar topped the
 * charts`. The tagger learnt that an unknown capitalised word opening a sentence is usually
 * an ordinary one; `and` before a name says this one is the same kind of thing as its
 * partner. Only a word that looks like a name and that no list knows as an ordinary word,
 * calendar word, title or nationality is taken, with its partner's type (a given name as a
 * person's), and none in a title-case headline (`Pros and Cons of Investing`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { isCommonWord, isDemonym, isFirstName, isMonth, isNeverName, isTitleWord, isWeekday, lookupName } from './knowledge.js';
import { isHeadlineLine } from './names.js';
import { mentionOver } from './mentions.js';

const SOURCE = 'entities/coordination';

/** Partners whose kind a coordinated name takes: people, bodies, places. */
const PARTNER_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE']);

/**
 * Adds the name opening a sentence before `and` and a mention.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function findCoordinatedNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, sentences, text } = analyzed;
  const byStart = new Map<number, Mention>();
  for (const mention of mentions) byStart.set(mention.start, mention);
  const added: Mention[] = [];
  for (const sentence of sentences) {
    let first = sentence.first;
    while (first < sentence.end && tokens[first].kind === 'punctuation') first += 1;
    if (first + 2 >= sentence.end || tokens[first + 1].text !== 'and') continue;
    const word = tokens[first];
    const partner = byStart.get(tokens[first + 2].start);
    if (partner === undefined || !PARTNER_TYPES.has(partner.type) || !looksLikeName(word)) continue;
    if (mentions.some((mention) => mention.start < word.end && word.start < mention.end) || isHeadlineLine(text, word.start)) continue;
    // A given name is a person whatever its partner was read as (`Drake and Bieber`). Other
    // words need a partner of two words or more: a lone partner is as often a word the tagger
    // misread (`Kith and Kin`, `Hounds and Jackals`).
    const given = isFirstName(word.text);
    if (!given && !partner.text.includes(' ')) continue;
    const type = lookupName(word.text)?.type ?? (given ? 'PERSON' : partner.type);
    added.push(mentionOver(text, word.start, word.end, { file, type, source: SOURCE }));
  }
  return added.length === 0 ? mentions : [...mentions, ...added];
}

/** A capitalised word that is no ordinary, calendar, title or nationality word. */
function looksLikeName(token: Token): boolean {
  const word = token.text;
  if (token.kind !== 'word' || !/^\p{Lu}[\p{L}'’.-]*$/u.test(word) || word.length < 2) return false;
  return !isCommonWord(word) && !isNeverName(word) && !isMonth(word) && !isWeekday(word) && !isTitleWord(word) && !isDemonym(word);
}
