/**
 * Names whose head word says what kind of thing they name, whatever the tagger read from the
 * context: a law or an agreement (`Kyoto Protocol`, `Patriot Act`, `Treaty of Versailles`), an
 * event (`Venice Film Festival`, `Vietnam War`, `Davis Cup`), a place in a town
 * (`Tiananmen Square`), a firm (`Barnett Banks Inc.`) or an institution (`Max Planck Society`). The tagger learnt from 1996 Reuters copy, where such names are few
 * outside sport; in current news it typed `Budapest Memorandum` an organisation, `Red Square`
 * a person and `Paris Agreement` the city.
 *
 * Laws and events are MISC (OntoNotes' LAW and EVENT); the head words are those eng.train
 * types MISC whenever it tags them (Cup 77 times, Open 56, War 11), and the names of treaties
 * and laws, which it seldom meets. Squares, streets, bridges and buildings are places
 * (eng.train: Street 13 LOC to 1 ORG, Bridge 8 to 1, Hospital 10 LOC; knowledge.ts's
 * `isFacilityWord`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { isCapitalisedName, tokensByEnd, tokensByStart } from './tokens.js';
import { isHeadlineLine } from './names.js';
import { isDemonym, isDivisionWord, isFacilityWord, isOrgSuffix, lookupName } from './knowledge.js';

/** Words that end a firm's name: its legal form or its kind of business. */
export const COMPANY_SUFFIXES: ReadonlySet<string> = new Set(['Inc', 'Inc.', 'Corp', 'Corp.', 'Co', 'Co.', 'Ltd', 'Ltd.', 'PLC', 'Plc', 'Group', 'Holdings', 'Company', 'Corporation', 'Airlines', 'Airways', 'Bros', 'Bros.', 'Brothers']);

/**
 * Last words of bodies' names (`Food and Drug Administration`, `Carter Center`) that the
 * gazetteer's organisation words leave out. Those words are also a feature class of the
 * tagger, and a model retrained with these two among them scored no better in
 * cross-validation (places 0.929 -> 0.925, bodies 0.836 -> 0.837), so the rule stages alone
 * read them.
 */
export const UNLISTED_BODY_HEADS: ReadonlySet<string> = new Set(['Administration', 'Center', 'Services']);

/**
 * An organisation's word: one the gazetteer lists (`Agency`, `Bank`, `Party`), or one only the
 * rule stages read (`UNLISTED_BODY_HEADS`).
 * @param word - one word as written
 */
export function isBodyWord(word: string): boolean {
  return isOrgSuffix(word) || UNLISTED_BODY_HEADS.has(word);
}

/**
 * Kinds of business that end firms' names (`Marvel Studios`, `Whole Foods`, `Meta
 * Platforms`), read as people or places after the words before them; eng.train types every
 * name it tags ending in one ORG (`Paramount Pictures`, `SBC Communications`, `Berlex
 * Laboratories`, `British Data Management`, `Niugini Mining`). Not `Capital`, `Media`, `Records` or
 * `Resources`, which end other names too (`Human Resources`, `Social Media`).
 */
const FIRM_KINDS: ReadonlySet<string> = new Set([
  'Studios', 'Pictures', 'Industries', 'Technologies', 'Systems', 'Laboratories', 'Labs', 'Pharmaceuticals', 'Platforms', 'Electronics',
  'Securities', 'Entertainment', 'Communications', 'Networks', 'Motors', 'Semiconductors', 'Telecom', 'Therapeutics', 'Solutions',
  'Ventures', 'Partners', 'Investments', 'Investors', 'Publishing', 'Foods', 'Management', 'Associates', 'Mining', 'Petroleum',
  'Bancorp', 'Automotive', 'Aerospace', 'Robotics', 'Logistics',
]);

/** Last words of firms' names, for mentions of any type but a person's. */
const FIRM_HEADS: ReadonlySet<string> = new Set([...COMPANY_SUFFIXES, ...FIRM_KINDS]);

/**
 * True for a word that ends firms' names: a legal form or a kind of business (`Inc.`,
 * `Holdings`, `Platforms`, `Motors`).
 * @param word - one word as written
 */
export function isFirmHead(word: string): boolean {
  return FIRM_HEADS.has(word);
}

