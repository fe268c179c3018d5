/**
 * A name the text itself calls a place: `the city of El Obeid`, `the town of Kupiansk`, `the
 * province of Helmand`. The tagger reads an unfamiliar name by its letters (`El Obeid`, `El
 * Fasher` as people, like `El Greco`); the noun before `of` says what it is. In eng.train
 * every one of the 119 names written after such a noun and `of` is a place (town 37, city 27,
 * state 11, village 10 …). What the document calls a place once, it means throughout: the
 * other mentions of the name the tagger read the same way are retyped with it. So is a name
 * read as a person or a body that an administrative unit's noun follows (`Tai Po district`).
 */
import type { AnalyzedText } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { tokensByStart } from './tokens.js';

/** Nouns naming a kind of place, written lower-case before `of`, and the type they give. */
const PLACE_NOUNS: ReadonlyMap<string, EntityType> = new Map([
  ...['city', 'town', 'village', 'port', 'capital', 'province', 'state', 'district', 'county', 'municipality', 'prefecture', 'suburb', 'township', 'republic', 'emirate']
    .map((noun): [string, EntityType] => [noun, 'GPE']),
  ['region', 'LOC'],
  ['island', 'LOC'],
]);

/**
 * An administrative unit's noun written lower-case after its name (`Hong Kong's Tai Po
 * district`, `Dade county`, `Helmand province`). Only a name read as a person or a body is
 * retyped by it: a MISC one is mostly an adjective (`an Ottoman province`, `a Tuscan town`),
 * and `region`, `city` or `town` follow those far more often than names.
 */
const UNIT_AFTER = /^ (?:district|county|province|prefecture|governorate|oblast|municipality|township)\b/;

/** Types the tagger gives a place it does not know; a place's or a people's type stays. */
const MISREAD_TYPES: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'MISC']);

/**
 * Retypes as places the names written after a place noun and `of`, with every other mention
 * of the same name and the same misread type in the document.
 * @param mentions - the mentions so far (typed)
 * @param analyzed - the document
 * @returns the mentions, such names places
 */
export function typeDescribedPlaces(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens, text } = analyzed;
  // The cheap test first: most documents call nothing `the city of`.
  const candidates = mentions.filter((mention) => MISREAD_TYPES.has(mention.type) && text.slice(Math.max(0, mention.start - 3), mention.start) === 'of ');
  const followed = mentions.filter((mention) => (mention.type === 'PERSON' || mention.type === 'ORG') && UNIT_AFTER.test(text.slice(mention.end, mention.end + 16)));
  if (candidates.length === 0 && followed.length === 0) return mentions;
  const byStart = tokensByStart(tokens);
  const retyped = new Map<string, EntityType>();
  for (const mention of followed) retyped.set(`${mention.type}\u0000${mention.entity}`, 'GPE');
  for (const mention of candidates) {
    const first = byStart.get(mention.start);
    if (first === undefined || first < 2) continue;
    const of = tokens[first - 1];
    const noun = tokens[first - 2];
    const type = PLACE_NOUNS.get(noun.text);
    if (of.text !== 'of' || type === undefined || noun.sentence !== tokens[first].sentence) continue;
    retyped.set(`${mention.type}\u0000${mention.entity}`, type);
  }
  if (retyped.size === 0) return mentions;
  return mentions.map((mention) => {
    const place = retyped.get(`${mention.type}\u0000${mention.entity}`);
    return place ? { ...mention, type: place } : mention;
  });
}
