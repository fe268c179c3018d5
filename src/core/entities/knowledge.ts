/**
 * What the recogniser knows before it reads a word of the document: names of countries,
 * cities, organisations and peoples, first names, titles, and words that are never names.
 *
 * The data is `data/gazetteer.json`, built by `scripts/build-gazetteer.mjs` (sources and
 * licences in `data/README.md`). It is read on first use, not at import, so commands that
 * print no entities never pay for it; after that every lookup is one or two Map/Set probes.
 * Lookups are case-sensitive on purpose: `US` is the country, `us` a pronoun.
 */
import { createRequire } from 'node:module';
import type { EntityType } from '../types.js';

/** A name the gazetteer knows: its type and the canonical name it stands for. */
export interface KnownName {
  type: EntityType;
  /** The name tables list the entity under (`North Atlantic Treaty Organization` for `NATO`). */
  canonical: string;
}

/** One written form of a known name, as `gazetteerEntries` lists them. */
export interface GazetteerEntry extends KnownName {
  /** The form as written (`U.S.`, `Kiev`). */
  surface: string;
}

/** The shape of data/gazetteer.json; the build script is its one writer. */
interface GazetteerFile {
  format: number;
  sources: Record<string, string>;
  /** type → canonical name → other written forms. */
  names: Record<EntityType, Record<string, string[]>>;
  /** type → names known in lower case only (firms, clubs), matched whatever the case. */
  namesAnyCase?: Partial<Record<EntityType, string[]>>;
  /** demonym (`Russian`, `Russians`) → country it belongs to, or '' for peoples without one. */
  demonyms: Record<string, string>;
  firstNames: string[];
  titles: string[];
  roleModifiers: string[];
  orgSuffixes: string[];
  locationKeywords: string[];
  months: string[];
  weekdays: string[];
  commonWords: string[];
  neverNames: string[];
  commonAcronyms: string[];
  /** Surfaces whose listed type overrules the tagger's: hand lists, countries, multi-word divisions. */
  trusted?: string[];
  /** Written forms of the hand list of people (`Emmanuel Macron`, `Macron`). */
  people?: string[];
  contextBefore: Partial<Record<EntityType, string[]>>;
  contextAfter: Partial<Record<EntityType, string[]>>;
}

interface Knowledge {
  sources: Record<string, string>;
  exact: Map<string, KnownName>;
  /** Upper-cased key → name, for text written in capitals (`MOSCOW`, datelines, headlines). */
  upper: Map<string, KnownName>;
  /** `foldCase` of a name known in lower case only → its type. */
  anyCase: Map<string, EntityType>;
  /** The first word of each `anyCase` key, so that most phrases are turned away unfolded. */
  anyCaseFirstWords: Set<string>;
  entries: GazetteerEntry[];
  demonyms: Map<string, string>;
  firstNames: Set<string>;
  /** Lower-case titles, one or more words (`foreign minister`); written with and without dots. */
  titles: Set<string>;
  /** Every lower-case word of a title, so a run of title words can be found word by word. */
  titleWords: Set<string>;
  roleModifiers: Set<string>;
  orgSuffixes: Set<string>;
  locationKeywords: Set<string>;
  months: Set<string>;
  weekdays: Set<string>;
  commonWords: Set<string>;
  neverNames: Set<string>;
  commonAcronyms: Set<string>;
  /** Trusted surfaces as written and in capitals. */
  trusted: Set<string>;
  people: Set<string>;
  contextBefore: Map<string, EntityType[]>;
  contextAfter: Map<string, EntityType[]>;
}

// When a capitalised form could be two names (`GEORGIA` the country or the US state), the
// table of upper-cased keys prefers places: text in capitals is mostly datelines.
const UPPER_PREFERENCE: readonly EntityType[] = ['GPE', 'LOC', 'ORG', 'NORP', 'PERSON', 'MISC'];

