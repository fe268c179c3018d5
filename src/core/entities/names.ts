/**
 * Span cleaning: from what a tagger proposed to the name itself.
 *
 * - possessives and stray quotes come off (`Putin’s` → `Putin`);
 * - titles and roles stay out of the span but are kept on the mention, with the affiliation
 *   written before them (`Russian Foreign Minister Sergey Lavrov` → `Sergey Lavrov`, role
 *   `Foreign Minister`, affiliation `Russian`), whether the tagger included them or not; a
 *   listed affiliation no other mention covers becomes a mention of its own (`ECB` in `ECB
 *   President Christine Lagarde`);
 * - capitalised words that are not names are dropped: sentence openers and headline words
 *   (`Speaking`, `Analysts`, `The`, `Why`), bare titles (`President`), dates (`May 23`).
 *
 * Offsets stay offsets into the original text: a cleaned mention's `text` is always
 * `text.slice(start, end)`.
 */
import type { Mention } from '../types.js';
import { partitionPoint } from '../sorted.js';
import { byPosition } from './mentions.js';
import { stateOfAbbreviation } from './states.js';
import { NUMBER_WORDS } from '../dates/lexicon.js';
import {
  isCommonAcronym,
  isCommonWord,
  isDemonym,
  isFirstName,
  isMonth,
  isNameParticle,
  isNeverName,
  isOrgSuffix,
  isRoleModifier,
  isTitle,
  isTitleWord,
  isWeekday,
  lookupName,
  nameKey,
  type KnownName,
} from './knowledge.js';

/** The name lookups names.ts consults; config.ts's `entityLookups` provides them with the user's entries. */
export interface NameLookups {
  lookup(phrase: string): KnownName | null;
  isSuppressed(phrase: string): boolean;
}

/** Lower-case words that join the parts of one name (`Ministry of Defence`, `Office for Budget Responsibility`). */
const NAME_CONNECTORS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'on']);

/** Never-names that are nouns, which names may hold when capitalised: `People Power`, `Live Nation`. */
const NAMING_NOUNS: ReadonlySet<string> = new Set(['People', 'News', 'Live', 'Watch', 'Today', 'Video', 'Update', 'Analysis', 'Opinion']);

/** Numbers written out beyond the counts the dates lexicon reads, which name nothing alone either. */
const LARGE_NUMBER_WORDS: ReadonlySet<string> = new Set(['hundreds', 'thousand', 'thousands', 'dozens', 'million', 'millions', 'billion', 'billions']);

/** A number written out (`Two`, `Forty`, `Thousands`), whatever its case. */
function isNumberWord(word: string): boolean {
  const lower = word.toLowerCase();
  return NUMBER_WORDS.has(lower) || LARGE_NUMBER_WORDS.has(lower);
}

/**
 * Connectors written with a capital, which end no name: a span that ends on one ran on into
 * the next sentence (`money in Africa Of course`) or a title's words.
 */
const CLOSING_CONNECTORS: ReadonlySet<string> = new Set(['Of', 'For', 'And', 'On', 'In', 'At', 'To', 'The', 'With', 'By', 'From']);

const GAZETTEER_ONLY: NameLookups = { lookup: lookupName, isSuppressed: () => false };
const NO_SURNAMES: ReadonlySet<string> = new Set();

/** A word of the text: its offsets and the text between them. */
interface Word {
  start: number;
  end: number;
  text: string;
}

/**
 * Cleans one mention. Returns a new mention (the input is not changed) with its span
 * narrowed to the name and `role`/`affiliation` filled in, or null when no name is left.
 * A mention whose whole span is a known name (`The Hague`, `General Assembly`) keeps its span.
 * @param mention - a mention whose `text` is `text.slice(start, end)`
 * @param text - the whole document text
 * @param lookups - names to trust and phrases to suppress (default: the gazetteer alone)
 * @param surnames - last words of the document's multi-word PERSON mentions: a lone PERSON
 *   mention of one of them is a surname even when it is also a title (`King`)
 */
export function cleanMention(mention: Mention, text: string, lookups: NameLookups = GAZETTEER_ONLY, surnames: ReadonlySet<string> = NO_SURNAMES): Mention | null {
  return cleanWithAffiliation(mention, text, lookups, surnames)?.mention ?? null;
}

