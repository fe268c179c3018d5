/**
 * Attribution: turning a frame's subject tokens into a speaker. Names resolve through their
 * mention's canonical entity; pronouns to the person most recently speaking or standing as a
 * clause subject; descriptions (`the Russian foreign minister`) through the roles and
 * affiliations the document gave its people, never to whichever name is nearest.
 */
import type { EntityFacts, NameIndex } from './names.js';
import { affiliationKeys, ROLE_HEADS } from './names.js';
import { isCommonWord } from '../entities/knowledge.js';
import type { TokenRange } from '../nlp.js';
import { partitionPoint } from '../sorted.js';
import { clauseSubject, isCueToken, isPronounSubject, type CueFrame } from './frames.js';
import { startsUpperCase } from './text.js';
import type { TokenView } from './view.js';

/** How a speaker was found; it becomes the quotation's `source`. */
export type AttributionMethod = 'name' | 'pronoun' | 'description' | 'continuation' | 'none';

/** Who speaks, as far as the text says. */
export interface Attribution {
  speaker: string | null;
  description: string | null;
  method: AttributionMethod;
}

const NOTHING: Attribution = { speaker: null, description: null, method: 'none' };
const PERSONAL_PRONOUNS = new Set(['he', 'she']);
const INDEFINITES = new Set(['a', 'an', 'another', 'one']);
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'this', 'that']);

interface SalienceEvent {
  position: number;
  entity: string;
}

/** A reporting verb outside quotations whose subject resolved to someone. */
export interface SpeechEvent {
  /** Token index of the cue. */
  token: number;
  attribution: Attribution;
}

/**
 * Who is salient where: clause subjects that are people, the first person a sentence introduces
 * when its subject is not one, and the subjects of reporting verbs outside quotations (pronouns
 * resolved as the reading goes), so that `he added` finds the latest of them before it and an
 * uncued paragraph the latest reported speech (`He said he doubted …`).
 *
 * The text is read in document order one sentence at a time, and only as far as a question
 * reaches: most quotations name their speaker, so most of a document is never read here (on the
 * bench corpus, seven tokens in eight). Reading in order finds, before any point, exactly what
 * one pass over the whole document would.
 */
export class Salience {
  private readonly view: TokenView;
  private readonly names: () => NameIndex;
  private readonly insideQuote: Uint8Array;
  /** Events read so far, by position. */
  private readonly found: SalienceEvent[] = [];
  /** The entity of the event read last: the one a pronoun reporting verb refers to. */
  private lastFound: string | null = null;
  /** Reported speech read so far, by token. */
  private readonly speech: SpeechEvent[] = [];
  /** Speakers found while attributing, appended in document order. */
  private readonly speakers: SalienceEvent[] = [];
  /** The first sentence not read yet. */
  private nextSentence = 0;

  /**
   * @param view - the document's tokens
   * @param names - mentions, for the people in subject position; asked for only once a sentence is read
   * @param insideQuote - per token, 1 when it lies between quote marks (never read for salience)
   */
  constructor(view: TokenView, names: () => NameIndex, insideQuote: Uint8Array) {
    this.view = view;
    this.names = names;
    this.insideQuote = insideQuote;
  }

  /** Records a speaker found while attributing; quotations are attributed in document order. */
  add(position: number, entity: string): void {
    const last = this.speakers[this.speakers.length - 1];
    if (!last || last.position <= position) this.speakers.push({ position, entity });
  }

  /** The latest salient person before the start of token `token`, or null. */
  latestBefore(token: number): string | null {
    this.readSentencesBefore(token + 1);
    const position = this.view.tokens[token].start;
    const found = latestIn(this.found, position);
    const spoken = latestIn(this.speakers, position);
    if (!found) return spoken?.entity ?? null;
    if (!spoken) return found.entity;
    return spoken.position >= found.position ? spoken.entity : found.entity;
  }

  /** The latest reported speech outside quotations whose cue comes before token `token`, or null. */
  latestSpeechBefore(token: number): SpeechEvent | null {
    this.readSentencesBefore(token);
    const speech = this.speech;
    const low = partitionPoint(0, speech.length, (index) => speech[index].token < token);
    return low > 0 ? speech[low - 1] : null;
  }

  /** Reads every sentence that starts before token `token`; events lie inside their sentence. */
  private readSentencesBefore(token: number): void {
    const { sentences } = this.view.analyzed;
    while (this.nextSentence < sentences.length && sentences[this.nextSentence].first < token) {
      this.readSentence(sentences[this.nextSentence]);
      this.nextSentence += 1;
    }
  }

