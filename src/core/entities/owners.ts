/**
 * Owners and what they own. Three rules: a one-word owner of a person's full name is no
 * person (`typeOwnersOfPeople`), a full name owning what only a person has is one
 * (`typeOwnersOfPersonalThings`), and, first, the split below.
 *
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
import { mentionOver, namesPersonBy } from './mentions.js';
import { isCommonWord, isDemonym, isFirstName, lookupName, opensWithGivenName } from './knowledge.js';

const SOURCE = 'entities/owners';

/** `Taylor Swift` + `'s ` + `Eras Tour`: the owner, the apostrophe, the owned name. */
const OWNED = /^(\p{Lu}[\p{L}.-]*(?: \p{Lu}[\p{L}.-]*)+)['’]s (\p{Lu}.*)$/u;

/**
 * Cuts a mention made of a person's full name, `'s` and a capitalised name into the person
 * and the name owned; and one made of a name, `'s` and a person's full name into the owner
 * and the person (`BBC's Laura Kuenssberg`).
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function splitOwnerNames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  if (!mentions.some(mayHoldOwner)) return mentions;
  let changed = false;
  const result = mentions.flatMap((mention) => {
    if (!mayHoldOwner(mention) || lookupName(mention.text)) return [mention];
    const parts = OWNED.exec(mention.text);
    if (parts && isPersonsFullName(parts[1])) {
      changed = true;
      const ownedType = lookupName(parts[2])?.type ?? (mention.type === 'PERSON' ? 'ORG' : mention.type);
      return [
        mentionOver(analyzed.text, mention.start, mention.start + parts[1].length, { file, type: 'PERSON', source: SOURCE }),
        mentionOver(analyzed.text, mention.end - parts[2].length, mention.end, { file, type: ownedType, source: SOURCE }),
      ];
    }
    // The converse: a body or a place owning a person (`the BBC's Laura Kuenssberg`, `Ukraine's
    // Oleksandr Kubrakov`): the people are the owner's reporters, players and envoys.
    const owning = OWNER_OF_PERSON.exec(mention.text);
    if (!owning || !isPersonsFullName(owning[2])) return [mention];
    // Read as a person whole, it is as often a thing with a given name's word in it
    // (`Sabato's Crystal Ball`): only a listed owner then vouches for the reading.
    const ownerType = lookupName(owning[1])?.type;
    if (ownerType === 'PERSON' || (mention.type === 'PERSON' && ownerType === undefined)) return [mention];
    changed = true;
    return [
      mentionOver(analyzed.text, mention.start, mention.start + owning[1].length, { file, type: ownerType ?? mention.type, source: SOURCE }),
      mentionOver(analyzed.text, mention.end - owning[2].length, mention.end, { file, type: 'PERSON', source: SOURCE }),
    ];
  });
  return changed ? result : mentions;
}

/** `BBC` + `'s ` + `Laura Kuenssberg`: any owner, and a name of two or three words owned. */
const OWNER_OF_PERSON = /^(\p{Lu}[\p{L}.&-]*(?: \p{Lu}[\p{L}.&-]*)*)['’]s (\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,2})$/u;

/**
 * A person's full name: two words or more, opening with a given name that is no English word
 * or nationality (not `Christian Children`).
 */
function isPersonsFullName(name: string): boolean {
  const space = name.indexOf(' ');
  if (space < 0) return false;
  const given = name.slice(0, space);
  return isFirstName(given) && !isCommonWord(given) && !isDemonym(given);
}

/** The cheap test first: most mentions have no `'s ` inside. */
function mayHoldOwner(mention: Mention): boolean {
  return mention.text.includes("'s ") || mention.text.includes('’s ');
}

/**
 * A one-word name read as a person whose `'s` owns a person's full name is a team, a firm or
 * a place: `Chelsea's Cole Palmer`, `Boston's Mo Vaughn`. In eng.train none of the 53 names
 * written so is a person (places 39, organisations 14). The owner takes the type the lists
 * give it, or the document's other reading of it, or an organisation's; it stays a person
 * where the document names a person by it (`Donald Trump … Trump's Steve Witkoff`) or the
 * lists know a person so.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typeOwnersOfPeople(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { text } = analyzed;
  let result: Mention[] | null = null;
  for (let index = 0; index + 1 < mentions.length; index += 1) {
    const owner = mentions[index];
    const owned = mentions[index + 1];
    // A titled owner is a person (`Lord Hardwicke's Regency Bill`), and the tagger reads
    // things owned as people too (`Beau's Tasting Dinner`): only a given name opens a person.
    if (owner.type !== 'PERSON' || owner.role !== undefined || owned.type !== 'PERSON' || /\s/.test(owner.text) || !opensWithGivenName(owned.text)) continue;
    if (!/^['’]s\s+$/u.test(text.slice(owner.end, owned.start))) continue;
    const known = lookupName(owner.text);
    if (known?.type === 'PERSON' || namesPersonBy(mentions, owner.text)) continue;
    const otherReading = mentions.find((other) => other.text === owner.text && other.type !== 'PERSON');
    result ??= [...mentions];
    result[index] = { ...owner, type: known?.type ?? otherReading?.type ?? 'ORG' };
  }
  return result ?? mentions;
}

/**
 * What only a person has: kin, a life's events, a singer's records, a batter's hits.
 * eng.train writes a name before `'s` and one of these (an adjective may stand between) 24
 * times: 22 people and `Monaco's husband` twice (a princess's), never an organisation.
 */
const PERSONAL_THINGS = /^['’]s\s+(?:\p{Ll}+\s+)?(?:wife|husband|widow|daughters?|sons?|mother|father|brother|sister|parents|children|family|girlfriend|boyfriend|fianc[eé]e?|grandson|granddaughter|death|funeral|birthday|memoir|album|single|songs?|career)\b/u;

/**
 * A full name the tagger read as something other than a person, whose `'s` owns what only a
 * person has, is a person: `Taylor Swift's new album`, `Joan Fontaine's husband`. Only names
 * of two words or more that open with a given name and that no list knows.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typeOwnersOfPersonalThings(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { text } = analyzed;
  let result: Mention[] | null = null;
  mentions.forEach((mention, index) => {
    // The cheap tests first: most mentions are people already, or own nothing.
    if (mention.type === 'PERSON' || mention.type === 'NORP' || !PERSONAL_THINGS.test(text.slice(mention.end, mention.end + 40))) return;
    if (!opensWithGivenName(mention.text) || lookupName(mention.text)) return;
    result ??= [...mentions];
    result[index] = { ...mention, type: 'PERSON' };
  });
  return result ?? mentions;
}