/** `cleanMention`, also saying where the affiliation it read stands in the text. */
function cleanWithAffiliation(mention: Mention, text: string, lookups: NameLookups, surnames: ReadonlySet<string>): { mention: Mention; affiliationSpan?: [number, number] } | null {
  let words = wordsOf(text, mention.start, mention.end);
  if (words.length === 0) return null;
  const listedWithApostrophe = endsInListedApostropheS(words, text, lookups);
  words = trimPunctuation(words, text);
  // A listed name ending in `'s` keeps it (`Trader Joe's`).
  if (listedWithApostrophe !== null) words = [...words.slice(0, -1), listedWithApostrophe];
  if (words.length === 0) return null;
  words = withoutFullStopAfterLetter(words, text, lookups);

  let role: string | undefined;
  let affiliation: string | undefined;
  let affiliationSpan: [number, number] | undefined;
  let retyped: Mention['type'] | undefined;
  const atSentenceStart = isSentenceStart(text, words[0].start);
  const sentenceOpener = atSentenceStart ? words[0] : null;
  const inHeadline = isHeadlineLine(text, words[0].start);

  // `The Kremlin` loses its article; `The Hague` keeps it, since `Hague` alone is no known name.
  if (words.length > 1 && (words[0].text === 'The' || words[0].text === 'the' || words[0].text === 'THE')) {
    const whole = lookups.lookup(phraseOf(words, text));
    if (!whole || whole === lookups.lookup(phraseOf(words.slice(1), text))) words = words.slice(1);
  }

  if (!lookups.lookup(phraseOf(words, text))) {
    // Openers and headline words at the edges go before the role is read: `Speaking`,
    // `Analysts` in `Analysts Mark Galeotti`, a trailing `Says` in a headline.
    // An ampersand binds its neighbours into one name (`Standard & Poor's` at a sentence start),
    // and a name never opens on a connector: `Ministry of Defence` opening a sentence keeps
    // `Ministry`, ordinary word though it is.
    const proposed = words.length;
    // Only the word that opens the sentence has a capital that says nothing: after `The` is
    // gone, `Independent` in `The Independent Commission Against Corruption` is a name's.
    while (words.length > 1 && words[1].text !== '&' && !NAME_CONNECTORS.has(words[1].text) && isJunkEdge(words[0].text, words[0] === sentenceOpener || inHeadline, lookups)) words = words.slice(1);
    // A first name and one more capitalised word are a person's whole name, even where the
    // surname is also a word (`Peter Such gave`, `2. Michael Green (Jamaica)` in a results table).
    const firstAndSurname = mention.type === 'PERSON' && words.length === 2 && isFirstName(words[0].text) && /^\p{Lu}/u.test(words[1].text);
    while (!firstAndSurname && words.length > 1 && words[words.length - 2].text !== '&' && isJunkEdge(words[words.length - 1].text, inHeadline, lookups)) words = words.slice(0, -1);
    words = words.slice(0, words.length - datingWeekdayLength(words, lookups));
    while (endsOnLowerCaseWord(words) || (words.length > 1 && CLOSING_CONNECTORS.has(words[words.length - 1].text))) words = words.slice(0, -1);
    while (mention.type === 'PERSON' && opensOnLowerCaseWord(words)) words = words.slice(1);
    // A lower-case letter and a dot opens no name: it ends a word the tokenizer split (`the
    // iPhone 17e. Counterpoint Research`) or abbreviates one (`v.`, `z. B.`).
    while (words.length > 1 && /^\p{Ll}\.$/u.test(words[0].text)) words = words.slice(1);
    // `Will Russia invade?`: the auxiliary opening a question is also a first name, and the
    // tagger took it with the place after it for a person.
    const questioned = atSentenceStart && words.length > 1 && words[0].text === 'Will' ? lookups.lookup(phraseOf(words.slice(1), text)) : null;
    if (questioned && questioned.type !== 'PERSON') {
      words = words.slice(1);
      retyped = questioned.type;
    }
    // A word gone from the edge can bare a symbol that stood next to it (`EU - is` → `EU -`).
    if (words.length < proposed) {
      words = trimPunctuation(words, text);
      if (words.length === 0) return null;
    }

    // A known name followed only by a role (`ASEAN Foreign Ministers`, `EU Commissioner`)
    // names the body the people belong to: the name is the mention, the rest its role.
    const trailing = trailingRoleFrom(words, text, lookups);
    if (trailing !== null) {
      role = phraseOf(words.slice(trailing), text);
      words = words.slice(0, trailing);
    }

    const parts = role ? null : splitRole(words, text, lookups);
    // `General Motors` is no general: only a person, or a name that opens with a first name,
    // sheds a title; and not even those when a body's word is all that is left (`General
    // Court`, where `Court` is also a given name).
    const bodyLeft = parts !== null && parts.nameFrom === words.length - 1 && isOrgSuffix(words[parts.nameFrom].text);
    if (bodyLeft) retyped = 'ORG';
    if (parts && !bodyLeft && (mention.type === 'PERSON' || isFirstName(words[parts.nameFrom].text))) {
      ({ role, affiliation, affiliationSpan } = parts);
      words = words.slice(parts.nameFrom);
    }
  }
  // A role written before the span (`said Foreign Minister` + `Sergey Lavrov`).
  if (!role && (mention.type === 'PERSON' || isFirstName(words[0].text))) {
    const before = roleBefore(text, words[0].start, lookups);
    if (before) ({ role, affiliation, affiliationSpan } = before);
  }

  const start = words[0].start;
  const end = words[words.length - 1].end;
  if (isRejected(words, text, lookups, mention.type === 'PERSON' ? surnames : NO_SURNAMES)) return null;

  const cleaned = narrowedMention(mention, start, end, text);
  if (retyped) cleaned.type = retyped;
  if (role && !mention.role) cleaned.role = role;
  if (affiliation && !mention.affiliation) cleaned.affiliation = affiliation;
  if (role && mention.type !== 'PERSON' && isFirstName(words[0].text)) cleaned.type = 'PERSON';
  return { mention: cleaned, affiliationSpan: affiliation && !mention.affiliation ? affiliationSpan : undefined };
}

