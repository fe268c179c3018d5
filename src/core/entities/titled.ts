/**
 * Names of documents and bodies that go on over `of`: `Eurasian Charter of Multipolarity and
 * Diversity`, `Ministry of Petroleum and Minerals`. The tagger learnt such names from Reuters
 * copy, where the words after `of` are mostly places (`Bank of England`); when they are
 * abstract nouns it stops at the head word and reads each of them as a name of its own
 * (`Multipolarity` a person, `Diversity` a place). A mention that ends in a head word
 * (`Charter`, `Treaty`, `Ministry`) takes in `of` and the capitalised words after it, and one
 * more run after `and`, when those words are no name any list knows; they are then part of
 * the title, not names of their own.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { isFirstName, isTitle, lookupName } from './knowledge.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

const SOURCE = 'entities/titled';

/** Words that head a title taking `of` after them: documents, then bodies. */
const HEAD_WORDS = new Set([
  'Charter', 'Treaty', 'Convention', 'Declaration', 'Pact', 'Accord', 'Accords', 'Protocol', 'Agreement', 'Covenant', 'Statute', 'Doctrine', 'Manifesto', 'Code',
  'Ministry', 'Department', 'Council', 'Commission', 'Committee', 'Institute', 'Academy', 'Association', 'Federation', 'League', 'Society', 'Office', 'Board', 'Party',
]);
/** A title's words after `of` are a handful at most; longer runs are something else. */
const MOST_WORDS_AFTER_OF = 4;

function isTitlePart(token: Token): boolean {
  // A title (`Minister`) or a first name starts a person, who is no part of the title.
  return token.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(token.text) && !token.lineBreakBefore && !isTitle(token.text) && !isFirstName(token.text);
}

/**
 * The end (exclusive token index) of a run of capitalised words from `first` within the
 * sentence, or `first` when there is none or it is too long to be part of a title.
 */
function titleRunEnd(tokens: readonly Token[], first: number, sentenceEnd: number): number {
  let end = first;
  while (end < sentenceEnd && (isTitlePart(tokens[end]) || endsTitleWithTitleWord(tokens, end, sentenceEnd))) end += 1;
  return end - first > MOST_WORDS_AFTER_OF ? first : end;
}

/**
 * True when the token at `index` is a title with no name after it, so it names what the body
 * deals with (`Department of Justice said`, `Ministry of Justice.`), not a person's office.
 */
function endsTitleWithTitleWord(tokens: readonly Token[], index: number, sentenceEnd: number): boolean {
  const token = tokens[index];
  if (token.kind !== 'word' || !/^\p{Lu}\p{Ll}/u.test(token.text) || token.lineBreakBefore || !isTitle(token.text)) return false;
  return index + 1 >= sentenceEnd || !/^\p{Lu}/u.test(tokens[index + 1].text);
}

/** True when a head word followed by `of` lies within the tokens `first..last`. */
function hasHeadBeforeOf(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index < last; index += 1) if (HEAD_WORDS.has(tokens[index].text) && tokens[index + 1].text === 'of') return true;
  return false;
}

/** True when the words are a name some list knows (`Europe`, `Rome`), which a title would swallow. */
function isKnownName(tokens: readonly Token[], first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) if (lookupName(tokens[index].text)) return true;
  return lookupName(tokens.slice(first, end).map((token) => token.text).join(' ')) !== null;
}

/**
 * Extends mentions ending in a head word over `of …` (and `… and …`) as described above; the
 * mentions the extended span covers are dropped.
 * @param mentions - mentions so far, with spans into `analyzed.text`
 * @param analyzed - the document
 * @param file - the path new mentions are tagged with
 */
export function extendTitledNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, sentences, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const extended: Mention[] = [];
  for (const mention of mentions) {
    if (mention.type !== 'ORG' && mention.type !== 'MISC') continue;
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined) continue;
    const sentenceEnd = sentences[tokens[last].sentence]?.end ?? tokens.length;
    let end = last + 1;
    if (HEAD_WORDS.has(tokens[last].text)) {
      // `Eurasian Charter` + `of Multipolarity`
      if (end + 1 >= sentenceEnd || tokens[end].text !== 'of') continue;
      const after = titleRunEnd(tokens, end + 1, sentenceEnd);
      if (after === end + 1 || isKnownName(tokens, end + 1, after)) continue;
      end = after;
    } else if (!hasHeadBeforeOf(tokens, first, last)) {
      // Only a title the tagger already read up to its `of …` (`Ministry of Trade`) goes on.
      continue;
    }
    // `… of Multipolarity and Diversity`; `… of Trade and Industry Minister Smith` stops
    // before the minister.
    if (end + 1 < sentenceEnd && tokens[end].text === 'and') {
      const after = titleRunEnd(tokens, end + 1, sentenceEnd);
      if (after > end + 1 && !isKnownName(tokens, end + 1, after)) end = after;
    }
    if (end === last + 1) continue;
    const spanEnd = tokens[end - 1].end;
    extended.push(mentionOver(text, mention.start, spanEnd, { file: mention.file, type: mention.type, source: SOURCE }, mention));
  }
  if (extended.length === 0) return mentions;
  const covered = (mention: Mention): boolean => extended.some((title) => mention.start >= title.start && mention.end <= title.end);
  return [...mentions.filter((mention) => !covered(mention)), ...extended].sort((left, right) => left.start - right.start || left.end - right.end);
}
