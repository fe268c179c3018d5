/**
 * A sport's governing body named by the sport and the country: `Cricket Australia`, `Rugby
 * Australia`, `Hockey Canada`, `USA Gymnastics`, `Athletics Kenya`. The tagger finds the
 * country and passes over the sport's word (a common noun to it), so the body became a place.
 * A capitalised sport written right before or after a country, with no further capitalised
 * word (`England Cricket Board` is the tagger's to find), names the body.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, byPosition } from './mentions.js';
import { tokensByEnd, tokensByStart } from './tokens.js';
import { lookupName } from './knowledge.js';

const SOURCE = 'entities/sports-bodies';

/** Sports whose national bodies are named after them, as the bodies write the word. */
const SPORTS: ReadonlySet<string> = new Set([
  'Athletics', 'Badminton', 'Baseball', 'Basketball', 'Boxing', 'Canoe', 'Cricket', 'Cycling', 'Diving', 'Equestrian', 'Fencing',
  'Football', 'Golf', 'Gymnastics', 'Hockey', 'Judo', 'Netball', 'Rowing', 'Rugby', 'Sailing', 'Skiing', 'Soccer', 'Softball',
  'Squash', 'Surfing', 'Swimming', 'Taekwondo', 'Tennis', 'Triathlon', 'Volleyball', 'Weightlifting', 'Wrestling',
]);

const SPORT_BEFORE = /(?:^|[^\p{L}])\p{Lu}\p{Ll}+ $/u;
const SPORT_AFTER = /^ \p{Lu}\p{Ll}+(?:[^\p{L}]|$)/u;

/**
 * Makes one organisation of a country and the capitalised sport's word beside it, whether
 * the tagger left the word out (`Australia` after `Cricket`) or read the whole as a place or a
 * person (`Hockey Canada`, `Tennis Australia`).
 * @param mentions - the mentions so far (after typing and canonical names)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function joinSportsBodies(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const replaced = new Map<Mention, Mention>();
  for (const mention of mentions) {
    if (mention.type === 'ORG') continue;
    if (isSportAndCountry(mention.text)) {
      replaced.set(mention, { ...mention, type: 'ORG', source: SOURCE });
      continue;
    }
    // The cheap test first: a sport's word beside the mention, then a country in it.
    if (!SPORT_BEFORE.test(text.slice(Math.max(0, mention.start - 16), mention.start)) && !SPORT_AFTER.test(text.slice(mention.end, mention.end + 16))) continue;
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined) continue;
    const before = tokens[first - 1];
    const after = tokens[last + 1];
    let start = mention.start;
    let end = mention.end;
    let next = after;
    if (before !== undefined && SPORTS.has(before.text) && before.sentence === tokens[first].sentence && text.slice(before.end, mention.start) === ' ') start = before.start;
    else if (after !== undefined && SPORTS.has(after.text) && after.sentence === tokens[last].sentence && text.slice(mention.end, after.start) === ' ') {
      end = after.end;
      next = tokens[last + 2];
    } else continue;
    // `England Cricket Board`, `Cricket Australia Cup`: a longer name, not the body's.
    if (next !== undefined && next.sentence === tokens[last].sentence && next.kind === 'word' && /^\p{Lu}/u.test(next.text)) continue;
    if (!isCountry(mention.text) || mentions.some((other) => other !== mention && other.start < end && start < other.end)) continue;
    replaced.set(mention, mentionOver(text, start, end, { file, type: 'ORG', source: SOURCE }, mention));
  }
  if (replaced.size === 0) return mentions;
  return mentions.map((mention) => replaced.get(mention) ?? mention).sort(byPosition);
}

/** `Hockey Canada`, `USA Swimming`: two parts, a sport's word and a country. */
function isSportAndCountry(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const head = name.slice(0, space);
  const tail = name.slice(space + 1);
  return (SPORTS.has(head) && isCountry(tail)) || (SPORTS.has(tail) && isCountry(head));
}

/** A country or another place the lists know as a political unit (`Australia`, `USA`, `Wales`). */
function isCountry(name: string): boolean {
  return lookupName(name)?.type === 'GPE';
}
