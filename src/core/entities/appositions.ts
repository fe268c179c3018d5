/**
 * A name followed by an office or a trade in apposition is a person: `Raila Odinga, the
 * former prime minister, …`, `Odinga, Kenya's opposition leader, …`, `Szalay, a novelist
 * who …`. The tagger reads an unfamiliar name by its letters and neighbours, and then types
 * some people as places (`mourn Raila Odinga`); the phrase after the comma says what the
 * name is. An age in apposition says the same (`LeBron James, 40, missed the game`, read as a
 * body): in eng.train all 55 names followed by a number from 14 to 105 between commas are
 * people.
 *
 * In eng.train, 89 of the 97 names written with an office so are people; the others are
 * places after a preposition (`in Grozny, the commander of …`, `in Athens, the consulates
 * general`), which the stage leaves alone, as it does a name some list knows as anything but
 * a person, a nationality (the lists know those), and a name ending in a body's or a place's
 * word. The office must end its phrase (`the former prime minister,`, `… who`, `… of`):
 * `Tass, the official news agency` is no person.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, rewriteMentions } from './mentions.js';
import { isCapitalisedName } from './tokens.js';
import { isBodyWord } from './heads.js';
import { isCommonWord, isDemonym, isLocationKeyword, isOrgSuffix, isRoleModifier, isTitle, isTitleWord, lookupName } from './knowledge.js';

const SOURCE = 'entities/apposition';

/** Trades and kin that say a person as surely as an office does; the offices are the lists' titles. */
const TRADES = new Set([
  'actor', 'actress', 'artist', 'author', 'businessman', 'businesswoman', 'billionaire', 'comedian', 'composer', 'co-founder',
  'cofounder', 'defender', 'entrepreneur', 'filmmaker', 'founder', 'forward', 'goalkeeper', 'journalist', 'lawyer', 'midfielder',
  'musician', 'novelist', 'painter', 'photographer', 'pitcher', 'playwright', 'poet', 'quarterback', 'rapper', 'singer',
  'songwriter', 'striker', 'tycoon', 'winger', 'writer', 'son', 'daughter', 'wife', 'husband', 'widow', 'brother', 'sister',
  'mother', 'grandson', 'granddaughter',
]);

/** Titles that are forms of address (`Mr`, `Sir`) rather than offices, and never end an apposition. */
const ADDRESS_FORMS = new Set(['mr', 'mrs', 'ms', 'miss', 'sir', 'dame', 'lord', 'lady', 'madam', 'saint', 'st', 'rev', 'reverend', 'dr', 'prof', 'father']);

/** What may follow the office: the end of the apposition or what goes on describing the person. */
const AFTER_OFFICE = new Set([',', '.', ';', ':', '(', ')', '"', '”', '—', '–', '--', 'who', 'whose', 'of', 'for', 'at', 'in', 'to', 'from', 'and', 'on', 'with', 'since']);

/** Words between the article and the office: `the former Kenyan prime minister`. */
const MOST_QUALIFIERS = 5;

/** Parts of speech that make what follows the comma a clause, not a description. */
const CLAUSE_PARTS = new Set(['VERB', 'AUX', 'PRON', 'DET', 'ADP', 'SCONJ', 'CCONJ', 'PART']);

/** Words before the name that make it a place, or a thing named, rather than the apposition's subject. */
const BEFORE_A_PLACE = new Set(['in', 'at', 'from', 'into', 'near', 'across', 'throughout', 'outside', 'inside', 'the']);

/**
 * Retypes as PERSON the mentions an office or trade in apposition describes.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function typeAppositivePersons(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  // The comma is the cheap test, so it goes first.
  const byComma = (mention: Mention): boolean =>
    mention.type !== 'PERSON' && (/^\s?,/.test(text.slice(mention.end, mention.end + 2)) || /,\s?$/.test(text.slice(Math.max(0, mention.start - 2), mention.start)));
  const rewrite = (mention: Mention, first: number, last: number): Mention => {
    if (!mayBePerson(tokens, first, last, mention.text)) return mention;
    const described =
      (last + 1 < tokens.length && tokens[last + 1].text === ',' && (officeFollows(tokens, last + 2) || ageFollows(tokens, last + 2))) ||
      (first > 0 && tokens[first - 1].text === ',' && officePrecedes(tokens, first - 1) && endsNameAfterOffice(tokens, last + 1, tokens[last].sentence));
    return described ? mentionOver(text, mention.start, mention.end, { file, type: 'PERSON', source: SOURCE }, mention) : mention;
  };
  return rewriteMentions(mentions, tokens, rewrite, byComma);
}

/** Words that open an office written before a name: `the bank's chief economist, …`, `its founder, …`. */
const OFFICE_OPENERS = new Set(["'s", '’s', 'the', 'a', 'an', 'its', 'his', 'her', 'their', 'our', 'your']);

/**
 * Whether an office ends at the comma `comma` and opens with an article or an owner (`The
 * State Bank of India's chief economist, Soumya Kanti Ghosh, forecast`), the mirror of
 * `officeFollows`: an office alone before a comma may end a clause of its own (`He was
 * minister, Odinga said`).
 */
