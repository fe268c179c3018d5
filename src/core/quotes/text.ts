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