/** Last words of institutions' names that no person's or place's name ends in (`Max Planck Society`). */
const INSTITUTION_HEADS: readonly string[] = [
  'Institute', 'Institution', 'Society', 'University', 'College', 'Academy', 'Foundation', 'Association', 'Ministry', 'Department',
  'Agency', 'Commission', 'Committee', 'Council', 'Authority', 'Bureau', 'Organisation', 'Organization', 'Forces',
];

/**
 * Last words no person's name has: a firm's, and an institution's (`Kaiser Wilhelm Institute`,
 * `Max Planck Society`, `Royal Bank`, read as people after their namesakes). Organisation words
 * that are also surnames (`Court`, `Post`) are not among them, nor, for other types, `Bank`
 * (`West Bank`).
 */
const PERSONLESS_HEADS: ReadonlySet<string> = new Set([...FIRM_HEADS, ...UNLISTED_BODY_HEADS, ...INSTITUTION_HEADS, 'Federation', 'Bank']);

/**
 * Last words that make a thing's name a body's: an institution's, a union's, a party's. The
 * tagger reads a body named after a people as a thing (`American Civil Liberties Union`); of
 * the names eng.train tags with such a last word, 583 are bodies and 38 things, 32 of them
 * sports leagues (`American League`), whose word is not among them.
 */
const BODY_HEADS_OVER_THINGS: ReadonlySet<string> = new Set([...PERSONLESS_HEADS, 'Union', 'Party']);

/**
 * Last words no place's name has: a firm's, and a body's that eng.train never tags in a place
 * (`Orange Democratic Movement`, read as a place after `Orange`). Not `Bank` (`West Bank`),
 * `Federation` (`Russian Federation`), `Union` (`Soviet Union`) or `Center` (`World Trade
 * Center`): of the names eng.train tags ending in those, 9 are places.
 */
const PLACELESS_HEADS: ReadonlySet<string> = new Set([...FIRM_HEADS, ...INSTITUTION_HEADS, 'Party', 'Movement', 'Front', 'Congregation']);

/**
 * Names of two words or more that end in a firm's legal form or kind (`Inc.`, `Corp`,
 * `Holdings`, `Airlines`, `Studios`) are firms whatever their context made of them: after `economist
 * Lynn Reaser of`, the tagger reads `Barnett Banks Inc.` as a second person. A person's name
 * never ends in an institution's, a union's or a party's word either (`Max Planck Society`,
 * `Christian Social Union`), nor a thing's in a body's (`American Civil Liberties Union`)
 * unless the lists know the name as something else (`Soviet Union`). Names that open with a
 * firm's word in a Romance language (`Grupo`, `Banco`) are firms too. Runs right after the
 * tagger, before anything reads types.
 * @param mentions - the mentions so far
 * @returns the mentions, such names typed ORG
 */
export function typeFirmsByHeadWord(mentions: Mention[]): Mention[] {
  return mentions.map((mention) => (mention.type !== 'ORG' && (endsInBodyHead(mention) || opensWithFirmWord(mention)) ? { ...mention, type: 'ORG' } : mention));
}

/**
 * Words that open firms' and banks' names in Spanish, Portuguese, Italian and French, where
 * English ends them (`Grupo Financiero Galicia`, read as a person; `Banco Santander`, `Caja de
 * Madrid`, `Empresa Nacional del Petroleo`, all organisations in eng.train). None opens a
 * person's or a place's name.
 */
const FIRM_OPENERS: ReadonlySet<string> = new Set([
  'Grupo', 'Gruppo', 'Groupe', 'Banco', 'Banca', 'Banque', 'Caja', 'Caixa', 'Compañía', 'Compania', 'Companhia', 'Compagnie', 'Empresa',
  'Société', 'Societe', 'Sociedad', 'Sociedade', 'Società',
]);

/** A name of two words or more opening with a firm's word, unless the lists know it otherwise. */
function opensWithFirmWord(mention: Mention): boolean {
  const firstSpace = mention.text.indexOf(' ');
  return firstSpace > 0 && FIRM_OPENERS.has(mention.text.slice(0, firstSpace)) && (lookupName(mention.text)?.type ?? 'ORG') === 'ORG';
}

