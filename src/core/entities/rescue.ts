/**
 * Names the tagger passed over where the text itself gives strong evidence. The tagger learnt
 * from Reuters copy in which a capitalised word at a sentence start is usually an ordinary
 * word, and a name there usually recurs elsewhere in the story; short items break both habits
 * (`The International Energy Agency said on Monday …` as the only sentence naming the agency).
 *
 * Rescued here: a run of capitalised proper nouns that ends in an organisation word
 * (`Agency`, `Commission`, `Bank`), possibly joined by `of`/`and`/`for` (`Central Bank of
 * Kenya`, `Independent Electoral and Boundaries Commission`). Such a run replaces a fragment
 * the tagger found inside it (`Boundaries Commission`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { isCapitalisedName, opensWithCapital, tokensByEnd, tokensByStart } from './tokens.js';
import { COMPANY_SUFFIXES, isBodyWord } from './heads.js';
import { isCommonWord, isDemonym, isFirstName, isMonth, isNeverName, isTitle, isTrustedName, lookupName } from './knowledge.js';

const SOURCE = 'entities/rescue';
/** Lower-case words that join the parts of an organisation's name. */
const CONNECTORS = new Set(['of', 'and', 'for', 'on', 'de', '&']);
const MAXIMUM_RUN = 10;

/**
 * Adds organisation names the tagger missed or cut short.
 * @param mentions - the tagger's mentions
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function rescueOrganisations(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, sentences, text } = analyzed;
  const result = [...mentions];
  const replaced = new Set<Mention>();
  for (const sentence of sentences) {
    let index = sentence.first;
    while (index < sentence.end) {
      if (!isCapitalisedName(tokens[index])) {
        index += 1;
        continue;
      }
      // The longest run of capitalised words and connectors between them.
      let end = index + 1;
      while (end < sentence.end && end - index < MAXIMUM_RUN) {
        if (isCapitalisedName(tokens[end])) end += 1;
        else if (CONNECTORS.has(tokens[end].text) && end + 1 < sentence.end && isCapitalisedName(tokens[end + 1])) end += 2;
        else break;
      }
      const runEnd = end;
      // A lower-case word opening a sentence (`The`, `Officials`) is no part of the name.
      let first = index;
      while (first < runEnd - 1 && (isNeverName(tokens[first].text) || (first === sentence.first && isCommonWord(tokens[first].text) && !isBodyWord(tokens[first].text)))) first += 1;
      // Keep to the part up to the last organisation word: `Energy Agency Chief` names the agency.
      // A nationality or a month before the name qualifies it (`German Foreign Ministry`, `August`).
      while (first < runEnd - 1 && (isDemonym(tokens[first].text) || isMonth(tokens[first].text))) first += 1;
      let last = runEnd - 1;
      while (last > first && !isBodyWord(tokens[last].text)) last -= 1;
      index = runEnd;
      if (!isBodyWord(tokens[last].text) || CONNECTORS.has(tokens[first].text)) continue;
      // `Central Bank of Kenya`, `Ministry of Defence`: a public body's `of` and what follows
      // belong to it; a firm's do not (`Kia Motor Corp of South Korea`).
      if (last + 2 < runEnd && tokens[last + 1].text === 'of' && !COMPANY_SUFFIXES.has(tokens[last].text)) last = endOfBodyName(tokens, last + 2, runEnd, last === first);
      if (last - first < 1) continue;
      // Two names joined (`Johnson Controls Inc and Lear Corp.`) are two entities: not ours to merge.
      // So are two bodies each with an organisation word or an ampersand of its own (`Royal
      // Bank of Scotland and Lloyds Banking Group`, `A.G. Edwards & Sons and McDonald & Co.`).
      let joinsTwo = false;
      for (let at = first + 1; at < last; at += 1) {
        if (tokens[at].text !== 'and' && tokens[at].text !== '&') continue;
        if (isBodyWord(tokens[at - 1].text) || (hasOrgWord(tokens, first, at) && hasOrgWord(tokens, at + 1, last + 1))) joinsTwo = true;
      }
      if (joinsTwo) continue;
      const start = tokens[first].start;
      const stop = tokens[last].end;
      const overlapping = result.filter((mention) => !replaced.has(mention) && mention.start < stop && start < mention.end);
      // Only fragments inside the run give way; a mention reaching outside it is the tagger's
      // better reading, and a person inside it (`John Casesa of Schroder Wertheim & Co.`) or a
      // known place that merely ends in an organisation word (`West Bank`) is no fragment.
      if (overlapping.some((mention) => mention.start < start || mention.end > stop || mention.type === 'PERSON')) continue;
      const known = lookupName(text.slice(tokens[last - 1].start, tokens[last].end));
      if (known && known.type !== 'ORG') continue;
      if (overlapping.some((mention) => mention.start === start && mention.end === stop)) continue;
      for (const mention of overlapping) replaced.add(mention);
      result.push(mentionOver(text, start, stop, { file, type: 'ORG', source: SOURCE }));
    }
  }
  return replaced.size > 0 ? result.filter((mention) => !replaced.has(mention)) : result;
}

/** Words after which `of X` names a firm: its officers, owners, parts and shares. */
const FIRM_OF = new Set(['executive', 'chairman', 'chairwoman', 'founder', 'co-founder', 'ceo', 'owner', 'owners', 'unit', 'subsidiary', 'shareholder', 'shareholders', 'shares']);
/** Words after which `in X` names a firm (`shares in`, `a stake in`). */
const FIRM_IN = new Set(['shares', 'stake', 'stakes']);
/** Words after which `at X` names a firm: those who work for banks and brokers (`analysts at Bernstein`). */
const FIRM_AT = new Set(['analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists']);
/** Parts of speech that may follow `shares` the noun: a verb (`fell`), punctuation, a preposition. */
const SHARES_FOLLOWERS = new Set(['VERB', 'AUX', 'PUNCT', 'ADV', 'ADP', 'CCONJ', 'PART']);

