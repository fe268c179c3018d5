/**
 * Quotations with their speakers. The stages, in order, and why that order:
 *
 * 1. marks (`marks.ts`): pair the quote marks; nothing else can start before spans exist.
 * 2. names (`names.ts`): index the mentions (and stand-ins for names the recogniser missed),
 *    because frames are resolved against them.
 * 3. salience (`speakers.ts`): who stands in subject position or speaks where, so pronouns can
 *    look back.
 * 4. per quotation, in document order: cue frames (`frames.ts`), attribution (`speakers.ts`),
 *    kind (`kind.ts`), then continuation from the previous quotation when no cue is written —
 *    order matters here because a pronoun or an uncued paragraph leans on what came before.
 */
import type { AnalyzedText } from '../nlp.js';
import type { Mention, Quote } from '../types.js';
import { findQuotedSpans } from './marks.js';
import { buildNameIndex } from './names.js';
import { createTokenView, firstTokenAtOrAfter, frameAfter, frameAtTail, frameBefore, isCueToken, type CueFrame, type TokenView } from './frames.js';
import { attribute, collectSalience, type Attribution } from './speakers.js';
import { classifyQuote } from './kind.js';

/** A quotation whose speaker can carry over to an uncued one that follows. */
interface Carried {
  attribution: Attribution;
  /** First token after the closing mark. */
  afterToken: number;
  /** The cue token of its own frame, which does not count as a new cue in between. */
  cueToken: number;
}

/**
 * Finds the direct quotations in one analysed document and who said them.
 * @param analyzed - the document as the nlp adapter analysed it (offsets into the whole text)
 * @param file - the path quotations are tagged with
 * @param mentions - the entity recogniser's mentions; names it misses are found here as stand-ins
 * @returns quotations sorted by start, never overlapping; `text === analyzed.text.slice(start, end)`
 */
export function extractQuotes(analyzed: AnalyzedText, file: string, mentions: Mention[]): Quote[] {
  const { text, tokens, sentences } = analyzed;
  if (tokens.length === 0) return [];
  const spans = findQuotedSpans(text, tokens[0].start);
  if (spans.length === 0) return [];

  const view = createTokenView(analyzed);
  const names = buildNameIndex(analyzed, file, mentions);
  const salience = collectSalience(view, names);
  // Without blank lines anywhere, each line is a paragraph (one-paragraph-per-line files).
  const linesAreParagraphs = !tokens.some((token, index) => index > 0 && token.paragraphBefore);
  const quotes: Quote[] = [];
  let previousAfter = 0;
  let carried: Carried | null = null;

  for (const span of spans) {
    const openToken = firstTokenAtOrAfter(tokens, span.openMark);
    const afterToken = firstTokenAtOrAfter(tokens, span.closeMarkEnd);
    const innerFirst = firstTokenAtOrAfter(tokens, span.start);
    const innerEnd = firstTokenAtOrAfter(tokens, span.end);
    if (openToken >= tokens.length) break;
    const sentenceFirst = sentences[tokens[openToken].sentence].first;
    const lowerBound = Math.max(sentenceFirst, previousAfter);

    const after = frameAfter(view, afterToken);
    const before = after ? null : frameBefore(view, lowerBound, openToken);
    const tail = after || before?.subject ? null : frameAtTail(view, afterToken);
    const frame: CueFrame | null = after ?? (before?.subject ? before : null) ?? tail ?? before;

    const previousWord = openToken > lowerBound ? view.words[openToken - 1] : null;
    const opensClause = previousWord === null || previousWord === ':' || ((previousWord === ',' || previousWord === 'that') && before !== null);
    const kind = classifyQuote(view, { first: innerFirst, end: innerEnd, opensClause, frameRightAfter: after !== null, attributed: frame !== null });

    let attribution: Attribution = { speaker: null, description: null, method: 'none' };
    let cue: string | null = null;
    if (kind !== 'other' && frame) {
      attribution = attribute(view, names, salience, frame);
      cue = frame.cue;
      if (attribution.speaker) salience.add(tokens[frame.cueToken].start, attribution.speaker);
    } else if (kind === 'full' && carried && continues(view, carried, openToken, linesAreParagraphs)) {
      attribution = { ...carried.attribution, method: 'continuation' };
    }

    quotes.push({
      file,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      kind,
      speaker: attribution.speaker,
      speakerDescription: attribution.description,
      cue,
      source: attribution.method === 'none' ? 'quotes/marks' : `quotes/${attribution.method}`,
    });
    if (kind !== 'other') {
      const speaks = attribution.speaker !== null || attribution.description !== null;
      carried = speaks ? { attribution, afterToken, cueToken: frame?.cueToken ?? -1 } : null;
    }
    previousAfter = afterToken;
  }
  return quotes;
}

/**
 * An uncued quotation keeps the previous speaker when it follows in the same paragraph or the
 * next one and no other reporting verb intervenes (a run of quoted paragraphs).
 */
function continues(view: TokenView, carried: Carried, openToken: number, linesAreParagraphs: boolean): boolean {
  const { tokens } = view.analyzed;
  let paragraphBreaks = 0;
  for (let index = carried.afterToken; index <= openToken && index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token.paragraphBefore || (linesAreParagraphs && token.lineBreakBefore)) paragraphBreaks += 1;
    if (index < openToken && index !== carried.cueToken && isCueToken(view, index)) return false;
  }
  return paragraphBreaks <= 1;
}
