/**
 * Lone surnames that the text itself shows to be people. The tagger learnt from 1996 Reuters
 * copy, where a capitalised word opening a sentence is usually an ordinary word and a person
 * is usually introduced by full name first; current news often names a leader by surname alone
 * (`Trump said …`, `Erdogan's aide …`), and then the tagger finds nothing, or reads the
 * unfamiliar word as an organisation or a place.
 *
 * Two kinds of evidence, each about one capitalised word that no list knows as anything but a
 * person and that is no ordinary English word:
 *
 * 1. a possessive before a word only people have (`Putin's aide`, `Erdogan's wife`): the word
 *    is a person whatever the tagger said;
 * 2. a reporting verb right after it at the start of a sentence (`Trump said`, `Starmer told`):
 *    the word is a person when the tagger found nothing there. In eng.train, unfamiliar names
 *    in that place are people about six times in seven; the rest are firms and agencies, which
 *    the tagger usually does type, so its readings are kept. A firm speaks of itself as `its`
 *    (`Nvidia said its revenue rose`): then the word is an organisation.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { joinedByHyphen, tokensByEnd, tokensByStart } from './tokens.js';
import { isHeadlineLine } from './names.js';
import { isBodyWord, isFirmHead, isMiscHead } from './heads.js';
import { joinAdjacent } from './adjacent.js';
import {
  isFirstName,
  isCommonWord,
  isDemonym,
  isLocationKeyword,
  isMonth,
  isNameParticle,
  isNeverName,
  isOrgSuffix,
  isRoleModifier,
  isSaintWord,
  isTitle,
  isTitleWord,
  isWeekday,
  lookupName,
  nameKey,
} from './knowledge.js';

const SOURCE = 'entities/person-context';

/** Words for what only a person has: kin, aides, a lawyer. Not `office` or `spokesman`, which firms and ministries have too. */
const PERSONAL_NOUNS = new Set([
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'wife', 'husband', 'widow', 'son', 'sons', 'daughter', 'daughters',
  'father', 'mother', 'brother', 'sister', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'predecessor', 'successor', 'bodyguards',
  'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'spouse', 'parents', 'children', 'grandson', 'granddaughter',
  'administration', 'presidency', 'premiership',
]);

/** Reporting verbs that follow a speaker's name. */
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds', 'wrote', 'writes']);

/**
 * Adds or retypes one-word person mentions on contextual evidence.
 * @param mentions - the mentions so far (the tagger's and the rescue stage's)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, with new PERSON mentions added and single-word ones retyped
 */
export function findContextPersons(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, sentences } = analyzed;
  const byStart = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = byStart.get(mention.start);
    if (list) list.push(mention);
    else byStart.set(mention.start, [mention]);
  }
  const retyped = new Map<Mention, Mention>();
  const added: Mention[] = [];
  for (const sentence of sentences) {
    for (let index = sentence.first; index < sentence.end; index += 1) {
      const token = tokens[index];
      // The context is cheaper to test than the word, so it goes first.
      const possessive = index + 2 < sentence.end && isPossessive(tokens[index + 1].text) && PERSONAL_NOUNS.has(tokens[index + 2].text);
      const reported = index === sentence.first && index + 1 < sentence.end && REPORTING_VERBS.has(tokens[index + 1].text);
      if ((!possessive && !reported) || !isCandidate(token)) continue;
      const covering = mentions.filter((mention) => mention.start < token.end && token.start < mention.end);
      if (covering.length === 0) {
        // `Nvidia said its revenue rose`: the speaker's pronoun tells a firm from a person.
        const type = !possessive && speaksOfItself(tokens, index + 2, sentence.end) ? 'ORG' : 'PERSON';
        added.push({ file, start: token.start, end: token.end, text: token.text, type, entity: token.text, source: SOURCE });
        continue;
      }
      if (!possessive) {
        // `Umerov wrote`: an unfamiliar word the tagger took for a place speaks, so it is no
        // place; people speak far more often than bodies, unless it calls itself `its`.
        const [only] = covering;
        if (covering.length === 1 && only.start === token.start && only.end === token.end && (only.type === 'GPE' || only.type === 'LOC')) {
          retyped.set(only, { ...only, type: speaksOfItself(tokens, index + 2, sentence.end) ? 'ORG' : 'PERSON', source: SOURCE });
        }
        continue;
      }
      for (const mention of byStart.get(token.start) ?? []) {
        if (mention.end === token.end && mention.type !== 'PERSON') retyped.set(mention, { ...mention, type: 'PERSON' });
      }
    }
  }
  recallSurnames(mentions, added, analyzed, file);
  if (added.length === 0 && retyped.size === 0) return mentions;
  return [...mentions.map((mention) => retyped.get(mention) ?? mention), ...added];
}

