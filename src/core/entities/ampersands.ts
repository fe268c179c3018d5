/**
 * Names joined by an ampersand that are one firm's: `Bear Stearns & Co`, `A.G. Edwards &
 * Sons`, `Johnson & Johnson`. The tagger, which learnt from 1996 Reuters copy, reads the halves
 * as people or places (`Bear Stearns` a person and `Co` a firm, `Douglas` and `Lomason` two
 * places); here the whole becomes one organisation when a firm's ending closes it, when the
 * document writes the same name elsewhere with such an ending (`Douglas & Lomason Co` …
 * `Douglas & Lomason's profits`), or when one name stands on both sides. A name the lists know
 * with `and` takes its listed type (`Trinidad & Tobago`). Other evidence was tried and dropped:
 * the tagger running a name over the ampersand, or finding a name on one side only, joined
 * two people (`Brecht & Weill`) or two words (`Good & Evil`) in informal text as often as it
 * found a firm, and gained nothing on news.
 *
 * Runs right after the rescue stage, before anything reads spans, so that span cleaning,
 * the vote and alias resolution see the whole name.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { isCapitalisedName } from './tokens.js';
import { COMPANY_SUFFIXES } from './heads.js';
import { isHeadlineLine } from './names.js';
import { lookupName } from './knowledge.js';

const SOURCE = 'entities/ampersands';

/** Capitalised words taken on each side of the ampersand at most. */
const MAXIMUM_SIDE = 4;

/** Last words that make a name with an ampersand a firm's, whatever else is in it. */
const FIRM_ENDINGS: ReadonlySet<string> = new Set([
  ...COMPANY_SUFFIXES, 'Sons', 'Son', 'Partners', 'Associates', 'LLP', 'LLC', 'Cie', 'Cie.',
]);

/**
 * Replaces the tagger's pieces of a name joined by `&` with the whole name.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, with each such name whole
 */
export function joinAmpersandNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const candidates: Candidate[] = [];
  for (let index = 1; index + 1 < tokens.length; index += 1) {
    if (tokens[index].text !== '&') continue;
    const name = nameAround(tokens, index);
    // A title-case headline joins anything (`Trump & Musk Feud`): only prose is read.
    if (name !== null && !isHeadlineLine(text, tokens[index].start)) candidates.push({ ...name, ampersand: index });
  }
  if (candidates.length === 0) return mentions;
  // A name shown to be a firm once (`Douglas & Lomason Co`) is that firm wherever the document
  // writes it without its ending (`Douglas & Lomason's profits`).
  const firms = new Set<string>();
  for (const candidate of candidates) {
    let last = candidate.end - 1;
    while (last > candidate.ampersand + 1 && FIRM_ENDINGS.has(tokens[last].text)) last -= 1;
    if (last < candidate.end - 1) firms.add(text.slice(tokens[candidate.first].start, tokens[last].end));
  }
  let result = mentions;
  for (const candidate of candidates) {
    const start = tokens[candidate.first].start;
    const end = tokens[candidate.end - 1].end;
    const phrase = text.slice(start, end);
    const listed = lookupName(phrase.replace(/\s*&\s*/gu, ' and ')) ?? lookupName(phrase);
    const overlapping = result.filter((mention) => mention.start < end && start < mention.end);
    const firm = firms.has(phrase) || FIRM_ENDINGS.has(tokens[candidate.end - 1].text) || isOneNameTwice(text, tokens, candidate);
    if (!listed && !firm) continue;
    // A mention reaching outside the name is some longer reading: leave it to the other stages,
    // unless it opens on the ampersand's right and runs past the firm's ending (`Co. Chief
    // Executive Jamie Dimon`): what follows the ending is kept as a mention of its own.
    const closedFirm = FIRM_ENDINGS.has(tokens[candidate.end - 1].text);
    const runsOn = (mention: Mention) => closedFirm && mention.start > tokens[candidate.ampersand].start && mention.end > end;
    if (overlapping.some((mention) => mention.start < start || (mention.end > end && !runsOn(mention)))) continue;
    const exact = overlapping.find((mention) => mention.start === start && mention.end === end);
    const type: EntityType = listed?.type ?? 'ORG';
    if (exact && overlapping.length === 1 && exact.type === type) continue;
    const rest = overlapping.filter(runsOn).map((mention) => restAfter(text, mention, tokens[candidate.end].start));
    result = [...result.filter((mention) => !overlapping.includes(mention)), mentionOver(text, start, end, { file, type, source: SOURCE }), ...rest];
  }
  return result;
}

/** What is left of `mention` from `from` on, with its type and source. */
function restAfter(text: string, mention: Mention, from: number): Mention {
  return mentionOver(text, from, mention.end, { file: mention.file, type: mention.type, source: mention.source }, mention);
}

/** The capitalised words around one ampersand, as token indices: `[first, end)`. */
interface Candidate {
  first: number;
  ampersand: number;
  end: number;
}

/**
 * The capitalised words on both sides of the ampersand at `index`, as a token range; null
 * unless both sides have a word of two letters or more next to it (`R & D`, `Q & A` are no
 * names) and stand in one sentence.
 */
function nameAround(tokens: readonly Token[], index: number): { first: number; end: number } | null {
  const ampersand = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  if (before.sentence !== ampersand.sentence || after.sentence !== ampersand.sentence) return null;
  if (!isNameWord(before) || !isNameWord(after)) return null;
  let first = index - 1;
  while (first > 0 && index - first < MAXIMUM_SIDE && tokens[first - 1].sentence === ampersand.sentence && isCapitalisedName(tokens[first - 1])) first -= 1;
  let end = index + 2;
  while (end < tokens.length && end - index <= MAXIMUM_SIDE && tokens[end].sentence === ampersand.sentence && isCapitalisedName(tokens[end])) end += 1;
  // A firm's ending closes the name: what follows is another (`& Co. Chief Executive Jamie Dimon`).
  for (let closing = index + 1; closing < end - 1; closing += 1) {
    if (FIRM_ENDINGS.has(tokens[closing].text) && !FIRM_ENDINGS.has(tokens[closing + 1].text)) return { first, end: closing + 1 };
  }
  return { first, end };
}

function isNameWord(token: Token): boolean {
  return isCapitalisedName(token) && token.text.length > 1;
}

/** True when the same name stands on both sides (`Johnson & Johnson`): no one lists a name twice. */
function isOneNameTwice(text: string, tokens: readonly Token[], candidate: Candidate): boolean {
  const { first, ampersand, end } = candidate;
  return text.slice(tokens[first].start, tokens[ampersand - 1].end) === text.slice(tokens[ampersand + 1].start, tokens[end - 1].end);
}