function officePrecedes(tokens: readonly Token[], comma: number): boolean {
  const sentence = tokens[comma].sentence;
  for (const words of [2, 1]) {
    const start = comma - words;
    if (start < 1 || tokens[start].sentence !== sentence) continue;
    const office = tokens.slice(start, comma);
    if (!office.every((token) => /^\p{Ll}/u.test(token.text)) || !isOffice(office.map((token) => token.text).join(' '))) continue;
    for (let index = start - 1, qualifiers = 0; index >= 0 && tokens[index].sentence === sentence && qualifiers <= MOST_QUALIFIERS; index -= 1, qualifiers += 1) {
      const word = tokens[index].text;
      if (OFFICE_OPENERS.has(word.toLowerCase())) return true;
      if (!(/^\p{Ll}/u.test(word) && tokens[index].pos === 'ADJ') && !isRoleModifier(word) && !isDemonym(word) && !isTitleWord(word)) break;
    }
  }
  return false;
}

/** Whether the name before token `index` ends where an office before it leaves it: a comma, the sentence's end, a verb. */
function endsNameAfterOffice(tokens: readonly Token[], index: number, sentence: number): boolean {
  if (index >= tokens.length || tokens[index].sentence !== sentence) return true;
  const token = tokens[index];
  return token.text === ',' || token.text === '.' || token.text === ')' || token.pos === 'VERB' || token.pos === 'AUX';
}

/** Whether tokens `first..last` could be a person's name, by their words and what stands before them. */
function mayBePerson(tokens: readonly Token[], first: number, last: number, name: string): boolean {
  if (first > 0 && tokens[first - 1].sentence === tokens[first].sentence && BEFORE_A_PLACE.has(tokens[first - 1].text.toLowerCase())) return false;
  // A name ending in a plural of an ordinary word is a body or a list's item (`Outreach to
  // Muslim Communities, the Special Representative for …`, `Global Women's Issues`).
  const lastWord = tokens[last].text;
  if (/s$/.test(lastWord) && isCommonWord(lastWord.toLowerCase())) return false;
  for (let index = first; index <= last; index += 1) {
    const token = tokens[index];
    if (!isCapitalisedName(token) || token.text === token.text.toUpperCase()) return false;
  }
  if (isBodyWord(lastWord) || isOrgSuffix(lastWord) || isLocationKeyword(lastWord)) return false;
  const known = lookupName(name);
  return !known || known.type === 'PERSON';
}

/**
 * Whether an office or trade phrase starts at token `from` (the word after the comma) and ends
 * where the apposition ends or goes on about the person.
 */
function officeFollows(tokens: readonly Token[], from: number): boolean {
  if (from >= tokens.length) return false;
  const sentence = tokens[from].sentence;
  let index = from;
  if (/^(the|a|an)$/i.test(tokens[index].text)) index += 1;
  for (let qualifiers = 0; qualifiers <= MOST_QUALIFIERS && index < tokens.length && tokens[index].sentence === sentence; qualifiers += 1) {
    for (const words of [2, 1]) {
      const end = index + words;
      if (end > tokens.length || tokens[end - 1].sentence !== sentence) continue;
      if (isOffice(tokens.slice(index, end).map((token) => token.text).join(' ')) && endsApposition(tokens, end, sentence)) return true;
    }
    if (!isQualifier(tokens, index)) return false;
    index += 1;
  }
  return false;
}

/**
 * Whether an age in apposition starts at token `from`: a number from 14 to 105 between commas,
 * the sentence going on in lower case (`LeBron James, 40, missed the game`).
 */
function ageFollows(tokens: readonly Token[], from: number): boolean {
  if (from + 2 >= tokens.length || !/^\d{2,3}$/.test(tokens[from].text) || tokens[from + 1].text !== ',') return false;
  const age = Number(tokens[from].text);
  const next = tokens[from + 2];
  return age >= 14 && age <= 105 && next.sentence === tokens[from].sentence && /^\p{Ll}/u.test(next.text);
}

function isOffice(phrase: string): boolean {
  const lower = phrase.toLowerCase();
  return TRADES.has(lower) || (isTitle(lower) && !ADDRESS_FORMS.has(lower) && !lower.includes('.'));
}

function endsApposition(tokens: readonly Token[], index: number, sentence: number): boolean {
  return index >= tokens.length || tokens[index].sentence !== sentence || AFTER_OFFICE.has(tokens[index].text.toLowerCase());
}

/**
 * A word that may stand between the article and the office: a lower-case word that does not
 * end the phrase, a possessive, a nationality or part of an office (`Kenyan`, `Deputy`), or a
 * name that owns the office (`Kenya's`).
 */
function isQualifier(tokens: readonly Token[], index: number): boolean {
  const word = tokens[index].text;
  if (word === "'s" || word === '’s') return true;
  // A compound's hyphen and the word after it (`Hungarian-born`), whatever its part of speech.
  if (!tokens[index].spaceBefore && (word === '-' || tokens[index - 1].text === '-')) return true;
  if (AFTER_OFFICE.has(word.toLowerCase())) return false;
  // A verb or a pronoun makes the phrase a clause (`Merseyside, was an English lawyer`).
  if (/^[\p{Ll}\d][\p{Ll}\d-]*$/u.test(word)) return !CLAUSE_PARTS.has(tokens[index].pos);
  const next = tokens[index + 1]?.text;
  return isDemonym(word) || isRoleModifier(word) || isTitleWord(word) || next === "'s" || next === '’s';
}
