/**
 * Names with an ordinary word's possessive inside: `People's Liberation Army`, `Women's World
 * Cup`, `Children's Hospital of Philadelphia`, `Workers' Party`, `Prime Minister's Office`,
 * `King's College`. The tagger and span cleaning cut them at the `'s` (`Hospital of
 * Philadelphia` a place, `Office` a place, `Republican People's Party` read as `Republican`
 * and `Party`), as they cut `Putin's aide` rightly. eng.train tags 55 such names whole, and
 * their owners are words like these: `People`, `Children`, `Workers'`, `Farmers'`,
 * `Nations'`, `Sheriff`, `President`, `Queen` (`Sudan People's Liberation Army`, `Broward County
 * Sheriff's Office`, `Welsh National Farmers' Union`).
 *
 * An owner that is no name cannot own a name: a person or a body is a name (`Putin's`,
 * `Russia's`, `the Party's Central Committee`, whose `Party` is a body word). So the name is
 * joined over the possessive where the owner is a plural (`People`, `Children`, `Workers'`) or
 * a title (`Sheriff's`, `Queen's`) and the name after it holds an institution's, a facility's
 * or an event's word (`Union`, `Office`, `College`, `Hospital`, `Cup`), or where the owner is
 * `People` and a name follows; a listed owner (`Democrats'`, `Lakers'`) is a name and owns.
 * A saint owns the names of the churches, schools, hospitals and days named for them (`St.
 * Mary's Catholic School`, `St Thomas' Hospital`, `St. Patrick's Day`), which the tagger cut to a
 * person and a place (eng.train tags `St. Christopher Children's Hospital` and `St. Matthew's`
 * whole); the name then opens at `St`.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { isBodyWord, isFirmHead, isMiscHead } from './heads.js';
import { isChurchWord, isCommonWord, isDemonym, isFacilityWord, isSaintWord, isTitleWord, lookupName } from './knowledge.js';
import { isHeadlineLine } from './names.js';
import { opensWithCapital } from './tokens.js';

const SOURCE = 'entities/possessive-names';

/** Plurals whose possessive is `'s` (`Women's World Cup`, `Children's Hospital`). */
const COLLECTIVE_OWNERS: ReadonlySet<string> = new Set(['People', 'Peoples', 'Women', 'Men', 'Children']);

/** Owners that open names of any kind (`People's Daily`, `People's Republic of Poland`). */
const PEOPLES: ReadonlySet<string> = new Set(['People', 'Peoples']);

/**
 * Holders of offices named after them that the title list leaves out, being no title before a
 * name (`the Sheriff's Office`, `the Coroner's Court`).
 */
const OFFICE_HOLDERS: ReadonlySet<string> = new Set(['Sheriff', 'Coroner', 'Comptroller', 'Auditor', 'Solicitor', 'Clerk', 'Registrar']);

/**
 * Plural owners of institutions the common-word list is too small to know (eng.train writes
 * `magistrates` too rarely): `Manchester Magistrates' Court`.
 */
const PLURAL_OFFICE_HOLDERS: ReadonlySet<string> = new Set(['Magistrates']);

/** Words that join the parts of the owned name (`Children's Hospital of Philadelphia`). */
const CONNECTORS: ReadonlySet<string> = new Set(['of', 'for']);

/**
 * A lower-case word other than those that join a name's parts (`of`, `for`, `on`, `the`,
 * `and`: `President's Commission on the Accident at Three Mile Island`).
 */
const LOWER_CASE_WORD_OUTSIDE_NAMES = /(?:^|\s)(?!(?:of|for|on|the|and)(?:\s|$))\p{Ll}/u;

/**
 * Joins each name cut at an ordinary owner's possessive into one mention, replacing the
 * mentions it covers.
 * @param mentions - the mentions so far (after span cleaning)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function joinPossessiveNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const joined: Mention[] = [];
  for (let index = 1; index + 1 < tokens.length; index += 1) {
    if (!isPossessive(tokens[index], tokens[index - 1])) continue;
    const owner = tokens[index - 1];
    const after = tokens[index + 1];
    if (!opensWithCapital(after) || after.sentence !== owner.sentence) continue;
    const saint = isSaint(tokens, index - 1);
    if (!saint && !mayOwnName(owner.text, tokens[index].text)) continue;
    if (isHeadlineLine(text, owner.start)) continue;
    const end = ownedNameEnd(tokens, index + 1, mentions);
    const head = headType(text.slice(after.start, end));
    // With no word of a kind, only a name already found after `People's` is joined (`People's
    // Daily`, `People's Republic of Poland`), and it keeps its type: results tables write
    // `Men's Individual Foil` and `Women's Curling`, which name nothing.
    const owned = head === null && PEOPLES.has(owner.text) ? mentions.find((mention) => mention.start === after.start) : undefined;
    if (head === null && owned === undefined) continue;
    const start = saint ? tokens[index - 2].start : ownerStart(tokens, index - 1, mentions);
    const name = text.slice(start, end);
    const type = lookupName(name)?.type ?? head ?? owned?.type ?? 'ORG';
    joined.push(mentionOver(text, start, end, { file, type, source: SOURCE }));
  }
  if (joined.length === 0) return mentions;
  const kept = mentions.flatMap((mention) => {
    const name = joined.find((other) => mention.start < other.end && other.start < mention.end);
    if (name === undefined) return [mention];
    return mention.end > name.end ? remainderAfter(mention, name.end, analyzed, file) : [];
  });
  return [...kept, ...joined].sort(byPosition);
}

/**
 * What is left of a mention that ran on past a joined name over lower-case words (`Day in
 * Dublin` after `St. Patrick's`): the name from its first capitalised word after the join.
 */