/**
 * A surname the document gave in full and then uses alone (`Billie Jean King` … `said King`)
 * is that person wherever it stands alone, even where the tagger passed it over: a word that
 * is the last of a multi-word PERSON, written the same way, not inside a longer run of
 * capitalised words, and not a name a list knows as something else (`Washington`).
 */
function recallSurnames(mentions: readonly Mention[], added: Mention[], analyzed: AnalyzedText, file: string): void {
  const surnames = new Set<string>();
  for (const mention of mentions) {
    if (mention.type !== 'PERSON') continue;
    const space = mention.text.lastIndexOf(' ');
    const surname = mention.text.slice(space + 1);
    if (space > 0 && /^\p{Lu}\p{Ll}+$/u.test(surname)) surnames.add(surname);
  }
  if (surnames.size === 0) return;
  const { tokens } = analyzed;
  const covered = [...mentions, ...added];
  for (const token of tokens) {
    if (!surnames.has(token.text)) continue;
    const previous = tokens[token.index - 1];
    const next = tokens[token.index + 1];
    const capitalised = (other: Token | undefined) => other !== undefined && other.sentence === token.sentence && /^\p{Lu}/u.test(other.text) && other.kind === 'word';
    if (capitalised(next) || (capitalised(previous) && previous !== undefined)) continue;
    if (isNeverName(token.text) || isMonth(token.text) || isWeekday(token.text)) continue;
    const known = lookupName(token.text);
    if (known && known.type !== 'PERSON') continue;
    if (covered.some((mention) => mention.start < token.end && token.start < mention.end)) continue;
    added.push({ file, start: token.start, end: token.end, text: token.text, type: 'PERSON', entity: token.text, source: SOURCE });
  }
}

/**
 * True when the first possessive or personal pronoun of the third person after a reporting
 * verb is `its`: the speaker is a firm or body, not a person. (`it` says nothing: people say
 * `it was time`.)
 */
function speaksOfItself(tokens: readonly Token[], from: number, end: number): boolean {
  for (let index = from; index < Math.min(end, from + 12); index += 1) {
    const word = tokens[index].text.toLowerCase();
    if (word === 'its') return true;
    if (word === 'he' || word === 'his' || word === 'him' || word === 'she' || word === 'her') return false;
  }
  return false;
}

/**
 * Endings of plural nouns for people by trade, field or part: `-ists`, `-icians`, `-casters`,
 * `-esses` (`Eyewitnesses told`).
 */
const AGENT_PLURAL = /(?:ists|icians|casters|esses)$/u;

/** A capitalised word that could be an unfamiliar surname: no ordinary word, no known place or body. */
function isCandidate(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const word = token.text;
  if (word.length < 2 || !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(word)) return false;
  if (isCommonWord(word) || isNeverName(word) || isMonth(word) || isWeekday(word) || isDemonym(word)) return false;
  if (isTitleWord(word) || isRoleModifier(word) || isOrgSuffix(word) || isLocationKeyword(word)) return false;
  // A plural of a trade the word lists lack (`Meteorologists said`, `Eyewitnesses told`):
  // no surname ends so; `-ers` ones do (`Sanders`, `Rogers`) and are left to the lists.
  if (AGENT_PLURAL.test(word)) return false;
  const known = lookupName(word);
  return !known || known.type === 'PERSON';
}

function isPossessive(text: string): boolean {
  return text === "'s" || text === '’s' || text === "'" || text === '’';
}

/**
 * A span of another type that opens with a first name and one more name word before `and` or
 * `of` (`Jesper Parnevik of Sweden` read as an organisation); `Ernst and Young` does not.
 */
function opensWithFullName(tokens: readonly Token[], first: number, last: number): boolean {
  if (last - first < 3 || !isFirstName(tokens[first].text) || !isNameWord(tokens[first + 1])) return false;
  // `Royal Bank of Scotland`: a given name (`Royal`) before an organisation word opens no person.
  if (isOrgSuffix(tokens[first + 1].text)) return false;
  const joint = tokens[first + 2].text;
  if (joint === 'of') return true;
  return joint === 'and' && last - first >= 4 && isFirstName(tokens[first + 3].text);
}

/** The parts of a person's span cut at `and` (two people) or at `of` before a listed name, or null. */
function splitPerson(tokens: readonly Token[], first: number, last: number, text: string): { first: number; last: number; type: Mention['type'] }[] | null {
  for (let index = first + 1; index < last; index += 1) {
    const word = tokens[index].text;
    if (word === 'and' && /^\p{Lu}/u.test(tokens[index + 1].text)) {
      return [{ first, last: index - 1, type: 'PERSON' }, { first: index + 1, last, type: 'PERSON' }];
    }
    // `Duke of Edinburgh`, `Prince of Wales`: one word before `of` is a title of a place,
    // the person's name; a full name comes first (`Jesper Parnevik of Sweden`).
    if (word === 'of' && index - first >= 2 && tokens.slice(first, index).some((token) => !isTitleWord(token.text))) {
      const known = lookupName(text.slice(tokens[index + 1].start, tokens[last].end));
      if (known && known.type !== 'PERSON') return [{ first, last: index - 1, type: 'PERSON' }, { first: index + 1, last, type: known.type }];
    }
  }
  return null;
}

