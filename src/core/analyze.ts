/**
 * Per-document analysis: a decoded document and a loaded engine in, plain data out.
 * Pure: no fs, no process, no clock, so it runs the same in-process and in a worker thread.
 */
import { sharedNlp, type NlpEngine } from './nlp.js';
import { parseDocument } from './metadata.js';
import { extractEntities, type EntityOptions } from './entities/index.js';
import { extractQuotes } from './quotes/index.js';
import { extractDates } from './dates/index.js';
import type { AnalysisSelection, Document, DocumentResult } from './types.js';

/** What to analyse and how; every field is optional. */
export interface AnalyzeOptions {
  /** Which extractors run; all three by default. */
  select?: Partial<AnalysisSelection>;
  /** User entities and stop words for the recogniser. */
  entities?: EntityOptions;
  /** Engine to use; the process-wide one by default. */
  nlp?: NlpEngine;
  /** The most characters analysed at once (`PIECE_CHARACTERS` by default); longer documents go in pieces. */
  pieceCharacters?: number;
}

const EVERYTHING: AnalysisSelection = { entities: true, quotes: true, dates: true };

/**
 * Analyses one document. Quotes need entity mentions to name their speakers, so the
 * recogniser also runs when only quotes are asked for; its mentions are then not returned.
 * @param document - a decoded document (see `parseDocument`)
 * @param options - extractors to run, recogniser options, engine
 */
export function analyzeDocument(document: Document, options: AnalyzeOptions = {}): DocumentResult {
  const select = { ...EVERYTHING, ...options.select };
  const nlp = options.nlp ?? sharedNlp();
  const result: DocumentResult = {
    document: { path: document.path, date: document.date, title: document.title },
    mentions: [],
    quotes: [],
    dates: [],
  };
  for (const [from, to] of piecesOf(document.text, document.bodyStart, Math.max(2, options.pieceCharacters ?? PIECE_CHARACTERS))) {
    const analyzed = nlp.analyze(document.text, from, to);
    const mentions = select.entities || select.quotes ? extractEntities(analyzed, document.path, options.entities) : [];
    // Appended one by one: a spread of a piece's tens of thousands of mentions can overflow the stack.
    if (select.entities) appendAll(result.mentions, mentions);
    if (select.quotes) appendAll(result.quotes, extractQuotes(analyzed, document.path, mentions));
    if (select.dates) appendAll(result.dates, extractDates(analyzed, document.path, document.date));
  }
  return result;
}

/**
 * The most characters wink reads at once. Its analysis takes about 130 bytes of memory per
 * character of English and 400 per character of mixed-script noise, so a 10 MB file read
 * whole needs gigabytes; read in pieces it needs a few hundred megabytes. Articles are far
 * shorter than a piece, so only oversized inputs are ever split.
 */
export const PIECE_CHARACTERS = 512 * 1024;

/**
 * Splits `text.slice(from)` into ranges of at most `size` characters, cut at a paragraph
 * break where there is one in the second half of the range, else at a line break, else at
 * whitespace, so that no sentence, and rarely a quotation, is cut in two.
 * @param text - the document text
 * @param from - where analysable text starts
 * @param size - the longest range
 * @returns `[from, to)` ranges covering `text.slice(from)` in order
 */
export function piecesOf(text: string, from: number, size: number): [number, number][] {
  const pieces: [number, number][] = [];
  let start = from;
  while (text.length - start > size) {
    const limit = start + size;
    const floor = start + (size >> 1);
    // Each search gives the offset just past the break it found.
    let cut = text.lastIndexOf('\n\n', limit - 2) + 2;
    if (cut <= floor) cut = text.lastIndexOf('\n', limit - 1) + 1;
    if (cut <= floor) cut = lastWhitespace(text, floor, limit) + 1;
    // Never leave half of a surrogate pair at the end of a piece.
    if (cut <= floor) cut = isLowSurrogate(text.charCodeAt(limit)) ? limit - 1 : limit;
    pieces.push([start, cut]);
    start = cut;
  }
  pieces.push([start, text.length]);
  return pieces;
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

function lastWhitespace(text: string, floor: number, limit: number): number {
  for (let index = limit - 1; index >= floor; index -= 1) {
    const code = text.charCodeAt(index);
    if (code === 32 || code === 9 || code === 10 || code === 13) return index;
  }
  return -1;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * Convenience entry for library users: analyses a text (with an optional `date YYYY-MM-DD`
 * header) as one document.
 * @param text - the article text
 * @param options - as for `analyzeDocument`, plus the document's path and reference date
 */
export function analyze(
  text: string,
  options: AnalyzeOptions & { path?: string; referenceDate?: string | null } = {},
): DocumentResult {
  const document = parseDocument(options.path ?? '<text>', text.replace(/^\uFEFF/, ''), options.referenceDate ?? null);
  return analyzeDocument(document, options);
}
