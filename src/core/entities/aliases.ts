/**
 * In-document aliases: every mention learns which entity it names (`Mention.entity`), and
 * all mentions of one entity get one type.
 *
 * Evidence from the document comes before the lists, because the document knows what it
 * means by a short form; the order, strongest first:
 *
 * 1. an acronym the document defines in parentheses, either way round
 *    (`Association of Southeast Asian Nations (ASEAN)`, `SCO (Shanghai Cooperation Organisation)`);
 * 2. a short form of a fuller name written earlier: a person's surname or first name
 *    (`Lavrov` ← `Sergey Lavrov`), an organisation's last words (`the Commission` ←
 *    `European Commission`, `the Alliance` ← `North Atlantic Alliance`);
 * 3. the user's entities and the gazetteer (`NATO`, `U.S.`, `EU`, `MOSCOW`);
 * 4. an undefined acronym spelt by the initials of one organisation named earlier (`JLR` ←
 *    `Jaguar Land Rover`);
 * 5. a name in capitals matched to the same name written in mixed case elsewhere
 *    (`LAVROV` in a headline ← `Sergey Lavrov` in the body).
 */
import type { EntityType, Mention } from '../types.js';
import { isCommonAcronym, isFirstName, isTrustedName, lookupName, nameKey, type KnownName } from './knowledge.js';
import type { NameLookups } from './names.js';
import { stateOfAbbreviation } from './states.js';
import { isFirmHead } from './heads.js';

const GAZETTEER_ONLY: NameLookups = { lookup: lookupName, isSuppressed: () => false };

/** What a mention resolved to, and how sure the source is of the type. */
interface Resolution {
  entity: string;
  type: EntityType;
  /** The type comes from a definition, a fuller name or a list, not from the tagger's guess. */
  authoritative: boolean;
}

/** A fuller name seen in the document, indexed for short forms to find. */
interface FullName {
  entity: string;
  type: EntityType;
  words: string[];
  /** Position of the mention that introduced it, for "the most recent" among several. */
  order: number;
}

/**
 * Sets each mention's canonical `entity` and harmonises types within the document.
 * @param mentions - the document's mentions (cleaned by names.ts), in any order; not modified
 * @param text - the document text the mention offsets index
 * @param lookups - user entities over the gazetteer (config.ts's `entityLookups`); default the gazetteer
 * @returns new mentions in the input order, each with `entity` set
 */
export function resolveDocumentAliases(mentions: readonly Mention[], text: string, lookups: NameLookups = GAZETTEER_ONLY): Mention[] {
  const order = mentions.map((_, index) => index).sort((left, right) => mentions[left].start - mentions[right].start || left - right);
  const acronyms = findAcronymDefinitions(mentions, order, text, lookups);
  const resolutions: Resolution[] = new Array(mentions.length);
  const fullNames: FullName[] = [];

  for (const [position, index] of order.entries()) {
    const mention = mentions[index];
    const resolution = resolveOne(mention, text, acronyms, fullNames, lookups);
    resolutions[index] = resolution ?? ownName(mention);
    const words = nameKey(mention.text).split(' ');
    const target = resolutions[index];
    if (words.length > 1 && (target.type === 'PERSON' || target.type === 'ORG')) {
      fullNames.push({ entity: target.entity, type: target.type, words, order: position });
    }
  }

  // A short form before its full name (`Lavrov` in the headline, `Sergey Lavrov` below) binds
  // when the whole document offers exactly one fuller name for it. Mentions that resolved to
  // themselves are open to it, even when a list knows the bare word (`Johnson`).
  mentions.forEach((mention, index) => {
    if (resolutions[index].entity !== wordsOfMention(mention).join(' ') && resolutions[index].entity !== nameKey(mention.text)) return;
    const later = shortFormOf(wordsOfMention(mention), mention.type, fullNames, lookups, true);
    if (later && later.entity !== resolutions[index].entity) resolutions[index] = later;
  });

  harmoniseTypes(mentions, resolutions);
  return mentions.map((mention, index) => ({ ...mention, entity: resolutions[index].entity, type: resolutions[index].type }));
}

