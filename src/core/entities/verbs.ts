/**
 * Two names the tagger ran together over the verb between them: `Court found Hakan`, `Darwin
 * wrote Lyell`, `the Republican People's Party won Istanbul`, `Costas left Credit Suisse`. A
 * name holds lower-case words only as connectors and particles (of eng.train's 23,499
 * entities, 340 lower-case words inside a name: `of`, `and`, `de`, `the`, `van` and the like,
 * and no verb but the `is` of two titles, `Small is Beautiful`); a lower-case verb between
 * capitalised words is a sentence's verb between its subject and its object. The mention is
 * split there: the first part keeps its type, the second takes the type a list gives it, or
 * the mention's. No listed name holds a lower-case verb; a title's `be` or `is` is left alone
 * (`The Chimp Who Would be Human`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { splitMentions } from './split.js';
import { opensWithCapital } from './tokens.js';
import { isNameParticle, lookupName } from './knowledge.js';

const SOURCE = 'entities/verbs';

/** Verbs that titles of works hold in lower case: a span across one may be a title. */
const TITLE_VERBS: ReadonlySet<string> = new Set(['be', 'is', 'are', 'was', 'were', 'am']);

/**
 * Splits the mentions that run on over a lower-case verb into a capitalised name.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 */
export function splitAtVerbs(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  return splitMentions(mentions, analyzed, { file, source: SOURCE }, mayHoldVerb, (mention, first, last) => {
    for (let index = first + 1; index < last; index += 1) {
      if (!isLowerCaseVerb(tokens[index])) continue;
      if (!opensWithCapital(tokens[index - 1])) return null;
      // The object may have its article (`Committee requested the Secretariat`).
      const object = tokens[index + 1].text === 'the' && index + 1 < last ? index + 2 : index + 1;
      if (!opensWithCapital(tokens[object])) return null;
      const rest = text.slice(tokens[object].start, mention.end);
      return { firstEnd: index - 1, secondStart: object, secondType: lookupName(rest)?.type ?? mention.type };
    }
    return null;
  });
}

/** The cheap test: a lower-case letter opening a word after the first. */
function mayHoldVerb(name: string): boolean {
  return /\s\p{Ll}/u.test(name);
}

function isLowerCaseVerb(token: Token): boolean {
  return (token.pos === 'VERB' || token.pos === 'AUX') && /^\p{Ll}+$/u.test(token.text) && !TITLE_VERBS.has(token.text) && !isNameParticle(token.text);
}
