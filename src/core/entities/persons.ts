/**
 * Lone surnames that the text itself shows to be people. The tagger learnt from 1996 Reuters
 * copy, where a capitalised word opening a sentence is usually an ordinary word and a person
 * is usually introduced by full name first; current news often names a leader by surname alone
 * (`Trump said …`, `Erdogan's aide …`), and then the tagger finds nothing, or reads the
 * unfamiliar word as an organisation or a place.
 *
 * Two kinds of evidence, each about one capitalised word that no list knows as anything but a
 * person and that is no ordinary English word:
 *
 * 1. a possessive before a word only people have (`Putin's aide`, `Erdogan's wife`): the word
 *    is a person whatever the tagger said;
 * 2. a reporting verb right after it at the start of a sentence (`Trump said`, `Starmer told`):
 *    the word is a person when the tagger found nothing there. In eng.train, unfamiliar names
 *    in that place are people about six times in seven; the rest are firms and agencies, which
 *    the tagger usually does type, so its readings are kept.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import {
  isCommonWord,
  isDemonym,
  isLocationKeyword,
  isMonth,
  isNeverName,
  isOrgSuffix,
  isRoleModifier,
  isTitleWord,
  isWeekday,
  lookupName,
} from './knowledge.js';

const SOURCE = 'entities/person-context';

/** Words for what only a person has: kin, aides, a lawyer. Not `office` or `spokesman`, which firms and ministries have too. */
const PERSONAL_NOUNS = new Set([
  'aide', 'aides', 'adviser', 'advisers', 'advisor', 'advisors', 'wife', 'husband', 'widow', 'son', 'sons', 'daughter', 'daughters',
  'father', 'mother', 'brother', 'sister', 'lawyer', 'lawyers', 'attorney', 'attorneys', 'predecessor', 'successor', 'bodyguards',
  'girlfriend', 'boyfriend', 'fiancee', 'fiance', 'spouse', 'parents', 'children', 'grandson', 'granddaughter',
]);

/** Reporting verbs that follow a speaker's name. */
const REPORTING_VERBS = new Set(['said', 'says', 'told', 'tells', 'added', 'adds']);

/**
 * Adds or retypes one-word person mentions on contextual evidence.
 * @param mentions - the mentions so far (the tagger's and the rescue stage's)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, with new PERSON mentions added and single-word ones retyped
 */
export function findContextPersons(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, sentences } = analyzed;
  const byStart = new Map<number, Mention[]>();
  for (const mention of mentions) {
    const list = byStart.get(mention.start);
    if (list) list.push(mention);
    else byStart.set(mention.start, [mention]);
  }
  const retyped = new Map<Mention, Mention>();
  const added: Mention[] = [];
  for (const sentence of sentences) {
    for (let index = sentence.first; index < sentence.end; index += 1) {
      const token = tokens[index];
      if (!isCandidate(token)) continue;
      const possessive = index + 2 < sentence.end && isPossessive(tokens[index + 1].text) && PERSONAL_NOUNS.has(tokens[index + 2].text);
      const reported = index === sentence.first && index + 1 < sentence.end && REPORTING_VERBS.has(tokens[index + 1].text);
      if (!possessive && !reported) continue;
      const covering = mentions.filter((mention) => mention.start < token.end && token.start < mention.end);
      if (covering.length === 0) {
        added.push({ file, start: token.start, end: token.end, text: token.text, type: 'PERSON', entity: token.text, source: SOURCE });
        continue;
      }
      if (!possessive) continue;
      for (const mention of byStart.get(token.start) ?? []) {
        if (mention.end === token.end && mention.type !== 'PERSON') retyped.set(mention, { ...mention, type: 'PERSON' });
      }
    }
  }
  if (added.length === 0 && retyped.size === 0) return mentions;
  return [...mentions.map((mention) => retyped.get(mention) ?? mention), ...added];
}

/** A capitalised word that could be an unfamiliar surname: no ordinary word, no known place or body. */
function isCandidate(token: Token): boolean {
  if (token.kind !== 'word') return false;
  const word = token.text;
  if (word.length < 2 || !/^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(word)) return false;
  if (isCommonWord(word) || isNeverName(word) || isMonth(word) || isWeekday(word) || isDemonym(word)) return false;
  if (isTitleWord(word) || isRoleModifier(word) || isOrgSuffix(word) || isLocationKeyword(word)) return false;
  const known = lookupName(word);
  return !known || known.type === 'PERSON';
}

function isPossessive(text: string): boolean {
  return text === "'s" || text === '’s' || text === "'" || text === '’';
}