/** A generation's suffix, which ends only people's names (`Martin Luther King Jr.`). */
const GENERATION_SUFFIXES: ReadonlySet<string> = new Set(['Jr', 'Jr.', 'Jnr', 'Jnr.', 'Sr', 'Sr.', 'Snr', 'Snr.']);

/**
 * Names of two words or more ending in a generation's suffix are people whatever their
 * context made of them (`Vinicius Jr set up the winner`, read as a club), unless the lists
 * know them as something else (`Carl's Jr.`, the restaurants). Runs right after the tagger.
 * @param mentions - the mentions so far
 * @returns the mentions, such names typed PERSON
 */
export function typePeopleBySuffix(mentions: Mention[]): Mention[] {
  return mentions.map((mention) => (mention.type !== 'PERSON' && endsInHead(mention.text, GENERATION_SUFFIXES) && !lookupName(mention.text) ? { ...mention, type: 'PERSON' } : mention));
}

/** Whether a name of two words or more ends in a word that makes it a body, given its type. */
function endsInBodyHead(mention: Mention): boolean {
  const lastSpace = mention.text.lastIndexOf(' ');
  if (lastSpace <= 0) return false;
  const word = mention.text.slice(lastSpace + 1);
  const [always, unlessListedOtherwise] = headsFor(mention.type);
  if (always.has(word)) return true;
  // The lists are asked only when the word decides: most names end in no head word at all.
  return unlessListedOtherwise.has(word) && (lookupName(mention.text)?.type ?? 'ORG') === 'ORG';
}

const NO_HEADS: ReadonlySet<string> = new Set();

/**
 * Per type, the last words that make a name a body whatever the lists say, and those that do
 * unless the lists know the name as something else: a person's name never ends in a union's or
 * a party's word either (`Christian Social Union`, read as a person after its given-name-like
 * first word), but the `Soviet Union` is a place.
 */
function headsFor(type: EntityType): [always: ReadonlySet<string>, unlessListedOtherwise: ReadonlySet<string>] {
  if (type === 'GPE' || type === 'LOC') return [FIRM_HEADS, PLACELESS_HEADS];
  if (type === 'PERSON') return [PERSONLESS_HEADS, BODY_HEADS_OVER_THINGS];
  if (type === 'MISC') return [FIRM_HEADS, BODY_HEADS_OVER_THINGS];
  return [FIRM_HEADS, NO_HEADS];
}

/** True for a name of two words or more whose last word is in `heads`. */
function endsInHead(name: string, heads: ReadonlySet<string>): boolean {
  const lastSpace = name.lastIndexOf(' ');
  return lastSpace > 0 && heads.has(name.slice(lastSpace + 1));
}

/** Last words of the names of laws, agreements and events. */
const MISC_HEADS = new Set([
  'Agreement', 'Agreements', 'Accord', 'Accords', 'Treaty', 'Treaties', 'Protocol', 'Protocols', 'Convention', 'Conventions',
  'Charter', 'Act', 'Memorandum', 'Declaration', 'Doctrine', 'Amendment', 'Cup', 'Open', 'Olympics', 'Paralympics',
  'Championship', 'Championships', 'Prix', 'Festival', 'Marathon', 'War', 'Revolution', 'Prize', 'Classic', 'Rally', 'Series',
  'Final', 'Finals', 'Trophy', 'Tournament', 'Masters', 'Airshow',
]);

/** True for the last word of a law's, an agreement's or an event's name (`Act`, `Treaty`, `War`, `Cup`). */
export function isMiscHead(word: string): boolean {
  return MISC_HEADS.has(word);
}

/** First words of such names when `of` or `on` follows them (`Treaty of Rome`, `Battle of Britain`). */
const MISC_OPENERS = new Set(['Treaty', 'Convention', 'Charter', 'Declaration', 'Battle', 'Siege', 'War', 'Act', 'Protocol']);

/** Lower-case words after which a head word names something else (`Ministry of War`, `Office for the Festival`). */
const CONNECTORS = new Set(['of', 'for', 'and', 'the', 'on', 'in', '&']);

const SOURCE = 'entities/heads';

/**
 * Types names by their head word, and carries a name on over a head word the tagger left
 * outside it (`Paris` + `Agreement`, `Nobel` + `Prize`), replacing a mention of the head alone.
 * A name the lists know keeps its type; nothing is read in a title-case headline, where every
 * word is capitalised.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, retyped or extended where a head word says so
 */