let loaded: Knowledge | undefined;

function knowledge(): Knowledge {
  if (!loaded) {
    // A static JSON import would sit outside tsc's rootDir and be typed on every build; the
    // path is the same from src/core/entities and dist/core/entities.
    const require = createRequire(import.meta.url);
    loaded = buildKnowledge(require('../../../data/gazetteer.json') as GazetteerFile);
  }
  return loaded;
}

function buildKnowledge(file: GazetteerFile): Knowledge {
  const exact = new Map<string, KnownName>();
  const upper = new Map<string, KnownName>();
  const entries: GazetteerEntry[] = [];
  for (const type of UPPER_PREFERENCE) {
    const group = file.names[type] ?? {};
    for (const canonical of Object.keys(group)) {
      const known: KnownName = { type, canonical };
      for (const surface of [canonical, ...group[canonical]]) {
        // The build gives each surface one entry; the guard keeps the first if a hand edit repeats one.
        if (exact.has(surface)) continue;
        exact.set(surface, known);
        entries.push({ surface, type, canonical });
        const capitals = surface.toUpperCase();
        if (!upper.has(capitals)) upper.set(capitals, known);
      }
    }
  }
  const anyCase = new Map<string, EntityType>();
  const anyCaseFirstWords = new Set<string>();
  for (const type of UPPER_PREFERENCE) {
    for (const name of file.namesAnyCase?.[type] ?? []) {
      const folded = foldCase(name);
      if (anyCase.has(folded)) continue;
      anyCase.set(folded, type);
      anyCaseFirstWords.add(folded.split(' ')[0]);
      entries.push({ surface: name, type, canonical: name });
    }
  }
  const titles = new Set<string>();
  const titleWords = new Set<string>();
  for (const title of file.titles) {
    titles.add(title);
    titles.add(stripDots(title));
    for (const word of title.split(' ')) {
      titleWords.add(word);
      titleWords.add(stripDots(word));
    }
  }
  return {
    sources: file.sources,
    exact,
    upper,
    anyCase,
    anyCaseFirstWords,
    entries,
    demonyms: new Map(Object.entries(file.demonyms)),
    firstNames: new Set(file.firstNames),
    titles,
    titleWords,
    roleModifiers: new Set(file.roleModifiers),
    orgSuffixes: new Set(file.orgSuffixes),
    locationKeywords: new Set(file.locationKeywords),
    months: new Set(file.months),
    weekdays: new Set(file.weekdays),
    commonWords: new Set(file.commonWords),
    neverNames: new Set(file.neverNames),
    commonAcronyms: new Set(file.commonAcronyms),
    trusted: new Set((file.trusted ?? []).flatMap((surface) => [surface, surface.toUpperCase()])),
    people: new Set(file.people ?? []),
    contextBefore: cueTable(file.contextBefore),
    contextAfter: cueTable(file.contextAfter),
  };
}

function cueTable(cues: Partial<Record<EntityType, string[]>>): Map<string, EntityType[]> {
  const table = new Map<string, EntityType[]>();
  for (const [type, words] of Object.entries(cues) as [EntityType, string[]][]) {
    for (const word of words) table.set(word, [...(table.get(word) ?? []), type]);
  }
  return table;
}

function stripDots(word: string): string {
  return word.includes('.') ? word.split('.').join('') : word;
}

/**
 * The form names are stored under: whitespace runs (a line break inside a name) become one
 * space and the typographic apostrophe becomes `'`. Returns the input itself when nothing
 * needs changing, which is nearly always, so the hot path allocates nothing.
 */
export function nameKey(phrase: string): string {
  let clean = true;
  for (let i = 0; i < phrase.length; i += 1) {
    const code = phrase.charCodeAt(i);
    if (code === 0x2019 || code === 0xa0 || code === 9 || code === 10 || code === 13 || (code === 32 && (i === 0 || i === phrase.length - 1 || phrase.charCodeAt(i + 1) === 32))) {
      clean = false;
      break;
    }
  }
  if (clean) return phrase;
  return phrase.replace(/[\s\u00a0]+/g, ' ').replace(/\u2019/g, "'").trim();
}

