/**
 * Named-entity extraction: the ordered stages that turn analysed text into mentions.
 */
import { createRequire } from 'node:module';
import type { AnalyzedText } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { tokensByEnd } from './tokens.js';
import { resolveDocumentAliases } from './aliases.js';
import { entityLookups, type EntityConfig, type EntityLookups } from './config.js';
import { addConfiguredNames, applyConfiguredTypes } from './configured.js';
import { splitHeadlineSpans, typeDatelines } from './headlines.js';
import { findContextPersons, mendNameSpans } from './persons.js';
import { joinEastAsianNames } from './east-asian-names.js';
import { rescueOrganisations, typeFirmsByContext } from './rescue.js';
import { extendTitledNames } from './titled.js';
import { joinQualifiedEvents, typeByHeadWord, typeFirmsByHeadWord, typePeopleBySuffix } from './heads.js';
import { mendListedNames } from './listed.js';
import { joinRomanNumerals } from './numerals.js';
import { joinIndexNumbers } from './indices.js';
import { joinRoadNumbers } from './roads.js';
import { dropTrailingNumbers } from './trailing-numbers.js';
import { joinAmpersandNames } from './ampersands.js';
import { joinRomanceNames } from './romance.js';
import { keepNamesEndingInApostropheS } from './apostrophes.js';
import { joinPronounSurnames } from './pronouns.js';
import { findFirmsBeforeRoles } from './roles.js';
import { typeAwards } from './awards.js';
import { extendOverHyphens } from './hyphens.js';
import { joinPlaceWords } from './place-words.js';
import { joinPlaceBodies } from './bodies.js';
import { isSeaByAdjective } from './seas.js';
import { stormNames } from './storms.js';
import { joinPartyQualifiers, namesParty } from './parties.js';
import { typeQuotedWorks } from './works.js';
import { joinCaseNames } from './cases.js';
import { typeShipNames } from './ships.js';
import { typeDescribedPlaces } from './described-places.js';
import { joinDefinedLongForms } from './acronyms.js';
import { dropCommonNounAcronyms } from './common-nouns.js';
import { splitOwnerNames, typeOwnersOfPeople, typeOwnersOfPersonalThings } from './owners.js';
import { typeAffiliationsOfPeople } from './affiliations.js';
import { joinSportsBodies } from './sports-bodies.js';
import { typeDefinitePlaces } from './definite-places.js';
import { typeTownClubs } from './teams.js';
import { typeTableClubs } from './tables.js';
import { typePapers } from './media.js';
import { joinArabicArticles } from './arabic-articles.js';
import { typeAirports } from './airports.js';
import { findCoordinatedNames } from './coordination.js';
import { typeAppositivePersons } from './appositions.js';
import { splitJoinedNames } from './conjunctions.js';
import { splitAtVenues } from './venues.js';
import { splitAtVerbs } from './verbs.js';
import { joinPossessiveNames } from './possessive-names.js';
import { joinPossessiveFirms } from './possessive-firms.js';
import { typeEnumeratedNames } from './enumerations.js';
import { typeBynames } from './known-as.js';
import { joinGeneralBodies } from './general.js';
import { isHoliday, withoutLeadingHoliday } from './holidays.js';
import { isCapitalisedWordInProse, isInterjection, isOrdinaryVerb, isSentenceAdverb, withoutArticlePerson, withoutOpeningInterjection } from './ordinary.js';
import { FeatureExtractor } from './features.js';
import { isFirstName, isLocationKeyword, isTrustedName, lookupName, refineLocationType, refineMiscType } from './knowledge.js';
import { knowledgeLexicon, knowledgeWordClasses } from './lexicons.js';
import { loadModel, type LoadedModel, type NerModelFile } from './model.js';
import { cleanMentions, personSurnames } from './names.js';
import { createTagger, LabelFeatures, LABEL_COUNT, type TaggedSpan, type Tagger } from './tagger.js';

