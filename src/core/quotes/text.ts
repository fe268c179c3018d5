import type { Token } from '../nlp.js';

/**
 * Character tests the quotation stages run on many tokens, with an ASCII fast path: most tokens
 * of English news are ASCII, and a Unicode regex costs several times a character-code compare.
 */

const STARTS_UPPER_CASE = /^\p{Lu}/u;

/**
 * True when `text` starts with an upper-case letter (`/^\p{Lu}/u`).
 * @param text - a token's text
 */
export function startsUpperCase(text: string): boolean {
  const code = text.charCodeAt(0);
  // In ASCII only A–Z are upper-case letters; anything else goes to the Unicode test.
  if (code < 0x80) return code >= 0x41 && code <= 0x5a;
  return STARTS_UPPER_CASE.test(text);
}

/**
 * `startsUpperCase(token.text)`, reading the first character from the document instead: a
 * token's text is `text.slice(start, end)`, and a scan over every token reads the document in
 * order, where each token's own string would be another place in memory to fetch.
 * @param text - the document text the token's offsets index into
 * @param token - a token of that document
 */
export function tokenStartsUpperCase(text: string, token: Token): boolean {
  const code = text.charCodeAt(token.start);
  if (code < 0x80 && token.end > token.start) return code >= 0x41 && code <= 0x5a;
  return startsUpperCase(token.text);
}
