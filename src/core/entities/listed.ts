/**
 * Spans mended by the lists. A multi-word name the lists trust (`Baltic Sea`, `Korean
 * Peninsula`, `Persian Gulf`: see `isTrustedName`) is one name of the type they give it, however
 * the tagger read it: cut into pieces (`Baltic` a nationality and `Sea` an organisation), or run
 * into the next name (`South China Sea and the Persian Gulf` as one organisation). So is a
 * person of the hand list of people (`Hun Sen` cut to a place `Hun`).
 *
 * The tagger's own mentions are read, and a trusted name it passed over is found where it
 * stands alone: opening a sentence (`Facebook and Netflix declined`: a sentence's first word
 * says least about itself) or inside one (`a new version of ChatGPT`, `fired ATACMS
 * missiles`: the tagger learnt its words from 1996 news), not in a title-case headline; so
 * is a person of the hand list of people (`Macron signed the decree`). A
 * mention that reaches past a trusted name with more than connectors and other trusted names
 * (`Baltic Sea Fleet`) is the longer name, left whole.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { isCommonWord, isListedPerson, isNameParticle, isTrustedName, longestNameAt, mayOpenVouchedName, mayStartVouchedName, nameKey } from './knowledge.js';
import { followsThe, isCapitalisedName, joinedByHyphen, tokensByEnd, tokensByStart, tokensTouched } from './tokens.js';
import { byPosition } from './mentions.js';
import { isHeadlineLine } from './names.js';

const SOURCE = 'entities/listed';

/** Words that may stand between two trusted names read as one span. */
const CONNECTORS = new Set(['and', 'the', 'or', ',', '&']);

/** The longest listed name tried, in tokens. */
const LONGEST_NAME = 6;

/** Characters read to tell whether a trusted name may start at a word. */
const PROBE = 48;

interface TrustedSpan {
  first: number;
  /** Exclusive token index. */
  end: number;
  type: Mention['type'];
}

/**
 * Replaces the pieces of trusted multi-word names with the names, and splits a mention made
 * of several trusted names and connectors into the names.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path new mentions are tagged with
 * @returns the mentions, mended
 */
export function mendListedNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  const tried = new Set<number>();
  for (const mention of mentions) {
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined || replaced.has(mention)) continue;
    // Where a trusted name may start: the mention's first word, a word before it that the
    // tagger may have left out, and any word after a connector inside it.
    const starts = [first];
    const before = startBefore(tokens, first);
    if (before !== null) starts.push(before);
    for (let index = first + 1; index <= last; index += 1) if (CONNECTORS.has(tokens[index - 1].text)) starts.push(index);
    const names: TrustedSpan[] = [];
    for (const start of starts) {
      const name = trustedNameAt(tokens, start, text);
      if (name) names.push(name);
    }
    if (names.length === 0) continue;
    const split = splitIntoNames(names, tokens, first, last);
    if (split) {
      replaced.add(mention);
      for (const name of split) added.push(mentionOf(name, tokens, text, file));
      continue;
    }
    for (const name of names) {
      if (tried.has(name.first)) continue;
      tried.add(name.first);
      const start = tokens[name.first].start;
      const stop = tokens[name.end - 1].end;
      const overlapping = mentions.filter((other) => !replaced.has(other) && other.start < stop && start < other.end);
      // Pieces inside the name give way; a mention reaching past it is a longer name, unless
      // all it reaches over is lower-case words that span cleaning takes off (`Earth for` in
      // `at Friends of the Earth for nine years`).
      if (overlapping.some((other) => other.start < start || (other.end > stop && /[\p{Lu}\d]/u.test(text.slice(stop, other.end))))) continue;
      if (overlapping.length === 1 && overlapping[0].start === start && overlapping[0].end === stop) continue;
      for (const other of overlapping) replaced.add(other);
      added.push(mentionOf(name, tokens, text, file));
    }
  }
  const touched = tokensTouched(tokens, mentions);
  for (const range of analyzed.sentences) {
    const opening = sentenceOpeningName(tokens, range.first, range.end, text, touched);
    if (opening) added.push(mentionOf(opening, tokens, text, file));
    for (const name of passedOverNames(tokens, range.first, range.end, text, touched)) added.push(mentionOf(name, tokens, text, file));
  }
  if (replaced.size === 0 && added.length === 0) return mentions;
  return [...mentions.filter((mention) => !replaced.has(mention)), ...added].sort(byPosition);
}

