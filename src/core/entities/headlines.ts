/**
 * Headlines written in title case (`Starmer Pledges Support For Kyiv As Zelenskiy Visits
 * London`) capitalise every word, so the tagger, which reads capitals as evidence of a name,
 * may take the whole line for one. The document itself says which parts are names: the
 * words the body names too, and names the lists know.
 */
import type { AnalyzedText } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { tokensByEnd, tokensByStart } from './tokens.js';
import { isCommonWord, isNeverName, lookupName, nameKey, opensWithGivenName } from './knowledge.js';
import { isHeadlineLine } from './names.js';

/** The longest name tried inside a headline span, in tokens. */
const LONGEST_PART = 6;

/**
 * Splits a span on a title-case or capitals headline line into the names inside it: runs of
 * words that the document names elsewhere (matched without regard to case) or that a list
 * knows. Only ordinary words may be left over between them (`Pledges`, `For`, `Visits`), and
 * at least one must be: a span with another leftover word, with no leftover (`Mark Waugh`,
 * `Cambridge United` are names whose parts the document also names), with no part, or that
 * the document names as a whole elsewhere, is kept as it is.
 * @param mentions - the mentions so far (spans as the tagger and earlier stages left them)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, headline spans replaced by their parts
 */
export function splitHeadlineSpans(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  if (mentions.length < 2) return mentions;
  const firstToken = tokensByStart(tokens);
  const lastToken = tokensByEnd(tokens);
  let named: Map<string, EntityType[]> | null = null;
  const result: Mention[] = [];
  let changed = false;
  for (const mention of mentions) {
    const first = firstToken.get(mention.start);
    const last = lastToken.get(mention.end);
    if (first === undefined || last === undefined || last === first || !isHeadlineLine(text, mention.start)) {
      result.push(mention);
      continue;
    }
    named ??= namesElsewhere(mentions);
    const whole = named.get(keyOf(mention.text));
    if ((whole && whole.length > 1) || lookupName(mention.text)) {
      result.push(mention);
      continue;
    }
    const parts: Mention[] = [];
    let index = first;
    let clean = true;
    let leftovers = 0;
    while (index <= last) {
      let found: { end: number; type: EntityType } | null = null;
      for (let end = Math.min(last, index + LONGEST_PART - 1); end >= index && !found; end -= 1) {
        const phrase = text.slice(tokens[index].start, tokens[end].end);
        // The span itself counts among the document's names once; its parts must be named apart from it.
        const known = lookupName(phrase);
        const types = named.get(keyOf(phrase));
        if (known && /\p{L}/u.test(phrase)) found = { end, type: known.type };
        else if (types && !(index === first && end === last)) found = { end, type: types[0] };
      }
      if (found) {
        const start = tokens[index].start;
        const stop = tokens[found.end].end;
        const name = text.slice(start, stop);
        parts.push({ file, start, end: stop, text: name, type: found.type, entity: nameKey(name), source: mention.source });
        index = found.end + 1;
        continue;
      }
      const word = tokens[index].text;
      if (tokens[index].kind === 'word' && !isCommonWord(word) && !isNeverName(word) && !isNeverName(capitalised(word))) {
        clean = false;
        break;
      }
      if (tokens[index].kind === 'word') leftovers += 1;
      index += 1;
    }
    // Parts with nothing between or around them are one name read whole (`Mark Waugh`, `Cambridge United`).
    if (!clean || parts.length === 0 || leftovers === 0) {
      result.push(mention);
      continue;
    }
    changed = true;
    result.push(...parts);
  }
  return changed ? result : mentions;
}

/**
 * Lower-cased names of the document's mentions, with the types they were given (one entry per
 * mention); a person's full name also names the person by surname (`Vantrelli` for `Arno Vantrelli`).
 */
function namesElsewhere(mentions: readonly Mention[]): Map<string, EntityType[]> {
  const named = new Map<string, EntityType[]>();
  const add = (key: string, type: EntityType) => {
    const types = named.get(key);
    if (types) types.push(type);
    else named.set(key, [type]);
  };
  for (const mention of mentions) {
    const key = keyOf(mention.text);
    add(key, mention.type);
    const space = key.lastIndexOf(' ');
    if (mention.type === 'PERSON' && space > 0) add(key.slice(space + 1), 'PERSON');
  }
  return named;
}

function keyOf(phrase: string): string {
  return nameKey(phrase).toLowerCase();
}

function capitalised(word: string): string {
  return word.length > 1 ? word[0] + word.slice(1).toLowerCase() : word;
}

/**
 * A dateline's place: a name in capitals that opens a line and is followed by an agency in
 * parentheses and a dash (`LONDON (Reuters) -`, `MOSCOW, May 23 (AP) —`), by a dash alone
 * where the lists know the name as no body or person (`MUMBAI -`), or by a date (`NEW YORK
 * 1996-08-30`). The tagger, having little context there, may read it as an organisation or a
 * person, or run it over the dash into the story's first name (`MUMBAI - Reliance
 * Industries`, split here); a dateline names a place.
 * @param mentions - the mentions so far
 * @param text - the document text
 * @returns the mentions, dateline places typed GPE (or LOC, when a list says so)
 */
