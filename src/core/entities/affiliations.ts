/**
 * A person and what the person belongs to, joined by `of`: `Andrea Kimi Antonelli of
 * Mercedes`, `Justin Gatlin of Jamaica`. The tagger reads a one-word name after a person's
 * `of` as a person when the word is also a given name (`Mercedes`, `Florence`), but the name
 * there is the person's team, firm or country: in eng.train, of the 69 names written right
 * after a person and `of`, 65 are places and 4 organisations, none a person.
 */
import type { Mention } from '../types.js';
import type { AnalyzedText } from '../nlp.js';
import { namesPersonBy } from './mentions.js';
import { isCommonWord, isTitleWord, lookupName } from './knowledge.js';

/**
 * Retypes a one-word person after a person and `of` as the place or body it is: the type the
 * lists give it, or the document's other reading of it, or else by the person's name. After
 * a one-word name or a title, `of` gives the place a person is known by (`Lawrence of
 * Arabia`, `Baron Herbert of Lea`, `Dali Marquis of Pubol`); after a full name in today's
 * news it gives a team or a firm (`Stan Lee of Marvel`). A word the lists know as a person,
 * that names a person elsewhere in the document (`Mercedes Sosa`), or that English writes in
 * lower case (`God of Wine`) is left alone.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typeAffiliationsOfPeople(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { text } = analyzed;
  let result: Mention[] | null = null;
  for (let index = 1; index < mentions.length; index += 1) {
    const member = mentions[index - 1];
    const group = mentions[index];
    // The cheap tests first: most mentions are no one-word person right after another.
    if (group.type !== 'PERSON' || member.type !== 'PERSON' || group.role !== undefined || /\s/.test(group.text)) continue;
    if (!/^\s+of\s+$/u.test(text.slice(member.end, group.start)) || /\n/.test(text.slice(member.end, group.start))) continue;
    const known = lookupName(group.text);
    if (known?.type === 'PERSON' || namesPersonBy(mentions, group.text) || isCommonWord(group.text)) continue;
    const otherReading = mentions.find((other) => other.text === group.text && other.type !== 'PERSON');
    result ??= [...mentions];
    result[index] = { ...group, type: known?.type ?? otherReading?.type ?? (isKnownBy(member) ? 'GPE' : 'ORG') };
  }
  return result ?? mentions;
}

/** A person named by one word or with a title, whom `of` names by a place. */
function isKnownBy(person: Mention): boolean {
  const words = person.text.split(/\s+/);
  return words.length === 1 || person.role !== undefined || words.some((word) => PEERAGE.test(word) || isTitleWord(word));
}

/** Titles held of a place; the title lists hold offices (`Minister`), not these. */
const PEERAGE = /^(?:Baron(?:ess)?|Marqu(?:is|ess)|Marchioness|Duke|Duchess|Earl|Count(?:ess)?|Viscount(?:ess)?|Prince(?:ss)?|Archbishop|Bishop)$/;
