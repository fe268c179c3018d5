/**
 * Kind: whether a quotation is speech in its own right (`full`), a phrase lifted into the
 * reporter's sentence (`partial`), or a title, nickname or scare quote (`other`).
 */
import type { QuoteKind } from '../types.js';
import type { TokenView } from './view.js';

/** What the classifier needs to know about one quotation and its surroundings. */
export interface KindEvidence {
  /** Token range of the quoted words, `[first, end)`. */
  first: number;
  end: number;
  /** The quotation opens its clause: nothing before it in the sentence, or a cue and `:`/`,`/`that`. */
  opensClause: boolean;
  /** A cue frame follows the closing mark directly (`…,” she said`). */
  frameRightAfter: boolean;
  /** Any cue frame attributes the quotation. */
  attributed: boolean;
}

/** Small words a title keeps in lower case (`Spring of Life`). */
const TITLE_FUNCTION_WORDS = new Set(['of', 'the', 'a', 'an', 'and', 'or', 'for', 'in', 'on', 'to', 'at', 'by', 'with', 'de', 'la']);
/** Titles and nicknames are short; a longer capitalised run is more likely a shouted sentence. */
const MAXIMUM_TITLE_WORDS = 6;

/**
 * Classifies one quotation.
 * @param view - the document's tokens
 * @param evidence - the quotation's tokens and context
 */
export function classifyQuote(view: TokenView, evidence: KindEvidence): QuoteKind {
  const { tokens } = view.analyzed;
  const words = [];
  let hasVerb = false;
  let exclaims = false;
  for (let index = evidence.first; index < evidence.end; index += 1) {
    const token = tokens[index];
    if (token.pos === 'VERB' || token.pos === 'AUX') hasVerb = true;
    // Titles do not shout or ask: `Liberty! Liberty!` is a chant.
    if (token.text === '!' || token.text === '?') exclaims = true;
    if (/[\p{L}\p{N}]/u.test(token.text)) words.push(token.text);
  }
  if (words.length === 0) return 'other';
  const startsUpper = /^\p{Lu}/u.test(words[0]) || /^\p{N}/u.test(words[0]);

  const titleLike = !exclaims && words.length <= MAXIMUM_TITLE_WORDS && words.every((word) => /^\p{Lu}/u.test(word) || TITLE_FUNCTION_WORDS.has(word))
    && (!hasVerb || words.length <= 3);
  if (titleLike && !evidence.frameRightAfter) return 'other';

  if (startsUpper && (hasVerb || evidence.frameRightAfter) && (evidence.opensClause || evidence.frameRightAfter || hasVerb)) return 'full';
  return evidence.attributed ? 'partial' : 'other';
}
