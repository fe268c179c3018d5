/**
 * The view of an analysed text that date parsers share: tokens with a normalised key each,
 * read one sentence at a time, so that no pattern can run across a sentence or a headline.
 */
import type { AnalyzedText, Token, TokenRange } from '../nlp.js';
import type { DateModifier } from '../types.js';
import type { Candidate, Reading } from './reading.js';

/** Tokens of one document and their lookup keys. */
export interface DateContext {
  text: string;
  tokens: Token[];
  /** Lower-case token text, curly apostrophes straightened, a final period dropped from words. */
  keys: string[];
}

/** A parser finds candidates in one sentence; it never looks outside `scope`. */
export interface DateParser {
  /** Name carried by everything it finds, e.g. `dates/absolute`. */
  source: string;
  parse(context: DateContext, scope: TokenRange): Candidate[];
}

/**
 * A parser that tries every token of the sentence as the start of a match: the common shape
 * of parsers whose patterns begin at a word of their own (a clock time, a duration).
 * @param source - the name its candidates carry
 * @param parseAt - the match starting at `index`: none, one, or several
 */
export function tokenwiseParser(
  source: string,
  parseAt: (context: DateContext, scope: TokenRange, index: number) => Candidate | readonly Candidate[] | null,
): DateParser {
  return {
    source,
    parse(context, scope) {
      const found: Candidate[] = [];
      for (let index = scope.first; index < scope.end; index += 1) {
        const match = parseAt(context, scope, index);
        if (!match) continue;
        if (Array.isArray(match)) found.push(...match);
        else found.push(match as Candidate);
      }
      return found;
    },
  };
}

/** The lookup key of a token's text. */
export function keyOf(text: string): string {
  let key = text.toLowerCase();
  if (key.includes('\u2019') || key.includes('\u2018')) key = key.replace(/[\u2018\u2019]/g, "'");
  // `Aug.`, `p.m.`, `Sept.` lose the stop so one table entry serves both spellings; a lone
  // `.` stays a stop.
  if (key.length > 1 && key.endsWith('.')) key = key.slice(0, -1);
  return key;
}

export function createContext(analyzed: AnalyzedText): DateContext {
  return { text: analyzed.text, tokens: analyzed.tokens, keys: analyzed.tokens.map((token) => keyOf(token.text)) };
}

/** Key of the token at `index`, or '' outside the scope (so lookups past the edge just fail). */
export function keyAt(context: DateContext, scope: TokenRange, index: number): string {
  return index >= scope.first && index < scope.end ? context.keys[index] : '';
}

/** A candidate spanning whole tokens `[first, end)`. */
export function candidate(context: DateContext, first: number, end: number, reading: Reading, source: string, mod: DateModifier | null = null): Candidate {
  return { first, end, start: context.tokens[first].start, stop: context.tokens[end - 1].end, reading, mod, source };
}

/** True when a token starts with a capital letter (names, months, weekdays in prose). */
export function isCapitalized(token: Token): boolean {
  const code = token.text.charCodeAt(0);
  return code >= 65 && code <= 90;
}

/** True when every letter of the token is a capital (headlines, `AM`). */
export function isAllCaps(token: Token): boolean {
  return token.text.length > 1 && token.text === token.text.toUpperCase() && token.text !== token.text.toLowerCase();
}

/** True when the token at `index` follows the previous one with no space (`16-hour`, `Friday's`). */
export function attached(context: DateContext, index: number): boolean {
  const token = context.tokens[index];
  return token !== undefined && !token.spaceBefore;
}

/** True when a token is the first word of its sentence, where capitals prove nothing. */
export function opensSentence(scope: TokenRange, index: number, context: DateContext): boolean {
  if (index === scope.first) return true;
  const previous = context.keys[index - 1];
  return previous === '"' || previous === "'" || previous === '(' || previous === '_' || previous === '--';
}
