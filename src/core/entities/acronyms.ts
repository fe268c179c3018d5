/**
 * Names a document defines: `the Centers for Disease Control and Prevention (CDC)`. A
 * capitalised phrase right before an acronym in parentheses whose letters it spells is the
 * acronym's long form, one name, however the tagger read it: passed over (it kept only
 * `CDC`), or cut at its connectors (`Bureau of Alcohol` and `Tobacco` of `Bureau of
 * Alcohol, Tobacco, Firearms and Explosives (ATF)`). The definition is the writer's own
 * statement that the words are one name, so it outranks the tagger's reading of each word.
 *
 * The long form is the shortest phrase ending at the parenthesis whose first word starts with
 * the acronym's first letter and whose later words' initials hold its other capitals in
 * order (see `longFormStart`), within Schwartz and Hearst's bound on its length (2003),
 * widened to the start of a mention that runs into it (`Bureau of` before `Alcohol`). Its
 * words are capitalised or the connectors names are built with; a lower-case word (`a plan
 * to cut emissions (ACE)`) makes it no name, and so do a list of people and an office. Its
 * type comes from the lists, a law's head word, or the tagger's reading of the long form,
 * the acronym or its pieces (see `typeOf`); the acronym takes the same type.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { isAcronym } from './aliases.js';
import { isMiscHead } from './heads.js';
import { isCommonWord, isRoleModifier, isTitle, isTitleWord, lookupName } from './knowledge.js';
import { byPosition, mentionOver } from './mentions.js';
import { singleTokenBrackets } from './tokens.js';

const SOURCE = 'entities/acronyms';

/** Lower-case words that may stand inside a long form between its capitalised words. */
const CONNECTORS: ReadonlySet<string> = new Set([
  'of', 'for', 'and', 'the', 'on', 'to', 'in', 'at', 'against', 'with', 'de', 'du', 'des', 'la', 'le', 'el', 'del', 'der', 'van', 'von', '&', ',', '-',
]);

/**
 * Replaces the pieces of a long form defined by a parenthesised acronym with the long form,
 * and adds the acronym when no mention holds it.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function joinDefinedLongForms(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  let result = mentions;
  for (const open of singleTokenBrackets(tokens, text)) {
    if (open < 1 || !isAcronym(tokens[open + 1].text)) continue;
    const acronym = tokens[open + 1];
    const first = longFormStart(tokens, open, acronym.text);
    if (first === null) continue;
    let start = tokens[first].start;
    const end = tokens[open - 1].end;
    // A mention that runs into the long form from before it holds the long form's start.
    for (const mention of result) if (mention.start < start && mention.end > start && mention.end <= end) start = mention.start;
    const inside = result.filter((mention) => mention.start >= start && mention.end <= end);
    if (result.some((mention) => mention.start < end && mention.end > end)) continue;
    // A list of people (`Bardeen, Cooper, and Schrieffer (BCS)`) and an office (`Chief
    // Financial Officer (CFO)`) are left alone; one piece the tagger read as a person
    // (`Parliamentary Union` of `North American Parliamentary Union (NAPU)`) is no sign.
    const people = inside.filter((mention) => mention.type === 'PERSON');
    const longText = text.slice(start, end);
    if ((people.length > 1 && longText.includes(',')) || isOffice(longText)) continue;
    const acronymMention = result.find((mention) => mention.start === acronym.start && mention.end === acronym.end);
    const whole = inside.length === 1 && inside[0].start === start && inside[0].end === end;
    const type = typeOf(longText, whole ? inside[0] : acronymMention, inside);
    // An acronym spelt like a word (`Intelligent Network (IN)`) is added only if the tagger saw it.
    const addsAcronym = acronymMention === undefined && !isCommonWord(acronym.text);
    if (type === null || (whole && inside[0].type === type && (acronymMention?.type ?? type) === type && !addsAcronym)) continue;
    // The two are one entity: the acronym takes the long form's type.
    const longForm = whole && inside[0].type === type ? inside[0] : mentionOver(text, start, end, { file, type, source: SOURCE });
    const acronymOfType = acronymMention === undefined
      ? addsAcronym ? [mentionOver(text, acronym.start, acronym.end, { file, type, source: SOURCE })] : []
      : [acronymMention.type === type ? acronymMention : { ...acronymMention, type, source: SOURCE }];
    result = [...result.filter((mention) => !inside.includes(mention) && mention !== acronymMention), longForm, ...acronymOfType];
  }
  return result === mentions ? mentions : result.sort(byPosition);
}

/**
 * The first token of the long form of `acronym` defined at the parenthesis `open`, or null:
 * the shortest phrase whose first word starts with the acronym's first capital and whose
 * later capitalised words' initials hold its other capitals in order (`Council for the
 * Curriculum, Examinations & Assessment (CCEA)`, `Centers for Disease Control and Prevention
 * (CDC)`). Letters matched inside words (Schwartz and Hearst's test) found more hull numbers
 * (`USS Ailanthus (AN-38)`) and offices (`Commander-in-Chief, UNC (CINCUNC)`) than names.
 * A long form has at most min(letters + 5, letters × 2) words, their bound.
 */
