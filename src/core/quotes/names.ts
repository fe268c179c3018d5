/**
 * The people a quotation can be attributed to: the recogniser's mentions, indexed by token,
 * with each entity's roles and affiliations gathered across the document so that a later
 * description (`the Russian foreign minister`) can find the name it stands for.
 *
 * Attribution must not depend on the recogniser being finished or right, so capitalised runs it
 * did not cover become stand-in mentions (source `quotes/names`): titles and nationalities are
 * split off as role and affiliation, and a lone surname takes the full name written nearest
 * before it. Recogniser mentions always win where both exist.
 */
import type { AnalyzedText, Token, TokenRange } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { partitionPoint } from '../sorted.js';
import { countryOfDemonym } from '../entities/knowledge.js';
import { startsUpperCase, tokenStartsUpperCase } from './text.js';

/** What the document says about one entity, from all its mentions. */
export interface EntityFacts {
  entity: string;
  type: EntityType;
  /** Lower-cased role words from every mention (`foreign`, `minister`). */
  roleWords: Set<string>;
  /** Lower-cased affiliations (`russian`, `u.s.`). */
  affiliations: Set<string>;
  /** Start offsets of the entity's mentions, ascending. */
  positions: number[];
}

/** Mentions and entity facts, looked up by token. */
export interface NameIndex {
  mentions: Mention[];
  /** For each token, the index into `mentions` of the mention covering it, or -1. */
  mentionOfToken: Int32Array;
  /**
   * What the document says about each entity. Gathered on the first call: only a description
   * (`the Russian foreign minister`) reads it, and most documents have none to resolve.
   */
  entities(): Map<string, EntityFacts>;
  /** True when a possessive `’s` follows the token: `Vacco's campaign manager` is not Vacco. */
  isPossessed(index: number): boolean;
}

