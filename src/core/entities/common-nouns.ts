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
import { lookupName } from './knowledge.js';

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
  for (const letters of spelledByEarlierNouns(mentions, tokens, acronyms)) {
    acronyms ??= new Set();
    acronyms.add(letters).add(`${letters}s`);
  }
  if (acronyms === null) return mentions;
  const defined = acronyms;
  return mentions.filter((mention) => !defined.has(mention.text));
}

/** Parts of speech a lower-case noun phrase's words may have: `tensor processing units`. */
const PHRASE_PARTS: ReadonlySet<string> = new Set(['ADJ', 'NOUN', 'VERB']);

/**
 * Acronyms the document never defines but spells out earlier in lower case, word for word
 * (`Google's tensor processing units … TPUs`): the writer has told the reader what the
 * letters stand for, and it is no name. The spelled-out words must make a noun phrase (the
 * last a noun, the others adjectives, nouns or participles), with no connector, so that
 * chance initials (`think they could` for `TTC`) do not count; and the acronym must have
 * three letters or more and be unknown to the lists (`NASA`, `BMW`).
 */
function spelledByEarlierNouns(mentions: readonly Mention[], tokens: readonly Token[], defined: ReadonlySet<string> | null): string[] {
  const firstAt = new Map<string, number>();
  for (const mention of mentions) {
    if (!UNDEFINED_ACRONYM.test(mention.text)) continue;
    const letters = mention.text.replace(/s$/, '');
    if (defined?.has(letters) || lookupName(letters) || lookupName(mention.text)) continue;
    const seen = firstAt.get(letters);
    if (seen === undefined || mention.start < seen) firstAt.set(letters, mention.start);
  }
  const spelled: string[] = [];
  for (const [letters, before] of firstAt) if (isSpelledBefore(tokens, letters.toLowerCase(), before)) spelled.push(letters);
  return spelled;
}

/** Capitals, three or more, and a plural `s`. */
const UNDEFINED_ACRONYM = /^[A-Z]{3,8}s?$/;

function isSpelledBefore(tokens: readonly Token[], letters: string, before: number): boolean {
  const length = letters.length;
  for (let first = 0; first + length <= tokens.length && tokens[first + length - 1].end <= before; first += 1) {
    if (tokens[first].text[0] !== letters[0]) continue;
    let fits = true;
    for (let offset = 0; offset < length && fits; offset += 1) {
      const token = tokens[first + offset];
      fits =
        token.text[0] === letters[offset] &&
        /^\p{Ll}[\p{Ll}-]+$/u.test(token.text) &&
        (offset === 0 || token.sentence === tokens[first].sentence) &&
        (offset === length - 1 ? token.pos === 'NOUN' : PHRASE_PARTS.has(token.pos) && (token.pos !== 'VERB' || /(?:ing|ed)$/.test(token.text)));
    }
    if (fits) return true;
  }
  return false;
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