/**
 * The word before token `first`, in its sentence, where a name the tagger cut may start: a
 * capitalised word or a number (`737` of `737 Max`), a lower-case name particle (`al` of `al
 * Qaeda`), or the word before a hyphen that ties it to `first` (`Coca` of `Coca-Cola`: the
 * tokenizer splits at hyphens, and the tagger may keep only the end). Null when there is none.
 */
function startBefore(tokens: readonly Token[], first: number): number | null {
  if (first === 0 || tokens[first - 1].sentence !== tokens[first].sentence) return null;
  const previous = tokens[first - 1];
  if (/^[\p{Lu}\d]/u.test(previous.text) || isNameParticle(previous.text)) return first - 1;
  if (first > 1 && joinedByHyphen(tokens[first - 2], previous, tokens[first]) && tokens[first - 2].sentence === tokens[first].sentence && /^\p{Lu}/u.test(tokens[first - 2].text)) return first - 2;
  return null;
}

/**
 * A trusted name at the start of the sentence `[first, end)` (after any opening quote or
 * bracket) that no mention touches, standing alone: the word after it is no capitalised
 * name word, so `Google Earth` is not cut to `Google`.
 */
function sentenceOpeningName(tokens: readonly Token[], first: number, end: number, text: string, touched: Uint8Array): TrustedSpan | null {
  let start = first;
  while (start < end && tokens[start].kind === 'punctuation') start += 1;
  if (start >= end || !/^[\p{Lu}\d]/u.test(tokens[start].text) || !mayOpenVouchedName(tokens[start].text)) return null;
  const found = longestNameAt(tokens, start, text, LONGEST_NAME);
  if (!found || start + found.tokens > end) return null;
  const stop = start + found.tokens;
  const from = tokens[start].start;
  const to = tokens[stop - 1].end;
  if (!isVouchedName(text.slice(from, to)) || (stop < end && isCapitalisedName(tokens[stop]))) return null;
  if (anyTouched(touched, start, stop)) return null;
  return { first: start, end: stop, type: found.type };
}

/**
 * Trusted names inside the sentence `[first, end)`, past its opening word, that no mention
 * touches and that stand alone as `sentenceOpeningName`'s do: `a new version of ChatGPT`,
 * `fired ATACMS missiles`. The tagger learnt its words from 1996 news; a capitalised word a
 * hand list or a country list vouches for is a name wherever a sentence writes it, but in a
 * title-case headline, where every word is capitalised.
 */
function passedOverNames(tokens: readonly Token[], first: number, end: number, text: string, touched: Uint8Array): TrustedSpan[] {
  const names: TrustedSpan[] = [];
  let headline: boolean | null = null;
  let opening = first;
  while (opening < end && tokens[opening].kind === 'punctuation') opening += 1;
  for (let start = opening + 1; start < end; start += 1) {
    const token = tokens[start];
    // Most capitalised words are inside the tagger's mentions: no lookup for them.
    if (touched[start] === 1 || !isNameWord(token.text) || !mayOpenVouchedName(token.text)) continue;
    const found = longestNameAt(tokens, start, text, LONGEST_NAME);
    if (!found || start + found.tokens > end) continue;
    const stop = start + found.tokens;
    const from = token.start;
    const to = tokens[stop - 1].end;
    // A sentence's opening word is capitalised whatever it is (`The AUKUS deal`).
    const before = tokens[start - 1].text;
    const nameBefore = isNameWord(before) && !(start - 1 === opening && isCommonWord(before.toLowerCase()));
    if (!isVouchedName(text.slice(from, to)) || (stop < end && isNameWord(tokens[stop].text)) || nameBefore) continue;
    // Ordinary words in brackets after it define it as no name (`your AP (ability point)`).
    if (tokens[stop]?.text === '(' && stop + 1 < end && /^\p{Ll}/u.test(tokens[stop + 1].text)) continue;
    // Capitals that spell an ordinary word are a shout (`it doesnt matter WHO is in it`),
    // unless `the` makes a name of them (`the WHO said`, `the US economy`).
    if (found.tokens === 1 && !/\p{Ll}/u.test(token.text) && isCommonWord(token.text.toLowerCase()) && !followsThe(tokens, start)) continue;
    if (anyTouched(touched, start, stop)) continue;
    headline ??= isHeadlineLine(text, from);
    if (headline) return names;
    names.push({ first: start, end: stop, type: found.type });
    start = stop - 1;
  }
  return names;
}