/** Honorifics say nothing about office; they only mark what follows as a person's name. */
const HONORIFICS = new Set(['mr.', 'mrs.', 'ms.', 'dr.', 'mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'madame', 'mme.']);

/** Words that make up titles and offices written before names (`Foreign Minister`, `Sen.`). */
const ROLE_WORDS = new Set([
  'president', 'vice', 'prime', 'minister', 'foreign', 'defense', 'defence', 'interior', 'finance',
  'secretary', 'general', 'attorney', 'deputy', 'assistant', 'commissioner', 'director', 'spokesman',
  'spokeswoman', 'spokesperson', 'senator', 'sen.', 'rep.', 'representative', 'gov.', 'governor',
  'mayor', 'judge', 'justice', 'chairman', 'chairwoman', 'chair', 'chief', 'ambassador', 'state',
  'chancellor', 'king', 'queen', 'prince', 'princess', 'pope', 'cardinal', 'bishop', 'archbishop',
  'rev.', 'reverend', 'father', 'gen.', 'col.', 'lt.', 'sgt.', 'capt.', 'adm.', 'maj.', 'premier',
  'leader', 'speaker', 'commander', 'head', 'executive', 'officer', 'envoy', 'coach', 'professor',
  'prof.', 'sheriff', 'police', 'lawyer', 'attorney-general', 'first', 'lady', 'economy', 'trade',
  'health', 'education', 'labor', 'labour', 'energy', 'homeland', 'security', 'national', 'adviser',
  'advisor', 'press', 'senior', 'former', 'acting', 'opposition', 'party', 'army', 'navy',
]);

/** A role word that can be the head of a description (`the minister`, `the spokesman`). */
export const ROLE_HEADS = new Set([
  'president', 'minister', 'secretary', 'commissioner', 'director', 'spokesman', 'spokeswoman',
  'spokesperson', 'senator', 'governor', 'mayor', 'judge', 'chairman', 'chairwoman', 'ambassador',
  'chancellor', 'king', 'queen', 'prince', 'pope', 'cardinal', 'bishop', 'archbishop', 'premier',
  'leader', 'speaker', 'commander', 'envoy', 'coach', 'professor', 'sheriff', 'adviser', 'advisor',
  'general', 'attorney', 'chief', 'head', 'president-elect', 'lawyer', 'officer',
  // Offices and occupations news writes after a name or in lower case before it
  // (`Maria Lopez, the Chilean trade minister`, `German diplomat Klaus Richter`).
  'diplomat', 'official', 'negotiator', 'prosecutor', 'lawmaker', 'legislator', 'congressman',
  'congresswoman', 'economist', 'analyst', 'executive', 'founder', 'manager', 'candidate',
  'counterpart', 'activist', 'researcher', 'scientist', 'author', 'striker', 'midfielder',
  'goalkeeper', 'captain', 'player', 'owner', 'investor', 'chairperson', 'ceo', 'mp',
]);

/** Nationality and bloc adjectives that precede titles (`Russian`, `U.S.`) without a suffix rule. */
const AFFILIATION_WORDS = new Set(['u.s.', 'us', 'eu', 'un', 'uk', 'u.n.', 'nato', 'thai', 'swiss', 'greek', 'french', 'dutch', 'british', 'irish', 'welsh', 'scottish', 'danish', 'polish', 'spanish', 'swedish', 'finnish', 'turkish', 'czech', 'slovak', 'iraqi', 'israeli', 'pakistani', 'bangladeshi', 'kuwaiti', 'saudi', 'qatari', 'yemeni', 'omani', 'afghan', 'cuban', 'democratic', 'republican']);

/** Words that make a capitalised run an organisation rather than a person. */
const ORGANISATION_WORDS = new Set([
  'embassy', 'department', 'ministry', 'foundation', 'service', 'court', 'university', 'party',
  'council', 'committee', 'association', 'office', 'agency', 'union', 'news', 'times', 'post',
  'press', 'organization', 'organisation', 'commission', 'bank', 'company', 'inc.', 'corp.', 'group',
  'church', 'cathedral', 'center', 'centre', 'school', 'house', 'assembly', 'congress', 'senate',
  'parliament', 'government', 'administration', 'institute', 'alliance', 'federation', 'network',
  'television', 'radio', 'herald', 'journal', 'tribune', 'reuters', 'airport', 'street', 'avenue',
  'square', 'station', 'garden', 'hall', 'palace', 'plaza', 'park', 'files', 'web', 'site',
]);

/** Lower-case particles inside names (`Diana de Cardenas`, `Ludwig van Beethoven`). */
const NAME_PARTICLES = new Set(['de', 'del', 'da', 'van', 'von', 'bin', 'al', 'la', 'le', 'du', 'dos', 'di']);

const SUFFIX_AFFILIATION = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|i)$/u;

/**
 * Indexes the given mentions and adds stand-ins for names they miss.
 * @param analyzed - the analysed document
 * @param file - the path stand-in mentions are tagged with
 * @param mentions - the recogniser's mentions (may be empty)
 */
export function buildNameIndex(analyzed: AnalyzedText, file: string, mentions: readonly Mention[]): NameIndex {
  const { tokens } = analyzed;
  const mentionOfToken = new Int32Array(tokens.length).fill(-1);
  const all: Mention[] = [...mentions].sort((a, b) => a.start - b.start);
  markTokens(tokens, all, mentionOfToken);

  // A stand-in covers exactly the tokens it was read from, all of them free of mentions.
  const standIns = findStandInNames(analyzed, file, mentionOfToken);
  for (const { mention, range } of standIns) {
    all.push(mention);
    mentionOfToken.fill(all.length - 1, range.first, range.end);
  }

  const order = documentOrder(all, all.length - standIns.length);
  linkSurnames(all, order);
  // Nothing changes `all` or the document after this point, so facts gathered later are the same.
  let entities: Map<string, EntityFacts> | null = null;
  return {
    mentions: all,
    mentionOfToken,
    entities: () => (entities ??= gatherEntityFacts(analyzed, all, order)),
    isPossessed: (index) => isPossessed(tokens, index),
  };
}

/**
 * Indices of `mentions` in document order, when `mentions[0, split)` (the recogniser's) and the
 * rest (the stand-ins) are each sorted by start: a merge that takes the recogniser's first on a
 * tie, which is what a stable sort of the whole list gives, without its comparator calls.
 */
function documentOrder(mentions: readonly Mention[], split: number): number[] {
  const order: number[] = [];
  let recognised = 0;
  let standIn = split;
  while (recognised < split || standIn < mentions.length) {
    const takeRecognised = standIn >= mentions.length || (recognised < split && mentions[recognised].start <= mentions[standIn].start);
    order.push(takeRecognised ? recognised++ : standIn++);
  }
  return order;
}

/** Each entity's type, role words, affiliations and positions, from all its mentions. */
function gatherEntityFacts(analyzed: AnalyzedText, all: readonly Mention[], order: readonly number[]): Map<string, EntityFacts> {
  const { tokens } = analyzed;
  const entities = new Map<string, EntityFacts>();
  const ordered = order.map((index) => all[index]);
  for (const mention of ordered) {
    let facts = entities.get(mention.entity);
    if (!facts) {
      facts = { entity: mention.entity, type: mention.type, roleWords: new Set(), affiliations: new Set(), positions: [] };
      entities.set(mention.entity, facts);
    }
    if (facts.type !== 'PERSON' && mention.type === 'PERSON') facts.type = 'PERSON';
    for (const word of (mention.role ?? '').toLowerCase().split(/\s+/)) if (word) facts.roleWords.add(word);
    if (mention.affiliation) for (const key of affiliationKeys(mention.affiliation)) facts.affiliations.add(key);
    facts.positions.push(mention.start);
  }
  for (const mention of ordered) {
    if (mention.type !== 'PERSON') continue;
    const facts = entities.get(mention.entity) as EntityFacts;
    for (const phrase of describingPhrases(analyzed, mention)) {
      for (const index of phrase) {
        const token = tokens[index];
        if (startsUpperCase(token.text)) for (const key of affiliationKeys(token.text)) facts.affiliations.add(key);
        else if (token.kind !== 'punctuation' && !DESCRIPTION_DETERMINERS.has(token.text.toLowerCase())) facts.roleWords.add(token.text.toLowerCase());
      }
    }
  }
  return entities;
}

/** The possessive marks `/^[’']s?$/u` matches, as a set: this runs on every mention's tokens. */
const POSSESSIVES = new Set(['’', "'", '’s', "'s"]);

/** True when the token right after `index` is a possessive `’s` written against it. */
function isPossessed(tokens: readonly Token[], index: number): boolean {
  const next = tokens[index + 1];
  return index >= 0 && next !== undefined && POSSESSIVES.has(next.text) && !next.spaceBefore;
}

/**
 * A one-word person (`Isay`) is the full name ending in that word (`Josh Isay`) written nearest
 * before it, or else first after it: the recogniser may not link aliases yet, and a speaker
 * should carry the name a reader would give. Mentions are replaced, never mutated.
 */
function linkSurnames(mentions: Mention[], order: readonly number[]): void {
  const lastWord = (entity: string): string => entity.slice(entity.lastIndexOf(' ') + 1);
  const nearestBefore = new Map<number, string>();
  const latestByWord = new Map<string, string>();
  for (const index of order) {
    const mention = mentions[index];
    if (mention.type !== 'PERSON') continue;
    if (mention.entity.includes(' ')) latestByWord.set(lastWord(mention.entity), mention.entity);
    else {
      const full = latestByWord.get(mention.entity);
      if (full) nearestBefore.set(index, full);
    }
  }
  const firstByWord = new Map<string, string>();
  for (const index of order) {
    const mention = mentions[index];
    if (mention.type === 'PERSON' && mention.entity.includes(' ') && !firstByWord.has(lastWord(mention.entity))) {
      firstByWord.set(lastWord(mention.entity), mention.entity);
    }
  }
  for (const index of order) {
    const mention = mentions[index];
    if (mention.type !== 'PERSON' || mention.entity.includes(' ')) continue;
    const full = nearestBefore.get(index) ?? firstByWord.get(mention.entity);
    if (full) mentions[index] = { ...mention, entity: full };
  }
}

/**
 * Marks each token with the mention that overlaps it. Mentions are sorted, so the first token
 * each one covers is searched for from the previous one's, never by walking the tokens in
 * between (mentions cover a few percent of a document).
 */
function markTokens(tokens: readonly Token[], mentions: readonly Mention[], mentionOfToken: Int32Array): void {
  let cursor = 0;
  for (let mentionIndex = 0; mentionIndex < mentions.length; mentionIndex += 1) {
    const mention = mentions[mentionIndex];
    cursor = tokenAt(tokens, mention.start, cursor);
    for (let token = cursor; token < tokens.length && tokens[token].start < mention.end; token += 1) mentionOfToken[token] = mentionIndex;
  }
}

function isCapitalised(text: string, token: Token): boolean {
  return tokenStartsUpperCase(text, token) && token.kind !== 'punctuation';
}

/** True for a word that may open a sentence without being a name (`The`, `But`, `This`). */
function isFunctionWord(token: Token): boolean {
  return token.pos !== 'PROPN' && token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'X';
}

/** A stand-in mention and the tokens it was read from. */
interface StandIn {
  mention: Mention;
  range: TokenRange;
}

/**
 * Capitalised runs no mention covers, split into affiliation, role and name. Runs at a sentence
 * start count only when tagged as proper nouns, since any word is capitalised there.
 */
function findStandInNames(analyzed: AnalyzedText, file: string, mentionOfToken: Int32Array): StandIn[] {
  const { tokens, text, sentences } = analyzed;
  const standIns: StandIn[] = [];
  const fullNamesByLastWord = new Map<string, string>();
  const pendingSurnames: { mention: Mention; word: string }[] = [];
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index];
    if (mentionOfToken[index] >= 0 || !isCapitalised(text, token) || (sentences[token.sentence]?.first === index && isFunctionWord(token))) {
      index += 1;
      continue;
    }
    let runEnd = index + 1;
    while (runEnd < tokens.length && mentionOfToken[runEnd] < 0 && tokens[runEnd].sentence === token.sentence && tokens[runEnd].spaceBefore) {
      const next = tokens[runEnd];
      if (isCapitalised(text, next) && (next.pos === 'PROPN' || next.pos === 'NOUN' || next.pos === 'ADJ' || next.pos === 'X')) runEnd += 1;
      else if (NAME_PARTICLES.has(next.text) && runEnd + 1 < tokens.length && isCapitalised(text, tokens[runEnd + 1])) runEnd += 1;
      else break;
    }
    const run = tokens.slice(index, runEnd);
    const runStart = index;
    index = runEnd;

    let first = 0;
    let affiliation: string | undefined;
    const roleParts: string[] = [];
    let honorific = false;
    while (first < run.length - 1) {
      const lower = run[first].text.toLowerCase();
      if (first === 0 && roleParts.length === 0 && (AFFILIATION_WORDS.has(lower) || SUFFIX_AFFILIATION.test(run[first].text))) {
        affiliation = run[first].text;
      } else if (ROLE_WORDS.has(lower)) {
        roleParts.push(run[first].text);
      } else if (HONORIFICS.has(lower)) {
        honorific = true;
      } else {
        break;
      }
      first += 1;
    }
    const nameTokens = run.slice(first);
    const words = nameTokens.map((part) => part.text);
    if (words.some((word) => ORGANISATION_WORDS.has(word.toLowerCase()))) {
      const skipped = run[0].text.toLowerCase() === 'the' ? 1 : 0;
      const stripped = run.slice(skipped);
      if (stripped.length === 0) continue;
      const mention = standIn(file, text, stripped[0].start, stripped[stripped.length - 1].end, 'ORG');
      standIns.push({ mention, range: { first: runStart + skipped, end: runEnd } });
      continue;
    }
    const lastToken = nameTokens[nameTokens.length - 1];
    // `Foreign Minister` alone names no one; `Mr. King` does, whatever the word also means.
    if (!honorific && (ROLE_WORDS.has(lastToken.text.toLowerCase()) || AFFILIATION_WORDS.has(lastToken.text.toLowerCase()))) continue;
    const start = nameTokens[0].start;
    const end = lastToken.end;
    const role = roleParts.length > 0 ? roleParts.join(' ') : undefined;
    const range = { first: runStart + first, end: runEnd };
    if (nameTokens.length >= 2) {
      const name = text.slice(start, end);
      const mention = standIn(file, text, start, end, 'PERSON', role, affiliation);
      standIns.push({ mention, range });
      fullNamesByLastWord.set(lastToken.text, name);
    } else {
      // A lone capitalised word is a person only with a title, an honorific, or a full name
      // that ends in it; otherwise (`Cuba`, `Buffalo`) its type stays unknown.
      const mention = standIn(file, text, start, end, role || honorific ? 'PERSON' : 'MISC', role, affiliation);
      const full = fullNamesByLastWord.get(lastToken.text);
      if (full) {
        mention.entity = full;
        mention.type = 'PERSON';
      } else {
        pendingSurnames.push({ mention, word: lastToken.text });
      }
      standIns.push({ mention, range });
    }
  }
  // A surname written before its full name (a headline's `says Lavrov`) takes the full name too.
  for (const { mention, word } of pendingSurnames) {
    const full = fullNamesByLastWord.get(word);
    if (full) {
      mention.entity = full;
      mention.type = 'PERSON';
    }
  }
  return standIns;
}