/** Settings for entity extraction. */
export interface EntityOptions {
  /** The user's entities and never-entities (config.ts validates it). */
  config?: EntityConfig;
}

/** What every stage may read: the document, its file name, and the lookups in force. */
interface StageContext {
  analyzed: AnalyzedText;
  file: string;
  lookups: EntityLookups;
  tagger: Tagger;
}

type Stage = (mentions: Mention[], context: StageContext) => Mention[];

/** A stage that reads only the document and its file name, as most stage modules export them. */
type DocumentStage = (mentions: Mention[], analyzed: AnalyzedText, file: string) => Mention[];

/** Runs a document stage with what it needs from the context. */
function byDocument(stage: DocumentStage): Stage {
  return (mentions, context) => stage(mentions, context.analyzed, context.file);
}

/**
 * The stages, in order:
 * 1. the statistical tagger proposes spans; everything after refines its output;
 * 2. the in-document vote on types runs on the tagger's own coarse types, before anything
 *    narrows a span, so that every occurrence of a name still has the same text;
 * 3. span cleaning (names.ts) takes titles, possessives and sentence openers off;
 * 4. the OntoNotes split (GPE/LOC, NORP/MISC) needs only the final span's words;
 * 5. alias resolution (aliases.ts) reads final spans and types, and may itself harmonise the
 *    types of one entity's mentions.
 * The rescue stage (rescue.ts) right after the tagger adds organisation names it passed over
 * and types firms and institutions by their last word and people by a generation's suffix
 * (heads.ts: `Vinicius Jr`), conjunctions.ts splits two names the tagger ran together over
 * `and the` (`the National Gallery and the Tate Gallery`), or over `and` where the document
 * names one alone (`Zepbound and Novo`),
 * venues.ts a name it ran on over `at` into its venue (`Open Championship at Royal Portrush`),
 * verbs.ts two names it ran together over a verb (`Court found Hakan`),
 * general.ts gives a body back the `General` the tagger took for a rank (`General Court`),
 * and ampersands.ts joins a
 * firm's name the tagger split at its `&` (`Bear Stearns & Co`) and romance.ts one it stopped at a
 * Romance `of` (`Caixa Geral de Depositos`), before anything reads spans; headlines.ts splits a title-case headline read as one name
 * into the names the body or the lists know; titled.ts carries a document's or a body's name on
 * over `of`, `on` and `for` (`Charter of Multipolarity and Diversity`, `Commission on Human
 * Rights`) and finds one the tagger passed over after `the` (`Centers for Disease Control and
 * Prevention`); then persons.ts mends spans the tagger broke (a person's name
 * goes on over `bin`, `al-`, `von`, `da`, a middle initial and a quoted nickname; a name
 * ends at a lower-case `in`) and adds lone surnames
 * that the context shows to be people (`Trump said`, `Putin's aide`); appositions.ts retypes
 * as a person a name an office describes (`Raila Odinga, the former prime minister`); coordination.ts adds a name
 * opening a sentence before `and` and a name (`SpaceX and Blue Origin`); roles.ts adds the firm
 * named before an office one of them holds (`Tesla CEO Elon Musk`); owners.ts cuts a person's
 * full name from what the person owns (`Taylor Swift's Eras Tour`); heads.ts types names by
 * their head word (`Kyoto Protocol`, `Venice Film Festival`, `Red Square`), and listed.ts mends
 * the spans of multi-word names the lists trust (`Baltic Sea` read as `Baltic` and `Sea`,
 * `Coca-Cola` as `Cola`) and finds one opening a sentence that the tagger passed over, and
 * hyphens.ts takes in the other half of a hyphenated name (`Rolls-Royce` read as `Royce`). place-words.ts gives
 * a place back the landform word or `City` the tagger cut off (`English Channel`, `Gaza City`), bodies.ts
 * joins a place or people to the body named after it (`New York` + `Mercantile Exchange`), and acronyms.ts
 * makes one name of a long form its document defines (`Centers for Disease Control and Prevention (CDC)`), while
 * common-nouns.ts drops an acronym defined by ordinary words (`small modular reactors (SMRs)`). The user's configured names (configured.ts) join next, so that every
 * later stage treats them like any other mention, and their types are applied last, so that
 * nothing after can overrule what the user said. After cleaning, trailing-numbers.ts takes off a
 * score or a distance a name ran on into (`EL SALVADOR 3-1`, `Sergiyev Posad 70 km`), apostrophes.ts gives back the
 * `'s` of a name that owns nothing (`McDonald's said`), possessive-names.ts joins a name cut at
 * an ordinary owner's `'s` (`People's Liberation Army`, `Sheriff's Office`), possessive-firms.ts a
 * firm's (`Boatmen's Bancshares Inc.`, then `Boatmen's` alone), pronouns.ts a surname spelt like a
 * pronoun (`He Lifeng`), east-asian-names.ts makes one person of a family name and a hyphenated
 * given name (`Son Heung-min`, read as `Heung`), numerals.ts joins a ruler's or a war's Roman numeral to its name
 * (`Elizabeth II`, `World War II`), indices.ts a stock index's number (`S&P 500`), and
 * parties.ts a party's qualifier in brackets (`Janata Dal (United)`), cases.ts makes one name of
 * a court case (`Roe v. Wade`), and ships.ts of a vessel and its navy's prefix (`USS Gerald R.
 * Ford`, no person); the typing stage reads a sea's adjective used as its
 * name as the sea (seas.ts: `the Mediterranean`) and a storm named like a person as an event
 * (storms.ts: `Hurricane Melissa`), and an unlisted name before `party` as the party (parties.ts:
 * `the Jubilee party`); after typing, enumerations.ts gives the one name of another kind in a
 * list of names of one kind the list's kind (`Kharkiv, Odesa and Dnipro`), known-as.ts a byname
 * the type of the name it is given for (`Mohamed Hamdan Dagalo, known as Hemedti`), owners.ts
 * a one-word owner of a person's full name a team's or a place's (`Chelsea's Cole Palmer`)
 * and a full name owning what only a person has a person (`Taylor Swift's new album`),
 * affiliations.ts a one-word person after a person's `of` a team's or a place's (`Andrea Kimi
 * Antonelli of Mercedes`), definite-places.ts a one-word person after `at the` or `in the` a place
 * (`at the Gabba in Brisbane`), teams.ts makes a club of a town's name that a team's noun
 * before it or a plural verb after it shows to be one (`side Nice`, `Deportivo were`), and
 * tables.ts a place among the clubs of a results or standings table (`New York 6 CALIFORNIA 2`),
 * media.ts a name beside the word for a paper a newspaper (`the daily Izvestia`), roads.ts
 * a road word and its number one place (`Interstate 95`),
 * described-places.ts makes a place of a name the text calls
 * one (`the city of El Obeid`), works.ts makes a title in quotation marks that a
 * possessive or a kind of work introduces a work (`her album "The Life of a Showgirl"`), and awards.ts makes an award of a name its
 * context counts as one (`won an Oscar`), and arabic-articles.ts makes one name of a hyphenated
 * Arabic article, the word after it and the name before it (`Jebel al-Akhdar`, `al-Aqsa
 * mosque`), and airports.ts makes a place of a name before `airport` (`Charles de Gaulle
 * airport`). Last, after canonical names, sports-bodies.ts joins
 * a country to the sport whose body it names, as written beside it (`Cricket Australia`).
 */
