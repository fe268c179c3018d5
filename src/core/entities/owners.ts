/**
 * A person's name and what the person owns, read as one name: `Taylor Swift's Eras Tour`,
 * `Loretta Lynn's Lincoln`. Two names stand there, the owner and the thing, and a reader of
 * the entity table looks for the person. Names with `'s` inside are common (`People's
 * Republic of China`, `Martha's Vineyard`, `Moody's Investors Service`, `Hennepin County
 * Sheriff's Office`), so the span is cut only where the owner is a person's full name: two
 * words or more, opening with a given name that is no English word or nationality (`Christian
 * Children's Fund`).
 */
import type { Mention } from '../types.js';
import type { AnalyzedText } from '../nlp.js';
import { mentionOver } from './mentions.js';
import { isCommonWord, isDemonym, isFirstName, lookupName } from './knowledge.js';

const SOURCE = 'entities/owners';

/** `Taylor Swift` + `'s ` + `Eras Tour`: the owner, the apostrophe, the owned name. */
const OWNED = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)+)['’]s (\p{Lu}.*)$/u;

/**
 * Cuts a mention made of a person's full name, `'s` and a capitalised name into the person
 * and the name owned.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function splitOwnerNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  if (!mentions.some(mayHoldOwner)) return mentions;
  let changed = false;
  const result = mentions.flatMap((mention) => {
    const parts = mayHoldOwner(mention) ? OWNED.exec(mention.text) : null;
    if (!parts) return [mention];
    const owner = parts[1];
    const given = owner.slice(0, owner.indexOf(' '));
    if (!isFirstName(given) || isCommonWord(given) || isDemonym(given) || lookupName(mention.text)) return [mention];
    changed = true;
    const ownedStart = mention.end - parts[2].length;
    const ownedType = lookupName(parts[2])?.type ?? (mention.type === 'PERSON' ? 'ORG' : mention.type);
    return [
      mentionOver(analyzed.text, mention.start, mention.start + owner.length, { file, type: 'PERSON', source: SOURCE }),
      mentionOver(analyzed.text, ownedStart, mention.end, { file, type: ownedType, source: SOURCE }),
    ];
  });
  return changed ? result : mentions;
}

/** The cheap test first: most mentions have no `'s ` inside. */
function mayHoldOwner(mention: Mention): boolean {
  return mention.text.includes("'s ") || mention.text.includes('’s ');
}