export function typeDatelines(mentions: Mention[], text: string, file: string): Mention[] {
  let changed = false;
  const result = mentions.flatMap((mention): Mention[] => {
    const split = splitAtDatelineDash(mention, text, file);
    if (split) {
      changed = true;
      return split;
    }
    if (mention.type === 'GPE' || mention.type === 'LOC' || /\p{Ll}/u.test(mention.text) || !isDateline(mention, text)) return [mention];
    changed = true;
    return [{ ...mention, type: placeType(mention.text) } satisfies Mention];
  });
  // A dateline the tagger passed over.
  for (const match of text.matchAll(DATELINE_PLACE)) {
    const start = (match.index ?? 0) + match[1].length;
    const end = start + match[2].length;
    if (result.some((mention) => mention.start < end && start < mention.end)) continue;
    changed = true;
    result.push({ file, start, end, text: match[2], type: placeType(match[2]), entity: match[2], source: 'entities/dateline' });
  }
  return changed ? result : mentions;
}

/** A line that opens with a name in capitals and goes on with an agency in parentheses and a dash. */
const DATELINE_PLACE = /^([ \t]*)(\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,3})(?=(?:\s*,[^\n(]{0,25})?\s*\(\s*[^()\n]{1,30}\)\s*[-\u2013\u2014])/gmu;

function placeType(name: string): 'GPE' | 'LOC' {
  return lookupName(name)?.type === 'LOC' ? 'LOC' : 'GPE';
}

/**
 * What follows a dateline's place: an agency in parentheses and a dash, after a region and a
 * date or not (`, May 23 (AP) —`); a date closing the line, after a region or not (`
 * 1996-08-30`, `, England 1996-08-31`); or a region and a dash (`, Ukraine — `).
 */
const AFTER_DATELINE =
  /^(?:\s*,[^\n(]{0,25})?\s*\(\s*[^()\n]{1,30}\)\s*[-\u2013\u2014]|^(?:,[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,2})?[ \t]+\d{4}-\d{2}-\d{2}[ \t]*(?:\n|$)|^,[ \t]*\p{Lu}[\p{L}.'-]*(?:[ \t]+\p{Lu}[\p{L}.'-]*){0,2}[ \t]*[\u2013\u2014-][ \t]/u;

/**
 * A dash after the place with no agency between (`MUMBAI - Reliance said`): a dateline too,
 * unless the lists know the name as no place or it is a person's full name.
 */
const DASH_AFTER_DATELINE = /^[ \t]*[-\u2013\u2014][ \t]/u;

function isDateline(mention: Mention, text: string): boolean {
  if (!opensLine(mention.start, text)) return false;
  const after = text.slice(mention.end, mention.end + 60);
  return AFTER_DATELINE.test(after) || (DASH_AFTER_DATELINE.test(after) && isPlaceOrUnknown(mention.text) && !isNamedPerson(mention));
}

/** A person's name by its given name (`FRED OLEN RAY - the modern king of …`): a dash after it opens a description. */
function isNamedPerson(mention: Mention): boolean {
  return mention.type === 'PERSON' && opensWithGivenName(capitalised(mention.text));
}

function opensLine(offset: number, text: string): boolean {
  let lineStart = offset;
  while (lineStart > 0 && (text[lineStart - 1] === ' ' || text[lineStart - 1] === '\t')) lineStart -= 1;
  return lineStart === 0 || text[lineStart - 1] === '\n';
}

function isPlaceOrUnknown(name: string): boolean {
  const known = lookupName(name);
  return known === null || known.type === 'GPE' || known.type === 'LOC';
}

/** A dateline's place in capitals, its dash, and the story's first name the tagger ran it into. */
const DATELINE_RUN = /^(\p{Lu}[\p{Lu}'.-]+(?: \p{Lu}[\p{Lu}'.-]+){0,3})[ \t]+[-\u2013\u2014][ \t]+(?=\p{Lu})/u;

/**
 * `MUMBAI - Reliance Industries` read as one name: the dateline's place and the name that
 * opens the story, split at the dash; null for any other mention.
 */
function splitAtDatelineDash(mention: Mention, text: string, file: string): Mention[] | null {
  const run = DATELINE_RUN.exec(mention.text);
  if (!run || !opensLine(mention.start, text) || !isPlaceOrUnknown(run[1])) return null;
  const placeEnd = mention.start + run[1].length;
  const nameStart = mention.start + run[0].length;
  const place: Mention = { file, start: mention.start, end: placeEnd, text: run[1], type: placeType(run[1]), entity: run[1], source: 'entities/dateline' };
  return [place, { ...mention, start: nameStart, text: text.slice(nameStart, mention.end), entity: nameKey(text.slice(nameStart, mention.end)) }];
}