function resolveOne(
  mention: Mention,
  text: string,
  acronyms: Map<string, Resolution>,
  fullNames: readonly FullName[],
  lookups: NameLookups,
): Resolution | null {
  const surface = nameKey(mention.text);
  const defined = acronyms.get(surface);
  if (defined) return defined;

  const words = surface.split(' ');
  const shortForm = shortFormOf(words, mention.type, fullNames, lookups, false);
  if (shortForm) return shortForm;

  // Capitals match a list case-blind (`RIO DE JANEIRO`); how the document itself writes the
  // name in mixed case comes first, since the list may hold a catalogue casing too.
  const shouted = isShouted(surface);
  const elsewhere = shouted ? mixedCaseElsewhere(text, surface) : null;
  // `IRVINE, Calif.`: a place written as an agency abbreviates a state is that state.
  const state = mention.type === 'GPE' ? stateOfAbbreviation(surface) : undefined;
  if (state !== undefined) return { entity: state, type: 'GPE', authoritative: true };
  const known = elsewhere ? null : lookups.lookup(surface);
  if (known) {
    const typed = typeWithKnowledge(mention.type, known, surface);
    if (typed) return typed;
  }

  const initials = organisationOfInitials(surface, fullNames);
  if (initials) return initials;

  // A name in capitals: read it as it is written elsewhere in the document.
  if (shouted) {
    const mixed = titleCase(surface);
    const named = shortFormOf(mixed.split(' '), mention.type, fullNames, lookups, false);
    if (named) return named;
    if (elsewhere) {
      const listed = lookups.lookup(elsewhere);
      if (listed) {
        const typed = typeWithKnowledge(mention.type, listed);
        if (typed) return typed;
      }
      return { entity: elsewhere, type: mention.type, authoritative: false };
    }
  }
  return null;
}

/**
 * How a list entry types a mention: the list's canonical name and type, except that a
 * list does not overrule the tagger on whether a name is a person.
 */
function typeWithKnowledge(taggerType: EntityType, known: KnownName, surface?: string): Resolution | null {
  if (known.type === taggerType) return { entity: known.canonical, type: known.type, authoritative: true };
  // Person or not is where context beats lists both ways: `Georgia` the first name,
  // `Johnson` (a person in 1996 news) as a company. Not for a trusted list's name that is no
  // first name: `Chechnya` is never anybody, and nor is a name of two words or more, whatever
  // word opens it (`El Salvador`, `Nova Scotia`).
  const trustedOverPerson = taggerType === 'PERSON' && surface !== undefined && isTrustedName(surface) && (surface.includes(' ') || !isFirstName(surface));
  if ((taggerType === 'PERSON' && !trustedOverPerson) || known.type === 'PERSON') return null;
  // Otherwise the list knows the kind of thing better than a guess from context: the Kremlin
  // is an organisation, `U.S.` a country, `Aberdeen` a city rather than its football club.
  return { entity: known.canonical, type: known.type, authoritative: true };
}

/**
 * The fuller name a short form stands for, if exactly one fits — or, among earlier names,
 * the most recent one that fits (news reintroduces a second Johnson before using the
 * surname again). `anywhere` allows names written after the short form, unique ones only.
 */
function shortFormOf(
  words: readonly string[],
  type: EntityType,
  fullNames: readonly FullName[],
  lookups: NameLookups,
  anywhere: boolean,
): Resolution | null {
  if (fullNames.length === 0) return null;
  const phrase = words.join(' ');
  const known = lookups.lookup(phrase);
  const candidates: FullName[] = [];
  for (const full of fullNames) {
    if (full.words.length <= words.length) continue;
    if (full.type === 'PERSON' && fitsPerson(words, full.words, type, known)) candidates.push(full);
    else if (full.type === 'ORG' && fitsOrganisation(words, full.words, type, known)) candidates.push(full);
  }
  const entities = new Set(candidates.map((candidate) => candidate.entity));
  if (entities.size === 0) return null;
  if (entities.size > 1 && anywhere) return null;
  const chosen = candidates.reduce((latest, candidate) => (candidate.order > latest.order ? candidate : latest));
  return { entity: chosen.entity, type: chosen.type, authoritative: true };
}

