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
import { isCapitalisedName, tokensByEnd, tokensByStart } from './tokens.js';
import { narrowedMention } from './names.js';
import { isCommonWord, isDemonym, isFirstName, isMonth, isNeverName, isTitleWord, lookupName } from './knowledge.js';

const SOURCE = 'entities/roles';

/** An office held in a firm, as lower-case tokens. */
interface FirmRole {
  words: readonly string[];
  /**
   * Only a firm has it: before one, even a name the tagger read as a thing is the firm
   * (`OpenAI chief executive Sam Altman`), where before `president` or `spokesman` it may be a
   * party's adjective (`Democratic President Clinton`).
   */
  corporate: boolean;
}

const corporate = (...words: string[]): FirmRole => ({ words, corporate: true });
const held = (...words: string[]): FirmRole => ({ words, corporate: false });

/** Offices held in a firm, longest first. */
const FIRM_ROLES: readonly FirmRole[] = [
  corporate('chief', 'executive', 'officer'),
  corporate('chief', 'financial', 'officer'),
  corporate('chief', 'operating', 'officer'),
  held('senior', 'vice', 'president'),
  corporate('chief', 'executive'),
  held('vice', 'president'),
  corporate('managing', 'director'),
  held('general', 'counsel'),
  held('co', '-', 'founder'),
  corporate('ceo'),
  corporate('cfo'),
  corporate('coo'),
  corporate('cto'),
  held('chairman'),
  held('chairwoman'),
  held('president'),
  held('founder'),
  held('spokesman'),
  held('spokeswoman'),
  held('spokesperson'),
  held('treasurer'),
  held('analyst'),
  held('economist'),
  held('strategist'),
];

/** Words a firm's own name has at most before the office. */
const MAXIMUM_NAME_WORDS = 4;

/**
 * Adds the firm named before an office that a person holds, and types the document's other
 * mentions of it as that firm. A firm and office the tagger took into the person's own span
 * (`Enron Treasurer Ben Glisan`) are cut from it, the office left for span cleaning to read.
 * @param mentions - the mentions so far, people among them
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function findFirmsBeforeRoles(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const found: Mention[] = [];
  const firms = new Set<string>();
  const narrowed = new Map<Mention, Mention>();
  for (const person of mentions) {
    // The tagger's stray readings (`'s` a person) name no one who could hold an office.
    if (person.type !== 'PERSON' || !/^\p{Lu}/u.test(person.text)) continue;
    const first = byStart.get(person.start);
    const last = byEnd.get(person.end);
    if (first === undefined || last === undefined) continue;
    const inside = firmInside(tokens, first, last);
    if (inside !== null) {
      narrowed.set(person, narrowedMention(person, tokens[inside.nameFrom].start, person.end, text));
      found.push(mentionOver(text, tokens[first].start, tokens[inside.last].end, { file, type: 'ORG', source: SOURCE }));
      firms.add(found[found.length - 1].text);
      continue;
    }
    const name = firmBefore(tokens, first);
    if (name === null) continue;
    const start = tokens[name.first].start;
    const end = tokens[name.last].end;
    const overlapping = mentions.filter((mention) => mention.start < end && start < mention.end);
    // The tagger's reading of the same words as a place or a person (`Enron`) gives way; a
    // party's adjective stays (`Democratic President Clinton`), and any other span over the
    // words is a reading of something else.
    const same = overlapping.length === 1 && overlapping[0].start === start && overlapping[0].end === end ? overlapping[0] : undefined;
    if (same && same.type !== 'NORP' && (same.type !== 'MISC' || name.corporate)) firms.add(same.text);
    if (overlapping.length > 0 || found.some((mention) => mention.start === start)) continue;
    found.push(mentionOver(text, start, end, { file, type: 'ORG', source: SOURCE }));
    firms.add(found[found.length - 1].text);
  }
  if (firms.size === 0) return mentions;
  const retyped = mentions.map((mention) => {
    const kept = narrowed.get(mention) ?? mention;
    return kept.type !== 'ORG' && firms.has(kept.text) && !lookupName(kept.text) ? { ...kept, type: 'ORG' as const } : kept;
  });
  return [...retyped, ...found];
}

/**
 * Within a person's span `[first, last]`, a firm's name, an office and a name after it
 * (`Enron Treasurer Ben Glisan`): where the firm ends and the person's name starts.
 */