/**
 * Where a title and a person's name end a span that opens with something else: the first
 * capitalised run of title words (with `of` inside: `Secretary of State`) that holds a head
 * title, is not the span's first word, and is followed to the span's end by one to four
 * words written as names, none of them a title, organisation or place word.
 */
function officerSplit(tokens: readonly Token[], first: number, last: number): { roleStart: number; nameStart: number } | null {
  for (let roleStart = first + 1; roleStart < last; roleStart += 1) {
    // `Paris St Germain`, `Port St Lucie`: a saint's title names places and clubs.
    if (!/^\p{Lu}/u.test(tokens[roleStart].text) || !isTitleWord(tokens[roleStart].text) || isSaintWord(tokens[roleStart].text, true)) continue;
    let roleEnd = roleStart;
    while (roleEnd < last && (isTitleWord(tokens[roleEnd].text) || isRoleModifier(tokens[roleEnd].text) || (tokens[roleEnd].text === 'of' && isTitleWord(tokens[roleEnd + 1].text)))) roleEnd += 1;
    const role = tokens.slice(roleStart, roleEnd).map((token) => token.text);
    if (!role.some((word) => isTitle(word)) && !isTitle(role.join(' '))) return null;
    const name = tokens.slice(roleEnd, last + 1);
    if (name.length === 0 || name.length > 4) return null;
    if (!name.every((token) => /^\p{Lu}/u.test(token.text) && !isTitleWord(token.text) && !isOrgSuffix(token.text) && !isLocationKeyword(token.text))) return null;
    return { roleStart, nameStart: roleEnd };
  }
  return null;
}

/**
 * The token after an initial is its surname when it follows in the same sentence after one
 * space (or none, as score cards write `T.O'Gorman`), is written as a name, is no title,
 * calendar or never-name word, no listed place or body, and no other mention but a person's
 * covers it; a title-case headline gives no such evidence unless a number or a mark ends the
 * name (a score card's line: `T. Moody 6-82`).
 */
