/**
 * Arabic names written with the article joined by a hyphen: `al-Aqsa mosque`, `Jebel
 * al-Akhdar`, `Burj al-Laqlaq`, `al-Mawasi`. The tokenizer splits `al-Aqsa` into `al`, `-` and
 * `Aqsa`, and the tagger, which reads an English lower-case word as the end of a name, leaves
 * the article out: `Aqsa` alone, or `Jebel` and `Akhdar` as two places. The article belongs
 * to the name after it, and a capitalised word right before it opens the same name.
 *
 * Only a name the tagger found, or one a place's noun follows (`al-Shifa hospital`, `the
 * al-Ram checkpoint`), is made whole: `al-` before an unknown word says the word is Arabic,
 * not what it names. The place's noun also types the name, which the tagger, seeing an
 * unfamiliar word, often took for a surname.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { joinedByHyphen } from './tokens.js';
import { lookupName } from './knowledge.js';

const SOURCE = 'entities/arabic-articles';

/** The article's spellings in English news, sun letters assimilated (`ash-Sham`, `ad-Dawla`). */
const ARTICLES: ReadonlySet<string> = new Set(['al', 'el', 'ad', 'an', 'ar', 'as', 'ash', 'at', 'az', 'ul', 'Al', 'El']);

/**
 * Whether the text has a hyphen with a letter and then a capital after it and a listed article
 * right before it: a scan from hyphen to hyphen, since a regular expression tried at every
 * position of every document cost more than the rest of the stage.
 */
function mayHoldArticle(text: string): boolean {
  for (let hyphen = text.indexOf('-', 2); hyphen >= 0; hyphen = text.indexOf('-', hyphen + 1)) {
    if (!/\p{Lu}/u.test(text.charAt(hyphen + 1))) continue;
    let start = hyphen;
    while (start > 0 && start > hyphen - 4 && isLetter(text.charAt(start - 1))) start -= 1;
    if (start > 0 && isLetter(text.charAt(start - 1))) continue;
    if (ARTICLES.has(text.slice(start, hyphen))) return true;
  }
  return false;
}

function isLetter(character: string): boolean {
  return /\p{L}/u.test(character);
}

/** Lower-case nouns after a name that make it a building or a site (LOC) or a settlement (GPE). */
const PLACE_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...['mosque', 'hospital', 'camp', 'checkpoint', 'prison', 'square', 'street', 'compound', 'crossing', 'airport', 'airbase', 'base', 'region', 'area', 'mountains', 'valley', 'field', 'oilfield', 'port'].map(
    (noun) => [noun, 'LOC'] as const,
  ),
  ...['village', 'town', 'city', 'district', 'neighbourhood', 'neighborhood', 'province', 'governorate', 'suburb'].map((noun) => [noun, 'GPE'] as const),
]);

/**
 * Makes one mention of each name written with a hyphenated Arabic article: the article, the
 * capitalised word after it and, where there is one, the name right before it.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, such names whole
 */
export function joinArabicArticles(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  // The cheap test first: most documents hold no hyphenated article at all.
  if (!mayHoldArticle(text)) return mentions;
  let result = mentions;
  // What a place's noun showed a name to be holds wherever the document writes it (`al-Aqsa
  // mosque`, then `pray at al-Aqsa`).
  const placeTypes = new Map<string, EntityType>();
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    const article = tokens[index];
    const word = tokens[index + 2];
    if (!ARTICLES.has(article.text) || !joinedByHyphen(article, tokens[index + 1], word) || word.kind !== 'word' || !/^\p{Lu}/u.test(word.text)) continue;
    // `Al-` opening a sentence is the article too; elsewhere `Al` is a given name (`Al-Hilal`
    // aside, which the lists or the tagger have whole).
    if (/^\p{Lu}/u.test(article.text) && index > 0 && tokens[index - 1].sentence === article.sentence) continue;
    result = joinAt(result, tokens, index, text, file, placeTypes);
  }
  if (placeTypes.size === 0) return result;
  return result.map((mention) => {
    const type = mention.source === SOURCE ? placeTypes.get(mention.text) : undefined;
    return type === undefined || type === mention.type ? mention : { ...mention, type };
  });
}

/**
 * The mentions with the name around the article at token `index` made whole, where there is
 * one; a type a place's noun gave is noted in `placeTypes`.
 */
function joinAt(mentions: Mention[], tokens: readonly Token[], index: number, text: string, file: string, placeTypes: Map<string, EntityType>): Mention[] {
  const article = tokens[index];
  const word = tokens[index + 2];
  // Already whole, article and all (`Ahmed al-Sharaa`, `Hayat Tahrir al-Sham`).
  if (mentions.some((mention) => mention.start < article.end && article.start < mention.end)) return mentions;
  const after = mentions.find((mention) => mention.start === word.start);
  // A name written one space before the article, in the same sentence: `Jebel al-Akhdar`.
  const previous = tokens[index - 1];
  const before = previous !== undefined && previous.sentence === article.sentence && previous.end + 1 === article.start && text[previous.end] === ' '
    ? mentions.find((mention) => mention.end === previous.end)
    : undefined;
  const start = before?.start ?? article.start;
  const end = after?.end ?? word.end;
  if (mentions.some((mention) => mention !== before && mention !== after && mention.start < end && start < mention.end)) return mentions;
  let next = index + 3;
  while (next < tokens.length && tokens[next].start < end) next += 1;
  const noun = next < tokens.length && tokens[next].sentence === article.sentence ? PLACE_NOUNS.get(tokens[next].text) : undefined;
  if (before === undefined && after === undefined && noun === undefined) return mentions;
  const whole = mentionOver(text, start, end, { file, type: typeOfWhole(text.slice(start, end), noun, before, after), source: SOURCE }, before ?? after);
  if (noun !== undefined) placeTypes.set(whole.text, noun);
  return [...mentions.filter((mention) => mention !== before && mention !== after), whole].sort(byPosition);
}

/** Words that open a person's name in Arabic: `Ibn` (son of), `Abu` (father of). */
const KINSHIP_WORDS = /^(?:Ibn|Bin|Bint|Abu|Umm)\s/u;

/**
 * The type of a name made whole: the lists' for a name they know (`al-Qaida`); else a place's
 * noun's; else a person's when either part was read as one or the name opens with a word of
 * kinship (`Muammar al-Qaddafi`, `Ibn al-Haytham`); else that of the part after the article
 * when it carries its own head (`Burj al-Laqlaq Society`) or stands alone, and of the part
 * before when the article and one word end it (`Jebel al-Akhdar`).
 */
function typeOfWhole(name: string, noun: EntityType | undefined, before: Mention | undefined, after: Mention | undefined): EntityType {
  const known = lookupName(name);
  if (known) return known.type;
  if (noun !== undefined) return noun;
  if (before?.type === 'PERSON' || after?.type === 'PERSON' || KINSHIP_WORDS.test(name)) return 'PERSON';
  return after !== undefined && (before === undefined || after.text.includes(' ')) ? after.type : before!.type;
}
