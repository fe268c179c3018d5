/**
 * Roman numerals after names: a monarch's or a pope's number (`Charles III`, `Benedict XVI`,
 * `Elizabeth I`) and a war's or a council's (`World War II`). The tagger learnt from 1996
 * Reuters copy, which has few of them: it leaves the numeral outside the name or reads it alone
 * as an organisation (`Queen Elizabeth` + `II`), types `Louis XIV` a firm, and a lone `II`
 * then passes for a surname that joins whichever person's name ends in it.
 *
 * Runs after span cleaning, which reads `I` as the pronoun and a sentence's opening words
 * (`World War II ended`) as ordinary words, and before typing and alias resolution, so that
 * they see the whole name.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { isCapitalisedName, tokensByStart } from './tokens.js';
import { isMiscHead } from './heads.js';
import { isFirstName } from './knowledge.js';

const SOURCE = 'entities/numerals';

/** One to twenty-nine: monarchs and popes go no higher (Louis XVIII, John XXIII). */
const ROMAN_NUMERAL = /^X{0,2}(?:IX|IV|V?I{0,3})$/;

/** Titles of rulers and popes, who alone are numbered: `Tsar Nicholas II`, `Pope Leo XIV`. */
const REGNAL_TITLES: ReadonlySet<string> = new Set([
  'King', 'Queen', 'Pope', 'Emperor', 'Empress', 'Tsar', 'Czar', 'Tsarina', 'Czarina', 'Kaiser', 'Sultan', 'Shah', 'Pharaoh',
  'Prince', 'Princess', 'Duke', 'Duchess', 'Archduke', 'Emir', 'Caliph', 'Patriarch', 'Saint', 'St', 'St.',
]);


/** True for a Roman numeral from I to XXIX. */
export function isRomanNumeral(word: string): boolean {
  // Nearly every token is settled by its first letter.
  const code = word.charCodeAt(0);
  return (code === 73 || code === 86 || code === 88) && word.length <= 5 && ROMAN_NUMERAL.test(word);
}

/**
 * Joins a Roman numeral to the name before it and types the whole: a person when the name is
 * one (a PERSON, a given name, or a name after a ruler's title), MISC after a war's or a
 * law's head word, otherwise the name's own type. A numeral read as a name of its own with no
 * name before it is dropped: `II` alone names nothing.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, with numbered names whole
 */
