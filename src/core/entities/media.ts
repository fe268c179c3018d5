/**
 * Newspapers and magazines named beside the word for them: `the Moscow daily Kommersant`,
 * `the daily Izvestia`, `the Guardian newspaper`, `Zycie Warszawy daily said`. Papers are
 * named after cities, gods and abstract words, so the tagger reads them as places or things;
 * the word for a paper beside the name says what it is, an organisation, for the whole
 * document. A paper named after its city (`the Moscow daily Kommersant`) keeps the city a city:
 * the name the noun stands between is the paper's; and a place the lists know before the noun
 * is where the paper is published (`a St. Louis newspaper`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { rewriteMentions } from './mentions.js';
import { isFirstName, isListedPlace, lookupName } from './knowledge.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

const SOURCE = 'entities/media';

/** Lower-case words for a paper, before or after its name; not `paper`, which markets trade (`Bund paper`). */
const PAPER_NOUNS: ReadonlySet<string> = new Set(['daily', 'newspaper', 'weekly', 'tabloid', 'magazine', 'broadsheet']);

/**
 * Retypes as organisations the names a paper's noun stands beside, and their other mentions.
 * @param mentions - the mentions so far, by position (after typing)
 * @param analyzed - the document
 */
export function typePapers(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens } = analyzed;
  // The cheap test first: most documents name no paper.
  if (!/\b(?:daily|newspaper|weekly|tabloid|magazine|broadsheet)\b/.test(analyzed.text)) return mentions;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  const papers = new Set<string>();
  for (const mention of mentions) {
    // A people (`the Russian daily`) owns the paper; a person writes in it or owns it (`the
    // Rupert Murdoch newspaper`), but a name of two words or more that opens with no given
    // name may be a paper's the tagger took for a person's (`Zycie Warszawy daily said`).
    if (mention.type === 'ORG' || mention.type === 'NORP' || (mention.type === 'PERSON' && !mayBePaperReadAsPerson(mention.text))) continue;
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    if (first === undefined || last === undefined) continue;
    // A listed place before the noun is where the paper is (`a St. Louis newspaper`), and so
    // is an abbreviation in capitals (`HK newspaper editorials`).
    if (isPaperAfterNoun(tokens, first) || (isPaperBeforeNoun(tokens, last) && !isListedPlace(mention.text) && /\p{Ll}/u.test(mention.text))) papers.add(mention.text);
  }
  if (papers.size === 0) return mentions;
  return rewriteMentions(
    mentions,
    tokens,
    (mention) => ({ ...mention, type: 'ORG', source: SOURCE }),
    (mention) => mention.type !== 'ORG' && mention.type !== 'NORP' && papers.has(mention.text),
  );
}

function mayBePaperReadAsPerson(name: string): boolean {
  const space = name.indexOf(' ');
  return space > 0 && !isFirstName(name.slice(0, space)) && lookupName(name)?.type !== 'PERSON';
}

/** `the daily Izvestia`, `the Moscow daily Kommersant`: the noun, after `the` or a name, right before. */
function isPaperAfterNoun(tokens: readonly Token[], first: number): boolean {
  const noun = tokens[first - 1];
  const before = tokens[first - 2];
  if (noun === undefined || before === undefined || !PAPER_NOUNS.has(noun.text) || noun.sentence !== tokens[first].sentence || before.sentence !== noun.sentence) return false;
  return before.text.toLowerCase() === 'the' || /^\p{Lu}/u.test(before.text);
}

/** `the Guardian newspaper said`: the noun right after, closing the phrase (no name after it). */
function isPaperBeforeNoun(tokens: readonly Token[], last: number): boolean {
  const noun = tokens[last + 1];
  if (noun === undefined || !PAPER_NOUNS.has(noun.text) || noun.sentence !== tokens[last].sentence) return false;
  const after = tokens[last + 2];
  return after === undefined || after.sentence !== noun.sentence || !/^\p{Lu}/u.test(after.text);
}