function isSurnameAfter(initial: Token, next: Token, text: string, mentions: readonly Mention[], afterNext: Token | undefined): boolean {
  const word = next.text;
  // Score cards may leave the space out (`T.O'Gorman`).
  const gap = next.start - initial.end;
  if (next.sentence !== initial.sentence || (gap !== 1 && !(gap === 0 && /^\p{Lu}'?\p{Lu}?\p{Ll}/u.test(word))) || !/^\p{Lu}['\p{Ll}]/u.test(word)) return false;
  if (isNeverName(word) || isMonth(word) || isWeekday(word) || isTitleWord(word) || CAPITAL_PARTICLES.has(word)) return false;
  const known = lookupName(word);
  if (known && known.type !== 'PERSON') return false;
  // In a title-case line any word is capitalised (`J. Wins Race`), but a score card's lines are
  // title case too: there a number or a mark after the word shows it ends the name (`T. Moody 6-82`).
  if (isHeadlineLine(text, initial.start) && (afterNext === undefined || afterNext.sentence !== next.sentence || /^\p{L}/u.test(afterNext.text))) return false;
  return !mentions.some((other) => other.start < next.end && next.start < other.end && other.type !== 'PERSON');
}

/** A capitalised word that can be part of a name: not a particle, an ordinary word or a never-name. */
function isNameWord(token: Token): boolean {
  const word = token.text;
  return token.kind === 'word' && /^\p{Lu}\p{Ll}/u.test(word) && !CAPITAL_PARTICLES.has(word) && !isNeverName(word) && !isCommonWord(word);
}

/** Capitalised particles that open a surname when lower-case particles follow (`Van der`, `De la`, `Von dem`). */
const SURNAME_OPENERS = new Set(['Van', 'Von', 'De', 'Di', 'Da', 'Du', 'Le', 'La', 'Del', 'Della', 'Dos', 'Das', 'Ter', 'Ten']);


/** Capitalised particles, which join a name only in its middle (`Hamad Al Thani`; `Al Gore` is another matter). */
const CAPITAL_PARTICLES = new Set(['Al', 'El', 'Bin', 'Ibn', 'Abu', 'Van', 'Von', 'De', 'Da', 'Di', 'Le', 'La']);

/**
 * Mends the spans of names the tagger broke. A lower-case `in` ends a name
 * (`Hamad Al Thani in Doha` is a name and a place) unless the span is an organisation with
 * connectors of its own (`Organisation for Security and Cooperation in Europe`); the place after
 * it stays a mention when a list knows it. A person's name goes on over the particles in it
 * (`Tamim bin Hamad Al Thani`, `Mohammed bin Salman`, `Ursula von der Leyen`): a particle
 * and the capitalised words after it join the person before it, replacing the fragments the
 * tagger found there. A full name goes on over a hyphen that ties a word to its last one
 * (`Ban Ki-moon`, `Catherine Zeta-Jones`), where the tagger stopped at the hyphen.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function mendNameSpans(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const spans: SpanContext = { tokens, text, file, firstToken: tokensByStart(tokens), lastToken: tokensByEnd(tokens) };
  // One small function per step: a step that meets a new case is recompiled alone, not the whole mend.
  let result = splitOfficers(mentions, spans);
  result = cutAtIn(result, spans);
  result = extendInitials(result, spans);
  result = joinAdjacentPersons(result, spans);
  const replaced = new Set<Mention>();
  const added: Mention[] = [];
  joinParticles(result, spans, replaced, added);
  joinSurnameOpeners(result, spans, replaced, added);
  joinOpeningParticles(result, spans, replaced, added);
  joinHyphenatedNames(result, spans, replaced, added);
  joinMiddleInitials(result, spans, replaced, added);
  joinNicknames(result, spans, replaced, added);
  if (replaced.size === 0) return result;
  return [...result.filter((mention) => !replaced.has(mention)), ...added];
}

/** What every step of `mendNameSpans` reads. */
interface SpanContext {
  tokens: Token[];
  text: string;
  file: string;
  /** Token index by start offset, and by end offset. */
  firstToken: ReturnType<typeof tokensByStart>;
  lastToken: ReturnType<typeof tokensByEnd>;
}

/** A mention over tokens `first..last`. */
function spanMention(spans: SpanContext, first: number, last: number, type: Mention['type'], source: string): Mention {
  return mentionOver(spans.text, spans.tokens[first].start, spans.tokens[last].end, { file: spans.file, type, source });
}

function officerSplitOf(mention: Mention, spans: SpanContext): { first: number; last: number; roleStart: number; nameStart: number } | null {
  const first = spans.firstToken.get(mention.start);
  const last = spans.lastToken.get(mention.end);
  if (first === undefined || last === undefined || last - first < 2) return null;
  const split = officerSplit(spans.tokens, first, last);
  return split ? { first, last, ...split } : null;
}

/**
 * 0. A body, its officer's title and the officer's name read as one span
 *    (`JPMorgan Chase & Co. Chief Executive Jamie Dimon`) are a name and a person.
 */
function splitOfficers(mentions: Mention[], spans: SpanContext): Mention[] {
  const officers = mentions.some((mention) => mention.type !== 'PERSON' && mention.end - mention.start > 6 && officerSplitOf(mention, spans) !== null);
  if (!officers) return mentions;
  return mentions.flatMap((mention) => {
    if (mention.type === 'PERSON') return [mention];
    const split = officerSplitOf(mention, spans);
    if (!split) return [mention];
    const { first, last } = split;
    // The part before the title keeps the span's type unless a list knows it (`Chicago
    // Cardinal Joseph Bernardin`) or its last word is a body's (`Human Services Secretary
    // Robert F. Kennedy Jr.`); a body also takes back the `Health and` the tagger left out.
    const bodyWord = isBodyWord(spans.tokens[split.roleStart - 1].text);
    const bodyFirst = bodyWord ? firstBeforeAnd(spans, first, mentions) : first;
    const body = spanMention(spans, bodyFirst, split.roleStart - 1, bodyWord ? 'ORG' : mention.type, mention.source);
    const known = lookupName(body.text);
    if (known && known.type !== 'PERSON') body.type = known.type;
    return [body, spanMention(spans, split.nameStart, last, 'PERSON', mention.source)];
  });
}

/**
 * Where a body's name starts when one capitalised word and `and` stand before token `first`
 * outside any mention (`Health and` + `Human Services`; not `Enron Corp. and`), or `first`.
 */
function firstBeforeAnd(spans: SpanContext, first: number, mentions: readonly Mention[]): number {
  const { tokens } = spans;
  if (first < 2 || tokens[first - 1].text !== 'and') return first;
  const word = tokens[first - 2];
  if (word.sentence !== tokens[first].sentence || !/^\p{Lu}\p{Ll}/u.test(word.text)) return first;
  return mentions.some((mention) => mention.start < word.end && word.start < mention.end) ? first : first - 2;
}

/** 1. Cut at a lower-case `in`; split a person's span at `and` and before `of` and a listed name. */
function cutAtIn(mentions: Mention[], spans: SpanContext): Mention[] {
  const { tokens, text } = spans;
  let result: Mention[] = [];
  let changed = false;
  for (const mention of mentions) {
    const first = spans.firstToken.get(mention.start);
    const last = spans.lastToken.get(mention.end);
    if (first === undefined || last === undefined) {
      result.push(mention);
      continue;
    }
    // A person's span holds no lower-case `and` (`Zenon Poznyak and Sergei Naumchik` are two
    // people) and no `of` before a listed name (`Jesper Parnevik of Sweden`).
    if (mention.type === 'PERSON' || opensWithFullName(tokens, first, last)) {
      const pieces = splitPerson(tokens, first, last, text);
      if (pieces) {
        changed = true;
        for (const piece of pieces) result.push(spanMention(spans, piece.first, piece.last, piece.type, mention.source));
        continue;
      }
    }
    let cut = -1;
    for (let index = first + 1; index < last; index += 1) if (tokens[index].text === 'in') cut = cut < 0 ? index : cut;
    // `Organisation for Security and Cooperation in Europe`, `Human Rights in China`: a title
    // made of connectors or ordinary words may hold an `in`; a run of names may not.
    const connectors = cut > 0 && tokens.slice(first, cut).some((token) => /^\p{Ll}/u.test(token.text) || isCommonWord(token.text));
    if (cut < 0 || connectors) {
      result.push(mention);
      continue;
    }
    changed = true;
    result.push(spanMention(spans, first, cut - 1, mention.type, mention.source));
    const place = text.slice(tokens[cut + 1].start, tokens[last].end);
    const known = lookupName(place);
    if (known && (known.type === 'GPE' || known.type === 'LOC')) result.push(spanMention(spans, cut + 1, last, 'GPE', mention.source));
  }
  return changed ? result : mentions;
}

/** 2. An initial read as a person goes on over the surname right after it (`M. McCague`). */
function extendInitials(result: Mention[], spans: SpanContext): Mention[] {
  const { tokens, text } = spans;
  const replacedEarly = new Set<Mention>();
  const extended: Mention[] = [];
  let any = false;
  const initials = result.some((mention) => mention.type === 'PERSON' && mention.end - mention.start === 2 && mention.text[1] === '.');
  if (initials) for (const mention of result) {
    const first = spans.firstToken.get(mention.start);
    const next = first === undefined ? undefined : tokens[first + 1];
    if (mention.type !== 'PERSON' || first === undefined || mention.end !== tokens[first].end || !/^\p{Lu}\.$/u.test(tokens[first].text) || !next || !isSurnameAfter(tokens[first], next, text, result, tokens[first + 2])) {
      extended.push(mention);
      continue;
    }
    any = true;
    for (const other of result) if (other !== mention && other.start >= next.start && other.end <= next.end) replacedEarly.add(other);
    extended.push(spanMention(spans, first, first + 1, 'PERSON', mention.source));
  }
  return any ? extended.filter((mention) => !replacedEarly.has(mention)) : result;
}

/**
 * 7. A person's name goes on over a middle initial and the surname after it (`Robert F.
 *    Kennedy Jr.`, `George H. W. Bush`), where the tagger read the given name and the
 *    surname apart, or left the surname out.
 */
function joinMiddleInitials(result: Mention[], spans: SpanContext, replaced: Set<Mention>, added: Mention[]): void {
  const { tokens } = spans;
  extendPersons(result, spans, replaced, added, (mention, first, last) => {
    // A mention that is itself an initial (`T.` + `J. Peck`) is extendInitials' case.
    if (!isNameWord(tokens[last])) return null;
    const sentence = tokens[last].sentence;
    let initialsEnd = last + 1;
    while (initialsEnd < tokens.length && tokens[initialsEnd].sentence === sentence && /^\p{Lu}\.$/u.test(tokens[initialsEnd].text)) initialsEnd += 1;
    if (initialsEnd === last + 1) return null;
    let nameEnd = initialsEnd;
    while (nameEnd < tokens.length && tokens[nameEnd].sentence === sentence && isNameWord(tokens[nameEnd])) nameEnd += 1;
    return nameEnd === initialsEnd ? null : nameEnd - 1;
  });
}

/**
 * 8. A nickname in quotation marks inside a name (`Sean "Diddy" Combs`, `Dwayne "The Rock"
 *    Johnson`) is part of it: the tagger stopped at the quotation, and wink may read the
 *    surname after it as a verb (`Combs`). The person goes on over the nickname (one to three
 *    words) and the capitalised words of the surname after it.
 */
function joinNicknames(result: Mention[], spans: SpanContext, replaced: Set<Mention>, added: Mention[]): void {
  const { tokens } = spans;
  extendPersons(result, spans, replaced, added, (mention, first, last) => {
    // The opening quotation mark: inside the mention (`Sean "Diddy"`) or right after it.
    let opening = first + 1;
    while (opening <= last + 1 && opening < tokens.length && !OPENING_NICKNAME.has(tokens[opening].text)) opening += 1;
    if (opening > last + 1 || opening >= tokens.length) return null;
    let closing = opening + 1;
    while (closing < tokens.length && closing - opening <= 4 && /^\p{Lu}/u.test(tokens[closing].text)) closing += 1;
    if (closing === opening + 1 || closing + 1 >= tokens.length || !CLOSING_NICKNAME.has(tokens[closing].text)) return null;
    // The marks hug the nickname (`"Diddy"`), and the surname follows in the same sentence.
    if (tokens[opening].end !== tokens[opening + 1].start || tokens[closing - 1].end !== tokens[closing].start) return null;
    let end = closing + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[first].sentence && /^\p{Lu}\p{Ll}+$/u.test(tokens[end].text) && !isNeverName(tokens[end].text) && !isTitleWord(tokens[end].text)) end += 1;
    // A span the tagger already read past the nickname is left as it is.
    return end === closing + 1 || end - 1 <= last ? null : end - 1;
  });
}