/**
 * Nouns that only a firm is, in an apposition after its name: `OpenAI, the maker of
 * ChatGPT`, `Zenith, a U.S. lender`. People can be owners, founders and producers; these
 * words leave them out.
 */
const FIRM_NOUNS = new Set([
  'maker', 'manufacturer', 'company', 'firm', 'retailer', 'carrier', 'lender', 'bank', 'insurer', 'airline', 'automaker', 'carmaker',
  'chipmaker', 'drugmaker', 'conglomerate', 'subsidiary', 'supplier', 'utility', 'brokerage', 'startup', 'distributor', 'exporter', 'refiner',
]);

/**
 * Names that their context shows to be firms: `the chief executive of Tesla`, `shares in
 * Zenith`, `a unit of Volkswagen`, `OpenAI, the maker of ChatGPT`. In eng.train an unlisted
 * name in that place is an organisation in all but a few cases. A name the lists know keeps
 * its type (`shares of Germany's ...` is no firm), and so does a nationality (`a unit of
 * British-based ...`).
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @returns the mentions, such names typed ORG wherever the document writes them
 */
export function typeFirmsByContext(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const firms = new Set<string>();
  for (const mention of mentions) {
    if (mention.type === 'ORG') continue;
    const first = byStart.get(mention.start);
    if (first === undefined) continue;
    const last = byEnd.get(mention.end);
    const joint = first >= 2 ? tokens[first - 1].text : '';
    const head = first >= 2 ? tokens[first - 2].text.toLowerCase() : '';
    // Evidence a firm owns or employs: `the chief executive of`, `analysts at`.
    const owned = (joint === 'of' && FIRM_OF.has(head)) || (joint === 'at' && FIRM_AT.has(head)) || isFirmByApposition(mention, tokens, last);
    // Evidence a place's name could give too: `shares in Tokyo`, `Warsaw shares`.
    const traded = (joint === 'in' && FIRM_IN.has(head)) || hasSharesAfter(tokens, last);
    if (!owned && !traded) continue;
    // `France-registered`, `British-based`: a compound adjective, no name.
    if (/-\p{Ll}/u.test(mention.text) || isDemonym(mention.text.split(/[\s-]/)[0])) continue;
    // A listed name keeps its type unless a firm owns or employs it and no hand list or country
    // list vouches for it: only eng.train and GeoNames list `Amazon` (a region in 1996). And it
    // must be the whole name: `economist at Oklahoma State University` says nothing of Oklahoma.
    const known = lookupName(mention.text);
    if (known && (!owned || known.type === 'ORG' || known.type === 'PERSON' || isTrustedName(mention.text) || runsOnIntoName(tokens, last))) continue;
    firms.add(mention.text.toLowerCase());
  }
  if (firms.size === 0) return mentions;
  // Shown to be a firm once, the name is that firm throughout the document (`Tesla shares rose`).
  return mentions.map((mention) => (mention.type !== 'ORG' && firms.has(mention.text.toLowerCase()) ? { ...mention, type: 'ORG' } : mention));
}

