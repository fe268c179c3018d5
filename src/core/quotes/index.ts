/**
 * Quotations with their speakers. The stages, in order, and why that order:
 *
 * 1. marks (`marks.ts`): pair the quote marks; nothing else can start before spans exist.
 * 2. names (`names.ts`): index the mentions (and stand-ins for names the recogniser missed),
 *    because frames are resolved against them. Built when first needed: in two of five
 *    documents with quote marks on the bench corpus every quotation is a title, nickname or
 *    scare quote, and nothing asks for a speaker.
 * 3. salience (`speakers.ts`): who stands in subject position or speaks where, outside the
 *    quotations, so pronouns and uncued paragraphs can look back. It is read lazily, in
 *    document order and only as far as the pronouns and uncued quotations that ask reach.
 * 4. per quotation, in document order: cue frames (`frames.ts`), kind (`kind.ts`), attribution
 *    (`speakers.ts`), then, when no cue is written, the frame of a coordinated quotation in the
 *    same sentence or the latest speaker within a paragraph — order matters here because a
 *    pronoun or an uncued paragraph leans on what came before.
 */
import type { AnalyzedText, Token } from '../nlp.js';
import type { Mention, Quote } from '../types.js';
import { findQuotedSpans, type QuotedSpan } from './marks.js';
import { buildNameIndex, type NameIndex } from './names.js';
import { firstTokenAtOrAfter, frameAfter, frameAtTail, frameBefore, type CueFrame } from './frames.js';
import { createTokenView, type TokenView } from './view.js';
import { attribute, Salience, type Attribution } from './speakers.js';
import { classifyQuote } from './kind.js';

/** A speaker an uncued quotation may inherit, and the token where they last spoke. */
interface Spoken {
  token: number;
  attribution: Attribution;
}

/** A speaker found for a quotation, and the token that quotation opened at. */
interface QuotedSpeaker extends Spoken {
  openToken: number;
}

/** What the next quotation needs to know about the previous one. */
interface Previous {
  afterToken: number;
  kind: Quote['kind'];
  frame: CueFrame | null;
  attribution: Attribution;
}

const NO_ONE: Attribution = { speaker: null, description: null, method: 'none' };

/**
 * Finds the direct quotations in one analysed document and who said them.
 * @param analyzed - the document as the nlp adapter analysed it (offsets into the whole text)
 * @param file - the path quotations are tagged with
 * @param mentions - the entity recogniser's mentions; names it misses are found here as stand-ins
 * @returns quotations sorted by start, never overlapping; `text === analyzed.text.slice(start, end)`.
 *   A quotation running over several paragraphs (the mark reopened at each) is one quotation
 *   from its first opening to its last closing mark, so its text keeps the inner paragraph
 *   breaks and reopening marks; nested quotations stay inside the outer one.
 */
