/**
 * Firms named by the office of the person after them: `Enron CEO Jeff Skilling`, `Tesla's
 * chief executive, Elon Musk`, `Dynegy spokesman John Sousa`. The tagger learnt from 1996
 * Reuters copy, where `CEO` is rare and an unknown word opening a sentence is usually an
 * ordinary one, so it passed over the firm in all of these while finding the person.
 *
 * In eng.train, an unlisted capitalised word in that place is an organisation unless it is
 * an ordinary word (`Police spokesman`, `Club president`) or a nationality (`Taiwanese Vice
 * President`); both are left alone here, and so is a name the lists know as anything but an
 * organisation (`Zambia president`). Shown to be a firm once, the name is that firm wherever
 * else the document's mentions write it.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { isCapitalisedName, tokensByStart } from './tokens.js';
import { isCommonWord, isDemonym, isFirstName, isMonth, isNeverName, isTitleWord, lookupName } from './knowledge.js';

const SOURCE = 'entities/roles';

/** Offices held in a firm, as lower-case token sequences, longest first. */
const FIRM_ROLES: readonly (readonly string[])[] = [
  ['chief', 'executive', 'officer'],
  ['chief', 'financial', 'officer'],
  ['chief', 'operating', 'officer'],
  ['senior', 'vice', 'president'],
  ['chief', 'executive'],
  ['vice', 'president'],
  ['managing', 'director'],
  ['general', 'counsel'],
  ['co', '-', 'founder'],
  ['ceo'],
  ['cfo'],
  ['coo'],
  ['cto'],
  ['chairman'],
  ['chairwoman'],
  ['president'],
  ['founder'],
  ['spokesman'],
  ['spokeswoman'],
  ['spokesperson'],
  ['analyst'],
  ['economist'],
  ['strategist'],
];

/** Words a firm's own name has at most before the office. */
const MAXIMUM_NAME_WORDS = 4;

/**
 * Adds the firm named before an office that a person holds, and types the document's other
 * mentions of it as that firm.
 * @param mentions - the mentions so far, people among them
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function findFirmsBeforeRoles(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const found: Mention[] = [];
  const firms = new Set<string>();
  for (const person of mentions) {
    // The tagger's stray readings (`'s` a person) name no one who could hold an office.
    if (person.type !== 'PERSON' || !/^\p{Lu}/u.test(person.text)) continue;
    const first = byStart.get(person.start);
    if (first === undefined) continue;
    const name = firmBefore(tokens, first);
    if (name === null) continue;
    const start = tokens[name.first].start;
    const end = tokens[name.last].end;
    const overlapping = mentions.filter((mention) => mention.start < end && start < mention.end);
    // The tagger's reading of the same words as a place or a person (`Enron`) gives way; a
    // party's adjective stays (`Democratic President Clinton`), and any other span over the
    // words is a reading of something else.
    const same = overlapping.length === 1 && overlapping[0].start === start && overlapping[0].end === end ? overlapping[0] : undefined;
    if (same && same.type !== 'MISC' && same.type !== 'NORP') firms.add(same.text);
    if (overlapping.length > 0 || found.some((mention) => mention.start === start)) continue;
    found.push(mentionOver(text, start, end, { file, type: 'ORG', source: SOURCE }));
    firms.add(found[found.length - 1].text);
  }
  if (firms.size === 0) return mentions;
  const retyped = mentions.map((mention) => (mention.type !== 'ORG' && firms.has(mention.text) && !lookupName(mention.text) ? { ...mention, type: 'ORG' as const } : mention));
  return [...retyped, ...found];
}

/**
 * The firm's name ending before the office that ends before `personFirst` (over a comma and a
 * possessive `'s`), as token indices, or null when the words there are no firm's name.
 */
function firmBefore(tokens: readonly Token[], personFirst: number): { first: number; last: number } | null {
  let roleEnd = personFirst;
  const sentence = tokens[personFirst].sentence;
  if (roleEnd > 0 && tokens[roleEnd - 1].text === ',') roleEnd -= 1;
  const roleStart = officeStartingBefore(tokens, roleEnd);
  if (roleStart === null) return null;
  let last = roleStart - 1;
  if (last >= 0 && (tokens[last].text === "'s" || tokens[last].text === '’s')) last -= 1;
  if (last < 0 || tokens[last].sentence !== sentence || !isCapitalisedName(tokens[last])) return null;
  let first = last;
  while (first > 0 && last - first + 1 < MAXIMUM_NAME_WORDS && tokens[first - 1].sentence === sentence && isCapitalisedName(tokens[first - 1])) first -= 1;
  // A run reaching further back is some other name the office does not belong to.
  if (first > 0 && tokens[first - 1].sentence === sentence && isCapitalisedName(tokens[first - 1])) return null;
  while (first <= last && isNeverName(tokens[first].text)) first += 1;
  if (first > last) return null;
  const words = tokens.slice(first, last + 1).map((token) => token.text);
  const known = lookupName(words.join(' '));
  if (known) return known.type === 'ORG' ? { first, last } : null;
  if (words.some((word) => isCommonWord(word) || isDemonym(word) || isMonth(word) || isTitleWord(word) || isFirstName(word))) return null;
  return { first, last };
}

/** Where an office (`chief executive`, `CEO`) that ends right before `end` starts, or null. */
function officeStartingBefore(tokens: readonly Token[], end: number): number | null {
  for (const role of FIRM_ROLES) {
    const start = end - role.length;
    if (start < 1) continue;
    let matches = true;
    for (let offset = 0; offset < role.length && matches; offset += 1) matches = tokens[start + offset].text.toLowerCase() === role[offset];
    if (matches) return start;
  }
  return null;
}
