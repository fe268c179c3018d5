/**
 * Stock indices named with their number: `S&P 500`, `FTSE 100`, `Nikkei 225`, `Euro Stoxx 50`.
 * The tagger learnt from 1996 copy, which wrote them rarely; it keeps the name and leaves the
 * number out, so `S&P 500` came out as the rating agency `S&P`, and `Russell 2000` as a person.
 * The index is one thing, MISC as CoNLL-2003 annotates it (`FTSE 100`). Only the numbers each
 * index is published with count: `Russell 63` in a golf table is a player and his score.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, replaceWithin } from './mentions.js';

const SOURCE = 'entities/indices';

/** The indices, as news writes them; a hyphen may stand for the space before the number. */
const INDICES: readonly string[] = [
  'S&P 100', 'S&P 400', 'S&P 500', 'S&P 600', 'S&P 1500', 'S&P/ASX 200', 'S&P/TSX 60',
  'FTSE 100', 'FTSE 250', 'FTSE 350', 'Nikkei 225', 'Euro Stoxx 50', 'Euro STOXX 50', 'Stoxx 600', 'STOXX 600',
  'Stoxx Europe 600', 'STOXX Europe 600', 'Russell 1000', 'Russell 2000', 'Russell 3000', 'CAC 40', 'DAX 30',
  'DAX 40', 'Nasdaq 100', 'Nasdaq-100', 'ASX 200', 'Nifty 50', 'IBEX 35', 'Ibex 35', 'KOSPI 200', 'Kospi 200',
];

const TRAILING_NUMBER = /(?:^|-)(\d{2,4})$/;

/** Each index by the number that ends it, in both spellings, longest first. */
const BY_NUMBER: ReadonlyMap<string, readonly string[]> = (() => {
  const byNumber = new Map<string, string[]>();
  for (const index of INDICES) {
    const cut = index.search(/[ -]\d+$/);
    const number = index.slice(cut + 1);
    const forms = byNumber.get(number) ?? [];
    forms.push(index, `${index.slice(0, cut)}${index[cut] === ' ' ? '-' : ' '}${number}`);
    byNumber.set(number, forms);
  }
  for (const forms of byNumber.values()) forms.sort((left, right) => right.length - left.length);
  return byNumber;
})();

/**
 * Makes one MISC mention of each index and its number, replacing the pieces the tagger read
 * (`S&P`); a longer name that holds the index is left whole (`FTSE 100 Index`).
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, with indices whole
 */
export function joinIndexNumbers(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  let result = mentions;
  for (const token of tokens) {
    // Every token passes here: a look at its last character settles nearly all of them.
    const lastCode = token.text.charCodeAt(token.text.length - 1);
    if (lastCode < 48 || lastCode > 57) continue;
    // The number stands alone or ends a token the tokenizer kept whole (`S&P-500`).
    const number = TRAILING_NUMBER.exec(token.text);
    const forms = number === null ? undefined : BY_NUMBER.get(number[1]);
    if (forms === undefined) continue;
    const form = forms.find((candidate) => text.endsWith(candidate, token.end));
    if (form === undefined) continue;
    const start = token.end - form.length;
    // `XS&P 500` or `AFTSE 100` is no index.
    if (start > 0 && /[\p{L}\p{N}&]/u.test(text[start - 1])) continue;
    result = replaceWithin(result, start, token.end, () => mentionOver(text, start, token.end, { file, type: 'MISC', source: SOURCE }));
  }
  return result;
}
