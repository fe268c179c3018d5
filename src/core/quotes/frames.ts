/**
 * Cue frames: where, around a quotation, the reporting verb and its subject are written.
 *
 * Three places are tried, in the order news style makes them likely: right after the closing
 * mark (`…,” Lavrov stated.` / `…,” said a U.S. official`), earlier in the same sentence
 * (`He noted that “…”`, `criticized Brussels for its “…”`), and at the sentence's tail after a
 * comma (`There is “no information” that …, Meissner said.`). A frame only names the subject's
 * tokens; deciding who they refer to is the attribution step's job.
 */
import type { Token, TokenRange } from '../nlp.js';
import { partitionPoint } from '../sorted.js';
import { cueText, isCueWord, isParticipleCue, phraseCueLength } from './cues.js';
import { startsUpperCase } from './text.js';
import type { TokenView } from './view.js';

/** Where the cue stands relative to the quotation. */
export type FramePlacement = 'after' | 'before' | 'tail';

/** A reporting cue and the tokens that name who speaks. */
export interface CueFrame {
  /** The cue as written (`said`, `told reporters`, `according to`, a dash); null for `NP verb: “…”`. */
  cue: string | null;
  cueToken: number;
  /** Tokens of the speaker's noun phrase; null when the cue has none written (a participle). */
  subject: TokenRange | null;
  /** A name set off by commas right after a described subject (`his daughter, Rosa,`). */
  appositive: TokenRange | null;
  /** True when the subject follows the verb (`said Lavrov`), which decides which name is the head. */
  verbFirst: boolean;
  placement: FramePlacement;
}

// Whole tokens only: `’s` starts with the same character as a closing single mark.
const QUOTE_MARK_TOKEN = /^["“”‘’«»„]+$/u;
const SENTENCE_END = new Set(['.', '!', '?', ';', '…']);
const NOUN_PHRASE_TAGS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON', 'PART', 'X']);
const CLAUSE_WORDS = new Set(['who', 'whom', 'which', 'that', 'whose', 'where', 'when', 'while', 'because', 'if']);
const INNER_PREPOSITIONS = new Set(['of', 'for', 'at', 'in', 'from', 'with', 'on', 'to']);
const SUBJECT_PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
/** The most tokens a subject may take before the verb in `…,” NP said`; longer is not a frame. */
const MAXIMUM_SUBJECT_BEFORE_VERB = 8;
const MAXIMUM_SUBJECT_AFTER_VERB = 12;
/** How far an introductory phrase (`Speaking in Jakarta on Friday,`) may run before the subject. */
const MAXIMUM_INTRODUCTION = 30;

/** Index of the first token starting at or after `offset` (tokens.length when none). */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return partitionPoint(0, tokens.length, (index) => tokens[index].start < offset);
}

/** True for a token that is nothing but quote marks (not `’s`). */
export function isQuoteMarkToken(token: Token | undefined): boolean {
  return token !== undefined && QUOTE_MARK_TOKEN.test(token.text);
}

/** A reporting verb token (not the noun `state` or the adjective `reported`), or `according to`. */
export function isCueToken(view: TokenView, index: number): boolean {
  const token = view.analyzed.tokens[index];
  if (!token) return false;
  if (phraseCueLength(view, index) > 0) return true;
  if (!isCueWord(view.word(index))) return false;
  // `so-called “peace dividend”` reports no speech.
  if (view.word(index) === 'called' && view.word(index - 1) === '-' && view.word(index - 2) === 'so') return false;
  // wink tags a sentence-initial `Said` (as in `Said Ellis: “…”`) as a proper noun.
  const sentenceInitial = view.analyzed.sentences[token.sentence]?.first === index;
  if (token.pos === 'PROPN') return sentenceInitial;
  // `…, warning against “excessive optimism”`: wink may tag a participle after a comma as a noun.
  if (token.pos === 'NOUN' && isParticipleCue(view.word(index)) && view.word(index - 1) === ',') return true;
  return token.pos !== 'NOUN' && token.pos !== 'ADJ' && token.pos !== 'DET';
}

/** A capitalised word inside a sentence: part of a name whatever wink tagged it (`Josh/VERB Isay`). */
function isCapitalisedWord(view: TokenView, index: number): boolean {
  const token = view.analyzed.tokens[index];
  return startsUpperCase(token.text) && view.analyzed.sentences[token.sentence]?.first !== index;
}

