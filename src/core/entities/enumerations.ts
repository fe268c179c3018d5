/**
 * A name listed among names of one kind is of that kind: `strikes hit Kharkiv, Odesa and
 * Dnipro` (Dnipro a club in eng.train, so an organisation to the tagger), `Nashville,
 * Birmingham, New Orleans or Charlotte` (Charlotte a given name). An enumeration names like
 * things; the tagger reads each name alone, by its letters and what it learnt of the word.
 * Where every other name of a list of three or more (commas, then `and` or `or`) is of one
 * kind (a person, a body, a place), by the tagger and by the lists alike, and one is of
 * another, that one takes the list's kind; unless a trusted list knows it as what it was read
 * (`Britain, France and NATO`), or it is a person by a given name or a role, or it is the last
 * and a verb follows (`and Harriet joined`). Nationalities and miscellany are neither changed
 * nor counted. With the tagger's kinds alone, lists it had read wrong spread their error
 * (`Ayala, Príncipe, Díaz de Burgos, and Rivera` as places): on the 20 MB bench corpus 156
 * retypings, most of fifteen read in context wrong, against 11, all right, with the lists'
 * agreement.
 */
import type { AnalyzedText } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { isTrustedName, lookupName, opensWithGivenName, refineLocationType } from './knowledge.js';
import { tokensByEnd } from './tokens.js';

type Kind = 'person' | 'body' | 'place';

/** What stands before the last name of a list, and between the others a comma. */
const LAST_SEPARATORS: ReadonlySet<string> = new Set([' and ', ', and ', ' or ', ', or ']);

/**
 * Retypes the one name of another kind in a list of names of one kind.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typeEnumeratedNames(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { text } = analyzed;
  let result: Mention[] | null = null;
  let first = 0;
  while (first < mentions.length) {
    // A list is names joined by commas and, before the last, `and` or `or`: commas alone
    // also part a town from its state and a name from its apposition (`Goyang, South
    // Korea, Sibel Özkan became`, `the Budget Committee, Paul Ryan,`).
    let last = first;
    while (last + 1 < mentions.length && text.slice(mentions[last].end, mentions[last + 1].start) === ', ') last += 1;
    const closed = last + 1 < mentions.length && LAST_SEPARATORS.has(text.slice(mentions[last].end, mentions[last + 1].start));
    if (closed) last += 1;
    if (closed && last - first >= 2) {
      const odd = oddOneOut(mentions.slice(first, last + 1), isSubject(mentions[last], analyzed));
      if (odd !== null) {
        result ??= [...mentions];
        result[first + odd.index] = { ...mentions[first + odd.index], type: odd.type };
      }
    }
    first = last + 1;
  }
  return result ?? mentions;
}

/**
 * The member of another kind than all the others, and the type it takes; null if none. A last
 * member that a verb follows may open a clause of its own (`moved to Cambridge,
 * Massachusetts and Harriet joined the faculty`), and is left.
 */
function oddOneOut(list: readonly Mention[], lastIsSubject: boolean): { index: number; type: EntityType } | null {
  const kinds = list.map((mention) => kindOf(mention.type));
  if (kinds.includes(null)) return null;
  for (let index = 0; index < list.length; index += 1) {
    const others = kinds.filter((_, other) => other !== index);
    const kind = others[0];
    if (kind === kinds[index] || others.some((other) => other !== kind)) continue;
    // The others' kind is the lists' as well as the tagger's (the tagger alone reads whole
    // lists wrong: `Ayala, Príncipe, Díaz de Burgos, and Rivera` as places).
    if (list.some((other, position) => position !== index && kindOf(lookupName(other.text)?.type ?? 'MISC') !== kind)) return null;
    const mention = list[index];
    if (index === list.length - 1 && lastIsSubject) return null;
    if (isTrustedName(mention.text) && kindOf(lookupName(mention.text)?.type ?? 'MISC') === kinds[index]) return null;
    // A given name and a surname, or a role, make a person whatever the list (`Sweetwater,
    // Arizona, and Sammie Largo`, a town, its state and a singer).
    if (mention.type === 'PERSON' && (mention.role !== undefined || opensWithGivenName(mention.text))) return null;
    return { index, type: kind === 'place' ? refineLocationType(mention.text) : kind === 'body' ? 'ORG' : 'PERSON' };
  }
  return null;
}

/** Whether a verb follows the mention. */
function isSubject(mention: Mention, analyzed: AnalyzedText): boolean {
  const last = tokensByEnd(analyzed.tokens).get(mention.end);
  const next = last === undefined ? undefined : analyzed.tokens[last + 1];
  return next !== undefined && (next.pos === 'VERB' || next.pos === 'AUX');
}

function kindOf(type: EntityType): Kind | null {
  if (type === 'PERSON') return 'person';
  if (type === 'ORG') return 'body';
  return type === 'GPE' || type === 'LOC' ? 'place' : null;
}