const OPENING_NICKNAME: ReadonlySet<string> = new Set(['"', '“']);
const CLOSING_NICKNAME: ReadonlySet<string> = new Set(['"', '”']);

/**
 * 2b. `Rob` + `Jetten's`, `Hope` + `Lange`: two people one space apart in one sentence are one
 *     person when the first opens with a given name. The tagger, unsure of a name before a
 *     possessive, closes it early and opens another; eng.train never tags two people side by
 *     side. Not where the words would repeat (`Jim Carrey Jim` + `Carrey`) or end in a body's
 *     or an event's word (`Agnes Hoppin Memorial` + `Fellowship`).
 */
function joinAdjacentPersons(mentions: Mention[], spans: SpanContext): Mention[] {
  const { tokens, text, file } = spans;
  return joinAdjacent(mentions, text, (before, after) => {
    if (before.type !== 'PERSON' || after.type !== 'PERSON') return null;
    const first = spans.firstToken.get(before.start);
    const last = spans.lastToken.get(after.end);
    if (first === undefined || last === undefined || tokens[first].sentence !== tokens[last].sentence || !isFirstName(tokens[first].text)) return null;
    const words = text.slice(before.start, after.end).split(' ');
    const lastWord = words[words.length - 1];
    // Two names of two words or more side by side are two people as often (`Theodor Geisel` +
    // `My God`, `John D. Rockefellers` + `Karen Phillips` in run-on text).
    if (words.length > 4 || (before.text.includes(' ') && after.text.includes(' ')) || words.includes('&')) return null;
    if (new Set(words).size !== words.length || isBodyWord(lastWord) || isFirmHead(lastWord) || isMiscHead(lastWord) || isCommonWord(lastWord)) return null;
    return mentionOver(text, before.start, after.end, { file, type: 'PERSON', source: before.source }, before);
  });
}

