/**
 * Names of documents and bodies that go on over `of`, `on` or `for`: `Eurasian Charter of
 * Multipolarity and Diversity`, `Ministry of Petroleum and Minerals`, `Commission on Human
 * Rights`, `Committee on the Rights of the Child`. The tagger learnt such names from Reuters
 * copy, where the words after `of` are mostly places (`Bank of England`); when they are
 * abstract nouns it stops at the head word and reads each of them as a name of its own
 * (`Multipolarity` a person, `Diversity` a place). A mention that ends in a head word
 * (`Charter`, `Treaty`, `Ministry`) takes in the preposition and the capitalised words after
 * it (after `the` or not; up to three runs joined by `of`), and one more run after `and`,
 * when those words are no name any list knows; they are then part of the title, not names of
 * their own. A mention that is such a subject, its head left out by the tagger (`Committee on
 * the` + `Rights of the Child`), takes in the head and the capitalised words before it. The
 * head word types the whole: a body's name is an organisation, a document's or a
 * conference's MISC.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { isFirstName, isMonth, isOrgSuffix, isTitle, isWeekday, lookupName } from './knowledge.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

const SOURCE = 'entities/titled';

/** Words that head a document's title taking `of`, `on` or `for` after them. */
const DOCUMENT_HEADS = new Set(['Charter', 'Treaty', 'Convention', 'Declaration', 'Pact', 'Accord', 'Accords', 'Protocol', 'Agreement', 'Covenant', 'Statute', 'Doctrine', 'Manifesto', 'Code']);
/** Words that head a body's name taking `of`, `on` or `for` after them. */
const BODY_HEADS = new Set([
  'Ministry', 'Department', 'Council', 'Commission', 'Committee', 'Institute', 'Academy', 'Association', 'Federation', 'League', 'Society', 'Office', 'Board', 'Party',
  'Conference', 'Organisation', 'Organization', 'Centre', 'Center', 'Centres', 'Centers', 'Fund', 'Foundation', 'Agency', 'Bureau',
  'Bank',
]);
const HEAD_WORDS: ReadonlySet<string> = new Set([...DOCUMENT_HEADS, ...BODY_HEADS]);
/**
 * The type a title's head word gives it: a body's name is an organisation, a document's or a
 * conference's MISC (eng.train: `Conference on Disarmament`), whatever the tagger read its
 * first words as (`National League` + `for Democracy`).
 */
function typeOfTitle(head: string): 'ORG' | 'MISC' {
  return BODY_HEADS.has(head) && head !== 'Conference' ? 'ORG' : 'MISC';
}

/** The words that join a head to what the body or document deals with. */
const HEAD_PREPOSITIONS = new Set(['of', 'on', 'for']);
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

/**
 * Where the subject of a title ends when a preposition at `at` introduces it (`of
 * Multipolarity`, `on the Rights of the Child`, `for Security`), or null when none does: a
 * run of capitalised words, after `the` or not, that is no name a list knows and no day or
 * month (`Council on Wednesday`), and a second run after `of` (`of the Child`).
 */
function subjectEnd(tokens: readonly Token[], at: number, sentenceEnd: number): number | null {
  if (at + 1 >= sentenceEnd || !HEAD_PREPOSITIONS.has(tokens[at].text)) return null;
  let end = runAfter(tokens, at + 1, sentenceEnd);
  for (let runs = 1; end !== null && runs < MOST_SUBJECT_RUNS && end + 1 < sentenceEnd && tokens[end].text === 'of'; runs += 1) {
    const next = runAfter(tokens, end + 1, sentenceEnd);
    if (next === null) break;
    end = next;
  }
  // `on Economic, Social and Cultural Rights`: a subject that goes on as a list would be cut
  // short; a place after the comma (`on Human Rights, Geneva`) is no part of it.
  if (end === null || (end + 1 < sentenceEnd && tokens[end].text === ',' && isTitlePart(tokens[end + 1]) && !lookupName(tokens[end + 1].text))) return null;
  return end;
}

/** Runs of capitalised words a subject may hold, joined by `of`: `on the Elimination of All Forms of Racial Discrimination`. */
const MOST_SUBJECT_RUNS = 3;

/**
 * The end of a country or town after a head's `of` that ends the name (`Election Commission
 * of India`, `Treaty of Rome`), or null: no `and` may follow it, which would make it one of
 * a list (`Council of Europe and NATO`).
 */
function countryAfter(tokens: readonly Token[], head: number, sentenceEnd: number): number | null {
  if (tokens[head + 1]?.text !== 'of' || head + 2 >= sentenceEnd) return null;
  const start = head + 2;
  const end = titleRunEnd(tokens, start, sentenceEnd);
  if (end === start || lookupName(tokens.slice(start, end).map((token) => token.text).join(' '))?.type !== 'GPE') return null;
  if (end < sentenceEnd && tokens[end].text === 'and') return null;
  return end;
}

/** The end of a run of capitalised title words from `from` (after an optional `the`), or null. */
function runAfter(tokens: readonly Token[], from: number, sentenceEnd: number): number | null {
  const start = tokens[from].text === 'the' && from + 1 < sentenceEnd ? from + 1 : from;
  const end = titleRunEnd(tokens, start, sentenceEnd);
  if (end === start || isKnownName(tokens, start, end) || isWeekday(tokens[start].text) || isMonth(tokens[start].text)) return null;
  // A run that stopped before a capitalised word or a possessive would cut a name in two (`of
  // the Democratic` + `People's Republic`, `of New` + a `York` on the next line).
  if (end < sentenceEnd && (/^\p{Lu}/u.test(tokens[end].text) || tokens[end].text === "'s" || tokens[end].text === '’s')) return null;
  return end;
}