function longFormStart(tokens: readonly Token[], open: number, acronym: string): number | null {
  const letters = acronym.replace(/[^A-Z]/g, '');
  const maxWords = Math.min(letters.length + 5, letters.length * 2);
  const sentence = tokens[open].sentence;
  let words = 0;
  for (let first = open - 1; first >= 0 && tokens[first].sentence === sentence; first -= 1) {
    const token = tokens[first];
    if (!CONNECTORS.has(token.text)) {
      if (!/^[\p{Lu}\d]/u.test(token.text)) return null;
      words += 1;
      if (words > maxWords) return null;
    } else if (first === open - 1) return null;
    if (token.text[0] === letters[0] && spellsByInitials(tokens, first, open, letters)) return first;
  }
  return null;
}

/**
 * The capitals of `letters` after the first appear in order among what the words after it
 * offer: a capitalised word its initial, a connector its initial too (the `I` of `UNMIH`,
 * `United Nations Mission in Haiti`), a word in capitals all its capitals (`UN Framework
 * Convention on Climate Change (UNFCCC)`), the first word included.
 */
function spellsByInitials(tokens: readonly Token[], first: number, open: number, letters: string): boolean {
  let at = 1;
  for (let index = first; index < open && at < letters.length; index += 1) {
    const word = tokens[index].text;
    if (isCapitals(word)) {
      for (let position = index === first ? 1 : 0; position < word.length && at < letters.length; position += 1) if (word[position] === letters[at]) at += 1;
    } else if (index > first && word[0].toUpperCase() === letters[at]) at += 1;
  }
  return at === letters.length;
}

/** Two or more letters, all capitals (`UN`, `U.N.`). */
function isCapitals(word: string): boolean {
  return word.length > 1 && /^[\p{Lu}.]+$/u.test(word) && /\p{Lu}.*\p{Lu}/u.test(word);
}

/**
 * An office rather than a body: a title (`Director General`), words of titles alone, or a
 * phrase from a title or role word to `Officer` (`Chief Financial Officer`).
 */
function isOffice(phrase: string): boolean {
  if (isTitle(phrase)) return true;
  const words = phrase.split(/[\s,]+/u);
  const last = words[words.length - 1];
  if ((isTitleWord(words[0]) || isRoleModifier(words[0])) && (last === 'Officer' || last === 'Officers')) return true;
  return words.every((word) => isTitleWord(word) || isRoleModifier(word));
}

/**
 * The type of a defined long form: the lists' (`Republic of China` a place, whatever the
 * tagger made of `ROC`), an agreement's or a law's by its last word (`Partnership and
 * Cooperation Agreement`), else the tagger's for the long form read whole (more words, more
 * evidence: `Budapest Stock Exchange` against `BSE`), else for the acronym, else for its
 * pieces; null when none says or they say a person.
 */
function typeOf(longForm: string, reading: Mention | undefined, inside: readonly Mention[]): EntityType | null {
  const known = lookupName(longForm);
  if (known) return known.type === 'PERSON' ? null : known.type;
  const last = longForm.slice(longForm.lastIndexOf(' ') + 1);
  // `PURCHASE AND SALE AGREEMENT (PSA)` in a contract's capitals.
  if (isMiscHead(last) || isMiscHead(last[0] + last.slice(1).toLowerCase())) return 'MISC';
  if (reading) return reading.type === 'PERSON' ? null : reading.type;
  const piece = inside.find((mention) => mention.type !== 'PERSON');
  return piece ? piece.type : null;
}