function isNounPhraseToken(view: TokenView, index: number): boolean {
  const token = view.analyzed.tokens[index];
  if (!token || isQuoteMarkToken(token) || CLAUSE_WORDS.has(view.word(index))) return false;
  if (isCueToken(view, index)) return false;
  if (isCapitalisedWord(view, index)) return true;
  return NOUN_PHRASE_TAGS.has(token.pos) || /^[’']s$/u.test(token.text) || token.text === '-' || token.text === '&';
}

function isModifierBeforeVerb(token: Token): boolean {
  return token.pos === 'ADV' || token.pos === 'AUX' || token.pos === 'PART';
}

/**
 * The frame right after the closing mark: `…,” NP cue` or `…,” cue NP`.
 * @param view - the document's tokens
 * @param after - index of the first token after the closing mark
 */
export function frameAfter(view: TokenView, after: number): CueFrame | null {
  const { tokens } = view.analyzed;
  let index = after;
  while (index < tokens.length && tokens[index].text === ',' && !tokens[index].paragraphBefore) index += 1;
  if (index >= tokens.length || tokens[index].paragraphBefore || tokens[after]?.paragraphBefore) return null;
  if (DASHES.has(view.word(index)) && !tokens[index].lineBreakBefore) {
    // `“…” ― Pamela Padilla`: a dash and a name sign the quotation.
    const subject = nounPhraseAfter(view, index + 1);
    if (subject && isCapitalisedWord(view, subject.first)) {
      return { cue: tokens[index].text, cueToken: index, subject, appositive: null, verbFirst: true, placement: 'after' };
    }
    return null;
  }
  return frameStartingAt(view, index, 'after');
}

const DASHES = new Set(['―', '—', '–', '--']);

/** Reads `NP cue` or `cue NP` starting exactly at `index`, or returns null. */
function frameStartingAt(view: TokenView, index: number, placement: FramePlacement): CueFrame | null {
  const { tokens } = view.analyzed;
  if (isCueToken(view, index)) {
    const { text, length } = cueText(view, index);
    const subject = nounPhraseAfter(view, index + length);
    if (!subject) return null;
    return finishFrame(view, { cue: text, cueToken: index, subject, appositive: appositiveAfter(view, subject), verbFirst: true, placement });
  }
  let cursor = index;
  while (cursor < tokens.length && cursor - index < MAXIMUM_SUBJECT_BEFORE_VERB && isNounPhraseToken(view, cursor) && !tokens[cursor].paragraphBefore) {
    cursor += 1;
  }
  if (cursor === index) return null;
  const subject = { first: index, end: cursor };
  if (view.word(cursor) === ',' && isCapitalisedWord(view, index)) {
    // `“…,” Joseph Zwilling, a spokesman for the archdiocese, said`: skip the apposition.
    let close = cursor + 1;
    while (close < tokens.length && close - cursor <= MAXIMUM_SUBJECT_AFTER_VERB && view.word(close) !== ',' && !SENTENCE_END.has(view.word(close)) && !isQuoteMarkToken(tokens[close])) close += 1;
    if (view.word(close) === ',') cursor = close + 1;
  }
  while (cursor < tokens.length && isModifierBeforeVerb(tokens[cursor]) && !isCueToken(view, cursor)) cursor += 1;
  if (!isCueToken(view, cursor) || tokens[cursor].paragraphBefore) return null;
  const { text } = cueText(view, cursor);
  return finishFrame(view, { cue: text, cueToken: cursor, subject, appositive: null, verbFirst: false, placement });
}

/** A frame ending in a colon introduces the next quotation (`Lavrov said: “…”`), not the previous one. */
function finishFrame(view: TokenView, frame: CueFrame): CueFrame | null {
  if (frame.placement !== 'after') return frame;
  const last = Math.max(frame.cueToken, frame.subject?.end ?? 0, frame.appositive?.end ?? 0);
  let next = frame.verbFirst ? last : frame.cueToken + 1;
  if (!frame.verbFirst) {
    // `…,” he said in a statement: “…”` still introduces what follows.
    while (next < view.analyzed.tokens.length && next - frame.cueToken < 6 && view.word(next) !== ':' && !SENTENCE_END.has(view.word(next)) && !isQuoteMarkToken(view.analyzed.tokens[next])) next += 1;
  }
  return view.word(next) === ':' ? null : frame;
}

/** The speaker's noun phrase after a verb: up to a comma, a clause word, a verb or a mark. */
function nounPhraseAfter(view: TokenView, start: number): TokenRange | null {
  const { tokens } = view.analyzed;
  let end = start;
  while (end < tokens.length && end - start < MAXIMUM_SUBJECT_AFTER_VERB && !tokens[end].paragraphBefore) {
    const word = view.word(end);
    if (word === ',' || SENTENCE_END.has(word) || word === ':' || word === '(' || word === '--' || word === '_' || word === '—') break;
    if (CLAUSE_WORDS.has(word) || isQuoteMarkToken(tokens[end])) break;
    if ((tokens[end].pos === 'VERB' || tokens[end].pos === 'AUX') && !isCapitalisedWord(view, end)) break;
    end += 1;
  }
  // `said Friday` or `said in a statement` names no speaker.
  while (end > start && (tokens[end - 1].pos === 'ADP' || tokens[end - 1].pos === 'DET')) end -= 1;
  if (end === start) return null;
  const first = tokens[start];
  if (first.pos === 'ADP' && view.word(start) !== 'to') return null;
  return { first: start, end };
}

/** `said his daughter, Rosa, who …`: a capitalised name between commas after the subject. */
function appositiveAfter(view: TokenView, subject: TokenRange): TokenRange | null {
  const { tokens } = view.analyzed;
  if (view.word(subject.end) !== ',') return null;
  let start = subject.end + 1;
  if (view.word(start) === 'the') start += 1;
  let end = start;
  while (end < tokens.length && end - start < 5 && (tokens[end].pos === 'PROPN' || isCapitalisedWord(view, end))) end += 1;
  if (end === start) return null;
  const after = view.word(end);
  if (after !== ',' && after !== '.' && after !== undefined && !CLAUSE_WORDS.has(after)) return null;
  return { first: subject.end + 1, end };
}

/**
 * The nearest cue earlier in the quotation's sentence: `He noted that “…”`.
 * @param lowerBound - first token that may be read (the sentence start or just after an earlier quotation)
 * @param before - index of the opening mark's token
 */
export function frameBefore(view: TokenView, lowerBound: number, before: number, sentenceFirst = lowerBound): CueFrame | null {
  const { tokens } = view.analyzed;
  for (let index = before - 1; index >= lowerBound; index -= 1) {
    if (isQuoteMarkToken(tokens[index])) return null;
    if (!isCueToken(view, index)) continue;
    // `being asked to help “…”` is said to the subject, not by it.
    if (index > lowerBound && (view.word(index - 1) === 'being' || view.word(index - 1) === 'been') && view.word(index) !== 'quoted') continue;
    const { text, length } = cueText(view, index);
    const frame = (subject: TokenRange | null, verbFirst: boolean): CueFrame => ({ cue: text, cueToken: index, subject, appositive: null, verbFirst, placement: 'before' });
    // `according to X, “…”` and a clause-initial `Said Ellis: “…”` name the speaker after the verb.
    if ((length > 1 && view.word(index) === 'according') || index === lowerBound || view.word(index - 1) === ',') {
      const subject = nounPhraseAfter(view, index + length);
      // Only a phrase that ends where the quotation or its lead-in punctuation begins is the
      // speaker; `, said Meissner's assumptions were “…”` names what was said about.
      const closesLeadIn = subject && (view.word(subject.end) === ':' || view.word(subject.end) === ',');
      if (subject && closesLeadIn && subject.end <= before) return frame(subject, true);
      if (length > 1) return frame(null, true);
    }
    if (isParticipleCue(view.word(index)) && index - 1 > lowerBound && view.word(index - 1) === ',') {
      // `Trump said, adding later, “…”`, `Nvidia said in a post on X, adding that …`: the
      // participle shares the subject of the reporting verb before it in the clause.
      const governing = governingCue(view, lowerBound, index - 2);
      if (governing >= 0) return frame(subjectBefore(view, lowerBound, governing, sentenceFirst), false);
    }
    if (isParticipleCue(view.word(index))) {
      // `footage of Hillary Clinton asking, “…”`: the name right before the participle is its subject.
      const adjacent = adjacentName(view, lowerBound, index);
      return frame(adjacent ?? clauseSubject(view, sentenceFirst, index), false);
    }
    return frame(subjectBefore(view, lowerBound, index, sentenceFirst), false);
  }
  if (before > lowerBound && view.word(before - 1) === ':') {
    // `Gutierrez dismissed the criticism: “…”`: no reporting verb, but the colon hands the
    // clause's subject the quotation.
    const subject = clauseSubject(view, sentenceFirst, before - 1);
    if (subject) return { cue: null, cueToken: subject.end - 1, subject, appositive: null, verbFirst: false, placement: 'before' };
  }
  return null;
}

/** Words a participle's governing verb may stand before it: `said in a post on X, adding`. */
const MOST_WORDS_TO_GOVERNING_CUE = 8;

/**
 * The reporting verb at or before `from` that a participle after a comma continues, with no
 * quotation mark or other comma between, or -1.
 */
function governingCue(view: TokenView, lowerBound: number, from: number): number {
  const { tokens } = view.analyzed;
  for (let index = from; index >= lowerBound && from - index <= MOST_WORDS_TO_GOVERNING_CUE; index -= 1) {
    if (isCueToken(view, index)) return index;
    if (isQuoteMarkToken(tokens[index]) || view.word(index) === ',') return -1;
  }
  return -1;
}

/** Capitalised words right before `index` (`Hillary Clinton` in `… Hillary Clinton asking`). */
function adjacentName(view: TokenView, lowerBound: number, index: number): TokenRange | null {
  let first = index;
  while (first > lowerBound && isCapitalisedWord(view, first - 1) && index - first < 5) first -= 1;
  return first < index ? { first, end: index } : null;
}

/**
 * The cue clause at the end of the sentence after the quotation:
 * `“no information” that …, Meissner said.` — the last comma followed by a frame.
 */
export function frameAtTail(view: TokenView, after: number): CueFrame | null {
  const { tokens } = view.analyzed;
  if (after >= tokens.length || tokens[after].paragraphBefore) return null;
  const sentence = tokens[after].sentence;
  let found: CueFrame | null = null;
  for (let index = after; index < tokens.length && tokens[index].sentence === sentence; index += 1) {
    if (isQuoteMarkToken(tokens[index])) break;
    if (view.word(index) !== ',') continue;
    const frame = frameStartingAt(view, index + 1, 'tail');
    if (frame) found = frame;
  }
  return found;
}

/** The noun phrase written just before a finite cue verb (`Lavrov also noted`), or the clause's subject. */
function subjectBefore(view: TokenView, lowerBound: number, cue: number, sentenceFirst: number): TokenRange | null {
  const { tokens } = view.analyzed;
  let end = cue;
  while (end > lowerBound && isModifierBeforeVerb(tokens[end - 1])) end -= 1;
  // `according to Lavrov, who said “…”`: the relative pronoun stands for the phrase before it.
  if (end - 2 >= lowerBound && view.word(end - 1) === 'who' && view.word(end - 2) === ',') end -= 2;
  let first = end;
  while (first > lowerBound && end - first < MAXIMUM_SUBJECT_AFTER_VERB) {
    const previous = first - 1;
    if (isNounPhraseToken(view, previous)) {
      first = previous;
      continue;
    }
    // Keep `Bishop Henry Mansell of the Archdiocese of Buffalo` whole so its head is the person.
    if (INNER_PREPOSITIONS.has(view.word(previous)) && previous > lowerBound && isNounPhraseToken(view, previous - 1)) {
      first = previous;
      continue;
    }
    break;
  }
  while (first < end && INNER_PREPOSITIONS.has(view.word(first))) first += 1;
  if (first < end) return { first, end };
  return clauseSubject(view, sentenceFirst, cue);
}

/**
 * The subject of the clause containing `limit`: its first noun phrase after any opening
 * conjunction, adverb or introductory phrase (`Speaking in Jakarta, Lavrov …`).
 */
export function clauseSubject(view: TokenView, lowerBound: number, limit: number): TokenRange | null {
  const { tokens } = view.analyzed;
  // Every scan here is bounded, so that calling this once per quotation in one endless
  // sentence stays linear.
  const introLimit = Math.min(limit, lowerBound + MAXIMUM_INTRODUCTION);
  let index = lowerBound;
  while (index < introLimit && (tokens[index].pos === 'CCONJ' || tokens[index].pos === 'ADV' || tokens[index].pos === 'INTJ' || tokens[index].kind === 'punctuation')) index += 1;
  if (index < limit && (tokens[index].pos === 'ADP' || tokens[index].pos === 'SCONJ' || tokens[index].pos === 'VERB')) {
    while (index < introLimit && view.word(index) !== ',') index += 1;
    if (index >= introLimit) return null;
    index += 1;
  }
  const first = index;
  while (index < limit && index - first < MAXIMUM_SUBJECT_AFTER_VERB) {
    if (isNounPhraseToken(view, index)) index += 1;
    // `Secretary of State Madeleine Albright`: a preposition joins two capitalised parts.
    else if (INNER_PREPOSITIONS.has(view.word(index)) && index + 1 < limit && isCapitalisedWord(view, index + 1)) index += 1;
    else break;
  }
  if (index === first) return null;
  // `the Hungarian foreign minister, Janos Martonyi, …`: the name set off by commas belongs to it.
  const appositive = appositiveAfter(view, { first, end: index });
  if (appositive && appositive.end <= limit) return { first, end: appositive.end };
  return { first, end: index };
}

/** True when the range is a single subject pronoun (`he`, `she`). */
export function isPronounSubject(view: TokenView, range: TokenRange): boolean {
  return range.end - range.first === 1 && SUBJECT_PRONOUNS.has(view.word(range.first));
}