export function joinRomanNumerals(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens } = analyzed;
  // Most documents have no numeral after a capitalised word: settle them in one pass.
  const numerals: number[] = [];
  for (let index = 1; index < tokens.length; index += 1) {
    if (isRomanNumeral(tokens[index].text) && followsClosely(tokens, index) && /^\p{Lu}/u.test(tokens[index - 1].text)) numerals.push(index);
  }
  if (numerals.length === 0) return mentions;
  const byStart = tokensByStart(tokens);
  const dropped = new Set<Mention>();
  const replacements = new Map<Mention, Mention>();
  const added: Mention[] = [];
  for (const numeral of numerals) {
    const numeralToken = tokens[numeral];
    const covering = mentions.filter((mention) => !dropped.has(mention) && mention.start < numeralToken.end && numeralToken.start < mention.end);
    const whole = covering.find((mention) => mention.start < numeralToken.start && mention.end === numeralToken.end);
    if (whole) {
      const first = byStart.get(whole.start);
      if (first === undefined) continue;
      const type = numberedType(tokens, first, numeral, whole.type);
      // Span cleaning takes a sentence's first word for an ordinary one (`World` in `World War
      // II ended`); before a war's head word it is the war's.
      const opener = first - 1;
      if (type === 'MISC' && isMiscHead(tokens[numeral - 1].text) && opener >= 0 && isCapitalisedName(tokens[opener]) && followsClosely(tokens, first) && opensSentence(tokens, opener) && !mentions.some((mention) => mention.start <= tokens[opener].start && tokens[opener].start < mention.end)) {
        dropped.add(whole);
        added.push(mentionOver(analyzed.text, tokens[opener].start, whole.end, { file, type, source: SOURCE }));
        continue;
      }
      if (type !== null && type !== whole.type) replacements.set(whole, { ...(replacements.get(whole) ?? whole), type });
      continue;
    }
    // Anything reaching past the numeral is some longer reading (`Apollo XI crew` as a name): leave it.
    if (covering.some((mention) => mention.start !== numeralToken.start || mention.end !== numeralToken.end)) continue;
    const alone = covering;
    const before = mentions.find((mention) => !dropped.has(mention) && mention.end === tokens[numeral - 1].end);
    let first: number | undefined;
    // A numeral whose name the tagger missed (`World War` + `II` at a sentence start) is joined
    // only to a person's or a war's name: `Part II` is no name.
    let baseType: EntityType | null = null;
    if (before) {
      first = byStart.get(before.start);
      baseType = before.type;
    } else if (alone.length > 0 && isCapitalisedName(tokens[numeral - 1])) {
      first = numeral - 1;
      while (first > 0 && tokens[first - 1].sentence === numeralToken.sentence && isCapitalisedName(tokens[first - 1]) && followsClosely(tokens, first)) first -= 1;
    }
    // The numeral read alone goes whether or not it joins a name.
    for (const mention of alone) dropped.add(mention);
    const type = first === undefined ? null : numberedType(tokens, first, numeral, baseType);
    if (first === undefined || type === null || (numeralToken.text === 'I' && !isRegnalOne(tokens, first, numeral, type))) continue;
    if (before) dropped.add(before);
    // A role read off the name (`Queen` in `Queen Elizabeth`) stays with it.
    added.push(mentionOver(analyzed.text, tokens[first].start, numeralToken.end, { file, type, source: SOURCE }, before));
  }
  if (dropped.size === 0 && replacements.size === 0 && added.length === 0) return mentions;
  const kept: Mention[] = [];
  for (const mention of mentions) if (!dropped.has(mention)) kept.push(replacements.get(mention) ?? mention);
  return [...kept, ...added];
}

/** True when `tokens[index]` is the first of its sentence. */
function opensSentence(tokens: readonly Token[], index: number): boolean {
  return index === 0 || tokens[index - 1].sentence !== tokens[index].sentence;
}

/** True when `tokens[index]` follows the token before it after one space, in the same sentence. */
function followsClosely(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index];
  const previous = tokens[index - 1];
  return token.sentence === previous.sentence && token.start === previous.end + 1;
}

/**
 * The type of the name `tokens[first..numeral]`: a person's when its words before the numeral
 * are one, MISC after a war's or a law's head word (`World War II`), the name's own type for
 * a firm's or an event's (`Apollo XI`); null for a place, which is not numbered, and for a
 * name with no type of its own (`type` null) that is neither a person's nor a war's.
 */
function numberedType(tokens: readonly Token[], first: number, numeral: number, type: EntityType | null): EntityType | null {
  if (isMiscHead(tokens[numeral - 1].text)) return 'MISC';
  // A given name alone before the numeral: `Louis XIV`, `Elizabeth II`.
  const givenName = numeral - first === 1 && isFirstName(tokens[first].text);
  if (type === 'PERSON' || isTitled(tokens, first) || givenName) return 'PERSON';
  return type === 'ORG' || type === 'MISC' ? type : null;
}

/**
 * `I` is the pronoun far more often than a number, and a name can stand right before the
 * pronoun in speech (`Maggie I can't believe it`, `Haha I saw`): it counts as one only after a
 * ruler's title or before `of` and a place (`Baudouin I of Belgium`).
 */
function isRegnalOne(tokens: readonly Token[], first: number, numeral: number, type: EntityType): boolean {
  if (type !== 'PERSON') return false;
  if (isTitled(tokens, first)) return true;
  const next = tokens[numeral + 1];
  const after = tokens[numeral + 2];
  return next?.text === 'of' && after !== undefined && after.sentence === tokens[numeral].sentence && /^\p{Lu}/u.test(after.text);
}

/** True when a ruler's title opens the name at `first` or stands right before it. */
function isTitled(tokens: readonly Token[], first: number): boolean {
  return REGNAL_TITLES.has(tokens[first].text) || (first > 0 && REGNAL_TITLES.has(tokens[first - 1].text));
}