/**
 * `Lavrov` or `Sergey` for `Sergey Lavrov`, `Vladimir Putin` for `Vladimir Vladimirovich
 * Putin`, `Xi` for `Xi Jinping`. A surname may retype a mention the tagger got wrong, unless a
 * list knows the word as something else (`Washington` after `George Washington` stays the
 * city); so may the first word of a two-word name when it is no given name (a family name
 * written first); a lone first name binds only a mention already typed PERSON.
 */
function fitsPerson(words: readonly string[], full: readonly string[], type: EntityType, known: KnownName | null): boolean {
  // Past this line a list knows the word as nothing, as a person, or the tagger said person.
  if (known && known.type !== 'PERSON' && type !== 'PERSON') return false;
  if (words.length === 1) {
    if (words[0] === full[full.length - 1]) return true;
    if (words[0] !== full[0]) return false;
    // `Xi` for `Xi Jinping`: a first word that is no given name is a family name written first.
    if (full.length === 2 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && !isFirstName(words[0])) return true;
    return type === 'PERSON' && isFirstName(words[0]);
  }
  if (words[words.length - 1] !== full[full.length - 1]) return false;
  // `Von der Leyen` for `Ursula von der Leyen`: the surname with its particles, capitalised at a sentence start.
  const tail = full.slice(full.length - words.length);
  if (words.every((word, index) => word.toLowerCase() === tail[index].toLowerCase())) return true;
  if (words[0] !== full[0]) return false;
  return isSubsequence(words, full);
}

/**
 * `Commission` for `European Commission`, `Foreign Ministry` for `Russian Foreign Ministry`;
 * a firm without its legal form, `Siemens` for `Siemens AG`, `Apple` for `Apple Inc.`; the
 * first word of a two-word organisation typed so already (`Zorblax` for `Zorblax Dynamics`);
 * and the founder's surname of a firm named after its founder (`Lilly` for `Eli Lilly`).
 */
function fitsOrganisation(words: readonly string[], full: readonly string[], type: EntityType, known: KnownName | null): boolean {
  if (known && known.type !== 'ORG') return false;
  const base = withoutLegalForm(full);
  // The firm's own name, or the first word of a two-word one: `Zorblax` for `Zorblax
  // Dynamics`, `Goldman` for `Goldman Sachs`, `BAE` for `BAE Systems Plc`. Firms are named
  // after people, so a lone word the tagger read as a person is the firm only when it is no
  // first name (`Maria` stays apart from a `Maria Zorbatova` misread as an organisation), or
  // the fuller name ends as only firms' names do (`Meta` for `Meta Platforms`).
  const firmWord = type === 'PERSON' && words.length === 1 && (!isFirstName(words[0]) || isFirmHead(base[base.length - 1]));
  if (isPrefix(words, base) && (type === 'ORG' || type === 'MISC' || firmWord)) {
    if (base.length === words.length) return full.length > base.length || type !== 'PERSON';
    // A word the lists know as a firm of its own names that firm, not its unit or product
    // (`Google` after `Google Cloud`, `Samsung` after `Samsung Biologics`).
    if (known && known.canonical !== full.join(' ') && known.canonical !== base.join(' ')) return false;
    return (type === 'ORG' || type === 'PERSON') && words.length === 1 && base.length === 2 && /^\p{Lu}/u.test(base[0]) && /^\p{Lu}\p{Ll}/u.test(base[1]);
  }
  // A firm named by its founder's given name and surname is called by the surname, which the
  // tagger reads as a person (`Lilly, based in Indianapolis` after `Eli Lilly's Zepbound`).
  if (type === 'PERSON' && words.length === 1 && base.length === 2 && full.length === 2 && words[0] === base[1] && isFirstName(base[0])) return true;
  if (type !== 'ORG' && type !== 'MISC') return false;
  const offset = full.length - words.length;
  // The words after `of`, `for` or `and` name something else: the United Nations is not the
  // `General Assembly of the United Nations`, nor development the OECD.
  if (isConnector(full[offset - 1])) return false;
  // Nor is a name of several words the lists know as another entity (`United Nations` at the
  // end of a `Model United Nations` conference); `Security Council`, listed as the UN's, still is.
  if (words.length > 1 && known && known.canonical !== full.join(' ')) return false;
  for (let index = 0; index < words.length; index += 1) if (words[index] !== full[offset + index]) return false;
  return true;
}

