/**
 * A name written right before `airport` names the airport, a place, whoever it honours:
 * `Charles de Gaulle airport`, `Ben Gurion airport`, `Kennedy airport`. In eng.train the name
 * before `airport` is a place 27 times in 29 (twice an event's). The tagger reads a person's
 * name there as the person, and may break it at a lower-case particle (`Charles` and `Gaulle`
 * as two names), which is mended here too. A city the lists know keeps its type: in `Atlanta
 * airport` the name is the city's.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { byPosition, mentionOver } from './mentions.js';
import { tokensByEnd, tokensByStart } from './tokens.js';
import { lookupName } from './knowledge.js';

const SOURCE = 'entities/airports';

/** Lower-case particles inside people's names (`de`, `van`, `da`), which airports named after them keep. */
const PARTICLES: ReadonlySet<string> = new Set(['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ben']);

/**
 * Types a name followed by `airport` as a place, made whole over a particle the tagger broke
 * it at.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, airports typed LOC
 */
export function typeAirports(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const replaced = new Map<Mention, Mention>();
  const joined = new Set<Mention>();
  for (const mention of mentions) {
    // The cheap test first: ` airport` right after the mention.
    if (mention.type === 'LOC' || !text.startsWith(' airport', mention.end) || /\p{L}/u.test(text[mention.end + 8] ?? '')) continue;
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined) continue;
    // `Charles` `de` `Gaulle`: the name before the particle, one space away in the sentence, opens the airport's.
    const particle = tokens[first - 1];
    const before = particle !== undefined && PARTICLES.has(particle.text) && particle.sentence === tokens[last].sentence && particle.end + 1 === mention.start
      ? mentions.find((other) => other.end + 1 === particle.start && text[other.end] === ' ')
      : undefined;
    if (before === undefined) {
      // `Atlanta airport`: a city the lists know names its airport, and stays the city.
      if (lookupName(mention.text)?.type !== 'GPE') replaced.set(mention, { ...mention, type: 'LOC' });
      continue;
    }
    joined.add(before);
    replaced.set(mention, mentionOver(text, before.start, mention.end, { file, type: 'LOC', source: SOURCE }, mention));
  }
  if (replaced.size === 0) return mentions;
  return mentions.filter((mention) => !joined.has(mention)).map((mention) => replaced.get(mention) ?? mention).sort(byPosition);
}
