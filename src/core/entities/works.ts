/**
 * Titles of works in quotation marks: `Taylor Swift's "The Life of a Showgirl"`, `the film
 * "KPop Demon Hunters"`, `his novel "Flesh"`, `appearances in "Lawrence of Arabia"`. The
 * tagger reads a title by its words, so a title of capitalised words becomes a body or a
 * person (`KPop Demon Hunters` a person), and one with lower-case words in it falls apart
 * (`Lawrence` of `Lawrence of Arabia`, `Crying` of `The Crying Game`). A quotation written in
 * title case is one title (MISC, as CoNLL types films and books) when something says it is a
 * work: the word before it says whose or what it is (a possessive, a kind of work), or names
 * a performance in it (`starred in`, `appearances in`, `known for`); a year in brackets follows
 * it (`"The Collapse" (1964)`); or it stands in a list of quoted titles one of which is so
 * introduced (`known for "Viva Zapata" and "On the Waterfront"`).
 *
 * Without such a cue a quoted name may be anything (eng.train: 25 quoted names MISC, 11
 * ORG, mostly newspapers, 4 people), so it is left as read.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';

const SOURCE = 'entities/works';

/** Kinds of work whose titles are quoted, singular and plural. */
const WORK_NOUNS: ReadonlySet<string> = new Set([
  'album', 'albums', 'book', 'books', 'documentary', 'drama', 'episode', 'film', 'films', 'memoir', 'movie', 'movies', 'musical', 'novel',
  'novels', 'opera', 'painting', 'play', 'podcast', 'poem', 'record', 'series', 'show', 'single', 'sitcom', 'song', 'songs', 'track',
  'video', 'game', 'EP', 'hit', 'anthem', 'ballad', 'biopic', 'thriller', 'comedy', 'essay', 'report',
]);

/** Words that name a performance in a work, before `in` or `for` and the title (`starred in`, `known for`). */
const PERFORMANCE_WORDS: ReadonlySet<string> = new Set([
  'starred', 'starring', 'stars', 'appeared', 'appears', 'appearance', 'appearances', 'performance', 'performances', 'role', 'roles', 'known', 'famous',
]);

/** Lower-case words a title may hold (`Lawrence of Arabia`, `Anne of a Thousand Days`). */
const TITLE_FUNCTION_WORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'nor', 'but', 'with', 'from', 'by', 'as', 'into', 'de', 'la', 'le', 'del', 'du', 'von',
]);

/** The longest title read, in tokens. */
const LONGEST_TITLE = 10;

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
const DOUBLE_CLOSING: ReadonlySet<string> = new Set(['"', '”']);
const SINGLE_CLOSING: ReadonlySet<string> = new Set(["'", '’']);

/** Whether `closing` closes a quotation `opening` opened: double with double, single with single (`"L' Etranger"`). */
function closes(opening: string, closing: string): boolean {
  return (opening === '"' || opening === '“' ? DOUBLE_CLOSING : SINGLE_CLOSING).has(closing);
}

/** Words whose `'s` is `is` or `has`, not a possessive (`it's "In"`). */
const CONTRACTING_WORDS: ReadonlySet<string> = new Set(['it', 'that', 'he', 'she', 'there', 'here', 'what', 'who', 'where', 'how', 'let', 'this']);

/** A quotation's words, tokens `[first, end)`, and the closing quote's index. */
interface Quotation {
  first: number;
  end: number;
  closing: number;
}

/**
 * Makes one MISC mention of each quoted title a cue introduces, in place of the mentions the
 * tagger read inside it.
 * @param mentions - the mentions so far, by position
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function typeQuotedWorks(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  // The cheap test first: many documents quote nothing (a scan for the marks: a regular
  // expression over every text cost more than the stage).
  if (text.indexOf('"') < 0 && text.indexOf('“') < 0 && text.indexOf('‘') < 0 && text.indexOf("'") < 0) return mentions;
  const titles: Quotation[] = [];
  let previous: { quotation: Quotation; work: boolean } | null = null;
  for (let index = 0; index < tokens.length; index += 1) {
    if (!OPENING_QUOTES.has(tokens[index].text)) continue;
    const quotation = titleQuotedAt(tokens, index);
    if (quotation === null) continue;
    const listed: boolean = previous !== null && previous.work && isListedAfter(tokens, previous.quotation, index);
    const work: boolean = listed || hasWorkCue(tokens, index) || hasYearAfter(tokens, quotation.closing);
    if (work) titles.push(quotation);
    previous = { quotation, work };
    index = quotation.closing;
  }
  if (titles.length === 0) return mentions;
  let result = mentions;
  for (const title of titles) result = asWork(result, title, analyzed, file);
  return result;
}

/** Replaces the mentions inside a title with the title; left alone where a mention crosses its edges. */
function asWork(mentions: Mention[], title: Quotation, analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const start = tokens[title.first].start;
  const end = tokens[title.end - 1].end;
  const inside: Mention[] = [];
  for (const mention of mentions) {
    if (mention.end <= start || mention.start >= end) continue;
    if (mention.start < start || mention.end > end) return mentions;
    inside.push(mention);
  }
  // A title the tagger read whole and typed right keeps the tagger as its source.
  if (inside.length === 1 && inside[0].start === start && inside[0].end === end && inside[0].type === 'MISC') return mentions;
  const work = mentionOver(text, start, end, { file, type: 'MISC', source: SOURCE });
  return [...mentions.filter((mention) => !inside.includes(mention)), work].sort(byPosition);
}

