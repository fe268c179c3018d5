/**
 * Acronyms a document defines as common nouns: `the cash reserve ratio (CRR)`, `small modular
 * reactors (SMRs)`, `key performance indicators (KPIs)`. A long form in lower case is the
 * writer's statement that the letters abbreviate ordinary words, so the acronym names nothing
 * there or anywhere else in the document; the tagger read such capitals as organisations,
 * places and things. The letters must be the initials of the words before the parenthesis
 * (each part of a hyphenated word gives one; `of`, `and`, `the` and other connectors may or
 * may not), so a parenthesis that explains something else (`the group (PUK)`) is no definition.
 * Names defined in capitals are acronyms.ts's business (`Centers for Disease Control (CDC)`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { singleTokenBrackets } from './tokens.js';

/** Lower-case words a long form may hold whether or not the acronym spells them. */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'to', 'in', 'on', 'a', 'an', 'with', 'by', 'at']);

/** Capitals, and a plural `s` (`SMRs`). */
const ACRONYM = /^[A-Z]{2,8}s?$/;

/**
 * Drops every mention of an acronym the document defines by a lower-case long form, in its
 * singular and plural (`SMR`, `SMRs`).
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @returns the mentions without those of such acronyms
 */
export function dropCommonNounAcronyms(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens, text } = analyzed;
  let acronyms: Set<string> | null = null;
  for (const open of singleTokenBrackets(tokens, text)) {
    if (open < 2) continue;
    const acronym = tokens[open + 1].text;
    if (!ACRONYM.test(acronym) || !isDefinedByOrdinaryWords(tokens, open, acronym.replace(/s$/, '').toLowerCase())) continue;
    acronyms ??= new Set();
    const singular = acronym.replace(/s$/, '');
    acronyms.add(singular).add(`${singular}s`);
  }
  if (acronyms === null) return mentions;
  const defined = acronyms;
  return mentions.filter((mention) => !defined.has(mention.text));
}

/**
 * True when lower-case words ending right before the parenthesis `open` spell `letters` by
 * their initials.
 */
function isDefinedByOrdinaryWords(tokens: readonly Token[], open: number, letters: string): boolean {
  const sentence = tokens[open].sentence;
  const words: string[] = [];
  for (let index = open - 1; index >= 0 && words.length < letters.length + 3; index -= 1) {
    const token = tokens[index];
    // The tokenizer splits `exchange-traded` at its hyphen; each part gives its initial.
    if (token.text === '-' && !token.spaceBefore && index + 1 < open && !tokens[index + 1].spaceBefore) continue;
    if (token.sentence !== sentence || !/^\p{Ll}[\p{Ll}-]*$/u.test(token.text)) break;
    words.unshift(token.text);
    if (spells(words, 0, letters, 0)) return true;
  }
  return false;
}

/** Whether `words[word…]` spell `letters[letter…]`: each word its initials, a connector its initial or nothing. */
function spells(words: readonly string[], word: number, letters: string, letter: number): boolean {
  if (word === words.length) return letter === letters.length;
  const initials = words[word].split('-').filter((part) => part.length > 0).map((part) => part[0]).join('');
  const fits = letters.startsWith(initials, letter) && spells(words, word + 1, letters, letter + initials.length);
  return fits || (CONNECTORS.has(words[word]) && spells(words, word + 1, letters, letter));
}