/** 3. Join a person's name over its particles; the mentions it replaces go into `replaced`. */
function joinParticles(result: Mention[], spans: SpanContext, replaced: Set<Mention>, added: Mention[]): void {
  const { tokens, text } = spans;
  extendPersons(result, spans, replaced, added, (mention, first, last) => {
    const sentence = tokens[last].sentence;
    const inSentence = (index: number) => index < tokens.length && tokens[index].sentence === sentence;
    let end = last;
    for (;;) {
      let particleEnd = end + 1;
      while (inSentence(particleEnd) && (isNameParticle(tokens[particleEnd].text) || CAPITAL_PARTICLES.has(tokens[particleEnd].text) || isParticleHyphen(tokens, particleEnd, end))) particleEnd += 1;
      if (particleEnd === end + 1) break;
      let nameEnd = particleEnd;
      while (inSentence(nameEnd) && isNameWord(tokens[nameEnd])) nameEnd += 1;
      if (nameEnd === particleEnd) break;
      // `El Salvador`, `de Janeiro`: a known place or body after the particle is no part of the name.
      const known = lookupName(text.slice(tokens[end + 1].start, tokens[nameEnd - 1].end));
      if (known && known.type !== 'PERSON') break;
      end = nameEnd - 1;
    }
    return end === last ? null : end;
  });
}

/**
 * True for the hyphen of `al-Burhan`, `el-Sisi`: joined to a particle before it (not the
 * name's last word, at `nameEnd`) and to the word after it.
 */