export function extractQuotes(analyzed: AnalyzedText, file: string, mentions: Mention[]): Quote[] {
  const { text, tokens, sentences } = analyzed;
  if (tokens.length === 0) return [];
  const spans = findQuotedSpans(text, tokens[0].start, analyzed.end);
  if (spans.length === 0) return [];

  const view = createTokenView(analyzed);
  let names = null as NameIndex | null;
  const nameIndex = (): NameIndex => (names ??= buildNameIndex(analyzed, file, mentions));
  const insideQuote = markInsideQuotes(tokens, spans);
  const salience = new Salience(view, nameIndex, insideQuote);
  let paragraphOf = null as Int32Array | null;
  // Paragraph numbers matter only to a quotation that might continue an earlier speaker's.
  const paragraphOfToken = (token: number): number => (paragraphOf ??= paragraphIndices(tokens))[token];
  const quotes: Quote[] = [];
  let previous = null as Previous | null;
  let lastQuoted = null as QuotedSpeaker | null;

  for (const span of spans) {
    const openToken = firstTokenAtOrAfter(tokens, span.openMark);
    if (openToken >= tokens.length) break;
    const afterToken = firstTokenAtOrAfter(tokens, span.closeMarkEnd);
    const innerFirst = firstTokenAtOrAfter(tokens, span.start);
    const innerEnd = firstTokenAtOrAfter(tokens, span.end);
    const sentenceFirst = sentences[tokens[openToken].sentence].first;
    // A title or nickname quoted earlier in the sentence (`Reis, nicknamed “The Hammer” by her
    // crew, said …`) belongs to no frame, so the search for this one's cue reaches past it.
    const lowerBound = Math.max(sentenceFirst, previous && previous.kind !== 'other' ? previous.afterToken : 0);
    const previousWord = openToken > lowerBound ? view.word(openToken - 1) : null;

    // A quotation that ends its sentence with a full stop inside the marks (`Ribera said the
    // company had “abused its position.” Meta said it would appeal.`) was introduced before it;
    // the next sentence's subject and verb report something else.
    const closesSentence = /\.\s*$/u.test(text.slice(span.start, span.end));
    const followingFrame = frameAfter(view, afterToken);
    let before = followingFrame && !closesSentence ? null : frameBefore(view, lowerBound, openToken, sentenceFirst);
    // The previous quotation's own `…,” he said` introduces this one only when a comma or colon
    // hands it on (`“…,” she said, “and …”`); after a full stop it belonged to the previous one.
    if (before && previous?.frame?.cueToken === before.cueToken && previousWord !== ',' && previousWord !== ':') before = null;
    const after = followingFrame && !(closesSentence && before?.subject) ? followingFrame : null;
    const tail = after || before?.subject ? null : frameAtTail(view, afterToken);
    const frame: CueFrame | null = after ?? (before?.subject ? before : null) ?? tail ?? before;

    // `called the exiles “criminals” and “mafia members”`: a second quotation in the same
    // sentence with no cue of its own shares the first one's frame.
    const shared: Previous | null = !frame && previous && previous.kind !== 'other' && previous.frame
      && sameSentenceWithoutBreak(view, previous.afterToken, openToken) ? previous : null;

    const opensClause = previousWord === null || previousWord === ':' || ((previousWord === ',' || previousWord === 'that') && before !== null);
    const kind = classifyQuote(view, { first: innerFirst, end: innerEnd, opensClause, frameRightAfter: after !== null, attributed: frame !== null || shared !== null });

    let attribution = NO_ONE;
    let cue: string | null = null;
    if (kind !== 'other') {
      if (frame) {
        attribution = attribute(view, nameIndex(), salience, frame);
        cue = frame.cue;
      } else if (shared?.frame) {
        attribution = shared.attribution;
        cue = shared.frame.cue;
      }
      const lastSpoken = !attribution.speaker && !attribution.description && kind === 'full'
        ? latestSpoken(salience.latestSpeechBefore(openToken), lastQuoted) : null;
      if (lastSpoken && paragraphOfToken(openToken) - paragraphOfToken(Math.min(lastSpoken.token, openToken)) <= 1) {
        // A run of quoted paragraphs (or a quotation after `He said he doubted …`) keeps its speaker.
        attribution = { ...lastSpoken.attribution, method: 'continuation' };
        cue = null;
      }
      if (attribution.speaker && frame) salience.add(tokens[frame.cueToken].start, attribution.speaker);
      if (attribution.speaker || attribution.description) {
        const token = Math.max(afterToken - 1, frame?.cueToken ?? 0);
        if (!lastQuoted || token >= lastQuoted.token) lastQuoted = { token, attribution, openToken };
      }
    }

    quotes.push({
      file,
      start: span.start,
      end: span.end,
      text: text.slice(span.start, span.end),
      kind,
      speaker: attribution.speaker,
      speakerDescription: attribution.description,
      cue: attribution.method === 'none' && !attribution.description ? null : cue,
      source: attribution.method === 'none' ? 'quotes/marks' : `quotes/${attribution.method}`,
    });
    // A title or nickname claims no frame: the cue it happened to sit near is the next quotation's.
    previous = { afterToken, kind, frame: kind === 'other' ? null : frame ?? shared?.frame ?? null, attribution };
  }
  return quotes;
}

/**
 * The speaker an uncued quotation may inherit: the latest of the reported speech outside
 * quotations before it and the speakers of earlier quotations, by token. This is what keeping
 * one running "last spoken" would give, merging each reported speech when the first quotation
 * opening after it is reached and each quotation's speaker once it is attributed; so on a tie
 * the reported speech wins exactly when that quotation opened at or before its cue.
 * @param reported - the latest reported speech before the quotation, if any
 * @param quoted - the latest speaker found for an earlier quotation, if any
 */
function latestSpoken(reported: Spoken | null, quoted: QuotedSpeaker | null): Spoken | null {
  if (!reported || !quoted) return reported ?? quoted;
  if (reported.token !== quoted.token) return reported.token > quoted.token ? reported : quoted;
  return quoted.openToken <= reported.token ? reported : quoted;
}

/** Per token, 1 when it lies inside a quotation; each span's tokens are found by binary search. */
function markInsideQuotes(tokens: readonly Token[], spans: readonly QuotedSpan[]): Uint8Array {
  const inside = new Uint8Array(tokens.length);
  let token = 0;
  for (const span of spans) {
    const first = Math.max(token, firstTokenAtOrAfter(tokens, span.openMark));
    token = Math.max(first, firstTokenAtOrAfter(tokens, span.closeMarkEnd));
    inside.fill(1, first, token);
  }
  return inside;
}

/**
 * Paragraph number of each token. Without blank lines anywhere, each line is a paragraph
 * (files that put one paragraph on a line).
 */
function paragraphIndices(tokens: readonly Token[]): Int32Array {
  const linesAreParagraphs = !tokens.some((token, index) => index > 0 && token.paragraphBefore);
  const paragraphOf = new Int32Array(tokens.length);
  let paragraph = 0;
  tokens.forEach((token, index) => {
    if (index > 0 && (token.paragraphBefore || (linesAreParagraphs && token.lineBreakBefore))) paragraph += 1;
    paragraphOf[index] = paragraph;
  });
  return paragraphOf;
}

const SENTENCE_END = new Set(['.', '!', '?', ';']);

/** True when `from` and `to` lie in one sentence with no full stop between them. */
function sameSentenceWithoutBreak(view: TokenView, from: number, to: number): boolean {
  const { tokens } = view;
  if (from >= tokens.length || to >= tokens.length || tokens[from].sentence !== tokens[to].sentence) return false;
  for (let index = from; index < to; index += 1) if (SENTENCE_END.has(view.word(index))) return false;
  return true;
}