/** A lower-case word that joins the parts of a name (`of`, `the`, `for`, `and`, `de`). */
function isConnector(word: string): boolean {
  return word === '&' || /^\p{Ll}+$/u.test(word);
}

/** Legal forms that end a firm's name and that news drops on second mention. */
const LEGAL_FORMS = new Set([
  'AG', 'SA', 'S.A.', 'NV', 'N.V.', 'SE', 'PLC', 'Plc', 'plc', 'Inc', 'Inc.', 'Corp', 'Corp.', 'Corporation', 'Co', 'Co.',
  'Ltd', 'Ltd.', 'Limited', 'LLC', 'L.L.C.', 'GmbH', 'SpA', 'S.p.A.', 'BV', 'B.V.', 'AB', 'ASA', 'A/S', 'Oyj', 'KK', 'K.K.', 'LP', 'L.P.', 'SAS', 'S.A.S.',
]);

/**
 * True for a firm's legal form as it ends a name (`Inc.`, `LLC`, `AG`, `plc`).
 * @param word - one word as written
 */
export function isLegalForm(word: string): boolean {
  return LEGAL_FORMS.has(word);
}

/** The name without its trailing legal form (`Siemens AG` → `Siemens`; `& Co.` too), or the name itself. */
function withoutLegalForm(full: readonly string[]): readonly string[] {
  let end = full.length;
  while (end > 1 && LEGAL_FORMS.has(full[end - 1].replace(/,$/, ''))) end -= 1;
  if (end < full.length && end > 1 && full[end - 1] === '&') end -= 1;
  if (end > 1 && full[end - 1].endsWith(',')) return [...full.slice(0, end - 1), full[end - 1].slice(0, -1)];
  return end === full.length ? full : full.slice(0, end);
}

function isPrefix(words: readonly string[], full: readonly string[]): boolean {
  if (words.length > full.length) return false;
  for (let index = 0; index < words.length; index += 1) if (words[index] !== full[index]) return false;
  return true;
}

function isSubsequence(words: readonly string[], full: readonly string[]): boolean {
  let at = 0;
  for (const word of full) if (at < words.length && word === words[at]) at += 1;
  return at === words.length;
}

/**
 * Acronyms the document defines: `Long Form (ACR)` or `ACR (Long Form)`, where the long
 * form is a mention and the acronym's letters appear in order in it, starting with its
 * first letter. Both forms then name the long form's entity.
 */
function findAcronymDefinitions(mentions: readonly Mention[], order: readonly number[], text: string, lookups: NameLookups): Map<string, Resolution> {
  const definitions = new Map<string, Resolution>();
  for (const index of order) {
    const mention = mentions[index];
    const longForm = nameKey(mention.text);
    if (!longForm.includes(' ')) continue;
    const inside = parenthesisedAfter(text, mention.end) ?? parenthesisedBefore(text, mention.start);
    if (!inside || !isAcronym(inside) || !spellsAcronym(inside, longForm) || definitions.has(inside)) continue;
    // The long form's own entity: a list may know it by another canonical spelling.
    const known = lookups.lookup(longForm);
    const resolution: Resolution = known && known.type === mention.type
      ? { entity: known.canonical, type: known.type, authoritative: true }
      : { entity: longForm, type: mention.type, authoritative: true };
    definitions.set(inside, resolution);
    definitions.set(longForm, resolution);
  }
  return definitions;
}

