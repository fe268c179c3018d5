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
  const analyzed = nlp.analyze(document.text, document.bodyStart);
  const mentions = select.entities || select.quotes ? extractEntities(analyzed, document.path, options.entities) : [];
  return {
    document: { path: document.path, date: document.date, title: document.title },
    mentions: select.entities ? mentions : [],
    quotes: select.quotes ? extractQuotes(analyzed, document.path, mentions) : [],
    dates: select.dates ? extractDates(analyzed, document.path, document.date) : [],
  };
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
