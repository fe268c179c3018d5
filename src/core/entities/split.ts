/**
 * One mention that a stage reads as two names run together over a connecting word
 * (conjunctions.ts: `National Gallery` and the `Tate Gallery`; venues.ts: `Open Championship`
 * at `Royal Portrush`). The walk and the cutting are shared, as adjacent.ts shares the
 * joining of neighbours; where to cut, and what the second part is, is each stage's.
 */
import type { AnalyzedText } from '../nlp.js';
import type { EntityType, Mention } from '../types.js';
import { mentionOver } from './mentions.js';
import { tokensByEnd, tokensByStart } from './tokens.js';

/** Where a stage cuts a mention: the first part's last token, the second's first, its type. */
export interface Cut {
  firstEnd: number;
  secondStart: number;
  secondType: EntityType;
}

/**
 * Replaces each mention whose text holds `marker` and for which `cutOf` finds a cut with its
 * two parts; the first keeps the mention's type and other fields.
 * @param mentions - the mentions so far
 * @param analyzed - the document
 * @param fields - the path and the stage the parts are tagged with
 * @param marker - text a mention must hold to be asked about (` and the `): the cheap test
 * @param cutOf - the cut of a mention over tokens `first..last`, or null to leave it whole
 * @returns `mentions` itself when nothing was cut
 */
export function splitMentions(
  mentions: Mention[],
  analyzed: AnalyzedText,
  fields: { file: string; source: string },
  marker: (text: string) => boolean,
  cutOf: (mention: Mention, first: number, last: number) => Cut | null,
): Mention[] {
  if (!mentions.some((mention) => marker(mention.text))) return mentions;
  const { tokens, text } = analyzed;
  const byStart = tokensByStart(tokens);
  const byEnd = tokensByEnd(tokens);
  return mentions.flatMap((mention) => {
    if (!marker(mention.text)) return [mention];
    const first = byStart.get(mention.start);
    const last = byEnd.get(mention.end);
    const cut = first === undefined || last === undefined ? null : cutOf(mention, first, last);
    if (cut === null) return [mention];
    return [
      mentionOver(text, mention.start, tokens[cut.firstEnd].end, { ...fields, type: mention.type }, mention),
      mentionOver(text, tokens[cut.secondStart].start, mention.end, { ...fields, type: cut.secondType }, mention),
    ];
  });
}
