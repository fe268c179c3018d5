/**
 * A name given as another's byname is the same kind of thing: `Mohamed Hamdan Dagalo, known
 * as Hemedti`, `the Rapid Support Forces, also known as the Janjaweed`. The tagger reads the
 * byname alone, by its letters (`Hemedti` a place); `known as` says it names what the name
 * before it names. People, bodies and places pass their type on; nationalities and
 * miscellany do not (`Russians, known as …`).
 */
import type { AnalyzedText } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';

/**
 * What stands between a name and its byname: the comma of an apposition. Without it `known
 * as` may describe a noun before the name (`a faction of the Egyptian Islamic Jihad known as
 * the Vanguards of Conquest`, `the Speaker of the House known as the Great Compromiser`).
 */
const KNOWN_AS = /^,\s+(?:(?:also|better|widely|popularly|commonly|locally)\s+)?known\s+as\s+(?:the\s+)?["“‘']?$/u;

/** Types a byname takes from the name before it. */
const PASSED_ON: ReadonlySet<EntityType> = new Set(['PERSON', 'ORG', 'GPE', 'LOC']);

/**
 * Gives each byname written after `known as` the type of the name before it.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typeBynames(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { text } = analyzed;
  let result: Mention[] | null = null;
  for (let index = 1; index < mentions.length; index += 1) {
    const named = mentions[index - 1];
    const byname = mentions[index];
    if (byname.type === named.type || !PASSED_ON.has(named.type) || byname.start - named.end > 40) continue;
    if (!KNOWN_AS.test(text.slice(named.end, byname.start))) continue;
    result ??= [...mentions];
    result[index] = { ...byname, type: named.type };
  }
  return result ?? mentions;
}
