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
  /**
   * Per token, one bit for each parser that may start a match there (bit `p` for the parser
   * at position `p` of the pipeline); see `DateParser.mayStartAt`.
   */
  starts: Uint32Array;
}

/**
 * A parser finds candidates in one sentence; it never looks outside `scope`.
 *
 * Most tokens start no date, and running every parser at every token of every sentence
 * was most of the extractor's time. So each parser also says, from a token's key alone,
 * whether a match can start there; the pipeline computes that once per distinct token text
 * and runs a parser only where it holds (and skips sentences where it holds nowhere).
 */
export interface DateParser {
  /** Name carried by everything it finds, e.g. `dates/absolute`. */
  source: string;
  /**
   * False only when no match can be read starting at a token with this key (a match may
   * still widen leftwards over words before it, like `the` in `the 1990s`). It may answer
   * true for keys that then match nothing; it must never answer false for one that could.
   */
  mayStartAt(key: string): boolean;
  /**
   * Candidates in the sentence.
   * @param startBit - this parser's bit in `context.starts`: only tokens carrying it can start a match
   */
  parse(context: DateContext, scope: TokenRange, startBit: number): Candidate[];
}

/**
 * A parser that tries every token of the sentence as the start of a match: the common shape
 * of parsers whose patterns begin at a word of their own (a clock time, a duration).
 * @param source - the name its candidates carry
 * @param mayStartAt - whether a match can start at a token with this key (see `DateParser`)
 * @param parseAt - the match starting at `index`: none, one, or several
 */
export function tokenwiseParser(
  source: string,
  mayStartAt: (key: string) => boolean,
  parseAt: (context: DateContext, scope: TokenRange, index: number) => Candidate | readonly Candidate[] | null,
): DateParser {
  return {
    source,
    mayStartAt,
    parse(context, scope, startBit) {
      const found: Candidate[] = [];
      const starts = context.starts;
      for (let index = scope.first; index < scope.end; index += 1) {
        if ((starts[index] & startBit) === 0) continue;
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

/** What the parsers need to know of one token text: its key and where they may start. */
interface WordFacts {
  key: string;
  /** Bit `p` set when the parser at position `p` may start a match at this word. */
  starts: number;
}

/** A long run over ever-new texts (numbers, names) drops the table rather than grow without end. */
const MOST_WORDS_KEPT = 100_000;

/**
 * Keys and start bits by token text, for one list of parsers, kept across documents. Token
 * texts are mostly wink's vocabulary strings, one per word with its hash already computed, so
 * one lookup here replaces lower-casing the text and asking every parser about it again; and
 * a cached key is one string per word, so the parsers' own Map lookups hash it only once.
 */
export class WordTable {
  /**
   * A prototype-less object rather than a Map: V8 looks a string property up through its
   * string table, and on the bench corpus that made this lookup, done for every token, about
   * 40 % cheaper than `Map.get`. With no prototype, any text (`__proto__`, `1998`) is an own key.
   */
  private byText: Record<string, WordFacts> = Object.create(null);
  private size = 0;

  /** @param parsers - the pipeline, in the order whose positions the start bits follow (at most 32) */
  constructor(private readonly parsers: readonly DateParser[]) {
    if (parsers.length > 32) throw new RangeError('a WordTable holds start bits for at most 32 parsers');
  }

  /** The key and start bits of a token text, computed on first sight. */
  factsOf(text: string): WordFacts {
    let facts = this.byText[text];
    if (facts === undefined) {
      if (this.size >= MOST_WORDS_KEPT) {
        this.byText = Object.create(null);
        this.size = 0;
      }
      const key = keyOf(text);
      let starts = 0;
      this.parsers.forEach((parser, position) => {
        if (parser.mayStartAt(key)) starts |= 1 << position;
      });
      facts = { key, starts };
      this.byText[text] = facts;
      this.size += 1;
    }
    return facts;
  }
}

/**
 * The parsers' view of a document: a key and start bits for every token.
 * @param words - the table of the parsers that will read the context
 */
export function createContext(analyzed: AnalyzedText, words: WordTable): DateContext {
  const tokens = analyzed.tokens;
  const keys = new Array<string>(tokens.length);
  const starts = new Uint32Array(tokens.length);
  for (let index = 0; index < tokens.length; index += 1) {
    const facts = words.factsOf(tokens[index].text);
    keys[index] = facts.key;
    starts[index] = facts.starts;
  }
  return { text: analyzed.text, tokens, keys, starts };
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