function isParticleHyphen(tokens: readonly Token[], index: number, nameEnd: number): boolean {
  const hyphen = tokens[index];
  const before = tokens[index - 1];
  const after = tokens[index + 1];
  return hyphen.text === '-' && index - 1 > nameEnd && isNameParticle(before.text) && before.end === hyphen.start && after !== undefined && after.start === hyphen.end;
}

/**
 * One step of `mendNameSpans` over the person mentions not yet replaced: `reach` says to which
 * token a person over tokens `first..last` goes on, or null, and the person is widened there
 * (see `extendPerson`, which reads `candidates` for the mentions in the way).
 */
function extendPersons(
  result: Mention[],
  spans: SpanContext,
  replaced: Set<Mention>,
  added: Mention[],
  reach: (mention: Mention, first: number, last: number) => number | null,
  candidates: () => readonly Mention[] = () => result,
): void {
  for (const mention of result) {
    if (mention.type !== 'PERSON' || replaced.has(mention)) continue;
    const first = spans.firstToken.get(mention.start);
    const last = spans.lastToken.get(mention.end);
    if (first === undefined || last === undefined) continue;
    const end = reach(mention, first, last);
    if (end !== null) extendPerson(mention, first, end, candidates(), spans, replaced, added);
  }
}

/**
 * Replaces a person's `mention` (from token `first`) with one reaching token `end`, keeping its
 * role and affiliation. Fragments read inside the added words give way (`Salman` read as a
 * place, `Jones` read apart); when one of `candidates` reaches past `end`, nothing changes.
 */
function extendPerson(mention: Mention, first: number, end: number, candidates: readonly Mention[], spans: SpanContext, replaced: Set<Mention>, added: Mention[]): void {
  const stop = spans.tokens[end].end;
  const overlapping = candidates.filter((other) => other !== mention && other.start < stop && mention.end <= other.start);
  if (overlapping.some((other) => other.end > stop)) return;
  for (const other of overlapping) replaced.add(other);
  replaced.add(mention);
  const joined = spanMention(spans, first, end, 'PERSON', mention.source);
  if (mention.role) joined.role = mention.role;
  if (mention.affiliation) joined.affiliation = mention.affiliation;
  added.push(joined);
}

/**
 * 3b. `Van der Westhuizen`, `De la Cruz`: a capitalised particle, lower-case particles and a
 *     name make a surname on their own, whatever the tagger made of the parts (`Van` is a
 *     Turkish city).
 */
function joinSurnameOpeners(result: Mention[], spans: SpanContext, replaced: Set<Mention>, added: Mention[]): void {
  const { tokens } = spans;
  for (let index = 0; index + 2 < tokens.length; index += 1) {
    if (!SURNAME_OPENERS.has(tokens[index].text)) continue;
    if (index > 0 && tokens[index - 1].sentence === tokens[index].sentence && /^\p{Lu}/u.test(tokens[index - 1].text)) continue;
    let end = index + 1;
    while (end < tokens.length && tokens[end].sentence === tokens[index].sentence && isNameParticle(tokens[end].text)) end += 1;
    if (end === index + 1 || end >= tokens.length || tokens[end].sentence !== tokens[index].sentence || !isNameWord(tokens[end])) continue;
    while (end + 1 < tokens.length && tokens[end + 1].sentence === tokens[index].sentence && isNameWord(tokens[end + 1]) && tokens[end + 1].start === tokens[end].end + 1) end += 1;
    const start = tokens[index].start;
    const stop = tokens[end].end;
    const overlapping = [...result, ...added].filter((other) => !replaced.has(other) && other.start < stop && start < other.end);
    if (overlapping.some((other) => other.start < start || other.end > stop)) continue;
    if (overlapping.some((other) => other.start === start && other.end === stop && other.type === 'PERSON')) continue;
    for (const other of overlapping) replaced.add(other);
    added.push(spanMention(spans, index, end, 'PERSON', 'entities/tagger'));
  }
}

/**
 * 4. Particles before a surname that opens a sentence (`Von der Leyen spoke`) belong to it,
 *    and it is that person, when the document names the person in full with them
 *    (`Ursula von der Leyen`), whatever the tagger typed the surname.
 */
function joinOpeningParticles(result: Mention[], spans: SpanContext, replaced: Set<Mention>, added: Mention[]): void {
  const { tokens, text } = spans;
  let fullNames: string[] | null = null;
  for (const mention of result) {
    if (replaced.has(mention)) continue;
    const first = spans.firstToken.get(mention.start);
    if (first === undefined || first === 0 || !(isNameParticle(tokens[first - 1].text) || CAPITAL_PARTICLES.has(tokens[first - 1].text))) continue;
    const last = spans.lastToken.get(mention.end);
    if (last === undefined) continue;
    let from = first;
    while (from > 0 && tokens[from - 1].sentence === tokens[first].sentence && (isNameParticle(tokens[from - 1].text) || CAPITAL_PARTICLES.has(tokens[from - 1].text))) from -= 1;
    if (from === first) continue;
    const extended = ` ${nameKey(text.slice(tokens[from].start, mention.end)).toLowerCase()}`;
    fullNames ??= [...result, ...added].filter((other) => other.type === 'PERSON' && !replaced.has(other)).map((other) => ` ${nameKey(other.text).toLowerCase()}`);
    if (!fullNames.some((full) => full.length > extended.length && full.endsWith(extended))) continue;
    if (result.some((other) => other !== mention && other.start < mention.start && tokens[from].start < other.end)) continue;
    replaced.add(mention);
    added.push(spanMention(spans, from, last, 'PERSON', mention.source));
  }
}