const STAGES: readonly Stage[] = [
  tagStage,
  rescueStage,
  byDocument(splitJoinedNames),
  byDocument(splitAtVenues),
  byDocument(splitAtVerbs),
  byDocument(joinGeneralBodies),
  byDocument(joinAmpersandNames),
  byDocument(joinRomanceNames),
  byDocument(splitHeadlineSpans),
  byDocument(extendTitledNames),
  byDocument(mendNameSpans),
  byDocument(findContextPersons),
  byDocument(typeAppositivePersons),
  byDocument(findCoordinatedNames),
  byDocument(findFirmsBeforeRoles),
  byDocument(splitOwnerNames),
  headStage,
  byDocument(mendListedNames),
  byDocument(extendOverHyphens),
  byDocument(joinPlaceWords),
  byDocument(joinPlaceBodies),
  byDocument(joinDefinedLongForms),
  byDocument(dropCommonNounAcronyms),
  configuredNameStage,
  consistencyStage,
  datelineStage,
  cleanStage,
  byDocument(dropTrailingNumbers),
  byDocument(keepNamesEndingInApostropheS),
  byDocument(joinPossessiveNames),
  byDocument(joinPossessiveFirms),
  byDocument(joinPronounSurnames),
  byDocument(joinEastAsianNames),
  byDocument(joinRomanNumerals),
  byDocument(joinIndexNumbers),
  byDocument(joinPartyQualifiers),
  byDocument(joinCaseNames),
  byDocument(typeShipNames),
  typeStage,
  byDocument(typeEnumeratedNames),
  byDocument(typeBynames),
  byDocument(typeOwnersOfPeople),
  byDocument(typeAffiliationsOfPeople),
  byDocument(typeDefinitePlaces),
  byDocument(typeTownClubs),
  byDocument(typeTableClubs),
  byDocument(typePapers),
  byDocument(joinRoadNumbers),
  byDocument(typeOwnersOfPersonalThings),
  byDocument(typeDescribedPlaces),
  byDocument(typeQuotedWorks),
  byDocument(typeAwards),
  byDocument(joinArabicArticles),
  byDocument(typeAirports),
  aliasStage,
  byDocument(joinSportsBodies),
  configuredTypeStage,
];