/**
 * Names the lists vouch for, which this stage mends and finds: a trusted name, or a person of
 * the hand list (`Macron signed the decree`, `Hun Sen` cut to `Hun`: the tagger reads least
 * into a sentence's first word, and learnt its people from 1996 news).
 */
function isVouchedName(phrase: string): boolean {
  return isTrustedName(phrase) || isListedPerson(phrase);
}

/** Whether a mention touches any of tokens `[first, end)`. */
function anyTouched(touched: Uint8Array, first: number, end: number): boolean {
  for (let index = first; index < end; index += 1) if (touched[index] === 1) return true;
  return false;
}

/** A word that may be part of a name: capitalised, a number, or camel-cased (`iPad`). */
function isNameWord(word: string): boolean {
  return /^[\p{Lu}\d]|^\p{Ll}+\p{Lu}/u.test(word);
}

/**
 * The longest trusted name or listed person of two words or more (an opening `the` not
 * counted unless the name has it) starting at token `start`, or null. A region named after two countries (`Australia
 * and New Zealand`) is left out: in running text the two are nearly always the countries.
 */
function trustedNameAt(tokens: readonly Token[], start: number, text: string): TrustedSpan | null {
  const from = tokens[start].start;
  // `the Persian Gulf` is listed as `Persian Gulf`.
  const leadingThe = /^the\s+/iu.exec(text.slice(from, from + 8));
  if (!mayStartVouchedName(text.slice(from, from + PROBE)) && !(leadingThe && mayStartVouchedName(text.slice(from + leadingThe[0].length, from + PROBE)))) return null;
  const found = longestNameAt(tokens, start, text, LONGEST_NAME);
  if (!found) return null;
  const end = start + found.tokens;
  // `the Island` is one word of a name (Iceland's other spelling); `The Hague` is two.
  const article = /^the$/iu.test(tokens[start].text) && !/^the /iu.test(found.canonical) ? 1 : 0;
  if (end - start - article < 2 || tokens[end - 1].sentence !== tokens[start].sentence) return null;
  // `Macy's`: a listed name and its `'s` may be a person's possessive (`Agatha Christie …
  // Christie's plots`); apostrophes.ts, which reads the document's people, decides.
  if (end - start - article === 2 && /^['’]s$/u.test(tokens[end - 1].text)) return null;
  const written = text.slice(tokens[start].start, tokens[end - 1].end);
  if (!isVouchedName(written) || (found.type === 'LOC' && / and /u.test(written))) return null;
  return { first: start, end, type: found.type };
}

/**
 * The trusted names that, with connectors between them, make up tokens `first..last`
 * exactly; null unless there are two or more.
 */
function splitIntoNames(names: readonly TrustedSpan[], tokens: readonly Token[], first: number, last: number): TrustedSpan[] | null {
  // Left to right, each name as long as it goes; one starting inside the last taken
  // (`Persian Gulf` inside `the Persian Gulf`) is the same name.
  const inside: TrustedSpan[] = [];
  for (const name of [...names].sort((left, right) => left.first - right.first || right.end - left.end)) {
    if (name.first < first || name.end - 1 > last) continue;
    if (inside.length > 0 && name.first < inside[inside.length - 1].end) continue;
    inside.push(name);
  }
  if (inside.length < 2 || inside[0].first !== first || inside[inside.length - 1].end - 1 !== last) return null;
  for (let index = 1; index < inside.length; index += 1) {
    for (let between = inside[index - 1].end; between < inside[index].first; between += 1) if (!CONNECTORS.has(tokens[between].text)) return null;
  }
  return inside;
}

function mentionOf(name: TrustedSpan, tokens: readonly Token[], text: string, file: string): Mention {
  const start = tokens[name.first].start;
  const end = tokens[name.end - 1].end;
  const written = text.slice(start, end);
  return { file, start, end, text: written, type: name.type, entity: nameKey(written), source: SOURCE };
}