/**
 * Lower-case words that follow a name and a hyphen to make an adjective or a noun of it
 * (`Putin-led`, `Obama-era`, `Trump-like`): no part of the name. Longer ones (`-based`,
 * `-backed`, `-style`) never join anyway (see `joinHyphenatedNames`).
 */
const HYPHEN_HEADS = new Set([
  'led', 'run', 'era', 'ish', 'like', 'type', 'free', 'made', 'held', 'born', 'bred', 'less', 'ism', 'ist', 'ists', 'ite', 'ites',
  'ian', 'ians', 'fan', 'fans', 'gate', 'wise', 'ward', 'lite', 'fest', 'hit', 'hits', 'bound', 'tied', 'size', 'sized', 'rich', 'poor',
  // Function words after a missing space (`James-at the`); `in` and `so` stay, as the syllables of `Moon Jae-in`, `Kim In-so`.
  'a', 'an', 'the', 'and', 'or', 'of', 'to', 'at', 'on', 'by', 'for', 'from', 'with', 'was', 'were', 'is', 'are', 'has', 'had',
]);

/** The longest lower-case word that joins a name over a hyphen: given-name syllables (`moon`, `hoon`, `un`). */
const LONGEST_SYLLABLE = 4;

/**
 * A romanised Korean syllable of five letters (`myung` of `Lee Jae-myung`, `seung`,
 * `hyeon`, `jeong`): onset, vowels, a final nasal or stop. English heads of that length
 * (`based`, `style`, `owned`, `proof`) have another shape.
 */
const FIVE_LETTER_SYLLABLE = /^[^aeiouy]{0,2}[aeiouy]{1,3}(?:ng|n|m|k|p|l)$/u;

/**
 * 5. A full name goes on over a hyphen written with no space on either side, when what follows
 *    is a capitalised word (`Catherine Zeta-Jones`, `Henry Campbell-Bannerman`) or the short
 *    lower-case syllable of a given name (`Ban Ki-moon`, `Kim Jong-un`, `Moon Jae-in`). The
 *    name must have two words already: a lone surname and a hyphen are more often a pair of
 *    people or a modifier (`the Biden-Harris ticket`, `a Putin-backed candidate`).
 */
function joinHyphenatedNames(result: Mention[], spans: SpanContext, replaced: Set<Mention>, added: Mention[]): void {
  const { tokens } = spans;
  const reach = (mention: Mention, first: number, last: number): number | null => {
    if (!/\s/u.test(mention.text)) return null;
    // The tagger may have taken the hyphen and stopped (`Moon Jae-` of `Moon Jae-in`).
    const from = tokens[last].text === '-' && last > first ? last - 1 : last;
    let end = from;
    while (end + 2 < tokens.length && continuesOverHyphen(tokens[end], tokens[end + 1], tokens[end + 2])) end += 2;
    return end === from ? null : end;
  };
  // Names other steps widened count as well, so that none is widened twice.
  extendPersons(result, spans, replaced, added, reach, () => [...result, ...added].filter((other) => !replaced.has(other)));
}

/** True when `hyphen` ties `word` to `before` with no space, and `word` may be part of a name. */
function continuesOverHyphen(before: Token, hyphen: Token, word: Token): boolean {
  if (!joinedByHyphen(before, hyphen, word)) return false;
  if (word.sentence !== before.sentence || word.kind !== 'word' || !/^\p{L}+$/u.test(word.text)) return false;
  if (/^\p{Lu}\p{Ll}/u.test(word.text)) return !isNeverName(word.text) && !isMonth(word.text) && !isWeekday(word.text);
  // A syllable follows a syllable: `Jae-in`, not `Limited-not` or `BBB-flat`.
  if (!/^\p{Lu}\p{Ll}{0,4}$/u.test(before.text)) return false;
  return /^\p{Ll}+$/u.test(word.text) && (word.text.length <= LONGEST_SYLLABLE || (word.text.length === 5 && FIVE_LETTER_SYLLABLE.test(word.text))) && !HYPHEN_HEADS.has(word.text);
}
