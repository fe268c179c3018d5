/**
 * The per-document view of tokens that the frame finders, the classifier and attribution read.
 * Words are lower-cased when first read, not all up front: the frame finders read a few tokens
 * around each quotation and salience reads only as far as a question reaches, and lower-casing
 * every token of a document cost as much as all the frame finding.
 */
import type { AnalyzedText, Token } from '../nlp.js';

/** One document's tokens with their lower-cased texts, computed on first read. */
export class TokenView {
  readonly analyzed: AnalyzedText;
  readonly tokens: readonly Token[];
  private readonly lowerCased: string[];

  constructor(analyzed: AnalyzedText) {
    this.analyzed = analyzed;
    this.tokens = analyzed.tokens;
    this.lowerCased = new Array<string>(analyzed.tokens.length);
  }

  /**
   * The token's text in lower case. Read like an array element: an index outside the document
   * gives `undefined`, which every caller compares as "no such word".
   * @param index - a token index, possibly out of range (`index - 1` at the start)
   */
  word(index: number): string {
    const cached = this.lowerCased[index];
    if (cached !== undefined || index < 0 || index >= this.tokens.length) return cached;
    return (this.lowerCased[index] = this.tokens[index].text.toLowerCase());
  }
}

/**
 * Builds the view the frame finders read; it costs nothing until words are read.
 * @param analyzed - the analysed document
 */
export function createTokenView(analyzed: AnalyzedText): TokenView {
  return new TokenView(analyzed);
}