/**
 * Finds the people, organisations, places and nationalities named in one analysed document.
 * @param analyzed - the document as the nlp adapter analysed it
 * @param file - the path the mentions are tagged with
 * @param options - user settings
 * @returns mentions sorted by position, with offsets into `analyzed.text`
 */
export function extractEntities(analyzed: AnalyzedText, file: string, options: EntityOptions = {}): Mention[] {
  if (analyzed.tokens.length === 0) return [];
  const setup = setupFor(options.config);
  const context: StageContext = { analyzed, file, lookups: setup.lookups, tagger: setup.tagger };
  let mentions: Mention[] = [];
  for (const stage of STAGES) mentions = stage(mentions, context);
  return mentions.sort(byPosition);
}

interface Setup {
  lookups: EntityLookups;
  tagger: Tagger;
}

let sharedModel: LoadedModel | undefined;
let defaultSetup: Setup | undefined;
// One tagger per configuration object: the user's names join the tagger's knowledge lexicon.
const configured = new WeakMap<EntityConfig, Setup>();

function setupFor(config: EntityConfig | undefined): Setup {
  if (!config || (config.entities.length === 0 && config.neverEntities.length === 0)) {
    defaultSetup ??= { lookups: entityLookups(), tagger: defaultTagger() };
    return defaultSetup;
  }
  let setup = configured.get(config);
  if (!setup) {
    const lookups = entityLookups(config);
    const tagger = lookups.userEntries.length > 0 ? taggerOver(shipped(), lookups) : defaultTagger();
    setup = { lookups, tagger };
    configured.set(config, setup);
  }
  return setup;
}

function shipped(): LoadedModel {
  if (!sharedModel) {
    // A JSON import would make tsc type the whole multi-megabyte model on every build.
    const require = createRequire(import.meta.url);
    const path = require.resolve('../../../data/ner-model.json');
    sharedModel = loadModel(require(path) as NerModelFile);
    // The loaded model keeps what it needs; the parsed file would stay in the module cache
    // (about 4 MB of heap in every worker) for nothing.
    delete require.cache[path];
  }
  return sharedModel;
}

