/**
 * Titles of works in quotation marks: `Taylor Swift's "The Life of a Showgirl"`, `the film
 * "KPop Demon Hunters"`, `his novel "Flesh"`. The tagger reads a title by its words, so a
 * title of capitalised words becomes a body or a person (`KPop Demon Hunters` a person). A
 * mention that fills a quotation is a title (MISC, as CoNLL types films and books) when the
 * word before the quotation says whose or what it is: a possessive, or a kind of work.
 *
 * Without such a word a quoted name may be anything (eng.train: 25 quoted names MISC, 11
 * ORG, mostly newspapers, 4 people), so it is left as read. A title opening with `The` keeps
 * it: span cleaning took it off as it does from other names (`the Beatles`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, rewriteMentions } from './mentions.js';

const SOURCE = 'entities/works';

/** Kinds of work whose titles are quoted, singular and plural. */
const WORK_NOUNS: ReadonlySet<string> = new Set([
  'album', 'albums', 'book', 'books', 'documentary', 'drama', 'episode', 'film', 'films', 'memoir', 'movie', 'movies', 'musical', 'novel',
  'novels', 'opera', 'painting', 'play', 'podcast', 'poem', 'record', 'series', 'show', 'single', 'sitcom', 'song', 'songs', 'track',
  'video', 'game', 'EP', 'hit', 'anthem', 'ballad', 'biopic', 'thriller', 'comedy', 'essay', 'report',
]);

const OPENING_QUOTES: ReadonlySet<string> = new Set(['"', '“', "'", '‘']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', "'", '’']);

/**
 * Retypes as MISC, widened over an opening `The`, the mentions that fill a quoted title.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function typeQuotedWorks(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const rewrite = (mention: Mention, first: number, last: number): Mention => {
    const start = tokens[first - 1]?.text === 'The' ? first - 1 : first;
    if (!isQuoted(tokens, start, last) || !hasWorkCue(tokens, start - 1)) return mention;
    // A title the tagger read whole and typed right keeps the tagger as its source.
    if (mention.type === 'MISC' && start === first) return mention;
    return mentionOver(text, tokens[start].start, mention.end, { file, type: 'MISC', source: SOURCE }, mention);
  };
  return rewriteMentions(mentions, tokens, rewrite);
}

/** Whether tokens `first..last` are all a quotation holds (a comma or a full stop may close it inside). */
function isQuoted(tokens: readonly Token[], first: number, last: number): boolean {
  const opening = tokens[first - 1];
  if (opening === undefined || !OPENING_QUOTES.has(opening.text)) return false;
  let closing = last + 1;
  if (tokens[closing] !== undefined && (tokens[closing].text === ',' || tokens[closing].text === '.')) closing += 1;
  return tokens[closing] !== undefined && CLOSING_QUOTES.has(tokens[closing].text);
}

/** Whether the word before the opening quote (at `quote`) is a possessive or a kind of work. */
function hasWorkCue(tokens: readonly Token[], quote: number): boolean {
  const before = tokens[quote - 1];
  if (before === undefined || before.sentence !== tokens[quote].sentence) return false;
  return before.text === "'s" || before.text === '’s' || WORK_NOUNS.has(before.text);
}
