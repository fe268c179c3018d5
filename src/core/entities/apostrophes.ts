/**
 * Names that end in `'s` without owning anything: `McDonald's said`, `sold at Sotheby's in
 * London`, `Moody's downgraded the bonds`. A possessive `'s` is followed by what is owned (`Putin's
 * aide`); where a verb, a preposition, a conjunction or the end of a clause follows, the `'s`
 * is part of the name, and such names are firms, shops and auction houses. So it is where the
 * document writes the `'s` form at the head of a longer name (`Lloyd's of London`). The tagger
 * and span cleaning both stop before the `'s` (`McDonald` an organisation, `Sotheby` a place).
 *
 * The `'s` may also be `has` or `is` run into a name (`Putin's said`, `Apple's in talks`): a
 * verb counts only after a name read as an organisation, a name the document also writes
 * without `'s` keeps that form, and no person's or listed place's name is read so (`a friend
 * of John's.`, `in Russia's`). A firm the lists know with its `'s` (`Macy's`, `Sainsbury's`)
 * keeps it, read as a person or a place though it was, where what follows cannot be owned or
 * an article opens it (`a Wendy's`), unless the document names a person by that word (`Chris
 * Christie … Christie's plan`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, namesPersonBy } from './mentions.js';
import { tokensByEnd, tokensByStart } from './tokens.js';
import { isCommonWord, lookupExactName, lookupName } from './knowledge.js';

const SOURCE = 'entities/apostrophes';

/** Prepositions of place after `'s`: `sold at Sotheby's in London`, `lunch at Gassan's in the Old Quarter`. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on']);

/**
 * Verbs after `'s` that say a firm did something (`McDonald's said`, `Moody's downgraded`).
 * Only these: wink tags many a participle before a noun as a verb (`Enron's planned
 * acquisition`, `Dynegy's stated goal`), and then `'s` owns the noun.
 */
const REPORTING_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'told', 'tells', 'announced', 'announces', 'reported', 'reports', 'added', 'declined', 'agreed', 'downgraded', 'upgraded',
  'affirmed', 'lowered', 'raised',
]);

/**
 * Words that cannot be owned and begin a verb phrase: modals and a plural past (`Sotheby's
 * will auction`, `Investors in Lloyd's were told`). Not `is`, `has` or `was`, which a name's
 * contraction or a possessive standing for a noun also precede (`Cohen's was better`); `will`
 * is a noun too (`Putin's will`), hence only after an organisation.
 */
const AUXILIARIES: ReadonlySet<string> = new Set(['will', 'would', 'can', 'could', 'should', 'shall', 'may', 'might', 'must', 'were']);

/**
 * Extends names over an `'s` that owns nothing and types them as organisations; a name shown
 * so once is written so wherever the document follows it with `'s` (`McDonald's profits`).
 * @param mentions - the mentions so far (after span cleaning)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, such names extended
 */
export function keepNamesEndingInApostropheS(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens } = analyzed;
  const byEnd = tokensByEnd(tokens);
  const byStart = tokensByStart(tokens);
  const followed: { mention: Mention; apostrophe: number }[] = [];
  for (const mention of mentions) {
    const last = byEnd.get(mention.end);
    if (last === undefined || last + 1 >= tokens.length || !isApostropheS(tokens[last + 1], tokens[last])) continue;
    // A person's `'s` is a possessive, unless the lists know the whole as a firm (`Macy's`).
    if (mention.type === 'PERSON' && !isListedFirm(mention.text)) continue;
    followed.push({ mention, apostrophe: last + 1 });
  }
  if (followed.length === 0) return mentions;
  const names = new Set<string>();
  const listed = new Set<string>();
  const withApostrophe = new Set(followed.map(({ mention }) => mention));
  for (const { mention, apostrophe } of followed) {
    if (isListedFirm(mention.text) && isFirmsApostrophe(tokens, apostrophe, byStart.get(mention.start))) {
      listed.add(mention.text);
      continue;
    }
    if (mention.type === 'PERSON' || !endsInTitleCaseWord(mention.text) || isListedPlace(mention.text)) continue;
    if (ownsNothing(tokens, apostrophe, mention) || isFollowedByAuxiliary(tokens, apostrophe, mention)) names.add(mention.text);
  }
  // A longer name that opens with the `'s` form shows it to be a name too (`Lloyd's of
  // London`, `Moody's Investors Service`): then `Lloyd's settlement offer` is the firm's. Not
  // an ordinary word's (`the Centre's Voluntary Fund`), which owns what follows.
  for (const mention of mentions) {
    const opening = /^(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)*)['’]s /u.exec(mention.text);
    if (!opening || mention.type === 'PERSON' || !endsInTitleCaseWord(opening[1]) || isListedPlace(opening[1])) continue;
    if (!isCommonWord(opening[1].slice(opening[1].lastIndexOf(' ') + 1))) names.add(opening[1]);
  }
  // A name the document also writes without `'s` is that name, and its `'s` is `is` or `has`
  // (`Apple's in talks … Apple said`).
  if (names.size > 0) {
    for (const mention of mentions) if (!withApostrophe.has(mention)) names.delete(mention.text);
  }
  for (const name of listed) if (!namesPerson(mentions, name, withApostrophe)) names.add(name);
  if (names.size === 0) return mentions;
  const extended = new Map<Mention, Mention>();
  for (const { mention, apostrophe } of followed) {
    if (!names.has(mention.text)) continue;
    extended.set(mention, mentionOver(analyzed.text, mention.start, tokens[apostrophe].end, { file, type: 'ORG', source: SOURCE }, mention));
  }
  return mentions.map((mention) => extended.get(mention) ?? mention);
}

