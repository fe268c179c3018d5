/**
 * A Chinese surname spelt like an English pronoun: `He` in `Vice Premier He Lifeng`. Span
 * cleaning takes a pronoun off a name's edge, and the tagger seldom includes it, so the person
 * came out as `Lifeng`. But the pronoun never stands right before a person's name: `He Lifeng
 * said` can only be the name (a pronoun before a name needs a comma, `He, Lifeng, said`).
 * Runs after span cleaning.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { tokensByStart } from './tokens.js';

const SOURCE = 'entities/pronouns';

/** Surnames written like a pronoun, as a name writes them (`HE` in capitals is a shout, not a name). */
const PRONOUN_SURNAMES: ReadonlySet<string> = new Set(['He']);

/**
 * Extends each person's name over a pronoun-like surname written right before it.
 * @param mentions - the mentions so far (after span cleaning)
 * @param analyzed - the document
 * @param file - the path mentions are tagged with
 * @returns the mentions, such names whole
 */
export function joinPronounSurnames(mentions: Mention[], analyzed: AnalyzedText, file: string): Mention[] {
  const { tokens, text } = analyzed;
  if (!tokens.some((token) => PRONOUN_SURNAMES.has(token.text))) return mentions;
  const byStart = tokensByStart(tokens);
  return mentions.map((mention) => {
    if (mention.type !== 'PERSON') return mention;
    const first = byStart.get(mention.start);
    if (first === undefined || first === 0) return mention;
    const before = tokens[first - 1];
    // A Chinese given name is one word (`He Lifeng`); a fuller name after it (`He John Smith`)
    // is some other run of words.
    if (!PRONOUN_SURNAMES.has(before.text) || before.sentence !== tokens[first].sentence || before.end + 1 !== mention.start || mention.text.includes(' ')) return mention;
    return mentionOver(text, before.start, mention.end, { file, type: mention.type, source: SOURCE }, mention);
  });
}
