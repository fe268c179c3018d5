/** eurasia as a library: analysis, the mergeable fold, and the types they speak. */
export { analyze, analyzeDocument, type AnalyzeOptions } from './core/analyze.js';
export { createNlp, sharedNlp, type NlpEngine, type AnalyzedText, type Token } from './core/nlp.js';
export { parseDocument, isCalendarDate } from './core/metadata.js';
export { emptyAccumulator, fold, merge, finish, reopen, type Accumulator, type Summary, type EntityRecord } from './core/summary.js';
export * from './core/types.js';