export function typeByHeadWord(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  if (!tokens.some((token) => isTrailingHead(token.text) || isDivisionWord(token.text) || MISC_OPENERS.has(token.text))) return mentions;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const replaced = new Set<Mention>();
  const result: Mention[] = [];
  for (const mention of mentions) {
    if (replaced.has(mention)) continue;
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    // The cheap token tests first: most mentions have no head word, and then the headline
    // and the lists need not be asked.
    const aligned = first !== undefined && last !== undefined;
    const head = aligned ? headAfter(tokens, last) : undefined;
    const type = aligned ? typeOfHead(tokens, first, last) : null;
    if ((head === undefined && (type === null || type === mention.type)) || isHeadlineLine(text, mention.start)) {
      result.push(mention);
      continue;
    }
    if (head !== undefined && !lookupName(text.slice(mention.start, tokens[head].end))) {
      const covering = mentions.filter((other) => other !== mention && other.start < tokens[head].end && tokens[head].start < other.end);
      if (covering.every((other) => other.start === tokens[head].start && other.end === tokens[head].end)) {
        for (const other of covering) replaced.add(other);
        result.push(mentionOver(text, mention.start, tokens[head].end, { file, type: typeOfHead(tokens, first as number, head) ?? 'ORG', source: SOURCE }));
        continue;
      }
    }
    result.push(type === null || type === mention.type || lookupName(mention.text) ? mention : { ...mention, type });
  }
  const kept = replaced.size > 0 ? result.filter((mention) => !replaced.has(mention)) : result;
  return [...kept, ...unfoundHeadedNames(kept, analyzed, file)];
}

/** First words of events of all nations, which a nationality qualifies rather than names. */
const INTERNATIONAL_EVENTS: ReadonlySet<string> = new Set(['World', 'Olympic', 'Olympics', 'Paralympic', 'Paralympics', 'Champions', 'Commonwealth', 'Asian', 'European']);

/**
 * An event named after a people or a place (`Spanish Civil War`, `Italian Grand Prix`,
 * `Russian Revolution`, `U.S. Amateur Championship`) is one name: the tagger often reads the
 * nationality or place apart (`Spanish` + `Civil War`). A nationality word or a place right
 * before a mention that ends in an event or law head joins it; not one before `World Cup`, `Olympics` or `European Championship`, events of
 * many nations that a nationality qualifies (`the Italian World Cup squad`).
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, with such events whole
 */
export function joinQualifiedEvents(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { text } = analyzed;
  const byStart = new Map<number, Mention>();
  for (const mention of mentions) if (MISC_HEADS.has(mention.text.slice(mention.text.lastIndexOf(' ') + 1))) byStart.set(mention.start, mention);
  if (byStart.size === 0) return mentions;
  const joined = new Map<Mention, Mention>();
  const dropped = new Set<Mention>();
  for (const mention of mentions) {
    if (!isEventQualifier(mention)) continue;
    const event = byStart.get(mention.end + 1);
    if (event === undefined || text[mention.end] !== ' ' || INTERNATIONAL_EVENTS.has(event.text.split(' ')[0]) || isHeadlineLine(text, mention.start)) continue;
    joined.set(mention, mentionOver(text, mention.start, event.end, { file, type: 'MISC', source: SOURCE }));
    dropped.add(event);
  }
  if (joined.size === 0) return mentions;
  return mentions.filter((mention) => !dropped.has(mention)).map((mention) => joined.get(mention) ?? mention);
}

/**
 * A nationality word, or a place in title case (`U.S.` + `Amateur Championship`, `Chicago`
 * + `Marathon`, `Gaza` + `War`), that may name the event after it.
 */
function isEventQualifier(mention: Mention): boolean {
  if (mention.type === 'GPE' || mention.type === 'LOC') return /^\p{Lu}/u.test(mention.text) && !isAllCapitals(mention.text);
  return !mention.text.includes(' ') && isDemonym(mention.text);
}

/** Capitals only, more than an abbreviation's (`U.S.`): a headline's `BERLIN`, whose neighbours may be anything. */
function isAllCapitals(text: string): boolean {
  return text === text.toUpperCase() && text.replace(/[^\p{L}]/gu, '').length > 3;
}

