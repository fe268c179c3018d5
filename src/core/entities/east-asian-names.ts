/**
 * Korean and Taiwanese names written the way the news agencies romanise them: a one-syllable
 * family name, then a two-syllable given name joined by a hyphen (`Son Heung-min`, `Jun
 * Young-hyun`, `Moon Jae-in`, `Lai Ching-te`). wink splits the given name at its hyphen and
 * CoNLL-2003's news has few such names, so the tagger reads `Heung` alone as a thing, `Moon
 * Jae` as a body, or passes the name over. The shape is close to unmistakable: a listed family
 * name, a capitalised syllable, a hyphen touching both sides and a second syllable. Family
 * names spelt like English function words (`To`, `Do`, `An`, `Go`) are left out of the list,
 * since they open sentences (`To Long-run …`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, replaceWithin } from './mentions.js';
import { joinedByHyphen } from './tokens.js';

const SOURCE = 'entities/east-asian-names';

/** Family names, as romanised in Korean and Taiwanese (Wade-Giles) and Cantonese usage. */
const FAMILY_NAMES: ReadonlySet<string> = new Set([
  // Korean
  'Kim', 'Lee', 'Yi', 'Rhee', 'Park', 'Pak', 'Choi', 'Choe', 'Jung', 'Jeong', 'Chung', 'Kang', 'Cho', 'Jo', 'Yoon', 'Yun', 'Jang',
  'Chang', 'Lim', 'Han', 'Oh', 'Seo', 'Suh', 'Shin', 'Kwon', 'Hwang', 'Ahn', 'Song', 'Yoo', 'Yu', 'Ryu', 'Hong', 'Jeon', 'Jun',
  'Chun', 'Ko', 'Moon', 'Yang', 'Son', 'Sohn', 'Bae', 'Baek', 'Paik', 'Heo', 'Hur', 'Nam', 'Shim', 'Noh', 'Roh', 'Ha', 'Kwak',
  'Sung', 'Cha', 'Joo', 'Woo', 'Koo', 'Min', 'Na', 'Jin', 'Ji', 'Chae', 'Won', 'Bang', 'Pyo', 'Byun', 'Yeo', 'Choo', 'Eom',
  'Maeng', 'Gong', 'Hyun', 'Ham', 'Ban', 'Yeom', 'Seong', 'Hahn', 'Kook', 'Lyu',
  // Taiwanese and other Wade-Giles romanisations
  'Lai', 'Tsai', 'Ma', 'Chen', 'Lin', 'Huang', 'Wang', 'Wu', 'Liu', 'Cheng', 'Hsu', 'Su', 'Yeh', 'Lu', 'Hsieh', 'Kuo', 'Tseng',
  'Chiang', 'Chou', 'Lo', 'Hung', 'Chao', 'Hu', 'Teng', 'Kao', 'Ho', 'Tang', 'Hou', 'Chu', 'Shih', 'Chien', 'Chuang', 'Yen',
  'Kuan', 'Wei', 'Liao', 'Chiu', 'Tsao', 'Hsiao', 'Peng', 'Lien', 'Soong', 'Yao', 'Tien', 'Sun', 'Tsou', 'Fu', 'Tu',
  // Cantonese
  'Wong', 'Leung', 'Chan', 'Lam', 'Cheung', 'Tam', 'Tse', 'Ng', 'Yip', 'Lau', 'Kwok', 'Tsang', 'Fung', 'Mak', 'Chow', 'Lui',
  'Siu', 'Poon', 'Kwan', 'Tong', 'Luk', 'Yiu',
]);

/**
 * One syllable of a romanised Korean or Chinese name: an initial (perhaps with a glide), a
 * vowel group and a final (`hyun`, `myung`, `yeol`, `chiu`, `ngor`); English words with
 * consonant clusters (`style`, `based`, `term`) do not fit.
 */
const SYLLABLE = /^(?:ch|ts|hs|sh|ng|kw|gw|ph|th|kh|[bcdfghjklmnpqrstwyz])?[yw]?[aeiou]{1,3}(?:ng|ck|[nmklptrh])?$/;

function isSyllable(word: string): boolean {
  return word.length <= 6 && SYLLABLE.test(word.toLowerCase());
}

/** A capitalised word of letters: `Heung`, `Jae`. */
function isCapitalisedSyllable(token: Token): boolean {
  return /^\p{Lu}\p{Ll}*$/u.test(token.text) && isSyllable(token.text);
}

/**
 * Finds names of the shape `Family Given-name` and makes each one person, in place of what the
 * tagger read inside it. A mention reaching past the name (`John Lee Ka-chiu`, an English name
 * before it) is left as it is.
 * @param mentions - the mentions so far (after span cleaning, which would take a family name
 *   spelt like a word off a sentence's start: `Song Young-gil said`)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, such names whole
 */
export function joinEastAsianNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  let result = mentions;
  for (let hyphen = 2; hyphen + 1 < tokens.length; hyphen += 1) {
    // The cheap test first: most tokens are no hyphen.
    if (tokens[hyphen].kind !== 'punctuation' || !joinedByHyphen(tokens[hyphen - 1], tokens[hyphen], tokens[hyphen + 1])) continue;
    const family = tokens[hyphen - 2];
    const given = tokens[hyphen - 1];
    const second = tokens[hyphen + 1];
    if (!FAMILY_NAMES.has(family.text) || !isCapitalisedSyllable(given) || !/^\p{L}+$/u.test(second.text) || !isSyllable(second.text)) continue;
    // A stutter is no name: `Oh Mon-Mon-Mon-look`.
    if (second.text.toLowerCase() === given.text.toLowerCase()) continue;
    // One space between family and given name, within one sentence.
    if (given.start !== family.end + 1 || given.sentence !== family.sentence) continue;
    const start = family.start;
    // A role read off the tagger's span (`President Moon Jae`) stays with the name.
    result = replaceWithin(result, start, second.end, (inside) =>
      mentionOver(text, start, second.end, { file, type: 'PERSON', source: SOURCE }, inside.find((mention) => mention.start === start)));
  }
  return result;
}