/**
 * The title-case quotation opened by the quote at `opening`: a capitalised first word, then
 * capitalised words, numbers and a title's lower-case words, up to a closing quote in the
 * same sentence (a comma or a full stop may close it inside). Null when the quotation is none
 * or no title.
 */
function titleQuotedAt(tokens: readonly Token[], opening: number): Quotation | null {
  const first = opening + 1;
  if (first >= tokens.length || tokens[first].sentence !== tokens[opening].sentence || !/^[\p{Lu}\d]/u.test(tokens[first].text)) return null;
  for (let index = first; index < tokens.length && index <= first + LONGEST_TITLE; index += 1) {
    const token = tokens[index];
    if (token.sentence !== tokens[first].sentence) return null;
    if (closes(tokens[opening].text, token.text) && index > first && !isApostropheInWord(tokens, index)) {
      const end = tokens[index - 1].text === ',' || tokens[index - 1].text === '.' ? index - 1 : index;
      return end > first ? { first, end, closing: index } : null;
    }
    if (!isTitleWord(token, index === first)) {
      // A comma or a full stop may only close the title, right before the quote.
      const closesTitle = (token.text === ',' || token.text === '.') && closes(tokens[opening].text, tokens[index + 1]?.text ?? '');
      if (!closesTitle) return null;
    }
  }
  return null;
}

/** A word a title may hold: capitalised, a number, a possessive, a hyphen or colon, or a title's lower-case word. */
function isTitleWord(token: Token, first: boolean): boolean {
  const word = token.text;
  if (/^[\p{Lu}\d]/u.test(word)) return true;
  if (first) return false;
  return TITLE_FUNCTION_WORDS.has(word) || word === "'s" || word === '’s' || word === '-' || word === ':' || word === '&';
}

/** `'` or `’` inside a word (`Schindler's`), which closes no quotation. */
function isApostropheInWord(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return next !== undefined && next.start === tokens[index].end && /^\p{L}/u.test(next.text) && tokens[index].start === tokens[index - 1].end;
}

/**
 * Whether the words before the opening quote at `quote` introduce a work: a possessive, a
 * kind of work, or a performance before `in` or `for` (`starred in`, `known for`; not `known
 * as`, which gives a name).
 */
function hasWorkCue(tokens: readonly Token[], quote: number): boolean {
  const before = tokens[quote - 1];
  if (before === undefined || before.sentence !== tokens[quote].sentence) return false;
  if (before.text === "'s" || before.text === '’s') return !CONTRACTING_WORDS.has(tokens[quote - 2]?.text.toLowerCase() ?? '');
  if (WORK_NOUNS.has(before.text)) return true;
  const cue = tokens[quote - 2];
  return (before.text === 'in' || before.text === 'for') && cue !== undefined && cue.sentence === before.sentence && PERFORMANCE_WORDS.has(cue.text);
}

/** `"The Collapse" (1964)`: a year in brackets right after the closing quote at `closing`. */
function hasYearAfter(tokens: readonly Token[], closing: number): boolean {
  return tokens[closing + 1]?.text === '(' && /^(?:1[5-9]|20)\d\d$/.test(tokens[closing + 2]?.text ?? '') && tokens[closing + 3]?.text === ')';
}

/**
 * Whether the quotation opening at `opening` continues a list after `previous`: nothing
 * between them but commas, `and`, `or` and a bracketed year.
 */
function isListedAfter(tokens: readonly Token[], previous: Quotation, opening: number): boolean {
  if (tokens[opening].sentence !== tokens[previous.closing].sentence) return false;
  for (let index = previous.closing + 1; index < opening; index += 1) {
    const word = tokens[index].text;
    if (word === ',' || word === 'and' || word === 'or' || word === '(' || word === ')' || /^\d{4}$/.test(word)) continue;
    return false;
  }
  return true;
}