/** An `'s` or `’s` token written right after the name. */
function isApostropheS(token: Token, before: Token): boolean {
  return token.start === before.end && (token.text === "'s" || token.text === '’s');
}

/**
 * True when what follows the `'s` at `apostrophe` cannot be owned by the name: the end of the
 * sentence or punctuation (not a quotation mark, which may open what is owned), a preposition
 * of place before a name (`in London`, `in the Old Quarter`; not `in 1982`), or a reporting
 * verb after an organisation. Not a conjunction (`Gandhi's and Nehru's views`) nor `is` or
 * `has` (`Cohen's is great`, `NOAA's has`), which follow possessives and contractions too.
 */
function ownsNothing(tokens: readonly Token[], apostrophe: number, mention: Mention): boolean {
  const next = tokens[apostrophe + 1];
  if (next === undefined || next.sentence !== tokens[apostrophe].sentence) return true;
  if (next.pos === 'PUNCT') return !/^["“‘'(]$/u.test(next.text);
  if (PLACE_PREPOSITIONS.has(next.text)) {
    const after = tokens[apostrophe + 2];
    return after !== undefined && after.sentence === next.sentence && (/^\p{Lu}/u.test(after.text) || after.text === 'the');
  }
  return mention.type === 'ORG' && REPORTING_VERBS.has(next.text);
}

/**
 * A modal or `were` after an organisation's `'s` (`Sotheby's will auction`, `Lloyd's were
 * told`), trusted only when the name's last word is no ordinary word (`the Centre's will`).
 */
function isFollowedByAuxiliary(tokens: readonly Token[], apostrophe: number, mention: Mention): boolean {
  const next = tokens[apostrophe + 1];
  return mention.type === 'ORG' && next !== undefined && next.sentence === tokens[apostrophe].sentence && AUXILIARIES.has(next.text)
    && !isCommonWord(tokens[apostrophe - 1].text);
}

/** What may follow a listed firm's `'s` and cannot be owned: a verb, a preposition, a conjunction. */
const FIRM_FOLLOWERS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'ADP', 'CCONJ', 'SCONJ', 'PART']);

/**
 * Whether the `'s` at `apostrophe` after a listed firm's name is the firm's: nothing owned
 * follows (`Christie's auctioned`, `Moody's recently issued`, `at Denny's.`) or an article
 * opens the name (`a Wendy's`). A noun or an adjective after it is owned (`Rob Lowe's early
 * work`, `falls for Lloyd's son`), unless the document shows the firm elsewhere.
 */
function isFirmsApostrophe(tokens: readonly Token[], apostrophe: number, first: number | undefined): boolean {
  // Past adverbs to the verb they qualify (`recently issued`); wink also tags `later` of
  // `later stories` an adverb, and a noun follows it.
  let following = apostrophe + 1;
  while (following < tokens.length && tokens[following].pos === 'ADV' && tokens[following].sentence === tokens[apostrophe].sentence) following += 1;
  const next = tokens[following];
  if (next === undefined || next.sentence !== tokens[apostrophe].sentence) return true;
  if (next.pos === 'PUNCT' ? !/^["“‘'(]$/u.test(next.text) : FIRM_FOLLOWERS.has(next.pos)) return true;
  const before = first !== undefined && first > 0 ? tokens[first - 1] : undefined;
  return before !== undefined && /^(?:a|an|the)$/iu.test(before.text);
}

/** A name the lists know, with its `'s`, as a firm (`Macy's`, `Sainsbury's`, `Sotheby's`). */
function isListedFirm(name: string): boolean {
  return lookupExactName(name + "'s")?.type === 'ORG';
}

/**
 * Whether the document names a person by this word, as a given name, a surname or alone
 * without `'s` (`Chris Christie`, `Lord Sainsbury said`): then its `'s` is that person's.
 */
function namesPerson(mentions: readonly Mention[], word: string, withApostrophe: ReadonlySet<Mention>): boolean {
  return namesPersonBy(mentions, word) || mentions.some((mention) => mention.type === 'PERSON' && mention.text === word && !withApostrophe.has(mention));
}

function isListedPlace(name: string): boolean {
  const known = lookupName(name);
  return known !== null && known.type !== 'ORG';
}

/**
 * True when the name's last word is written in title case (`McDonald`, `Sotheby`): firms whose
 * name ends in `'s` are named after a person. A word in capitals before `'s` is an acronym's
 * possessive or plural (`NOAA's`, `CD's`).
 */
function endsInTitleCaseWord(name: string): boolean {
  return /(?:^|\s)\p{Lu}[\p{Ll}\p{Lu}]*\p{Ll}[\p{Ll}]*$/u.test(name);
}