  private readSentence(sentence: TokenRange): void {
    const { view, insideQuote } = this;
    const { tokens } = view;
    if (insideQuote[sentence.first]) return;
    const names = this.names();
    const events: SalienceEvent[] = [];
    const push = (event: SalienceEvent): void => {
      events.push(event);
      this.lastFound = event.entity;
    };
    const subject = clauseSubject(view, sentence.first, sentence.end);
    const person = subject ? personMention(names, subject, false) : null;
    if (person && subject) {
      push({ position: tokens[subject.first].start, entity: person });
    } else if (!subject || !isPronounSubject(view, subject)) {
      const introduced = firstPersonIn(names, sentence, insideQuote);
      if (introduced) push({ position: tokens[introduced.token].start, entity: introduced.entity });
    }
    for (let index = sentence.first; index < sentence.end; index += 1) {
      if (insideQuote[index] || !isCueToken(view, index)) continue;
      const range = speechSubject(view, sentence.first, index);
      if (!range) continue;
      let attribution: Attribution | null = null;
      const named = personMention(names, range, false);
      if (named) attribution = { speaker: named, description: null, method: 'name' };
      else if (isPronounSubject(view, range) && PERSONAL_PRONOUNS.has(view.word(range.first))) {
        const resolved = this.lastFound;
        if (resolved) attribution = { speaker: resolved, description: null, method: 'pronoun' };
      }
      if (!attribution?.speaker) continue;
      push({ position: tokens[index].start, entity: attribution.speaker });
      this.speech.push({ token: index, attribution });
    }
    // A sentence's subject may stand after its cue; every event of a later sentence lies after
    // this one's, so sorting each sentence's events (stably) keeps the whole list sorted.
    if (events.length > 1) events.sort((a, b) => a.position - b.position);
    for (const event of events) this.found.push(event);
  }
}

function latestIn(events: readonly SalienceEvent[], position: number): SalienceEvent | null {
  const low = partitionPoint(0, events.length, (index) => events[index].position < position);
  return low > 0 ? events[low - 1] : null;
}

function firstPersonIn(names: NameIndex, sentence: TokenRange, insideQuote: Uint8Array): { token: number; entity: string } | null {
  for (let index = sentence.first; index < sentence.end; index += 1) {
    const mentionIndex = names.mentionOfToken[index];
    if (mentionIndex < 0 || insideQuote[index]) continue;
    const mention = names.mentions[mentionIndex];
    if (mention.type === 'PERSON') return { token: index, entity: mention.entity };
  }
  return null;
}

/** The subject of a reporting verb: after it when it opens its clause (`, said Lavrov`), else before. */
function speechSubject(view: TokenView, sentenceFirst: number, cue: number): TokenRange | null {
  const previous = cue > sentenceFirst ? view.word(cue - 1) : null;
  if (previous === null || previous === ',') {
    let end = cue + 1;
    while (end < view.analyzed.tokens.length && end - cue <= 4 && personAtToken(view, end)) end += 1;
    if (end > cue + 1) return { first: cue + 1, end };
  }
  let end = cue;
  while (end > sentenceFirst && (view.analyzed.tokens[end - 1].pos === 'ADV' || view.analyzed.tokens[end - 1].pos === 'AUX')) end -= 1;
  let first = end;
  while (first > sentenceFirst && end - first < 4 && personAtToken(view, first - 1)) first -= 1;
  if (first < end) return { first, end };
  if (end > sentenceFirst && PERSONAL_PRONOUNS.has(view.word(end - 1))) return { first: end - 1, end };
  return null;
}

/** A token that can be part of a name: a proper noun, or any capitalised word inside a sentence. */
function personAtToken(view: TokenView, index: number): boolean {
  const token = view.analyzed.tokens[index];
  if (!token) return false;
  return token.pos === 'PROPN' || (startsUpperCase(token.text) && view.analyzed.sentences[token.sentence]?.first !== index);
}

/** The person a range names, if any: the first one when it follows the verb, else the last. */
function personMention(names: NameIndex, range: TokenRange, verbFirst: boolean): string | null {
  let found: string | null = null;
  for (let index = range.first; index < range.end; index += 1) {
    const mentionIndex = names.mentionOfToken[index];
    if (mentionIndex < 0) continue;
    const mention = names.mentions[mentionIndex];
    if (mention.type !== 'PERSON') continue;
    // `Vacco's campaign manager`: the possessor is not the one speaking.
    if (names.isPossessed(index)) continue;
    found = mention.entity;
    if (verbFirst) break;
  }
  return found;
}

/**
 * Resolves a frame's subject to a speaker.
 * @param view - the document's tokens
 * @param names - mentions and entity facts
 * @param salience - salient people so far, for pronouns
 * @param frame - the cue frame
 */