function remainderAfter(mention: Mention, from: number, analyzed: AnalyzedText, file: string): Mention[] {
  const first = analyzed.tokens.find((token) => token.start >= from && token.end <= mention.end && opensWithCapital(token));
  if (first === undefined) return [];
  const name = analyzed.text.slice(first.start, mention.end);
  return [mentionOver(analyzed.text, first.start, mention.end, { file, type: lookupName(name)?.type ?? mention.type, source: SOURCE }, mention)];
}

/**
 * A capitalised name with an English saint's word one space before it, in the same sentence
 * (not `San`: `Santa Barbara's Cottage Hospital` is the town's).
 */
function isSaint(tokens: readonly Token[], owner: number): boolean {
  return owner > 0 && isSaintWord(tokens[owner - 1].text) && /^\p{Lu}\p{Ll}+$/u.test(tokens[owner].text) && areSpaced(tokens[owner - 1], tokens[owner]);
}

/** An `'s` (or a plural's bare apostrophe) written right after the word before it. */
function isPossessive(token: Token, before: Token): boolean {
  if (token.start !== before.end) return false;
  if (token.text === "'s" || token.text === '’s') return true;
  return (token.text === "'" || token.text === '’') && before.text.endsWith('s');
}

/** An owner that is no name: a collective plural, an ordinary plural or a title. */
function mayOwnName(owner: string, possessive: string): boolean {
  if (!/^\p{Lu}\p{Ll}+$/u.test(owner) || lookupName(owner) || isDemonym(owner) || isBodyWord(owner)) return false;
  if (COLLECTIVE_OWNERS.has(owner)) return true;
  const plural = possessive.length === 1;
  return plural ? isCommonWord(owner) || PLURAL_OFFICE_HOLDERS.has(owner) : isTitleWord(owner) || OFFICE_HOLDERS.has(owner);
}

/**
 * The type the owned name's last word of a kind gives it (`Cup`, `College` of `King's College
 * London`, `Hospital` of `Children's Hospital of Philadelphia`), or null when none names a kind.
 */
function headType(owned: string): EntityType | null {
  const words = owned.split(' ');
  for (let index = words.length - 1; index >= 0; index -= 1) {
    const word = words[index];
    // `Mother's Day`, `International Women's Day`: a day named for someone is an observance.
    if (isMiscHead(word) || word === 'Day') return 'MISC';
    if (isBodyWord(word) || isFirmHead(word)) return 'ORG';
    if (isFacilityWord(word) || isChurchWord(word)) return 'LOC';
    // A school is a body (eng.train: `Sidwell Friends School`), here only: the body words are
    // read by many stages and are a feature class of the tagger.
    if (word === 'School') return 'ORG';
  }
  return null;
}

/** Where the owned name ends: after its capitalised words and the `of` or `for` between two of them. */
function ownedNameEnd(tokens: readonly Token[], first: number, mentions: readonly Mention[]): number {
  let last = first;
  for (let index = first + 1; index < tokens.length && tokens[index].sentence === tokens[first].sentence; index += 1) {
    const token = tokens[index];
    if (opensWithCapital(token) && token.spaceBefore) last = index;
    else if (!(CONNECTORS.has(token.text) && index + 1 < tokens.length && opensWithCapital(tokens[index + 1]))) break;
  }
  let end = tokens[last].end;
  // A mention opening on the name, or running on past where its words stop, ends it
  // (`Attorney's Office for the Southern District of New York`), unless it ran on over a word
  // no name holds (`St. Patrick's` + `Day in Dublin`).
  for (const mention of mentions) {
    if (mention.start >= tokens[first].start && mention.start < end && mention.end > end && !LOWER_CASE_WORD_OUTSIDE_NAMES.test(mention.text)) end = mention.end;
  }
  return end;
}

/**
 * Where the whole name starts: at the owner, or where a mention holding the owner starts
 * (`Manhattan District Attorney` + `'s Office`), or a mention right before it that is no
 * person's name (`Sudan` + `People's Liberation Army`, `Republican` + `People's Party`); a
 * title takes the title words before it (`Prime` of `Prime Minister's Office`).
 */
function ownerStart(tokens: readonly Token[], owner: number, mentions: readonly Mention[]): number {
  let first = owner;
  while (first > 0 && isTitleWord(tokens[first].text) && isTitleWord(tokens[first - 1].text) && opensWithCapital(tokens[first - 1]) && areSpaced(tokens[first - 1], tokens[first])) first -= 1;
  const { start } = tokens[first];
  // Only a name of capitalised words: a tagger's span over `of the` or `or` may end on the
  // first word of another name (`Ministry for Atomic Energy of the Democratic` + `People's
  // Republic of Korea`, `Mother's Day or Father` + `'s Day`).
  const holding = mentions.find((mention) => mention.start <= start && start < mention.end);
  if (holding) return isCapitalisedWords(holding.text) ? holding.start : start;
  const before = first > 0 ? tokens[first - 1] : null;
  if (before === null || !areSpaced(before, tokens[first])) return start;
  const adjacent = mentions.find((mention) => mention.end === before.end && mention.type !== 'PERSON');
  return adjacent && isCapitalisedWords(adjacent.text) ? adjacent.start : start;
}

function isCapitalisedWords(name: string): boolean {
  return name.split(' ').every((word) => /^\p{Lu}/u.test(word));
}

/** Two tokens of one sentence with one space between them. */
function areSpaced(before: Token, after: Token): boolean {
  return before.sentence === after.sentence && after.start - before.end === 1;
}