/** `ASEAN` in `Nations (ASEAN)`: the text inside parentheses that open right after `end`. */
function parenthesisedAfter(text: string, end: number): string | null {
  let open = end;
  while (open < text.length && text[open] === ' ') open += 1;
  if (text[open] !== '(') return null;
  const close = text.indexOf(')', open);
  if (close < 0 || close - open > 16) return null;
  return text.slice(open + 1, close).trim();
}

/** `SCO` in `SCO (Shanghai Cooperation Organisation)`: the word before a parenthesis that opens right before `start`. */
function parenthesisedBefore(text: string, start: number): string | null {
  if (text[start - 1] !== '(') return null;
  let wordEnd = start - 1;
  while (wordEnd > 0 && text[wordEnd - 1] === ' ') wordEnd -= 1;
  let wordStart = wordEnd;
  while (wordStart > 0 && !/[\s(]/.test(text[wordStart - 1])) wordStart -= 1;
  return wordEnd > wordStart ? text.slice(wordStart, wordEnd) : null;
}

/**
 * Two to ten capitals, digits, dots, `&` or `+`, with at least two capitals: `ASEAN`, `U.N.`, `G7`, `OPEC+`.
 * @param candidate - one word as written
 */
export function isAcronym(candidate: string): boolean {
  if (candidate.length < 2 || candidate.length > 10) return false;
  let capitals = 0;
  for (const char of candidate) {
    if (char >= 'A' && char <= 'Z') capitals += 1;
    else if (!/[0-9.&+\-a-z]/.test(char)) return false;
  }
  return capitals >= 2;
}

/** The acronym's capitals appear in order in the long form, the first one at its start. */
function spellsAcronym(acronym: string, longForm: string): boolean {
  const letters = acronym.replace(/[^A-Z]/g, '');
  const lower = longForm.toUpperCase();
  if (lower[0] !== letters[0]) return false;
  let at = 0;
  for (const char of lower) if (at < letters.length && char === letters[at]) at += 1;
  return at === letters.length;
}

/** All mentions of one entity take one type: the authoritative one, else the commonest, ties to the earliest. */
function harmoniseTypes(mentions: readonly Mention[], resolutions: Resolution[]): void {
  const votes = new Map<string, { authority?: EntityType; counts: Map<EntityType, number>; first: Map<EntityType, number> }>();
  mentions.forEach((mention, index) => {
    const resolution = resolutions[index];
    let vote = votes.get(resolution.entity);
    if (!vote) {
      vote = { counts: new Map(), first: new Map() };
      votes.set(resolution.entity, vote);
    }
    if (resolution.authoritative && !vote.authority) vote.authority = resolution.type;
    vote.counts.set(resolution.type, (vote.counts.get(resolution.type) ?? 0) + 1);
    const firstAt = vote.first.get(resolution.type);
    if (firstAt === undefined || mention.start < firstAt) vote.first.set(resolution.type, mention.start);
  });
  const chosen = new Map<string, EntityType>();
  for (const [entity, vote] of votes) {
    if (vote.authority) {
      chosen.set(entity, vote.authority);
      continue;
    }
    const ranked = [...vote.counts].sort((left, right) => right[1] - left[1] || (vote.first.get(left[0]) ?? 0) - (vote.first.get(right[0]) ?? 0));
    chosen.set(entity, ranked[0][0]);
  }
  resolutions.forEach((resolution, index) => {
    resolutions[index] = { ...resolution, type: chosen.get(resolution.entity) ?? resolution.type };
  });
}

function ownName(mention: Mention): Resolution {
  // An entity set upstream to something other than the span (a canonical name) is kept.
  const chosen = mention.entity && mention.entity !== mention.text && mention.entity !== nameKey(mention.text);
  return { entity: chosen ? mention.entity : nameKey(mention.text), type: mention.type, authoritative: false };
}

/** Words an organisation's initials skip (`Bank of England`, `Marks & Spencer`). */
const INITIALS_SKIP: ReadonlySet<string> = new Set(['of', 'and', 'the', 'for', 'on', 'in', '&']);

/**
 * The organisation named earlier whose capitalised words' initials spell `surface` (`JLR` ←
 * `Jaguar Land Rover`): news uses such a short form without defining it once the full name
 * has been written. Three letters at least, and only one such organisation: two-letter
 * initials match too much by chance.
 */
function organisationOfInitials(surface: string, fullNames: readonly FullName[]): Resolution | null {
  if (!/^[A-Z]{3,6}$/.test(surface) || isCommonAcronym(surface)) return null;
  const entities = new Set<string>();
  for (const full of fullNames) {
    if (full.type !== 'ORG') continue;
    const initials = full.words.filter((word) => !INITIALS_SKIP.has(word)).map((word) => word[0]).join('');
    if (initials === surface) entities.add(full.entity);
  }
  return entities.size === 1 ? { entity: [...entities][0], type: 'ORG', authoritative: true } : null;
}

function wordsOfMention(mention: Mention): string[] {
  const surface = nameKey(mention.text);
  return (isShouted(surface) ? titleCase(surface) : surface).split(' ');
}

/** Capitals throughout and long enough not to be an acronym (`MOSCOW`, `LAVROV`; not `FSB`). */
function isShouted(surface: string): boolean {
  let letters = 0;
  for (const char of surface) {
    if (char >= 'a' && char <= 'z') return false;
    if (/\p{Ll}/u.test(char)) return false;
    if (/\p{Lu}/u.test(char)) letters += 1;
  }
  return letters >= 4;
}

function titleCase(surface: string): string {
  return surface.replace(/\p{L}+/gu, (word) => word[0] + word.slice(1).toLowerCase());
}

/**
 * The same name written in mixed case somewhere in the text, matched without regard to case
 * and across line breaks (`Novo-Ogaryovo` for `NOVO-OGARYOVO`, `Bank of England` for `BANK OF
 * ENGLAND`, `Rio de Janeiro` for `RIO DE JANEIRO`): the first such writing, as the document has it.
 */
function mixedCaseElsewhere(text: string, shouted: string): string | null {
  const lower = loweredText(text);
  const wanted = shouted.toLowerCase();
  if (lower.length !== text.length || wanted.length !== shouted.length) return mixedCaseByPattern(text, shouted);
  for (let found = lower.indexOf(wanted); found >= 0; found = lower.indexOf(wanted, found + 1)) {
    const before = found === 0 ? ' ' : text[found - 1];
    const after = text[found + wanted.length] ?? ' ';
    if (/\p{L}/u.test(before) || /\p{L}/u.test(after)) continue;
    const writing = text.slice(found, found + wanted.length);
    if (isNameWriting(writing)) return writing;
  }
  return null;
}

/** The same search by a case-blind pattern, for the rare text whose lower case changes its length. */
function mixedCaseByPattern(text: string, shouted: string): string | null {
  const pattern = shouted.split(' ').map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s+');
  const matcher = new RegExp(`(?<!\\p{L})${pattern}(?!\\p{L})`, 'giu');
  for (const match of text.matchAll(matcher)) if (isNameWriting(match[0])) return nameKey(match[0]);
  return null;
}

/** A name's writing: mixed case, its longer words capitalised (`Bank of England`, not `English county championship`). */
function isNameWriting(writing: string): boolean {
  return /\p{Ll}/u.test(writing) && writing.split(/\s+/).every((word) => word.length <= 3 || /^\P{Ll}/u.test(word));
}

/** The lower-cased text of the document last asked about: every name in capitals asks again. */
let lowered: { text: string; lower: string } | null = null;

function loweredText(text: string): string {
  if (lowered?.text !== text) lowered = { text, lower: text.toLowerCase() };
  return lowered.lower;
}
