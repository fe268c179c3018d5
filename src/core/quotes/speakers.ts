/**
 * Attribution: turning a frame's subject tokens into a speaker. Names resolve through their
 * mention's canonical entity; pronouns to the person most recently speaking or standing as a
 * clause subject; descriptions (`the Russian foreign minister`) through the roles and
 * affiliations the document gave its people, never to whichever name is nearest.
 */
import type { TokenRange } from '../nlp.js';
import type { EntityFacts, NameIndex } from './names.js';
import { ROLE_HEADS } from './names.js';
import { clauseSubject, isCueToken, isPronounSubject, type CueFrame, type TokenView } from './frames.js';

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
const DETERMINERS = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'our', 'one', 'another', 'this', 'that']);

interface SalienceEvent {
  position: number;
  entity: string;
}

/**
 * Who is salient where: people in subject position and people speaking, in document order, so
 * that `he added` finds the latest of them before it.
 */
export class Salience {
  private readonly found: SalienceEvent[];
  /** Speakers found while attributing, appended in document order. */
  private readonly speakers: SalienceEvent[] = [];

  constructor(found: SalienceEvent[]) {
    this.found = found.sort((a, b) => a.position - b.position);
  }

  /** Records a speaker found while attributing; quotations are attributed in document order. */
  add(position: number, entity: string): void {
    const last = this.speakers[this.speakers.length - 1];
    if (!last || last.position <= position) this.speakers.push({ position, entity });
  }

  /** The latest salient person before `position`, or null. */
  latestBefore(position: number): string | null {
    const found = latestIn(this.found, position);
    const spoken = latestIn(this.speakers, position);
    if (!found) return spoken?.entity ?? null;
    if (!spoken) return found.entity;
    return spoken.position >= found.position ? spoken.entity : found.entity;
  }
}

function latestIn(events: readonly SalienceEvent[], position: number): SalienceEvent | null {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (events[middle].position < position) low = middle + 1;
    else high = middle;
  }
  return low > 0 ? events[low - 1] : null;
}

/**
 * People who stand as a clause's subject, or as the subject of any reporting verb, across the
 * document: the candidates a later pronoun may point to.
 */
export function collectSalience(view: TokenView, names: NameIndex): Salience {
  const { tokens, sentences } = view.analyzed;
  const events: SalienceEvent[] = [];
  const personAt = (range: TokenRange | null, verbFirst: boolean): string | null => {
    if (!range) return null;
    const mention = personMention(names, range, verbFirst);
    return mention;
  };
  for (const sentence of sentences) {
    const subject = clauseSubject(view, sentence.first, sentence.end);
    const person = personAt(subject, false);
    if (person && subject) events.push({ position: tokens[subject.first].start, entity: person });
  }
  for (let index = 0; index < tokens.length; index += 1) {
    if (!isCueToken(view, index)) continue;
    const before = nearestNounPhraseBefore(view, index);
    const person = personAt(before, false);
    if (person) events.push({ position: tokens[index].start, entity: person });
  }
  return new Salience(events);
}

/** The few tokens right before a verb, as a cheap stand-in for its subject. */
function nearestNounPhraseBefore(view: TokenView, cue: number): TokenRange | null {
  const { tokens } = view.analyzed;
  let end = cue;
  while (end > 0 && (tokens[end - 1].pos === 'ADV' || tokens[end - 1].pos === 'AUX')) end -= 1;
  let first = end;
  while (first > 0 && end - first < 4 && (tokens[first - 1].pos === 'PROPN' || tokens[first - 1].pos === 'NOUN' || tokens[first - 1].pos === 'PART')) first -= 1;
  return first < end ? { first, end } : null;
}

/** The person a range names, if any: the first one when it follows the verb, else the last. */
function personMention(names: NameIndex, range: TokenRange, verbFirst: boolean): string | null {
  let found: string | null = null;
  for (let index = range.first; index < range.end; index += 1) {
    const mentionIndex = names.mentionOfToken[index];
    if (mentionIndex < 0) continue;
    const mention = names.mentions[mentionIndex];
    if (mention.type !== 'PERSON') continue;
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
  const person = personMention(names, core, frame.verbFirst) ?? (frame.appositive ? personMention(names, frame.appositive, true) : null);
  if (person) return { speaker: person, description: null, method: 'name' };

  if (isPronounSubject(view, core)) {
    if (!PERSONAL_PRONOUNS.has(view.words[core.first])) return { speaker: null, description: tokens[core.first].text, method: 'none' };
    const latest = salience.latestBefore(position);
    return latest ? { speaker: latest, description: null, method: 'pronoun' } : { speaker: null, description: tokens[core.first].text, method: 'none' };
  }

  const description = text.slice(tokens[subject.first].start, tokens[subject.end - 1].end);
  const startsWithDeterminer = DETERMINERS.has(view.words[core.first]);
  // An organisation or place standing as the head (`Granma said`, `the State Department says`).
  const headMention = names.mentionOfToken[core.end - 1];
  if (headMention >= 0) {
    const mention = names.mentions[headMention];
    if (!startsWithDeterminer || mention.type === 'ORG') return { speaker: mention.entity, description: null, method: 'name' };
  }

  const described = resolveDescription(view, names, core, position);
  return { speaker: described, description, method: 'description' };
}

/** The noun phrase up to its first preposition: `a spokeswoman` of `a spokeswoman in New York`. */
function headPhrase(view: TokenView, range: TokenRange): TokenRange {
  for (let index = range.first + 1; index < range.end; index += 1) {
    if (view.analyzed.tokens[index].pos === 'ADP' || view.words[index] === ',') return { first: range.first, end: index };
  }
  return range;
}

/**
 * The person a description stands for: an entity whose roles include the description's role
 * words (`foreign minister`), whose affiliation does not contradict it (`Russian`), mentioned
 * most recently before the description (or, failing that, soonest after it).
 */
function resolveDescription(view: TokenView, names: NameIndex, range: TokenRange, position: number): string | null {
  const words: string[] = [];
  const capitalised: string[] = [];
  for (let index = range.first; index < range.end; index += 1) {
    const word = view.words[index];
    if (DETERMINERS.has(word)) continue;
    words.push(word);
    if (/^\p{Lu}/u.test(view.originals[index])) capitalised.push(word);
  }
  const heads = words.filter((word) => ROLE_HEADS.has(word));
  if (heads.length === 0) return null;
  const modifiers = words.filter((word) => !ROLE_HEADS.has(word) && !capitalised.includes(word));

  let best: { entity: string; score: number; distance: number } | null = null;
  for (const facts of names.entities.values()) {
    if (facts.type !== 'PERSON' || facts.roleWords.size === 0) continue;
    if (!heads.every((head) => facts.roleWords.has(head))) continue;
    let score = heads.length;
    for (const modifier of modifiers) if (facts.roleWords.has(modifier)) score += 1;
    const affiliationWords = capitalised.filter((word) => !facts.roleWords.has(word));
    if (affiliationWords.length > 0 && facts.affiliations.size > 0) {
      if (!affiliationWords.some((word) => facts.affiliations.has(word))) continue;
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
  let low = 0;
  let high = positions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (positions[middle] < position) low = middle + 1;
    else high = middle;
  }
  if (low > 0) return position - positions[low - 1];
  return Number.MAX_SAFE_INTEGER / 2 + (positions[0] - position);
}