/**
 * Names ending in a law or event head word that no mention touches: the tagger passes over
 * `The Cold War ended` and `the Paris Agreement was signed` at a sentence start. A run of
 * capitalised words before the head, not opening the sentence itself (only `The` may), in no
 * title-case headline, and not a part of a longer capitalised or hyphenated run.
 */
function unfoundHeadedNames(mentions: readonly Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, sentences, text } = analyzed;
  const found: Mention[] = [];
  for (let head = 1; head < tokens.length; head += 1) {
    if (!MISC_HEADS.has(tokens[head].text)) continue;
    const sentenceFirst = sentences[tokens[head].sentence].first;
    let first = head;
    while (first - 1 > sentenceFirst && isCapitalisedName(tokens[first - 1]) && tokens[first - 1].end + 1 === tokens[first].start) first -= 1;
    if (first === head) continue;
    // A word the run stopped at (`Thirty` in `Thirty Years War`, `Six-` in `Six-Day War`,
    // `116` in `116 Years War`) would leave half a name: none is better.
    const before = tokens[first - 1];
    if (before.end === tokens[first].start || (first - 1 > sentenceFirst && /^[\p{Lu}\p{N}]/u.test(before.text))) continue;
    const start = tokens[first].start;
    const end = tokens[head].end;
    if (mentions.some((mention) => mention.start < end && start < mention.end) || isHeadlineLine(text, start)) continue;
    found.push(mentionOver(text, start, end, { file, type: 'MISC', source: SOURCE }));
  }
  return found;
}

/** The type the head words of tokens `first..last` give, or null. */
function typeOfHead(tokens: readonly Token[], first: number, last: number): EntityType | null {
  if (last === first) return null;
  const head = tokens[last].text;
  if (!CONNECTORS.has(tokens[last - 1].text)) {
    if (MISC_HEADS.has(head)) return 'MISC';
    if (isFacilityWord(head)) return 'LOC';
    // An administrative division (`Lubbock County`): the tagger, taught by eng.train's
    // football clubs (`Derby County`), read one as a body or a person half the time; a club
    // the lists know keeps its type (the caller asks them).
    if (isDivisionWord(head) && isCapitalisedRun(tokens, first, last)) return 'GPE';
  }
  // Span cleaning, which drops an opening `The`, comes later.
  const opener = (tokens[first].text === 'The' || tokens[first].text === 'the') && last > first + 2 ? first + 1 : first;
  const joint = tokens[opener + 1].text;
  if (MISC_OPENERS.has(tokens[opener].text) && (joint === 'of' || joint === 'on') && last > opener + 1) return 'MISC';
  return null;
}

/**
 * Every word from `first` to `last` capitalised: the division is the whole name, not the
 * end of another (`Fiscal Court of Magoffin County`, `Swint v. Chambers County`).
 */
function isCapitalisedRun(tokens: readonly Token[], first: number, last: number): boolean {
  for (let index = first; index <= last; index += 1) if (!/^\p{Lu}/u.test(tokens[index].text)) return false;
  return true;
}

/**
 * Schools' last words: a school named after a person or a place (`Robb Elementary School`,
 * `Kennedy School`) is a body, and the tagger often stops before the word.
 */
const SCHOOL_HEADS: ReadonlySet<string> = new Set(['School', 'College', 'Academy']);

/** A head word the tagger may leave after a name: a law's or an event's, a building's, a school's. */
function isTrailingHead(word: string): boolean {
  return MISC_HEADS.has(word) || isFacilityWord(word) || SCHOOL_HEADS.has(word);
}

/**
 * The index of a head word written right after token `last` (one space, same sentence) and
 * ending the name there, or undefined: `Agreement` after `Paris`, `Stadium` after `Shea`,
 * `School` after `Robb Elementary`, but not in `Paris Agreement Committee`.
 */
function headAfter(tokens: readonly Token[], last: number): number | undefined {
  const head = last + 1;
  if (head >= tokens.length || !isTrailingHead(tokens[head].text)) return undefined;
  if (tokens[head].sentence !== tokens[last].sentence || tokens[head].start !== tokens[last].end + 1) return undefined;
  const after = tokens[head + 1];
  if (after && after.sentence === tokens[head].sentence && /^\p{Lu}/u.test(after.text)) return undefined;
  return head;
}

