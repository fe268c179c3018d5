/**
 * A number the tagger ran a name on into: `U.S. BEAT EL SALVADOR 3-1`, `in Sergiyev Posad 70
 * km from the capital`, `C. Tolley 4-68`. A person's name holds no number, a score (`3-1`)
 * belongs to the match, and a number before a unit (`70 km`) to the distance; other names keep
 * theirs (`Windows 11`, `Apollo 11`, `Euro 2024`, `Area 51`, `Terminal 5`).
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention } from '../types.js';
import { mentionOver, rewriteMentions } from './mentions.js';

/** Units a distance, a speed or a share is counted in. */
const UNITS: ReadonlySet<string> = new Set(['km', 'kms', 'kilometres', 'kilometers', 'miles', 'mile', 'metres', 'meters', 'mph', 'kph', 'percent', '%', 'pct']);

/**
 * Takes off the last token of each mention that is such a number.
 * @param mentions - the mentions so far (after span cleaning)
 * @param analyzed - the document
 */
export function dropTrailingNumbers(mentions: Mention[], analyzed: AnalyzedText): Mention[] {
  const { tokens, text } = analyzed;
  return rewriteMentions(
    mentions,
    tokens,
    (mention, first, last) => {
      const number = tokens[last];
      if (last === first || number.kind !== 'number' || !number.spaceBefore || !/\p{L}/u.test(tokens[last - 1].text)) return mention;
      const score = /^\d+-\d+$/.test(number.text);
      if (mention.type !== 'PERSON' && !score && !isUnitAfter(tokens, last)) return mention;
      return mentionOver(text, mention.start, tokens[last - 1].end, { file: mention.file, type: mention.type, source: mention.source }, mention);
    },
    // The cheap test first: a digit at the end of the mention.
    (mention) => /\d$/.test(mention.text),
  );
}

function isUnitAfter(tokens: readonly Token[], last: number): boolean {
  const unit = tokens[last + 1];
  return unit !== undefined && unit.sentence === tokens[last].sentence && UNITS.has(unit.text);
}
