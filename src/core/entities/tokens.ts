/**
 * Finding a token by its offsets, through one table per document and edge that every stage
 * shares; and the shape of token that names are made of.
 */
import type { Token } from '../nlp.js';

/** Lookups of the token that starts, or ends, exactly at an offset. */
export interface TokenIndex {
  get(offset: number): number | undefined;
}

/** The index of the token that starts exactly at `offset`, as a lookup. */
export function tokensByStart(tokens: readonly Token[]): TokenIndex {
  return lookupOver(offsetTable(tokens, startTables, 'start'));
}

/** The index of the token that ends exactly at `offset`, as a lookup. */
export function tokensByEnd(tokens: readonly Token[]): TokenIndex {
  return lookupOver(offsetTable(tokens, endTables, 'end'));
}

// Per token list, the token index at each offset where a token starts (or ends), else -1.
// Stages ask for nearly every mention's tokens, dozens of times per document; a binary
// search each time cost more than building the two tables once.
const startTables = new WeakMap<readonly Token[], Int32Array>();
const endTables = new WeakMap<readonly Token[], Int32Array>();

function offsetTable(tokens: readonly Token[], tables: WeakMap<readonly Token[], Int32Array>, edge: 'start' | 'end'): Int32Array {
  let table = tables.get(tokens);
  if (table === undefined) {
    table = new Int32Array(tokens.length === 0 ? 0 : tokens[tokens.length - 1].end + 1).fill(-1);
    if (edge === 'start') for (let index = 0; index < tokens.length; index += 1) table[tokens[index].start] = index;
    else for (let index = 0; index < tokens.length; index += 1) table[tokens[index].end] = index;
    tables.set(tokens, table);
  }
  return table;
}

function lookupOver(table: Int32Array): TokenIndex {
  return {
    get(offset: number): number | undefined {
      const index = offset >= 0 && offset < table.length ? table[offset] : -1;
      return index >= 0 ? index : undefined;
    },
  };
}

/**
 * Each opening bracket that holds a single token (`(CDC)`, `(SMRs)`), as the bracket's token
 * index: found by search for `(` in the text rather than by a look at every token.
 * @param tokens - the document's tokens
 * @param text - the document text
 */
export function singleTokenBrackets(tokens: readonly Token[], text: string): number[] {
  const found: number[] = [];
  let byStart: TokenIndex | null = null;
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    byStart ??= tokensByStart(tokens);
    const open = byStart.get(at);
    if (open !== undefined && open + 2 < tokens.length && tokens[open + 2].text === ')') found.push(open);
  }
  return found;
}

/**
 * Which tokens some span touches, one flag per token: a stage that asks "does any mention
 * overlap these tokens?" for most words of a document answers it from the flags instead of
 * reading every mention each time.
 * @param tokens - the document's tokens, in order
 * @param spans - character spans (mentions), in any order
 * @returns 1 at each token whose characters a span overlaps, else 0
 */
export function tokensTouched(tokens: readonly Token[], spans: readonly { start: number; end: number }[]): Uint8Array {
  const touched = new Uint8Array(tokens.length);
  for (const span of spans) {
    // From the first token ending after the span's start.
    for (let index = firstEndingAfter(tokens, span.start); index < tokens.length && tokens[index].start < span.end; index += 1) touched[index] = 1;
  }
  return touched;
}

/** The index of the first token that ends after `offset` (`tokens.length` if none), by binary search. */
function firstEndingAfter(tokens: readonly Token[], offset: number): number {
  let low = 0;
  let high = tokens.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (tokens[middle].end <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * A capitalised word wink tags as a proper noun, a noun or an adjective: the stuff of names
 * (`Cold`, `Paris`, `Commission`), which the rescue and head-word stages read runs of.
 * @param token - a token of the analysed text
 */
export function isCapitalisedName(token: Token): boolean {
  return token.kind === 'word' && /^\p{Lu}/u.test(token.text) && (token.pos === 'PROPN' || token.pos === 'NOUN' || token.pos === 'ADJ');
}

/** A token written with a capital first (`Court`, `NATO`), whatever its part of speech. */
export function opensWithCapital(token: Token): boolean {
  return /^\p{Lu}/u.test(token.text);
}

/** Hyphens written inside words: the ASCII one and Unicode's hyphen and non-breaking hyphen. */
const WORD_HYPHENS: ReadonlySet<string> = new Set(['-', '\u2010', '\u2011']);

/**
 * True when `hyphen` is a hyphen written with no space on either side, tying `before` to
 * `after` in one word the tokenizer split (`Zeta-Jones`, `Coca-Cola`).
 */
export function joinedByHyphen(before: Token, hyphen: Token, after: Token): boolean {
  return WORD_HYPHENS.has(hyphen.text) && hyphen.start === before.end && after.start === hyphen.end;
}

/**
 * True when the word before token `index`, in its sentence, is the article `the` (`the
 * Court`, `the Mediterranean`): the word then heads or opens a noun phrase.
 * @param tokens - the document's tokens
 * @param index - a token index
 */
export function followsThe(tokens: readonly Token[], index: number): boolean {
  if (index === 0) return false;
  const before = tokens[index - 1];
  return before.text.toLowerCase() === 'the' && before.sentence === tokens[index].sentence;
}
