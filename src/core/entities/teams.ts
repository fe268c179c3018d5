/**
 * A club named after its town: `French first division side Nice`, `Deportivo were unable to
 * capitalise`, `Nice have been unable to win`. The tagger reads the town's name as the town
 * (or, unknown, as a surname); two things in the text say it is the club. A noun for a team
 * written right before the name (`side`, `club`, `champions`, `contenders`), and a plural
 * verb right after it, the name opening its sentence: British English writes a team in the
 * plural (`Nice have`, `But Milan were`), and a town or a person never. Once a document shows a name to be a club, every
 * mention of it is the club (`played for Nice`, `after Nice's home defeat`) except where it
 * is a place: after `in` or `near`, and in a dateline (`NICE, France`).
 *
 * Countries are left alone: a national side is named by its country (`England have won`),
 * which stays the country.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { isTrustedName } from './knowledge.js';
import { rewriteMentions } from './mentions.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

const SOURCE = 'entities/teams';

/** Lower-case nouns for a team, written right before its name (`Serie A side Atalanta`). */
const TEAM_NOUNS: ReadonlySet<string> = new Set([
  'side', 'club', 'team', 'outfit', 'champions', 'leaders', 'holders', 'rivals', 'contenders', 'strugglers', 'visitors', 'hosts', 'opponents',
]);

/**
 * The team nouns that make a club of a name read as a person's: people have rivals,
 * opponents and leaders too (`his opponents Lautier, Ivanchuk and Gelfand`).
 */
const PERSON_TEAM_NOUNS: ReadonlySet<string> = new Set(['side', 'club', 'outfit']);

/** Words before `side` that make it a side of something (`by my side`, `on the side`). */
const DETERMINERS: ReadonlySet<string> = new Set(['my', 'his', 'her', 'its', 'our', 'your', 'their', 'the', 'a', 'one', 'other', 'either', 'each']);

/** Plural verbs that make the name before them a team. */
const PLURAL_VERBS: ReadonlySet<string> = new Set(['have', 'were', 'are']);

/** Quotation marks and brackets that may open a sentence before its subject. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', "'", '‘', '(']);

/** Words that open a sentence before its subject (`But Deportivo were unable`). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(['But', 'And', 'Yet', 'So', 'Now', 'Still', 'Instead', 'Meanwhile']);

/** Words before a name that make it the place: `in Nice`, `near Milan`. */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'near']);

/**
 * Retypes as an organisation every mention of a one-word name that the document shows to be a
 * club, but for those that are places.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typeTownClubs(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const clubs = new Set<string>();
  for (const mention of mentions) {
    if (!mayBeClub(mention) || clubs.has(key(mention.text))) continue;
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined) continue;
    const person = mention.type === 'PERSON';
    // A person's name in the plural is a family (`Kennedys were`).
    const club = followsTeamNoun(tokens, first, person) || (isSubjectOfPluralVerb(tokens, first, last) && !(person && mention.text.endsWith('s')));
    if (club && !isTrustedName(mention.text)) clubs.add(key(mention.text));
  }
  if (clubs.size === 0) return mentions;
  return rewriteMentions(
    mentions,
    tokens,
    (mention, first) => {
      const before = tokens[first - 1];
      const inSentence = before !== undefined && before.sentence === tokens[first].sentence;
      if (inSentence && PLACE_PREPOSITIONS.has(before.text.toLowerCase())) return mention;
      if (isDateline(tokens, first, text)) return mention;
      return { ...mention, type: 'ORG', source: SOURCE };
    },
    (mention) => mayBeClub(mention) && clubs.has(key(mention.text)),
  );
}

/** A one-word mention of a place or a person, which the tagger may have made of a club. */
function mayBeClub(mention: Mention): boolean {
  return (mention.type === 'GPE' || mention.type === 'LOC' || mention.type === 'PERSON') && mention.role === undefined && /^\p{Lu}[\p{L}'-]*$/u.test(mention.text);
}

/** One key for `Nice` and a headline's `NICE`. */
function key(name: string): string {
  return name.toLowerCase();
}

function followsTeamNoun(tokens: readonly Token[], first: number, person: boolean): boolean {
  const noun = tokens[first - 1];
  if (noun === undefined || noun.sentence !== tokens[first].sentence || !(person ? PERSON_TEAM_NOUNS : TEAM_NOUNS).has(noun.text)) return false;
  // `by my side`, `on the side`: the noun ends a phrase of its own.
  const before = tokens[first - 2];
  return !(noun.text === 'side' && before !== undefined && before.sentence === noun.sentence && DETERMINERS.has(before.text.toLowerCase()));
}

function isSubjectOfPluralVerb(tokens: readonly Token[], first: number, last: number): boolean {
  const after = tokens[last + 1];
  if (after === undefined || after.sentence !== tokens[last].sentence || !PLURAL_VERBS.has(after.text)) return false;
  // The name must open its clause: after a verb or a preposition it ends another phrase
  // (`forced it to fly to London were charged`, `the tanks advancing on Arbil were manned`).
  let opener = first - 1;
  while (opener >= 0 && tokens[opener].sentence === tokens[first].sentence && OPENING_MARKS.has(tokens[opener].text)) opener -= 1;
  if (opener >= 0 && tokens[opener].sentence === tokens[first].sentence && CLAUSE_OPENERS.has(tokens[opener].text)) opener -= 1;
  return opener < 0 || tokens[opener].sentence !== tokens[first].sentence;
}

/** `NICE, France 1996-08-30`: a place's name opening a line, a comma after it. */
function isDateline(tokens: readonly Token[], first: number, text: string): boolean {
  const token = tokens[first];
  return token.lineBreakBefore && text[token.end] === ',';
}