let sharedTagger: Tagger | undefined;

/**
 * The tagger over the shipped model, loaded on first use (about 100 ms) so that commands that
 * print no entities never pay for it.
 */
export function defaultTagger(): Tagger {
  sharedTagger ??= taggerOver(shipped());
  return sharedTagger;
}

/**
 * A tagger over a model file other than the shipped one (evaluation, experiments).
 * @param file - a model as scripts/train-ner.mjs writes it
 */
export function taggerFromModel(file: NerModelFile): Tagger {
  return taggerOver(loadModel(file));
}

function taggerOver(model: LoadedModel, lookups?: EntityLookups): Tagger {
  const extractor = new FeatureExtractor(model.index, {
    lexicons: [...model.lexicons, knowledgeLexicon(undefined, lookups?.userEntries)],
    wordClasses: knowledgeWordClasses,
    frozenWeights: model.weights,
    labelCount: LABEL_COUNT,
  });
  return createTagger(extractor, model.weights, new LabelFeatures(model.index));
}

function tagStage(mentions: Mention[], context: StageContext): Mention[] {
  const { analyzed, file } = context;
  const found = context.tagger.tag(analyzed).map((span) => mentionOf(analyzed, file, span));
  return [...mentions, ...found];
}

function mentionOf(analyzed: AnalyzedText, file: string, span: TaggedSpan): Mention {
  // CoNLL's LOC and MISC stand in as GPE and MISC until the typing stage splits them.
  const type: EntityType = span.type === 'PER' ? 'PERSON' : span.type === 'ORG' ? 'ORG' : span.type === 'LOC' ? 'GPE' : 'MISC';
  return mentionOver(analyzed.text, analyzed.tokens[span.first].start, analyzed.tokens[span.end - 1].end, { file, type, source: 'entities/tagger' });
}

/**
 * One name, one type within a document: a name the tagger typed differently in different
 * places takes its majority type, and a single word that ends a person's full name elsewhere in
 * the document (`Putin` after `Vladimir Putin`) is that person. Headlines and table rows,
 * where context is thin, are where the minority readings come from.
 */
function consistencyStage(mentions: Mention[]): Mention[] {
  const votes = new Map<string, Map<EntityType, number>>();
  const fullNames: { first: string; last: string; firstWritten: string }[] = [];
  for (const mention of mentions) {
    const key = mention.text.toLowerCase();
    const counts = votes.get(key) ?? new Map<EntityType, number>();
    counts.set(mention.type, (counts.get(mention.type) ?? 0) + 1);
    votes.set(key, counts);
    if (mention.type === 'PERSON') {
      const space = key.lastIndexOf(' ');
      if (space > 0) fullNames.push({ first: key.slice(0, key.indexOf(' ')), last: key.slice(space + 1), firstWritten: mention.text.slice(0, mention.text.indexOf(' ')) });
    }
  }
  const surnames = new Set(fullNames.map((name) => name.last));
  const lonePersons = new Set(mentions.filter((mention) => mention.type === 'PERSON' && !mention.text.includes(' ')).map((mention) => mention.text.toLowerCase()));
  // Surnames that some full name vouches for as a person's: one that opens with a first name
  // (`Michael Jordan`) or with a word that names no one alone or as a surname (`MaliVai
  // Washington`); not two names the tagger ran together (`Lebed Chechnya peace plan`, where
  // `Lebed` is `Alexander Lebed`).
  const vouched = new Set(fullNames.filter((name) => isFirstName(name.firstWritten) || !(surnames.has(name.first) || lonePersons.has(name.first))).map((name) => name.last));
  return mentions.map((mention) => {
    const key = mention.text.toLowerCase();
    // A place or body a trusted list knows (`Chechnya`) becomes a surname only when vouched for.
    const surnameOfPerson = surnames.has(key) && (vouched.has(key) || mention.type === 'PERSON' || !isTrustedName(mention.text));
    if (!key.includes(' ') && surnameOfPerson) return mention.type === 'PERSON' ? mention : { ...mention, type: 'PERSON' };
    // The converse: `Bronislaw Geremek spoke.` read as an organisation, while the later
    // `Geremek`s alone are a person. Repeated lone readings outvote one unfamiliar full name,
    // but not a known organisation, nor a firm named after people (`Goldman Sachs` beside
    // `Jeffrey Sachs`), nor a single lone reading (`Morgan Stanley` … `Stanley said`).
    const space = key.lastIndexOf(' ');
    if (mention.type !== 'PERSON' && space > 0 && key.indexOf(' ') === space) {
      const surname = key.slice(space + 1);
      const alone = votes.get(surname);
      const lonePersons = alone?.size === 1 ? (alone.get('PERSON') ?? 0) : 0;
      const fullReadings = [...(votes.get(key)?.values() ?? [])].reduce((sum, count) => sum + count, 0);
      if (lonePersons >= 2 && lonePersons > fullReadings && !surnames.has(surname) && !lookupName(mention.text)) {
        return { ...mention, type: 'PERSON' };
      }
    }
    const counts = votes.get(key);
    if (!counts || counts.size < 2) return mention;
    let best: EntityType = mention.type;
    let bestCount = counts.get(mention.type) ?? 0;
    for (const [type, count] of counts) {
      if (count > bestCount) {
        best = type;
        bestCount = count;
      }
    }
    return best === mention.type ? mention : { ...mention, type: best };
  });
}