/**
 * The head a mention is the subject of when the tagger left the head out (`Committee on the` +
 * `Rights of the Child`): its index and where the name starts, over the capitalised words
 * before it (`Special Committee`), or null. The mention must end where the subject does.
 */
function headBefore(tokens: readonly Token[], first: number | undefined, last: number | undefined, sentences: AnalyzedText['sentences']): { index: number; start: number } | null {
  if (first === undefined || last === undefined || first < 2) return null;
  const preposition = tokens[first - 1].text === 'the' ? first - 2 : first - 1;
  const index = preposition - 1;
  if (index < 0 || !HEAD_PREPOSITIONS.has(tokens[preposition].text) || !HEAD_WORDS.has(tokens[index].text)) return null;
  const sentence = sentences[tokens[index].sentence];
  if (tokens[first].sentence !== tokens[index].sentence || subjectEnd(tokens, preposition, sentence.end) !== last + 1) return null;
  return { index, start: qualifiedStart(tokens, index, sentence.first) };
}

/**
 * Where a title starts that a head word at `head` ends: over the capitalised words before it
 * (`Special Committee`, `Senate Committee`), not over an opening `The`.
 */
function qualifiedStart(tokens: readonly Token[], head: number, sentenceFirst: number): number {
  let start = head;
  while (start - 1 >= sentenceFirst && isTitlePart(tokens[start - 1]) && tokens[start - 1].text !== 'The') start -= 1;
  return start;
}

/** True when a head word followed by `of` lies within the tokens `first..last`. */
function hasHeadBeforeOf(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index < last; index += 1) if (HEAD_WORDS.has(tokens[index].text) && tokens[index + 1].text === 'of') return true;
  return false;
}

/**
 * Where a title ends after its subject (at `end`) and one more run after `and`: `… of
 * Multipolarity and Diversity`, `for Disease Control and Prevention`; `… of Trade and Industry
 * Minister Smith` stops before the minister.
 */
function withAndRun(tokens: readonly Token[], end: number, sentenceEnd: number): number {
  if (end + 1 >= sentenceEnd || tokens[end].text !== 'and') return end;
  const after = titleRunEnd(tokens, end + 1, sentenceEnd);
  // A run ending in a body's word is a second body (`Royal Bank of Scotland and Lloyds
  // Banking Group`).
  return after > end + 1 && !isKnownName(tokens, end + 1, after) && !isOrgSuffix(tokens[after - 1].text) ? after : end;
}

/**
 * Titles the tagger passed over, head and all, or read only in part: `The Centers for Disease
 * Control and Prevention said` gave the organisation `Prevention`. A head word no mention
 * holds, right after `the` or capitalised words after `the`, with a subject after its
 * preposition, is the title; mentions inside it give way, and one reaching out of it stops it.
 */
function unfoundTitles(mentions: readonly Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, sentences, text } = analyzed;
  const found: Mention[] = [];
  for (let head = 1; head + 2 < tokens.length; head += 1) {
    // The cheap tests first: the head word and the preposition after it.
    if (!HEAD_WORDS.has(tokens[head].text) || !HEAD_PREPOSITIONS.has(tokens[head + 1].text)) continue;
    const sentence = sentences[tokens[head].sentence];
    const start = qualifiedStart(tokens, head, sentence.first);
    if (start - 1 < sentence.first || !/^the$/i.test(tokens[start - 1].text)) continue;
    const subject = subjectEnd(tokens, head + 1, sentence.end);
    if (subject === null) continue;
    const end = withAndRun(tokens, subject, sentence.end);
    const from = tokens[start].start;
    const to = tokens[end - 1].end;
    if (mentions.some((mention) => mention.start < to && from < mention.end && (mention.start < from || mention.end > to || (mention.start <= tokens[head].start && tokens[head].end <= mention.end)))) continue;
    found.push(mentionOver(text, from, to, { file, type: typeOfTitle(tokens[head].text), source: SOURCE }));
  }
  return found;
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
      // `Eurasian Charter` + `of Multipolarity`, `Commission` + `on Human Rights`
      const after = subjectEnd(tokens, end, sentenceEnd) ?? countryAfter(tokens, last, sentenceEnd);
      if (after === null) continue;
      end = after;
    } else if (!hasHeadBeforeOf(tokens, first, last)) {
      // Only a title the tagger already read up to its `of …` (`Ministry of Trade`) goes on.
      continue;
    }
    end = withAndRun(tokens, end, sentenceEnd);
    if (end === last + 1) continue;
    const spanEnd = tokens[end - 1].end;
    const type = HEAD_WORDS.has(tokens[last].text) ? typeOfTitle(tokens[last].text) : mention.type;
    extended.push(mentionOver(text, mention.start, spanEnd, { file: mention.file, type, source: SOURCE }, mention));
  }
  for (const mention of mentions) {
    const head = headBefore(tokens, byStart.get(mention.start), byEnd.get(mention.end), sentences);
    // A head some mention holds was carried on over its subject above.
    if (head === null || mentions.some((other) => other.start <= tokens[head.index].start && tokens[head.index].end <= other.end)) continue;
    extended.push(mentionOver(text, tokens[head.start].start, mention.end, { file, type: typeOfTitle(tokens[head.index].text), source: SOURCE }, mention));
  }
  extended.push(...unfoundTitles(mentions, analyzed, file));
  if (extended.length === 0) return mentions;
  const covered = (mention: Mention): boolean => extended.some((title) => mention.start >= title.start && mention.end <= title.end);
  return [...mentions.filter((mention) => !covered(mention)), ...extended].sort(byPosition);
}
