/**
 * Finding a token by its offsets, by binary search over the document's tokens (sorted, never
 * overlapping), so that stages that map mentions to tokens build no per-document index; and
 * the shape of token that names are made of.
 */
import type { Token } from '../nlp.js';
import { partitionPoint } from '../sorted.js';

/** Lookups of the token that starts, or ends, exactly at an offset. */
export interface TokenIndex {
  get(offset: number): number | undefined;
}

/** The index of the token that starts exactly at `offset`, as a lookup. */
export function tokensByStart(tokens: readonly Token[]): TokenIndex {
  return { get: (offset) => search(tokens, offset, 'start') };
}

/** The index of the token that ends exactly at `offset`, as a lookup. */
export function tokensByEnd(tokens: readonly Token[]): TokenIndex {
  return { get: (offset) => search(tokens, offset, 'end') };
}

function search(tokens: readonly Token[], offset: number, edge: 'start' | 'end'): number | undefined {
  const index = partitionPoint(0, tokens.length, (candidate) => tokens[candidate][edge] < offset);
  return index < tokens.length && tokens[index][edge] === offset ? index : undefined;
}

/**
 * A capitalised word wink tags as a proper noun, a noun or an adjective: the stuff of names
 * (`Cold`, `Paris`, `Commission`), which the rescue and head-word stages read runs of.
 * @param token - a token of the analysed text
 */
export function isCapitalisedName(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text) && (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ');
}
