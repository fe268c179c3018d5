/**
 * Two names the tagger ran together over `and the`: `the National Gallery and the Tate
 * Gallery`, `the European Community and the United Nations`, `Banc of California Stadium and
 * the Staples Center`. A name rarely holds `and the` (the lists' `Saint Vincent and the
 * Grenadines` stays whole); two names joined so are common. Each part keeps the tagger's type,
 * and later stages read each by its own words.
 *
 * Kept whole: a name the lists know; a name its document defines by an acronym after it
 * (`Conference on Security and Cooperation in the Mediterranean and the Middle East (CSCM)`);
 * and a name whose second part is one word, which is how bands are named (`Bob Marley and the
 * Wailers`, `Katrina and the Waves`), unless the first part is a law's or an event's name
 * (`Venice Film Festival and the Oscars`).
 *
 * Two one-word names run together over a bare `and` (`Zepbound and Novo`) are split only where
 * the document names one of the words alone: `and` joins the words of many firms' and works'
 * names (`Marks and Spencer`), whose halves a document does not name alone.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { splitMentions } from './split.js';
import { lookupName } from './knowledge.js';
import { isBodyWord, isFirmHead, isMiscHead } from './heads.js';

const SOURCE = 'entities/conjunctions';

/**
 * Splits the mentions that hold two names joined by `and the`, or two one-word names joined
 * by `and` where the document names one alone.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function splitJoinedNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens } = analyzed;
  const splitAtAndThe = splitMentions(mentions, analyzed, { file, source: SOURCE }, (text) => text.includes(' and the '), (mention, first, last) => {
    const split = isDefinedOrListed(tokens, last, mention.text) ? null : conjunctionIn(tokens, first, last);
    return split === null ? null : { firstEnd: split - 1, secondStart: split + 2, secondType: mention.type };
  });
  return splitListEnds(splitNamesNamedAlone(splitAtAndThe, analyzed, file), analyzed, file);
}

/**
 * Splits a mention that closes a list of names: after a comma that follows another name, a
 * span of capitalised words with one `and` inside is the list's last two names (`Magna,
 * Johnson Controls and Lear`; `IDLC, Bangladesh Lamps, Chittagong Cement and Atlas
 * Bangladesh`). Kept whole: a name the lists know (`Serbia, Bosnia and Herzegovina`); one
 * whose part before `and` is a single word the document never names alone, as in most names
 * that hold `and` (`Procter and Gamble`, `Food and Drug Administration`); one whose second part
 * is a body's or an event's last word while the first part's is not (`Food Safety and
 * Inspection Service`, `Rhythm and Blues Festival`); and a firm's `and Co` or `and Sons`.
 */
function splitListEnds(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  if (!mentions.some((mention) => holdsAnd(mention.text))) return mentions;
  const { tokens } = analyzed;
  const mentionEnds = new Set(mentions.map((mention) => mention.end));
  // The type of each name the document writes, as first written: whether a part is named
  // alone, and with what type, in one lookup.
  const typeOf = new Map<string, Mention['type']>();
  for (const mention of mentions) if (!typeOf.has(mention.text)) typeOf.set(mention.text, mention.type);
  return splitMentions(mentions, analyzed, { file, source: SOURCE }, holdsAnd, (mention, first, last) => {
    const comma = tokens[first - 1];
    if (first < 2 || comma.text !== ',' || comma.sentence !== tokens[first].sentence || !mentionEnds.has(tokens[first - 2].end)) return null;
    let conjunction = -1;
    for (let index = first; index <= last; index += 1) {
      const word = tokens[index].text;
      if (word === 'and') {
        if (conjunction >= 0 || index === first || index === last) return null;
        conjunction = index;
      } else if (word === ',' || /^\p{Ll}/u.test(word)) return null;
    }
    if (conjunction < 0 || !/^\p{Lu}/u.test(tokens[conjunction + 1].text)) return null;
    const firstPart = analyzed.text.slice(mention.start, tokens[conjunction - 1].end);
    const secondPart = analyzed.text.slice(tokens[conjunction + 1].start, mention.end);
    if (conjunction - first === 1 && !typeOf.has(firstPart)) return null;
    if (isHeadWord(tokens[last].text) && !isHeadWord(tokens[conjunction - 1].text)) return null;
    if (last === conjunction + 1 && (isFirmHead(secondPart) || secondPart === 'Sons')) return null;
    if (isDefinedOrListed(tokens, last, mention.text)) return null;
    return { firstEnd: conjunction - 1, secondStart: conjunction + 1, secondType: typeOf.get(secondPart) ?? mention.type };
  });
}

/**
 * Splits a mention of two words joined by a bare `and` where the document also names one of
 * the words alone (`Lilly's Zepbound and Novo's own Wegovy`, after `Novo's chief executive`):
 * a firm's or a work's name with `and` inside (`Marks and Spencer`, `Pride and Prejudice`) is
 * written whole each time, and its halves are not named alone. The word named alone takes
 * that mention's type; the other keeps the mention's.
 */
function splitNamesNamedAlone(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  if (!mentions.some((mention) => holdsAnd(mention.text))) return mentions;
  const { tokens } = analyzed;
  const typeOf = new Map<string, Mention['type']>();
  for (const mention of mentions) if (!mention.text.includes(' ')) typeOf.set(mention.text, mention.type);
  return splitMentions(mentions, analyzed, { file, source: SOURCE }, holdsAnd, (mention, first, last) => {
    if (last - first !== 2 || tokens[first + 1].text !== 'and' || !/^\p{Lu}/u.test(tokens[last].text)) return null;
    const left = tokens[first].text;
    const right = tokens[last].text;
    // Mentions do not overlap, so a one-word mention of either word is one outside this one.
    if ((!typeOf.has(left) && !typeOf.has(right)) || isDefinedOrListed(tokens, last, mention.text)) return null;
    return { firstEnd: first, secondStart: last, secondType: typeOf.get(right) ?? mention.type };
  });
}

/** The last word of a body's, a law's or an event's name, which the words before it qualify. */
function isHeadWord(word: string): boolean {
  return isBodyWord(word) || isMiscHead(word);
}

function holdsAnd(text: string): boolean {
  return text.includes(' and ');
}

/** Whether the lists know the whole name, or an acronym in brackets after it defines it. */
function isDefinedOrListed(tokens: readonly Token[], last: number, name: string): boolean {
  if (lookupName(name)) return true;
  return tokens[last + 1]?.text === '(' && /^\p{Lu}{2,}$/u.test(tokens[last + 2]?.text ?? '');
}

/**
 * The index of the `and` of `and the` before a capitalised part of two words or more, or of
 * any length after a law's or an event's name (`Venice Film Festival and the Oscars`), in
 * tokens `first..last`; null when there is none.
 */
function conjunctionIn(tokens: readonly Token[], first: number, last: number): number | null {
  for (let index = first + 1; index + 2 <= last; index += 1) {
    if (tokens[index].text !== 'and' || tokens[index + 1].text !== 'the' || !/^\p{Lu}/u.test(tokens[index + 2].text)) continue;
    if (index + 3 <= last || isMiscHead(tokens[index - 1].text)) return index;
  }
  return null;
}
