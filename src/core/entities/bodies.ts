/**
 * Bodies named after a place or a people that the tagger cut in two: `New York` + `Mercantile
 * Exchange`, `California` + `Avocado Commission`, `American` + `Civil Liberties Union`,
 * `Tel Aviv` + `University` (read as a person). The place or nationality is the first word of
 * the body's name; eng.train writes such names whole 132 times to 18.
 *
 * The 18 are a country's own organs (`Russian Duma`, `French Interior Ministry`, `U.S.
 * Senate`, `Republican Congress`): there the place or people qualifies a body it does not
 * name, and the two stay apart. So do names with a lower-case word between, and a place that
 * is itself the end of a body's name.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { joinAdjacent } from './adjacent.js';
import { mentionOver } from './mentions.js';
import { isBodyWord } from './heads.js';
import { isDemonym, isListedPlace, isOrgSuffix } from './knowledge.js';

const SOURCE = 'entities/bodies';

/** Last words of a state's own organs, which a place or nationality before them qualifies. */
const STATE_ORGANS: ReadonlySet<string> = new Set([
  'Senate', 'Congress', 'Parliament', 'Duma', 'Ministry', 'Government', 'Cabinet', 'Army', 'Navy', 'Forces', 'Department', 'Police', 'Guard', 'Command', 'Embassy',
]);

/**
 * Joins a place or nationality to the body's name right after it.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function joinPlaceBodies(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  // Again on the result: several qualifiers may stand before one body (`Democratic` +
  // `Republican` + `Federal Party`), and each pass joins the nearest.
  let result = mentions;
  for (let pass = 0; pass < 3; pass += 1) {
    const next = joinOnce(result, analyzed, file);
    if (next === result) break;
    result = next;
  }
  return result;
}

function joinOnce(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { text } = analyzed;
  return joinAdjacent(mentions, text, (place, body) => {
    if (!isPlaceOrPeople(place)) return null;
    const words = body.text.split(' ');
    const head = words[words.length - 1];
    if (!isBodyWord(head) || STATE_ORGANS.has(head) || words.includes('The') || words.some((word) => !/^[\p{Lu}\d&]/u.test(word))) return null;
    // `Jewish` + `West Bank`: a place whose last word names a body elsewhere.
    if (body.type === 'GPE' || body.type === 'LOC' || isListedPlace(body.text)) return null;
    return mentionOver(text, place.start, body.end, { file, type: 'ORG', source: SOURCE }, body);
  });
}

/**
 * A place, or a nationality (still CoNLL's MISC at this stage), written in capitals or title
 * case, and no body's name itself (`Pipeline Corp.` + `Co` is left to others).
 */
function isPlaceOrPeople(mention: Mention): boolean {
  if (!/^\p{Lu}/u.test(mention.text)) return false;
  const last = mention.text.slice(mention.text.lastIndexOf(' ') + 1);
  if (isOrgSuffix(last)) return false;
  if (mention.type === 'GPE' || mention.type === 'LOC' || mention.type === 'NORP') return true;
  return mention.type === 'MISC' && isDemonym(last);
}