function rescueStage(mentions: Mention[], context: StageContext): Mention[] {
  return typeFirmsByContext(typePeopleBySuffix(typeFirmsByHeadWord(rescueOrganisations(mentions, context.analyzed, context.file))), context.analyzed);
}

/** A dateline names a place whatever the rest of the document calls the same name (`NEW YORK` the baseball club). */
function datelineStage(mentions: Mention[], context: StageContext): Mention[] {
  return typeDatelines(mentions, context.analyzed.text, context.file);
}

function headStage(mentions: Mention[], context: StageContext): Mention[] {
  return joinQualifiedEvents(typeByHeadWord(mentions, context.analyzed, context.file), context.analyzed, context.file);
}

function configuredNameStage(mentions: Mention[], context: StageContext): Mention[] {
  return addConfiguredNames(mentions, context.analyzed, context.file, context.lookups);
}

function configuredTypeStage(mentions: Mention[], context: StageContext): Mention[] {
  return applyConfiguredTypes(mentions, context.lookups);
}

function cleanStage(mentions: Mention[], context: StageContext): Mention[] {
  return cleanMentions(mentions, context.analyzed.text, context.lookups);
}

/**
 * OntoNotes types from the tagger's CoNLL ones: LOC splits into GPE (political units) and LOC
 * (seas, regions, continents), MISC into NORP (nationalities, groups) and MISC (events, laws …).
 * First, ordinary words read as names go or are retyped (ordinary.ts: `Oh`, `Interestingly,`,
 * `the first Black woman`, `all States`, `the Court will`), and so do holidays (holidays.ts: `Merry Christmas`,
 * `Lunar New Year in Beijing` → `Beijing`).
 */
function typeStage(mentions: Mention[], context: StageContext): Mention[] {
  const surnames = personSurnames(mentions);
  const kept = mentions
    .map((mention) => withoutLeadingHoliday(withoutOpeningInterjection(mention, context.analyzed, context.lookups), context.analyzed, context.lookups))
    .filter((mention) => !isCapitalisedWordInProse(mention, context.analyzed) && !isInterjection(mention, context.analyzed, context.lookups) && !isSentenceAdverb(mention, context.analyzed, context.lookups) && !isOrdinaryVerb(mention, context.analyzed, context.lookups) && !isHoliday(mention, context.analyzed, context.lookups))
    .flatMap((mention) => withoutArticlePerson(mention, context.analyzed, context.lookups, surnames));
  const storms = stormNames(kept, context.analyzed);
  return kept.map((mention) => {
    const typed = typedByWords(mention, context, storms);
    return typed.type !== 'ORG' && typed.type !== 'NORP' && namesParty(typed, context.analyzed) ? { ...typed, type: 'ORG' } : typed;
  });
}