function hasLowerCase(phrase: string): boolean {
  return phrase !== phrase.toUpperCase();
}

/**
 * A name known in lower case only, as it is looked up: lower case, without apostrophes or
 * dots, hyphens as spaces, so `Coca-Cola`, `McDonald's` and `St. Louis Cardinals` meet the
 * lists' `coca cola`, `mcdonalds` and `st louis cardinals`.
 */
function foldCase(phrase: string): string {
  return phrase.toLowerCase().replace(/['\u2019.]/gu, '').replace(/[\s-]+/gu, ' ').trim();
}

/** `foldCase`'s first word of a phrase, without folding the rest: lookups ask for it often. */
function foldedFirstWord(phrase: string): string {
  let end = 0;
  while (end < phrase.length) {
    const code = phrase.charCodeAt(end);
    if (code === 32 || code === 45 || code === 9 || code === 10 || code === 13 || code === 0xa0) break;
    end += 1;
  }
  const word = phrase.slice(0, end).toLowerCase();
  return word.includes('.') || word.includes("'") || word.includes('\u2019') ? word.replace(/['\u2019.]/gu, '') : word;
}

/**
 * Looks a whole phrase up in the gazetteer.
 *
 * Tries the phrase as written, then (for text in capitals such as `MOSCOW` or `UNITED
 * NATIONS`) its upper-case key, then names the lists know in lower case only (`Google`,
 * `GOOGLE`: the name as written is then its canonical name) when a word of the phrase opens
 * with a capital or a digit, then without a leading `the`/`The` (`the Kremlin`).
 * @param phrase - the words of a candidate name, as written
 * @returns the known type and canonical name, or null when the phrase is not a known name
 * @example lookupName('NATO') // { type: 'ORG', canonical: 'North Atlantic Treaty Organization' }
 */
export function lookupName(phrase: string): KnownName | null {
  const data = knowledge();
  const key = nameKey(phrase);
  const found = data.exact.get(key);
  if (found) return found;
  if (!hasLowerCase(key)) {
    const shouted = data.upper.get(key);
    if (shouted) return shouted;
  }
  const anyCase = anyCaseType(data, key);
  if (anyCase) {
    // `al Qaeda` and a sentence's `Al Qaeda` are one entity, named as the sentence writes it.
    const particle = /^\p{Ll}+(?=\s)/u.exec(key);
    const canonical = particle && isNameParticle(particle[0]) ? key[0].toUpperCase() + key.slice(1) : key;
    return { type: anyCase, canonical };
  }
  if (key.startsWith('the ') || key.startsWith('The ') || key.startsWith('THE ')) return lookupName(key.slice(4));
  return null;
}

/**
 * A name as a list writes it, apostrophes and case included: `Macy's`, but not `Philip's`,
 * which `lookupName` finds as the case-folded `philips`.
 * @param phrase - a name as written
 */
export function lookupExactName(phrase: string): KnownName | null {
  return knowledge().exact.get(nameKey(phrase)) ?? null;
}

/**
 * True when the lists know a phrase as a place (GPE or LOC): `Paris`, `St. Louis`, `Estonia`.
 * @param phrase - a name as written
 */
export function isListedPlace(phrase: string): boolean {
  const type = lookupName(phrase)?.type;
  return type === 'GPE' || type === 'LOC';
}

/**
 * True when the gazetteer's type for a phrase may overrule the tagger's reading of context:
 * the phrase comes from a hand-kept list or world-countries (`Kremlin` the organisation,
 * `Ukraine` the country), or is a first-level division of more than one word that names no
 * city (`North Rhine-Westphalia`), or is a firm or club known in lower case only (`Google`,
 * `Procter & Gamble`: a firm's name is no place, and one that is also a place or a person's
 * name was left out of that list). Not for one-word cities and counties, whose names clubs
 * and firms take (`Surrey` the cricket club), nor names learnt from eng.train.
 * @param phrase - a name as written (a leading `the` is ignored)
 */
export function isTrustedName(phrase: string): boolean {
  const key = nameKey(phrase);
  const data = knowledge();
  if (data.trusted.has(key) || anyCaseType(data, key)) return true;
  if (!(key.startsWith('the ') || key.startsWith('The ') || key.startsWith('THE '))) return false;
  const rest = key.slice(4);
  return data.trusted.has(rest) || anyCaseType(data, rest) !== undefined;
}

/** The type of a name known in lower case only that `key` writes, if any. */
function anyCaseType(data: Knowledge, key: string): EntityType | undefined {
  // A word of the phrase must open with a capital or a digit (`Google`, `al Qaeda`, `7-Eleven`):
  // the lists' lower case says nothing about how text writes them, but prose is no name.
  if (!data.anyCaseFirstWords.has(foldedFirstWord(key)) || !/(?:^|[\s-])[\p{Lu}\d]/u.test(key)) return undefined;
  return data.anyCase.get(foldCase(key));
}

/**
 * How the names the lists vouch for begin (trusted names and listed people): their first two
 * words and their first word, each case-blind.
 */
interface VouchedOpenings {
  pairs: Set<string>;
  /** Without `the`, which opens too many phrases to be worth a lookup. */
  firstWords: Set<string>;
}

let vouchedOpenings: VouchedOpenings | undefined;

/**
 * True for a written form of a person on the hand list of people in today's news (`Emmanuel
 * Macron`, `Macron`, `Zelenskyy`), as written: unlike the people eng.train lists, such a name
 * is that person wherever it stands alone, so a finder may take one the tagger passed over.
 * @param phrase - a name as written
 */
export function isListedPerson(phrase: string): boolean {
  return knowledge().people.has(nameKey(phrase));
}

function openingsOfVouchedNames(): VouchedOpenings {
  if (!vouchedOpenings) {
    vouchedOpenings = { pairs: new Set(), firstWords: new Set() };
    const data = knowledge();
    for (const name of [...data.trusted, ...data.anyCase.keys(), ...data.people]) {
      const pair = firstTwoWords(name);
      if (pair !== null) vouchedOpenings.pairs.add(pair);
      const first = foldCase(name).split(' ')[0];
      if (first !== 'the') vouchedOpenings.firstWords.add(first);
    }
  }
  return vouchedOpenings;
}

/**
 * Whether a trusted name or a listed person (see `isTrustedName`, `isListedPerson`) of more
 * than one word may begin at the start of `phrase`, judged by its first two runs of letters
 * or digits, case-blind (`baltic sea`, `guinea bissau`, `people s`, `u s` for `U.S. Virgin
 * Islands`, `737 max`, `hun sen`): a set lookup that spares reading longer phrases after most words.
 * @param phrase - the text from a word on (a few dozen characters are enough)
 */
export function mayStartVouchedName(phrase: string): boolean {
  const pair = firstTwoWords(phrase);
  return pair !== null && openingsOfVouchedNames().pairs.has(pair);
}

/**
 * Whether a trusted name or a listed person may open with `word` (a token as written,
 * case-blind): a set lookup that spares trying names at most words. A leading `the` is no
 * such word.
 * @param word - one token's text
 */
export function mayOpenVouchedName(word: string): boolean {
  return openingsOfVouchedNames().firstWords.has(foldedFirstWord(word));
}

/**
 * The first two runs of letters or digits in `text`, lower-cased and joined by a space, or
 * null. Digits count, so that a name opening with a number has an opening pair (`737 Max`).
 */
function firstTwoWords(text: string): string | null {
  const match = /^[^\p{L}\d]*([\p{L}\d]+)[^\p{L}\d]+([\p{L}\d]+)/u.exec(text);
  return match ? `${match[1]} ${match[2]}`.toLowerCase() : null;
}

/**
 * The longest known name that starts at token `from`, reading at most `maxTokens` tokens.
 * The phrase for tokens `[from, k)` is `text.slice(tokens[from].start, tokens[k-1].end)`, so
 * names whose tokens touch (`U.S.`, `Secretary-General`) match however the tokenizer split them.
 * @param tokens - tokens with offsets into `text` (nlp.ts's Token fits)
 * @param from - index of the first token
 * @param text - the document text the offsets index
 * @param maxTokens - longest name to try, in tokens (default 8)
 * @returns the match with its token count, or null
 */
export function longestNameAt(
  tokens: readonly { start: number; end: number }[],
  from: number,
  text: string,
  maxTokens = 8,
): (KnownName & { tokens: number }) | null {
  const last = Math.min(tokens.length, from + maxTokens);
  for (let end = last; end > from; end -= 1) {
    const found = lookupName(text.slice(tokens[from].start, tokens[end - 1].end));
    if (found) return { ...found, tokens: end - from };
  }
  return null;
}

/**
 * Every written form the gazetteer knows, for building a token trie or a feature lexicon.
 * Listed once per surface form, places first; the array is shared, so do not change it.
 */
export function gazetteerEntries(): readonly GazetteerEntry[] {
  return knowledge().entries;
}

/** The package versions the data was built from (`world-countries`: `5.1.0` …). */
export function gazetteerSources(): Readonly<Record<string, string>> {
  return knowledge().sources;
}

/**
 * True for a nationality or people word: `Russian`, `Russians`, `Chinese`, `Kurds`, `Muslim`.
 * NORP in OntoNotes terms. Case-sensitive: `russian` is no demonym.
 */
export function isDemonym(word: string): boolean {
  return knowledge().demonyms.has(nameKey(word));
}

/**
 * The country a demonym belongs to (`Russian` → `Russia`, `Britons` → null for a people
 * word the data does not tie to one country).
 */
export function countryOfDemonym(word: string): string | null {
  const country = knowledge().demonyms.get(nameKey(word));
  return country ? country : null;
}

/**
 * True for a common English first name (`Sergey` comes from the news list, `Mary` from the
 * stdlib lists). Evidence for PERSON, not proof: `May`, `Georgia` and `Will` are first names
 * too. Accepts `SERGEY` as well as `Sergey`.
 */
export function isFirstName(word: string): boolean {
  const names = knowledge().firstNames;
  if (names.has(word)) return true;
  if (word.length > 1 && !hasLowerCase(word)) return names.has(word[0] + word.slice(1).toLowerCase());
  return false;
}

/** Lower-case particles inside people's names: Arabic `bin`, Dutch `van`, Romance `de`, Portuguese `do`, Welsh `ap` … */
const NAME_PARTICLES = new Set([
  'bin', 'bint', 'ibn', 'al', 'el', 'van', 'von', 'de', 'da', 'di', 'le', 'la', 'du', 'der', 'den', 'dos', 'das', 'del', 'della', 'ter', 'ten',
  'ap', 'do',
]);

/** Words before a saint's name in English (`St. Mary`, `Saint Patrick`, `Ste. Anne`). */
const SAINT_WORDS: ReadonlySet<string> = new Set(['St', 'St.', 'Saint', 'Ste', 'Ste.']);

/** The same in Spanish and Portuguese, which open towns' names as often (`San Antonio`, `São Paulo`). */
const ROMANCE_SAINT_WORDS: ReadonlySet<string> = new Set(['San', 'Santa', 'Sao', 'São']);

/**
 * True for a word written before a saint's name: in English (`St.`, `Saint`), or also in
 * Spanish and Portuguese (`San`, `São`) when `romance` is set. Case-sensitive.
 * @param word - one word as written
 * @param romance - whether `San`, `Santa` and `São` count
 */
export function isSaintWord(word: string, romance = false): boolean {
  return SAINT_WORDS.has(word) || (romance && ROMANCE_SAINT_WORDS.has(word));
}

/**
 * True for a name of two words or more that opens with a given name (`Cole Palmer`, `Sammie
 * Largo`): a person's full name, whatever else its words are.
 * @param name - a name as written, in title case
 */
export function opensWithGivenName(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && isFirstName(name.slice(0, space));
}

/**
 * True for a lower-case particle that stands inside people's names (`bin`, `van`, `de`).
 * Case-sensitive: `Van` opening a name is another matter.
 */
export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/**
 * True for a word that is, or is part of, a title or role written before a name: `President`,
 * `Minister`, `Sen.`, `Dr`, `Secretary-General`, `general` (of `attorney general`). Any case.
 */
export function isTitleWord(word: string): boolean {
  const data = knowledge();
  const lower = word.toLowerCase();
  return data.titleWords.has(lower) || (lower.includes('.') && data.titleWords.has(stripDots(lower)));
}

/**
 * True for a whole title or role phrase (`Foreign Minister`, `Prime Minister`, `Dr.`), any
 * case, words separated by single spaces.
 */
export function isTitle(phrase: string): boolean {
  const data = knowledge();
  const lower = nameKey(phrase).toLowerCase();
  return data.titles.has(lower) || data.titles.has(stripDots(lower));
}

/**
 * True for a word that qualifies a role without being one on its own: `Deputy`, `Foreign`,
 * `former`, `acting`. With the title words it makes up `Deputy Foreign Minister`.
 */
export function isRoleModifier(word: string): boolean {
  return knowledge().roleModifiers.has(word.toLowerCase());
}

/** True for a word that ends organisation names: `Ministry`, `Party`, `Corp`, `Council`. Case-sensitive. */
export function isOrgSuffix(word: string): boolean {
  return knowledge().orgSuffixes.has(word);
}

/** True for a word that ends names of natural places: `Sea`, `River`, `Mountains`, `Peninsula`. Case-sensitive. */
export function isLocationKeyword(word: string): boolean {
  return knowledge().locationKeywords.has(word);
}

/** True for a month name or its abbreviation as written in English (`May`, `Sept`). Case-sensitive. */
export function isMonth(word: string): boolean {
  return knowledge().months.has(word);
}

/** True for a weekday name or its abbreviation (`Friday`, `Thu`). Case-sensitive. */
export function isWeekday(word: string): boolean {
  return knowledge().weekdays.has(word);
}

/**
 * True for a word English normally writes in lower case (`member`, `speaking`, `analysts`),
 * judged on its lower-case form: seen lower-case in running news text and rarely inside a
 * name. Capitalised at a sentence start such a word is no evidence of a name. A word the
 * list lacks counts when another form of it is listed (`warns` for `warned`), since 1996
 * news did not use every inflection.
 */
export function isCommonWord(word: string): boolean {
  const common = knowledge().commonWords;
  const lower = word.toLowerCase();
  if (common.has(lower)) return true;
  const length = lower.length;
  if (length < 5) return false;
  const has = (stem: string, ...endings: string[]) => common.has(stem) || endings.some((ending) => common.has(stem + ending));
  if (lower.endsWith('ing')) return has(lower.slice(0, -3), 'e', 'ed', 's');
  if (lower.endsWith('ed')) return has(lower.slice(0, -2), 's', 'ing') || has(lower.slice(0, -1), 's');
  if (lower.endsWith('es') && has(lower.slice(0, -2), 'ed', 'ing')) return true;
  if (lower.endsWith('s') && !lower.endsWith('ss')) return has(lower.slice(0, -1), 'ed', 'ing');
  return false;
}

/**
 * True for a word that is never a name on its own in any case but capitals: `The`, `He`,
 * `Why`, `Speaking`, `Analysts`, `Member`. A word in capitals (`WHO`, `US`) is left to
 * `lookupName`, since acronyms collide with these words.
 */
export function isNeverName(word: string): boolean {
  if (word.length > 1 && !hasLowerCase(word)) return false;
  return knowledge().neverNames.has(word.toLowerCase());
}

/**
 * True for the abbreviation of a common noun, or its plural: `DVD`, `SUVs`, `GDP`. Never a
 * name alone; a name with the same letters is one the lists or the user know.
 */
export function isCommonAcronym(word: string): boolean {
  const acronyms = knowledge().commonAcronyms;
  return acronyms.has(word) || (word.endsWith('s') && acronyms.has(word.slice(0, -1)));
}

/**
 * Entity types that the lower-case word just before a name predicts (`coach` → PERSON,
 * `near` → GPE), learnt from eng.train. Empty when the word is no cue.
 */
export function typesAfterWord(word: string): readonly EntityType[] {
  return knowledge().contextBefore.get(word.toLowerCase()) ?? NONE;
}

/**
 * Entity types that the lower-case word just after a name predicts (`troops` → NORP,
 * `province` → GPE), learnt from eng.train. Empty when the word is no cue.
 */
export function typesBeforeWord(word: string): readonly EntityType[] {
  return knowledge().contextAfter.get(word.toLowerCase()) ?? NONE;
}

const NONE: readonly EntityType[] = [];

/** Last words of the names of administrative divisions, political units (GPE) all. */
const DIVISION_WORDS: ReadonlySet<string> = new Set(['County', 'Province', 'Prefecture', 'Oblast', 'Governorate', 'Township', 'Municipality']);

/**
 * True for the last word of an administrative division's name (`County`, `Oblast`).
 * @param word - one word as written
 */
export function isDivisionWord(word: string): boolean {
  return DIVISION_WORDS.has(word);
}

/**
 * Last words of the names of places in a town, harbours and buildings, OntoNotes' FAC, which eng.train
 * types LOC (`Columbia Presbyterian Hospital` 10 times, `Metropolitan Museum`, `Elland Road`,
 * `Wall Street`). Not `Centre` or `Church`, which name bodies as often (`Carter Center`,
 * `Catholic Church`), nor `Temple` or `Hall`, which are surnames as often (`Shirley Temple`).
 */
const FACILITY_WORDS: ReadonlySet<string> = new Set([
  'Square', 'Street', 'Bridge', 'Avenue', 'Road', 'Station', 'Hospital', 'Museum', 'Gallery', 'Library', 'Stadium', 'Arena', 'Airport',
  'Cathedral', 'Theatre', 'Theater', 'Hotel', 'Prison', 'Zoo', 'Mosque', 'Harbor', 'Harbour',
]);

/**
 * True for the last word of a street's, a square's or a building's name (`Street`, `Airport`).
 * @param word - one word as written
 */
export function isFacilityWord(word: string): boolean {
  return FACILITY_WORDS.has(word);
}

/**
 * Last words of buildings' and grounds' names that name bodies as often (`St Margaret's
 * Church` and the `Catholic Church`, `Nasrec Expo Centre` and the `Carter Center`, `Yas Marina
 * Circuit` and the `Ninth Circuit`), so no facility words; but a name already read as a place
 * and ending in one is a building, never a town (eng.train: `National Tennis Centre` LOC).
 */
const CHURCH_WORDS: ReadonlySet<string> = new Set(['Church', 'Chapel', 'Basilica', 'Abbey', 'Minster', 'Priory']);
const BUILDING_WORDS_OF_BODIES: ReadonlySet<string> = new Set([...CHURCH_WORDS, 'Centre', 'Center', 'Circuit']);

/**
 * True for the last word of a church's name (`Church`, `Basilica`, `Abbey`), a building for
 * whoever names it after a saint (`St. Peter's Basilica`), where a centre is as often a body
 * (`International Women's Tribune Centre`).
 * @param word - one word as written
 */
export function isChurchWord(word: string): boolean {
  return CHURCH_WORDS.has(word);
}

/**
 * True for the last word of a building's name that also ends bodies' names (`Church`,
 * `Abbey`, `Centre`, `Circuit`).
 * @param word - one word as written
 */
export function isBuildingWordOfBodies(word: string): boolean {
  return BUILDING_WORDS_OF_BODIES.has(word);
}

/**
 * Splits a place into GPE (a country, state or city: a political unit) or LOC (continents,
 * seas, mountain ranges, regions, streets and buildings). Known names answer from the
 * gazetteer; others by their last word (`Ural Mountains`, `Heathrow Airport`) or the word
 * before `of` (`Gulf of Aden`, `Museum of Modern Art`), defaulting to GPE, the commoner kind in
 * news.
 * @param name - a place name as written
 */
export function refineLocationType(name: string): 'GPE' | 'LOC' {
  const known = lookupName(name);
  if (known && (known.type === 'GPE' || known.type === 'LOC')) return known.type;
  const key = nameKey(name);
  const space = key.lastIndexOf(' ');
  // `Lake County`, `Cape Province`: a division, whatever landform its name opens with.
  if (space > 0 && isDivisionWord(name.slice(name.lastIndexOf(' ') + 1))) return 'GPE';
  const lastWord = name.slice(name.lastIndexOf(' ') + 1);
  if (space > 0 && (isLocationKeyword(key.slice(space + 1)) || isFacilityWord(lastWord) || isBuildingWordOfBodies(lastWord))) return 'LOC';
  // `Museum of Modern Art`, `Children's Hospital of Philadelphia`: the building leads its town.
  const of = name.indexOf(' of ');
  if (of > 0 && isFacilityWord(name.slice(name.lastIndexOf(' ', of - 1) + 1, of))) return 'LOC';
  const firstSpace = key.indexOf(' ');
  // `Gulf of Aden`, `Sea of Japan`, `Lake Baikal`, `Mount Elbrus`: the landform word leads.
  if (firstSpace > 0 && isLocationKeyword(key.slice(0, firstSpace))) return 'LOC';
  return 'GPE';
}

/**
 * Adjectives of political groups whose noun is a demonym-like list entry (`Democrat`): `the
 * Democratic nomination` names the group as `Republican` does. Kept here rather than in the
 * gazetteer's lists, which the tagger reads as features: retrained with `Democratic` listed
 * as a people, it lost 0.006 of F1 on places in cross-validation.
 */
const PARTY_ADJECTIVES: ReadonlySet<string> = new Set(['Democratic']);

/**
 * Splits CoNLL's MISC into NORP (nationalities, religious and political groups: `Russian`,
 * `Bosnian Serbs`, `Sunni`) and MISC (events, laws, products: `World Cup`). A phrase whose
 * last word, or each part of a hyphenated compound, is a demonym counts as NORP.
 * @param name - the phrase as written
 */
export function refineMiscType(name: string): 'NORP' | 'MISC' {
  const key = nameKey(name);
  // The head word decides before the lists do: eng.train tags `Bosnian Serbs` MISC, but a
  // phrase headed by a people is that people.
  if (isDemonym(key) || PARTY_ADJECTIVES.has(key)) return 'NORP';
  const lastWord = key.slice(key.lastIndexOf(' ') + 1);
  if (lastWord !== key && isDemonym(lastWord)) return 'NORP';
  if (lastWord.includes('-') && lastWord.split('-').every((part) => isDemonym(part))) return 'NORP';
  const known = lookupName(key);
  if (known && (known.type === 'NORP' || known.type === 'MISC')) return known.type;
  return 'MISC';
}