function firmInside(tokens: readonly Token[], first: number, last: number): { last: number; nameFrom: number } | null {
  for (let officeStart = first + 1; officeStart <= Math.min(first + MAXIMUM_NAME_WORDS, last - 1); officeStart += 1) {
    const officeEnd = officeEndingAfter(tokens, officeStart);
    if (officeEnd === null || officeEnd > last || !/^\p{Lu}/u.test(tokens[officeEnd].text)) continue;
    return isFirmName(tokens, first, officeStart - 1) ? { last: officeStart - 1, nameFrom: officeEnd } : null;
  }
  return null;
}

/**
 * The firm's name ending before the office that ends before `personFirst` (over a comma and a
 * possessive `'s`), as token indices, and whether the office is one only firms have; null
 * when the words there are no firm's name.
 */
function firmBefore(tokens: readonly Token[], personFirst: number): { first: number; last: number; corporate: boolean } | null {
  let roleEnd = personFirst;
  const sentence = tokens[personFirst].sentence;
  if (roleEnd > 0 && tokens[roleEnd - 1].text === ',') roleEnd -= 1;
  const office = officeStartingBefore(tokens, roleEnd);
  if (office === null) return null;
  let last = office.start - 1;
  if (last >= 0 && (tokens[last].text === "'s" || tokens[last].text === '’s')) last -= 1;
  if (last < 0 || tokens[last].sentence !== sentence || !isCapitalisedName(tokens[last])) return null;
  let first = last;
  while (first > 0 && last - first + 1 < MAXIMUM_NAME_WORDS && tokens[first - 1].sentence === sentence && isCapitalisedName(tokens[first - 1])) first -= 1;
  // A run reaching further back is some other name the office does not belong to.
  if (first > 0 && tokens[first - 1].sentence === sentence && isCapitalisedName(tokens[first - 1])) return null;
  while (first <= last && isNeverName(tokens[first].text)) first += 1;
  if (first > last || !isFirmName(tokens, first, last)) return null;
  return { first, last, corporate: office.role.corporate };
}

/**
 * Whether the words `[first, last]` can be a firm's name: listed as an organisation, or
 * listed as nothing and none of them an ordinary word, nationality, month, title or first name.
 */
function isFirmName(tokens: readonly Token[], first: number, last: number): boolean {
  const words = tokens.slice(first, last + 1).map((token) => token.text);
  if (!words.every((word) => /^\p{Lu}/u.test(word))) return false;
  const known = lookupName(words.join(' '));
  if (known) return known.type === 'ORG';
  return !words.some((word) => isCommonWord(word) || isDemonym(word) || isMonth(word) || isTitleWord(word) || isFirstName(word));
}

/** The office (`chief executive`, `CEO`) that ends right before `end`, and where it starts, or null. */
function officeStartingBefore(tokens: readonly Token[], end: number): { start: number; role: FirmRole } | null {
  for (const role of FIRM_ROLES) {
    const start = end - role.words.length;
    if (start >= 1 && officeMatches(tokens, start, role.words)) return { start, role };
  }
  return null;
}

/** Where an office that starts at `start` ends (exclusive), or null. */
function officeEndingAfter(tokens: readonly Token[], start: number): number | null {
  for (const role of FIRM_ROLES) {
    if (start + role.words.length <= tokens.length && officeMatches(tokens, start, role.words)) return start + role.words.length;
  }
  return null;
}

function officeMatches(tokens: readonly Token[], start: number, role: readonly string[]): boolean {
  for (let offset = 0; offset < role.length; offset += 1) if (tokens[start + offset].text.toLowerCase() !== role[offset]) return false;
  return true;
}