function standIn(file: string, text: string, start: number, end: number, type: EntityType, role?: string, affiliation?: string): Mention {
  const mention: Mention = { file, start, end, text: text.slice(start, end), type, entity: text.slice(start, end), source: 'quotes/names' };
  if (role) mention.role = role;
  if (affiliation) mention.affiliation = affiliation;
  return mention;
}

/** Determiners and possessives that open a describing phrase but say nothing about the person. */
const DESCRIPTION_DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', '’s', "'s"]);
const MAXIMUM_DESCRIPTION = 7;

/**
 * The keys an affiliation is matched by: the word itself and, for a demonym, its country, so
 * that `Brazil's foreign minister` and `the Brazilian minister` meet.
 * @param word - an affiliation as written (`Russian`, `Brazil`, `U.S.`)
 */
export function affiliationKeys(word: string): string[] {
  const bare = word.replace(/[’']s$/u, '');
  const keys = [bare.toLowerCase()];
  // Demonym lookups are case-sensitive (`russian` is no demonym); descriptions arrive lower-cased.
  const country = countryOfDemonym(bare.charAt(0).toUpperCase() + bare.slice(1));
  if (country) keys.push(country.toLowerCase());
  return keys;
}

/**
 * Phrases around a person's name that say who they are, as token index lists: a lower-case
 * role just before the name (`German diplomat Klaus Richter`), and appositions on either side
 * (`The Kenyan president, William Ruto,` / `Maria Lopez, the Chilean trade minister,` /
 * `Brazil's foreign minister, Mauro Vieira`). A phrase counts only when a role word heads it
 * and no verb runs through it, so a clause (`Ruto, who spoke first,`) is never read as a role.
 */
function describingPhrases(analyzed: AnalyzedText, mention: Mention): number[][] {
  const { tokens } = analyzed;
  const first = tokenAt(tokens, mention.start);
  let end = first;
  while (end < tokens.length && tokens[end].start < mention.end) end += 1;
  if (first >= tokens.length || end === first) return [];
  const sentence = tokens[first].sentence;
  const phrases: number[][] = [];

  // Before, with no comma: the words must be lower case (capitals there are the tagger's to take).
  const close: number[] = [];
  for (let index = first - 1; index >= 0 && close.length < MAXIMUM_DESCRIPTION && tokens[index].sentence === sentence; index -= 1) {
    if (!isDescriptionWord(tokens[index], true)) break;
    close.unshift(index);
  }
  if (close.length > 0 && ROLE_HEADS.has(tokens[close[close.length - 1]].text.toLowerCase())) phrases.push(close);

  // Before, set off by a comma: `The Kenyan president, William Ruto`.
  if (first >= 2 && tokens[first - 1].text === ',') {
    const apposed: number[] = [];
    let index = first - 2;
    while (index >= 0 && apposed.length < MAXIMUM_DESCRIPTION && tokens[index].sentence === sentence && isDescriptionWord(tokens[index], false)) {
      apposed.unshift(index);
      index -= 1;
    }
    const opensClause = index < 0 || tokens[index].sentence !== sentence || tokens[index].text === ',' || tokens[index].pos === 'ADP' || tokens[index].pos === 'VERB';
    if (apposed.length > 0 && opensClause && ROLE_HEADS.has(tokens[apposed[apposed.length - 1]].text.toLowerCase())) phrases.push(apposed);
  }

  // After, set off by a comma: `Maria Lopez, the Chilean trade minister,`.
  if (end < tokens.length && tokens[end].text === ',') {
    const apposed: number[] = [];
    let index = end + 1;
    while (index < tokens.length && apposed.length < MAXIMUM_DESCRIPTION && tokens[index].sentence === sentence && isDescriptionWord(tokens[index], false)) {
      apposed.push(index);
      index += 1;
    }
    const closes = index >= tokens.length || tokens[index].sentence !== sentence || /^[,.;:)—–-]$/u.test(tokens[index].text) || tokens[index].pos === 'VERB' || tokens[index].pos === 'AUX';
    if (apposed.length > 0 && closes && apposed.some((at) => ROLE_HEADS.has(tokens[at].text.toLowerCase()))) phrases.push(apposed);
  }
  return phrases;
}

/** A word a describing phrase is made of: determiners, possessives, adjectives and nouns. */
function isDescriptionWord(token: Token, lowerOnly: boolean): boolean {
  const lower = token.text.toLowerCase();
  if (DESCRIPTION_DETERMINERS.has(lower)) return !lowerOnly || lower === '’s' || lower === "'s";
  if (token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'PROPN') return false;
  if (!lowerOnly) return true;
  return !startsUpperCase(token.text) || countryOfDemonym(token.text) !== null || AFFILIATION_WORDS.has(lower);
}

/**
 * Index of the first token at or after `from` that ends after `offset` (tokens.length when none).
 * It gallops from `from` (1, 2, 4 … tokens ahead) before halving: the next mention usually lies
 * a few tokens on, and tokens near the last one are already in cache where the middle of the
 * document is not.
 */
function tokenAt(tokens: readonly Token[], offset: number, from = 0): number {
  let low = from;
  let probe = from;
  let step = 1;
  while (probe < tokens.length && tokens[probe].end <= offset) {
    low = probe + 1;
    probe = low + step;
    step *= 2;
  }
  return partitionPoint(low, Math.min(probe, tokens.length), (index) => tokens[index].end <= offset);
}