export function attribute(view: TokenView, names: NameIndex, salience: Salience, frame: CueFrame): Attribution {
  const { tokens, text } = view.analyzed;
  const subject = frame.subject;
  if (!subject) return NOTHING;
  const position = tokens[frame.cueToken].start;

  const core = headPhrase(view, subject);
  // A name set off by commas (`the Hungarian foreign minister, Janos Martonyi,`) is the speaker too.
  const person = personMention(names, core, frame.verbFirst)
    ?? (frame.appositive ? personMention(names, frame.appositive, true) : null)
    ?? (core.end < subject.end ? personMention(names, { first: core.end, end: subject.end }, true) : null);
  if (person) return { speaker: person, description: null, method: 'name' };

  if (isPronounSubject(view, core)) {
    if (!PERSONAL_PRONOUNS.has(view.word(core.first))) return { speaker: null, description: tokens[core.first].text, method: 'none' };
    const latest = salience.latestBefore(frame.cueToken);
    return latest ? { speaker: latest, description: null, method: 'pronoun' } : { speaker: null, description: tokens[core.first].text, method: 'none' };
  }

  const description = text.slice(tokens[subject.first].start, tokens[subject.end - 1].end);
  const startsWithDeterminer = DETERMINERS.has(view.word(core.first));
  // An organisation or place standing as the head (`Granma said`, `the State Department says`).
  const headMention = names.mentionOfToken[core.end - 1];
  if (headMention >= 0) {
    const mention = names.mentions[headMention];
    // `Critics called …` and `Palestinians said` describe speakers without naming one: a bare
    // plural common noun or a nationality. A bare singular (`Holder said`) can only be a name.
    const head = mention.text;
    const describes = mention.type === 'NORP' || (mention.type === 'MISC' && !head.includes(' ') && /s$/u.test(head) && isCommonWord(head));
    const canSpeak = !describes;
    if (canSpeak && (!startsWithDeterminer || mention.type === 'ORG')) return { speaker: mention.entity, description: null, method: 'name' };
  }

  // `The United Auto Workers union called …`: a body's name, then a word for its kind.
  const kindOf = core.end - core.first >= 2 && BODY_KIND_NOUNS.has(view.word(core.end - 1)) && !startsUpperCase(tokens[core.end - 1].text) ? names.mentionOfToken[core.end - 2] : -1;
  if (kindOf >= 0 && names.mentions[kindOf].type === 'ORG') return { speaker: names.mentions[kindOf].entity, description: null, method: 'name' };

  const described = resolveDescription(view, names, core, position);
  return { speaker: described, description, method: 'description' };
}

/**
 * Lower-case nouns for a kind of body, written after its name (`the Hamas group`, `the UAW
 * union`). Not rescue.ts's nouns that only a firm is: after a name some of those name another
 * firm (`the Apple supplier` is a supplier of Apple), so only the firm kinds that name the
 * firm itself are here.
 */
const BODY_KIND_NOUNS: ReadonlySet<string> = new Set([
  'union', 'group', 'company', 'firm', 'party', 'ministry', 'agency', 'organization', 'organisation', 'network', 'newspaper',
  'coalition', 'alliance', 'association', 'federation', 'council', 'committee', 'bank', 'movement', 'militia', 'broadcaster',
  'automaker', 'carmaker', 'airline', 'carrier', 'charity', 'club', 'lab', 'startup', 'chipmaker', 'insurer', 'lender', 'retailer',
]);

/** The noun phrase up to its first preposition: `a spokeswoman` of `a spokeswoman in New York`. */
function headPhrase(view: TokenView, range: TokenRange): TokenRange {
  for (let index = range.first + 1; index < range.end; index += 1) {
    if (view.analyzed.tokens[index].pos === 'ADP' || view.word(index) === ',') return { first: range.first, end: index };
  }
  return range;
}

/**
 * The person a description stands for: an entity whose roles include the description's role
 * words (`foreign minister`), whose affiliation does not contradict it (`Russian`), mentioned
 * most recently before the description (or, failing that, soonest after it).
 */
function resolveDescription(view: TokenView, names: NameIndex, range: TokenRange, position: number): string | null {
  // `a U.S. official`, `another diplomat`: an indefinite description brings someone new in.
  if (INDEFINITES.has(view.word(range.first))) return null;
  const words: string[] = [];
  const capitalised: string[] = [];
  for (let index = range.first; index < range.end; index += 1) {
    const word = view.word(index);
    if (DETERMINERS.has(word)) continue;
    words.push(word);
    if (startsUpperCase(view.tokens[index].text)) capitalised.push(word);
  }
  const heads = words.filter((word) => ROLE_HEADS.has(word));
  if (heads.length === 0) return null;
  const modifiers = words.filter((word) => !ROLE_HEADS.has(word) && !capitalised.includes(word));

  let best: { entity: string; score: number; distance: number } | null = null;
  for (const facts of names.entities().values()) {
    if (facts.type !== 'PERSON' || facts.roleWords.size === 0) continue;
    if (!heads.every((head) => facts.roleWords.has(head))) continue;
    let score = heads.length;
    for (const modifier of modifiers) if (facts.roleWords.has(modifier)) score += 1;
    const affiliationWords = capitalised.filter((word) => !facts.roleWords.has(word));
    if (affiliationWords.length > 0 && facts.affiliations.size > 0) {
      if (!affiliationWords.some((word) => affiliationKeys(word).some((key) => facts.affiliations.has(key)))) continue;
      score += 2;
    }
    const distance = distanceBefore(facts, position);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { entity: facts.entity, score, distance };
  }
  return best?.entity ?? null;
}

/** How far before `position` the entity was last mentioned; mentions after it count as far. */
function distanceBefore(facts: EntityFacts, position: number): number {
  const { positions } = facts;
  const low = partitionPoint(0, positions.length, (index) => positions[index] < position);
  if (low > 0) return position - positions[low - 1];
  return Number.MAX_SAFE_INTEGER / 2 + (positions[0] - position);
}
