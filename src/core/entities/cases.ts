/**
 * Court cases named by their parties: `Roe v. Wade`, `Trump v. United States`, `Paxton v. Free
 * Speech Coalition`. The tagger reads each party as a name of its own, or runs one into the
 * `v.` (`Paxton v. Free Speech` a person); the case is one thing, named by both. Legal writing
 * abbreviates `versus` as `v.` with its dot, while results and fixtures write `v` or `vs.`
 * (`Arsenal v Chelsea`, eng.train's cricket scores), whose two sides stay two teams.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, replaceWithin } from './mentions.js';
import { isCommonWord, isNeverName } from './knowledge.js';
import { isLegalForm } from './aliases.js';

const SOURCE = 'entities/cases';

/** The most words a party's name is read over on either side of the `v.`. */
const MOST_PARTY_WORDS = 8;

/** Lower-case words and marks a party's name may hold between capitalised words (`Board of Education`). */
const PARTY_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', "'s", '’s', '&']);

/** A capitalised word that may be part of a party's name: `Wade`, `United`; not `In`, `The`. */
function isPartyWord(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text) && !isNeverName(token.text);
}

/**
 * Makes one MISC mention of each case named `Party v. Party`, in place of the mentions inside
 * it; a mention reaching past the case is left as it is, and so is the case.
 * @param mentions - the mentions so far (after span cleaning)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, such cases whole
 */
export function joinCaseNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  let result = mentions;
  for (let versus = 1; versus + 1 < tokens.length; versus += 1) {
    if (tokens[versus].text !== 'v.') continue;
    const first = partyStart(tokens, versus);
    const last = partyEnd(tokens, versus);
    if (first === versus || last === versus) continue;
    const start = tokens[first].start;
    const end = tokens[last].end;
    result = replaceWithin(result, start, end, () => mentionOver(text, start, end, { file, type: 'MISC', source: SOURCE }));
  }
  return result;
}

/** The first token of the party named before the `v.` at `versus`, or `versus` when there is none. */
function partyStart(tokens: readonly Token[], versus: number): number {
  const before = tokens[versus - 1];
  if (!isPartyWord(before) || before.end + 1 !== tokens[versus].start || before.sentence !== tokens[versus].sentence) return versus;
  let first = versus - 1;
  // Back over capitalised words, and connectors with a capitalised word before them.
  for (let index = versus - 2; index >= 0 && versus - index <= MOST_PARTY_WORDS && tokens[index].sentence === before.sentence; index -= 1) {
    // A sentence's first word is capitalised whatever it is (`See Marbury v. Madison`).
    const opensSentence = index === 0 || tokens[index - 1].sentence !== tokens[index].sentence;
    if (isPartyWord(tokens[index]) && !(opensSentence && isCommonWord(tokens[index].text))) first = index;
    // A firm's legal form after a comma is its name's (`Surrex Solutions, Inc. v. …`).
    else if (!PARTY_CONNECTORS.has(tokens[index].text) && !(tokens[index].text === ',' && isLegalForm(tokens[index + 1].text) && index + 1 === first)) break;
  }
  return first;
}

/** The last token of the party named after the `v.` at `versus`, or `versus` when there is none. */
function partyEnd(tokens: readonly Token[], versus: number): number {
  const after = tokens[versus + 1];
  if (!isPartyWord(after) || tokens[versus].end + 1 !== after.start || after.sentence !== tokens[versus].sentence) return versus;
  let last = versus + 1;
  for (let index = versus + 2; index < tokens.length && index - versus <= MOST_PARTY_WORDS && tokens[index].sentence === after.sentence; index += 1) {
    if (isPartyWord(tokens[index])) last = index;
    else if (tokens[index].text === ',' && index === last + 1 && index + 1 < tokens.length && isLegalForm(tokens[index + 1].text)) continue;
    else if (!PARTY_CONNECTORS.has(tokens[index].text)) break;
  }
  return last;
}