/** A mention's type by its own words and their lists: seas, storms, places, peoples. */
function typedByWords(mention: Mention, context: StageContext, storms: ReadonlySet<string>): Mention {
  if (mention.type !== 'LOC' && isSeaByAdjective(mention, context.analyzed)) return { ...mention, type: 'LOC' };
  if (mention.type !== 'MISC' && storms.has(mention.text)) return { ...mention, type: 'MISC' };
  // `South China Sea`: a known geographic name ending in a feature word (sea, river,
  // mountains) is a place whatever the tagger guessed; a one-word name (`Surrey`) is not
  // trusted this way, since clubs and firms take their town's name.
  const lastSpace = mention.text.lastIndexOf(' ');
  if (mention.type !== 'LOC' && lastSpace > 0 && isLocationKeyword(mention.text.slice(lastSpace + 1))) {
    if (lookupName(mention.text)?.type === 'LOC') return { ...mention, type: 'LOC' };
  }
  if (mention.type === 'GPE' || mention.type === 'LOC') {
    const type = refineLocationType(mention.text);
    return type === mention.type ? mention : { ...mention, type };
  }
  if (mention.type === 'MISC' || mention.type === 'NORP') {
    const type = refineMiscType(mention.text);
    return type === mention.type ? mention : { ...mention, type };
  }
  return mention;
}

/**
 * Canonical names from aliases.ts. Its type is taken when the mention resolved to some
 * other name (`Lavrov` to `Sergey Lavrov`, `NATO` to its full name): that is evidence about
 * the entity. When a name merely resolves to itself, the list's usual type (`Surrey` the
 * county) must not override what the tagger read from context (`Surrey` the cricket club),
 * unless the list is one that names one kind of thing only (knowledge.ts's `isTrustedName`).
 */
function aliasStage(mentions: Mention[], context: StageContext): Mention[] {
  const resolved = resolveDocumentAliases(mentions, context.analyzed.text, context.lookups);
  return resolved.map((mention, index) => {
    const before = mentions[index];
    if (mention.type === before.type || mention.entity.toLowerCase() !== before.text.replace(/\s+/g, ' ').toLowerCase()) return mention;
    // A trusted list (hand lists, countries, multi-word divisions) knows the kind of thing
    // better than context does: `Kremlin` is an organisation, `North Rhine-Westphalia` a state.
    // A one-word name the tagger read as MISC is mostly an adjective (`Arctic ice`), and stays,
    // unless the list makes it a body (`The Bundestag will meet`, `Reuters reported`).
    if (isTrustedName(before.text) && (before.type !== 'MISC' || /[\s-]/.test(before.text.trim()) || isBodyAlone(mention, context.analyzed))) return mention;
    return { ...mention, type: before.type };
  });
}

/**
 * True for a mention resolved to an organisation that no name or number runs on after and no
 * `a` stands before: those make the word the maker's product (`Boeing 747`, `Nvidia H100`,
 * `a Mercedes and a Lexus`).
 */
function isBodyAlone(mention: Mention, analyzed: AnalyzedText): boolean {
  if (mention.type !== 'ORG') return false;
  const { tokens } = analyzed;
  const last = tokensByEnd(tokens).get(mention.end);
  if (last === undefined) return false;
  const previous = tokens[last - 1]?.text.toLowerCase();
  if (previous === 'a' || previous === 'an') return false;
  const next = tokens[last + 1];
  return next === undefined || next.lineBreakBefore || !/^[\p{Lu}\d]/u.test(next.text);
}