/**
 * A mention narrowed to `[start, end)` of the document `text`. An entity someone chose (a
 * canonical name) survives; one copied from the old span follows the new one.
 * @param mention - the mention before
 * @param start - the new start offset
 * @param end - the new end offset
 * @param text - the whole document text
 */
export function narrowedMention(mention: Mention, start: number, end: number, text: string): Mention {
  const name = text.slice(start, end);
  const copied = mention.entity === '' || mention.entity === mention.text || mention.entity === nameKey(mention.text);
  return { ...mention, start, end, text: name, entity: copied ? nameKey(name) : mention.entity };
}

/**
 * Cleans every mention, dropping rejected ones and any that now duplicate an earlier span, and
 * adds the listed affiliations read before roles that no mention covers.
 * @param mentions - mentions of one document, in any order
 * @param text - the document text
 * @param lookups - names to trust and phrases to suppress
 * @returns cleaned mentions sorted by start
 */
export function cleanMentions(mentions: readonly Mention[], text: string, lookups: NameLookups = GAZETTEER_ONLY): Mention[] {
  const kept: Mention[] = [];
  const seen = new Set<string>();
  const surnames = personSurnames(mentions);
  const affiliations: Mention[] = [];
  for (const mention of [...mentions].sort((left, right) => left.start - right.start || right.end - left.end)) {
    const result = cleanWithAffiliation(mention, text, lookups, surnames);
    if (!result) continue;
    const cleaned = result.mention;
    const key = `${cleaned.start}:${cleaned.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    kept.push(cleaned);
    if (result.affiliationSpan) {
      const affiliation = affiliationMention(cleaned, result.affiliationSpan, text, lookups);
      if (affiliation) affiliations.push(affiliation);
    }
  }
  // `ECB President Christine Lagarde`: the body or people a role is held in is a name too,
  // unless some mention already covers it.
  for (const affiliation of affiliations) {
    const key = `${affiliation.start}:${affiliation.end}`;
    if (seen.has(key) || kept.some((other) => other.start < affiliation.end && affiliation.start < other.end)) continue;
    seen.add(key);
    kept.push(affiliation);
  }
  return affiliations.length > 0 ? kept.sort(byPosition) : kept;
}

/**
 * The last words of a document's PERSON mentions of two words or more (`Court` of `Margaret
 * Court`): a lone mention of one is that person's surname, whatever else the word is.
 * @param mentions - mentions of one document
 */
export function personSurnames(mentions: readonly Mention[]): Set<string> {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    const space = mention.type === 'PERSON' ? mention.text.lastIndexOf(' ') : -1;
    if (space > 0) surnames.add(mention.text.slice(space + 1));
  }
  return surnames;
}

/** A mention of the affiliation read before a role, typed as the lists type it (a demonym: NORP). */
function affiliationMention(mention: Mention, [start, end]: [number, number], text: string, lookups: NameLookups): Mention | null {
  const name = text.slice(start, end);
  const type = isDemonym(name) ? 'NORP' : lookups.lookup(name)?.type;
  if (!type) return null;
  return { file: mention.file, start, end, text: name, type, entity: nameKey(name), source: 'entities/affiliation' };
}

/**
 * True when the word at `offset` opens a sentence: the text or a line starts there, or the
 * last word before it ends a sentence (`.`, `!`, `?`, `:`), past opening quotes and brackets.
 * An abbreviation's dot (`U.S.`, `Sen.`, `J.`) ends no sentence.
 */
export function isSentenceStart(text: string, offset: number): boolean {
  let index = offset - 1;
  while (index >= 0 && isOpener(text.charCodeAt(index))) index -= 1;
  while (index >= 0 && (text[index] === ' ' || text[index] === '\t')) index -= 1;
  if (index < 0 || text[index] === '\n' || text[index] === '\r') return true;
  while (index >= 0 && isCloser(text.charCodeAt(index))) index -= 1;
  const mark = text[index];
  if (mark === '!' || mark === '?' || mark === ':') return true;
  if (mark !== '.') return false;
  let wordStart = index;
  while (wordStart > 0 && !/\s/.test(text[wordStart - 1])) wordStart -= 1;
  const previous = text.slice(wordStart, index + 1);
  return !isAbbreviation(previous);
}

/**
 * True when the line holding `offset` is written in title case, as headlines are: at least
 * three words and four in five of its longer words capitalised. There every common word is
 * capitalised, so capitals are no evidence of a name.
 */
export function isHeadlineLine(text: string, offset: number): boolean {
  const { lineStart, lineEnd } = lineAround(text, offset);
  // Every mention of a line asks again: the answer is kept per line of the current text.
  if (headlineMemo?.text !== text) headlineMemo = { text, lines: new Map() };
  const memo = headlineMemo.lines.get(lineStart);
  if (memo !== undefined) return memo;
  const answer = headlineLineAt(text, lineStart, lineEnd);
  headlineMemo.lines.set(lineStart, answer);
  return answer;
}

let headlineMemo: { text: string; lines: Map<number, boolean> } | null = null;

/**
 * Whether the document gives `word` in brackets after a name (`Conference on Disarmament
 * (CD)`), making it that name's short form. Asked for every mention of a listed acronym: the
 * answer is kept per word of the current text, so a long document is searched once a word.
 */
function isDefinedShortForm(text: string, word: string): boolean {
  if (shortFormMemo?.text !== text) shortFormMemo = { text, words: new Map() };
  let answer = shortFormMemo.words.get(word);
  if (answer === undefined) {
    answer = text.includes(`(${word})`);
    shortFormMemo.words.set(word, answer);
  }
  return answer;
}

let shortFormMemo: { text: string; words: Map<string, boolean> } | null = null;

function headlineLineAt(text: string, lineStart: number, lineEnd: number): boolean {
  // Headlines are short; a long line is a paragraph however many names it holds.
  if (lineEnd - lineStart > 200) return false;
  let words = 0;
  let longWords = 0;
  let capitalised = 0;
  for (const match of text.slice(lineStart, lineEnd).matchAll(/\p{L}[\p{L}'’-]*/gu)) {
    words += 1;
    if (match[0].length <= 3) continue;
    longWords += 1;
    if (/^\p{Lu}/u.test(match[0])) capitalised += 1;
  }
  const line = text.slice(lineStart, lineEnd);
  if (words < 3 || longWords < 2 || /[.!?]["”’)]?\s*$/.test(line)) return false;
  return capitalised / longWords >= 0.8;
}

/** Line-break offsets of the text last asked about: every mention of a document asks again. */
let linesOf: { text: string; breaks: Int32Array } | null = null;

/**
 * The line holding `offset`, found by binary search over the document's line breaks, so
 * that a file written as one endless line costs no more per mention than a short one.
 */
function lineAround(text: string, offset: number): { lineStart: number; lineEnd: number } {
  if (linesOf?.text !== text) {
    const breaks: number[] = [];
    for (let index = text.indexOf('\n'); index >= 0; index = text.indexOf('\n', index + 1)) breaks.push(index);
    linesOf = { text, breaks: Int32Array.from(breaks) };
  }
  const { breaks } = linesOf;
  const low = partitionPoint(0, breaks.length, (index) => breaks[index] < offset);
  return { lineStart: low > 0 ? breaks[low - 1] + 1 : 0, lineEnd: low < breaks.length ? breaks[low] : text.length };
}

/** The words between two offsets, split at whitespace. */
function wordsOf(text: string, start: number, end: number): Word[] {
  const words: Word[] = [];
  let index = start;
  while (index < end) {
    while (index < end && isSpace(text.charCodeAt(index))) index += 1;
    const wordStart = index;
    while (index < end && !isSpace(text.charCodeAt(index))) index += 1;
    if (index > wordStart) words.push({ start: wordStart, end: index, text: text.slice(wordStart, index) });
  }
  return words;
}

/**
 * Takes everything that cannot begin or end a name off the edge words: quotes and brackets,
 * list bullets and stray symbols (`• Silik`, `& Vanilla Ice`, `Council (`), the hyphen of a
 * compound the tokenizer split (`Emmy-` of `Emmy-winning`), and possessives (`Putin’s`,
 * `Analysts’`). A final dot stays on abbreviations (`U.S.`, `Inc.`), a final `+` on names
 * that carry one (`Google+`), and `$` on currencies (`US$`, which CoNLL-2003 counts as MISC).
 * Emoticons (`:P`, `;D`) are no names at all and go whole.
 */
function trimPunctuation(words: Word[], text: string): Word[] {
  const result = [...words];
  while (result.length > 0) {
    const first = result[0];
    // A possessive's `'s` opens no name: the tagger's span began after the owner (`the BJP's
    // Parvesh Verma`, `McCain's League of Democracies`), and its letter would be left.
    if (isEmoticon(first.text) || (result.length > 1 && /^['’]s$/u.test(first.text))) {
      result.shift();
      continue;
    }
    let start = first.start;
    while (start < first.end && !isNameCharacter(text, start)) start += 1;
    if (start === first.end) result.shift();
    else {
      if (start > first.start) result[0] = { start, end: first.end, text: text.slice(start, first.end) };
      break;
    }
  }
  while (result.length > 0) {
    const last = result[result.length - 1];
    if (isEmoticon(last.text)) {
      result.pop();
      continue;
    }
    let end = last.end;
    for (;;) {
      const before = end;
      while (end > last.start && !isNameCharacter(text, end - 1) && !'.+$'.includes(text[end - 1])) end -= 1;
      if (end - last.start > 2 && (text[end - 1] === 's' || text[end - 1] === 'S') && isApostrophe(text.charCodeAt(end - 2))) end -= 2;
      if (end - last.start > 1 && text[end - 1] === '.' && !isAbbreviation(text.slice(last.start, end))) end -= 1;
      if (end === before) break;
    }
    // What is left of a word of symbols (`+`, `.`) names nothing.
    if (!hasNameCharacter(text, last.start, end)) result.pop();
    else {
      if (end < last.end) result[result.length - 1] = { start: last.start, end, text: text.slice(last.start, end) };
      break;
    }
  }
  return result;
}

/**
 * The last word, `'s` and all, when the words are a listed name written with its `'s`
 * (`Trader Joe's`); else null. One word's `'s` is apostrophes.ts's to judge (`Lloyd's son` is
 * a person's).
 */
function endsInListedApostropheS(words: readonly Word[], text: string, lookups: NameLookups): Word | null {
  const last = words[words.length - 1];
  if (words.length < 2 || !/['’]s$/u.test(last.text)) return null;
  return lookups.lookup(phraseOf(words, text)) ? last : null;
}

/**
 * `Juventus lead Serie A.`: the dot after a listed name that ends in a capital letter is the
 * sentence's full stop, not part of the name. trimPunctuation leaves a capital's dot, which
 * in an unlisted name is mostly an initial's (`John F.`).
 */
function withoutFullStopAfterLetter(words: Word[], text: string, lookups: NameLookups): Word[] {
  const last = words[words.length - 1];
  if (words.length < 2 || last.end - last.start !== 2 || text[last.end - 1] !== '.' || !/^\p{Lu}$/u.test(text[last.start])) return words;
  const bare = [...words.slice(0, -1), { start: last.start, end: last.end - 1, text: text[last.start] }];
  return lookups.lookup(phraseOf(bare, text)) ? bare : words;
}

/** A letter or a digit: what a name begins and ends with (`3M`, `7-Eleven`, `Ke$ha`). */
function isNameCharacter(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  // Outside ASCII a surrogate pair is read whole, so a letter beyond the first plane counts.
  return /^[\p{L}\p{N}\p{M}]/u.test(text.slice(code >= 0xdc00 && code <= 0xdfff ? index - 1 : index, index + 2));
}

function hasNameCharacter(text: string, start: number, end: number): boolean {
  for (let index = start; index < end; index += 1) if (isNameCharacter(text, index)) return true;
  return false;
}

/** `:P`, `;-D`, `:-D/:D`: a colon, semicolon or equals sign stuck to what follows is a face, not a name. */
function isEmoticon(word: string): boolean {
  return /^[:;=][-'^o]?[^\s:;=]/.test(word);
}

/**
 * A lower-case word before a capitalised one that is no name particle: a person's name opens
 * on a capital or a particle (`de Gaulle`, `bin Laden`), so such a word is the tagger reaching
 * too far (`superhero Superman`, `y’know Rachel`).
 */
function opensOnLowerCaseWord(words: readonly Word[]): boolean {
  return words.length > 1 && /^\p{Ll}[\p{Ll}'’]*$/u.test(words[0].text) && !isNameParticle(words[0].text) && /^\p{Lu}/u.test(words[1].text);
}

/**
 * A word of lower-case letters alone after the last capitalised one: names end on a capital
 * (`Alex de Minaur`, `Dar es Salaam` carry theirs inside), so such a word is the tagger running
 * on into the sentence (`Ko Wen-je was indicted`, `Committee adopted`). A word joined by a
 * hyphen is one word here (`Kim Jong-un`, `Moon Jae-in`); listed names never reach this.
 */
function endsOnLowerCaseWord(words: readonly Word[]): boolean {
  return words.length > 1 && /^\p{Ll}+$/u.test(words[words.length - 1].text);
}

/** A word at the edge of a span that is no part of a name. */
function isJunkEdge(word: string, loose: boolean, lookups: NameLookups): boolean {
  if (lookups.lookup(word)) return false;
  // Mid-sentence and capitalised, a noun of the never-names list is a name's word (`People
  // Power Monument`, `Zorbic Rights Watch`, `Sky News`); at a sentence start or in a headline
  // it is the sentence's (`People say`, `Watch: …`).
  if (isNeverName(word)) return loose || !NAMING_NOUNS.has(word);
  // At a sentence start or in a headline, capitals say nothing: `Member`, `Warns`.
  return loose && isCommonWord(word) && !isFirstName(word) && !isTitleWord(word) && !isRoleModifier(word);
}

/** Weekdays spelt out: an abbreviation after a name is more often the name's (`Toronto Sun`). */
const WEEKDAY_NAMES: ReadonlySet<string> = new Set(['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday']);

/**
 * How many words at the span's end are a weekday that dates what follows, not part of the
 * name: wire copy writes `Bob Dole Wednesday accused …`, `the Yankees Wednesday in the Bronx`,
 * and the tagger may take a preposition with it (`Carnegie Medal on Monday`). A day that is
 * itself named keeps its weekday: a listed name (`Sheffield Wednesday`, checked by the caller)
 * and one word before the weekday unless the lists know that word as a name: holidays and
 * named days (`Good Friday`, `Easter Monday`, `Super Tuesday`), but `Minnesota Tuesday`.
 */
function datingWeekdayLength(words: readonly Word[], lookups: NameLookups): number {
  if (words.length < 2 || !WEEKDAY_NAMES.has(words[words.length - 1].text)) return 0;
  const length = words.length > 2 && /^\p{Ll}+$/u.test(words[words.length - 2].text) ? 2 : 1;
  const rest = words.length - length;
  return rest > 1 || lookups.lookup(words[0].text) !== null ? length : 0;
}

/**
 * Reads `[affiliation] role name` off the front of a span. The role needs a head title
 * (`Minister`, `President`, `spokesman`); modifiers alone (`Foreign`) are no role. An
 * affiliation is a demonym or a known place, organisation or people (`Russian`, `U.S.`,
 * `Kremlin`), and counts only when a role follows it: `Russian Railways` stays whole.
 */
function splitRole(words: readonly Word[], text: string, lookups: NameLookups): (RoleReading & { nameFrom: number }) | null {
  let index = 0;
  let affiliation: string | undefined;
  let affiliationSpan: [number, number] | undefined;
  const affiliationLength = affiliationAt(words, 0, text, lookups);
  if (affiliationLength > 0) {
    affiliation = phraseOf(words.slice(0, affiliationLength), text);
    affiliationSpan = [words[0].start, words[affiliationLength - 1].end];
    index = affiliationLength;
  }
  const roleEnd = roleEndFrom(words, index);
  // Something must be left, and it must look like a name, not another common word.
  if (roleEnd === index || roleEnd >= words.length || !/^\p{Lu}/u.test(words[roleEnd].text)) return null;
  return { role: phraseOf(words.slice(index, roleEnd), text), affiliation, affiliationSpan, nameFrom: roleEnd };
}

/** A role read before a name, with the affiliation written before it and where that stands. */
interface RoleReading {
  role: string;
  affiliation?: string;
  affiliationSpan?: [start: number, end: number];
}

/** Where a run of role words starting at `from` ends, or `from` when it holds no head title. */
function roleEndFrom(words: readonly Word[], from: number): number {
  let index = from;
  let hasHead = false;
  while (index < words.length) {
    const word = words[index].text;
    const isOf = word === 'of' && index > from && index + 1 < words.length && isRoleWord(words[index + 1].text);
    if (!isOf && (word === 'of' || !isRoleWord(word))) break;
    if (!isOf && isTitle(word)) hasHead = true;
    index += 1;
  }
  if (!hasHead) return from;
  // Modifiers after the last head title are no part of the role (`Minister Foreign`), unless
  // the whole run is a title (`Secretary of State`).
  while (index > from && !isTitle(words[index - 1].text) && !isTitle(words.slice(from, index).map((word) => word.text).join(' '))) index -= 1;
  return index;
}

/** Where a trailing role begins after a known name, or null: every word after it must be a title word. */
function trailingRoleFrom(words: readonly Word[], text: string, lookups: NameLookups): number | null {
  for (let split = words.length - 1; split >= 1; split -= 1) {
    const tail = words.slice(split).map((word) => word.text);
    const singular = tail.map((word) => (word.length > 3 && word.endsWith('s') ? word.slice(0, -1) : word));
    const tailIsRole = isTitle(tail.join(' ')) || isTitle(singular.join(' ')) || singular.every((word) => isRoleWord(word));
    // An office's head must be there: a portfolio alone (`Siemens Energy`, `Bayer Health`)
    // ends a firm's name, not a role's.
    if (!tailIsRole || !singular.some((word) => isTitle(word))) return null;
    if (lookups.lookup(phraseOf(words.slice(0, split), text))) return split;
  }
  return null;
}

function isRoleWord(word: string): boolean {
  return isTitleWord(word) || isRoleModifier(word);
}

/** Words (1–4) at `from` that name an affiliation, or 0. The longest known phrase wins. */
function affiliationAt(words: readonly Word[], from: number, text: string, lookups: NameLookups): number {
  for (let length = Math.min(4, words.length - from - 1); length >= 1; length -= 1) {
    const phrase = phraseOf(words.slice(from, from + length), text);
    if (isDemonym(phrase)) return length;
    const known = lookups.lookup(phrase);
    if (known && known.type !== 'PERSON' && known.type !== 'MISC') return length;
  }
  return 0;
}

/**
 * A role (and affiliation) written just before `offset` on the same line, outside the span:
 * `said Russian Foreign Minister` before `Sergey Lavrov`, `Kremlin spokesman` before
 * `Dmitry Peskov`. Reads back at most eight words and stops at punctuation.
 */
function roleBefore(text: string, offset: number, lookups: NameLookups): RoleReading | null {
  const from = Math.max(0, offset - 120);
  let segmentStart = offset;
  while (segmentStart > from) {
    const char = text[segmentStart - 1];
    if (char === '\n' || ',;:()"“”'.includes(char)) break;
    // `… trusted the governor. Nigel Farage`: a full stop that is no abbreviation's ends the role's sentence.
    if (char === '.' && !isAbbreviation(wordEndingAt(text, segmentStart))) break;
    segmentStart -= 1;
  }
  const words = wordsOf(text, segmentStart, offset).slice(-8);
  if (words.length === 0 || !isSpace(text.charCodeAt(offset - 1))) return null;
  // The role ends right before the name; walk back over role words to where it starts.
  let roleStart = words.length;
  while (roleStart > 0 && (isRoleWord(words[roleStart - 1].text) || (words[roleStart - 1].text === 'of' && roleStart < words.length))) roleStart -= 1;
  while (roleStart < words.length && words[roleStart].text === 'of') roleStart += 1;
  if (roleStart === words.length || roleEndFrom(words, roleStart) !== words.length) return null;
  const role = phraseOf(words.slice(roleStart), text);
  for (let length = Math.min(4, roleStart); length >= 1; length -= 1) {
    const phrase = phraseOf(words.slice(roleStart - length, roleStart), text);
    const known = isDemonym(phrase) ? true : lookups.lookup(phrase);
    if (known === true || (known && known.type !== 'PERSON' && known.type !== 'MISC')) {
      return { role, affiliation: phrase, affiliationSpan: [words[roleStart - length].start, words[roleStart - 1].end] };
    }
  }
  return { role };
}

/** The whitespace-delimited word that ends at `end`. */
function wordEndingAt(text: string, end: number): string {
  let start = end;
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start -= 1;
  return text.slice(start, end);
}

/** Whether what is left after cleaning is no name at all. */
function isRejected(words: readonly Word[], text: string, lookups: NameLookups, surnames: ReadonlySet<string>): boolean {
  const phrase = phraseOf(words, text);
  if (lookups.isSuppressed(phrase)) return true;
  if (!/\p{L}/u.test(phrase)) return true;
  const known = lookups.lookup(phrase);
  const first = words[0];
  // `May 23`, `23 May`, `May 2025`, `in May`: a date, whatever the tagger thought.
  if (isMonth(first.text) && !(known && known.type !== 'PERSON') && (words.length === 1 || /^\d/.test(words[1].text)) && isDateContext(text, first)) return true;
  if (words.length > 1 || known) return false;
  const word = first.text;
  if (isNeverName(word) || isWeekday(word)) return true;
  // A currency's prefix (`A$49.5 million`, `HK$`, `US$`) belongs to an amount, which OntoNotes
  // types MONEY and no table of names wants; eng.train tags it MISC, which costs 7 of
  // eng.testa's 5942 names.
  if (/^[A-Z]{1,3}\$$/.test(word) || (/^[A-Z]{1,3}$/.test(word) && text[first.end] === '$')) return true;
  // A number written out is no name alone (`PARIS — Two suspects were charged`, where the
  // dateline's dash hides the sentence start); inside a name it is one (`Three Gorges Dam`).
  if (isNumberWord(word)) return true;
  // `Ca`, `Wo`, `Do` of `Can't`, `Won't`, `Don't`: the tokenizer's half of a negated verb.
  if (/^n['’]t\b/u.test(text.slice(first.end, first.end + 4))) return true;
  // `the DVD`, `GDP`; but `the Conference on Disarmament (CD)` makes `CD` a name's short form.
  if (isCommonAcronym(word) && !isDefinedShortForm(text, word)) return true;
  // A lone letter is a unit, a grade, a variable or an initial (`°F`, `N-terminus`, `P(x)`):
  // CoNLL-2003's training set names 4 such entities in 23,499. One the user lists still counts.
  if (word.length === 1 || (word.length === 2 && word.codePointAt(0)! > 0xffff)) return true;
  // A bare title is a role without a name (`President`, `Minister`), unless the document
  // gave it as a person's surname (`Billie Jean King` … `said King`).
  if (isTitle(word) && !surnames.has(word)) return true;
  // Lower case throughout is no name (`minister`); `eBay` and `iPhone` are.
  if (word === word.toLowerCase()) return true;
  if ((isSentenceStart(text, first.start) || isHeadlineLine(text, first.start)) && isCommonWord(word) && !isFirstName(word)) return true;
  return false;
}

/**
 * True when a month name is used as one: a number right before or after it (`23 May`,
 * `May 23`, `May 2025`) or a time preposition before it (`in May`, `since May`).
 */
function isDateContext(text: string, word: Word): boolean {
  let after = word.end;
  while (after < text.length && (text[after] === ' ' || text[after] === ',')) after += 1;
  if (after < text.length && text.charCodeAt(after) >= 48 && text.charCodeAt(after) <= 57) return true;
  let before = word.start - 1;
  while (before >= 0 && text[before] === ' ') before -= 1;
  if (before >= 0 && text.charCodeAt(before) >= 48 && text.charCodeAt(before) <= 57) return true;
  let previousStart = before;
  while (previousStart > 0 && /\p{L}/u.test(text[previousStart - 1])) previousStart -= 1;
  return TIME_PREPOSITIONS.has(text.slice(previousStart, before + 1));
}

const TIME_PREPOSITIONS = new Set(['in', 'since', 'until', 'till', 'by', 'before', 'after', 'during', 'early', 'late', 'mid', 'last', 'next', 'this', 'through', 'from', 'of']);

function phraseOf(words: readonly Word[], text: string): string {
  return nameKey(text.slice(words[0].start, words[words.length - 1].end));
}

/** `U.S.`, `Inc.`, `Sen.`, `J.`: a dot that belongs to the word and ends no sentence. */
function isAbbreviation(word: string): boolean {
  const bare = word.replace(/^[("“‘']+/, '');
  if (bare.length <= 2) return true; // `J.`
  if (bare.indexOf('.') < bare.length - 1) return true; // `U.S.`
  // `Sen.`, `Gov.`, `Capt.` are short; `governor.` ends a sentence.
  // A state after a city (`IRVINE, Calif.`) keeps its dot too.
  return (bare.length <= 6 && isTitleWord(bare)) || ABBREVIATIONS.has(bare) || stateOfAbbreviation(bare) !== undefined;
}

const ABBREVIATIONS = new Set(['Inc.', 'Corp.', 'Co.', 'Ltd.', 'Jr.', 'Sr.', 'St.', 'Mt.', 'No.', 'Gov.', 'Bros.', 'Plc.']);

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 10 || code === 13 || code === 0xa0;
}

function isOpener(code: number): boolean {
  return code === 34 || code === 39 || code === 40 || code === 91 || code === 0x201c || code === 0x2018 || code === 0xab;
}

function isCloser(code: number): boolean {
  return code === 34 || code === 39 || code === 41 || code === 93 || code === 0x201d || code === 0x2019 || code === 0xbb;
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019;
}