/**
 * Whether a capitalised word follows the mention's last token `last` in its sentence, going on
 * with the name; a firm's ending (`Faulding Inc`) only confirms the firm.
 */
function runsOnIntoName(tokens: readonly Token[], last: number | undefined): boolean {
  if (last === undefined) return false;
  const next = tokens[last + 1];
  return next !== undefined && next.sentence === tokens[last].sentence && next.kind === 'word' && opensWithCapital(next) && !COMPANY_SUFFIXES.has(next.text);
}

/**
 * Whether `shares` the noun follows the mention in its sentence (`Oracle shares fell`). The verb
 * takes an object or `with` (`Northern Ireland shares a border`, `shares with`); wink tags both
 * NOUN, so the word after it decides.
 */
function hasSharesAfter(tokens: readonly Token[], last: number | undefined): boolean {
  if (last === undefined) return false;
  const shares = tokens[last + 1];
  if (shares === undefined || shares.sentence !== tokens[last].sentence || shares.text !== 'shares') return false;
  const next = tokens[last + 2];
  return next === undefined || next.sentence !== shares.sentence || (SHARES_FOLLOWERS.has(next.pos) && next.text !== 'with');
}

/**
 * Whether a firm's noun stands in apposition right after the mention: `, the maker of`, `, a
 * U.S. lender`, with at most one modifier before the noun and no possessive after it (`John
 * Smith, the company's founder` is a person). A person's name opening with a given name is
 * left alone.
 */
function isFirmByApposition(mention: Mention, tokens: readonly Token[], last: number | undefined): boolean {
  if (last === undefined || tokens[last + 1]?.text !== ',') return false;
  const article = tokens[last + 2]?.text.toLowerCase();
  if (article !== 'the' && article !== 'a' && article !== 'an') return false;
  if (mention.type === 'PERSON' && isFirstName(mention.text.split(' ')[0])) return false;
  for (let noun = last + 3; noun <= last + 4 && noun < tokens.length; noun += 1) {
    if (tokens[noun].sentence !== tokens[last].sentence) return false;
    // Written in lower case: `Hebron, a West Bank city` names no bank.
    if (FIRM_NOUNS.has(tokens[noun].text)) return tokens[noun + 1]?.text !== "'s" && tokens[noun + 1]?.text !== '’s';
  }
  return false;
}

/**
 * The last token of what follows a public body's `of` (from `from`, within a run ending before
 * `runEnd`). After a name of two words or more, the whole run (`Bureau of Educational and
 * Cultural Affairs`), but not past an `and` before a first name or before another body
 * (`University of Bremen and Anna Schmidt`, `Royal Bank of Scotland and Lloyds Banking Group`).
 * After a head word alone, which the tagger did not read as a name, only the capitalised words
 * before the next connector, title or first name (`Ministry of Defence`; `Council of Europe
 * and NATO` are two, `Ministry of Trade Minister John Smith` a body and a minister); the
 * first of them is the body's field even when it is also a title (`Department of Justice`).
 */
function endOfBodyName(tokens: readonly Token[], from: number, runEnd: number, headAlone: boolean): number {
  if (headAlone) {
    let end = from;
    // The field right after `of` is never a title, though the word may be one elsewhere
    // (`Department of Justice spokesman`, `Ministry of Justice`).
    while (end < runEnd && !CONNECTORS.has(tokens[end].text) && (end === from || !isTitle(tokens[end].text)) && !isFirstName(tokens[end].text)) end += 1;
    return end - 1;
  }
  for (let index = from; index + 1 < runEnd; index += 1) {
    if (tokens[index].text !== 'and' && tokens[index].text !== '&') continue;
    // `and Anna Schmidt` is a person; `and Lloyds Banking Group`, ending in an organisation
    // word of its own, another body.
    if (isFirstName(tokens[index + 1].text) || (index + 2 < runEnd && isBodyWord(tokens[runEnd - 1].text))) return index - 1;
  }
  return runEnd - 1;
}

/** True when a token in `[from, to)` is an organisation word or an ampersand, which joins a firm's name. */
function hasOrgWord(tokens: readonly Token[], from: number, to: number): boolean {
  for (let index = from; index < to; index += 1) if (isBodyWord(tokens[index].text) || tokens[index].text === '&') return true;
  return false;
}
