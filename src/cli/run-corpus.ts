/**
 * Runs the analysis over a corpus: walk, read, analyse and fold one document at a time, so
 * memory holds the aggregate, not the corpus. Problems with one input are reported as they
 * happen and never stop the run.
 */
import { analyzeDocument, type AnalyzeOptions } from '../core/analyze.js';
import { emptyAccumulator, fold, type Accumulator } from '../core/summary.js';
import type { DocumentResult, Problem } from '../core/types.js';
import { readDocument, type ReadOptions } from '../corpus/read.js';
import { walkInputs } from '../corpus/walk.js';
import { analyzeInWorkers } from '../workers/pool.js';
import { createProgress } from './progress.js';
import type { OutputStream } from './io.js';

const MINIMUM_FILES_FOR_WORKERS = 8;

/** What a corpus run needs. */
export interface CorpusRunOptions {
  inputs: string[];
  extensions: string[];
  read: ReadOptions;
  analysis: AnalyzeOptions;
  /** Called with each document's result as soon as it is ready (for streaming output). */
  onResult?: (result: DocumentResult) => void;
  /** Called once for each input that could not be read or analysed. */
  onProblem: (problem: Problem) => void;
  /** Where progress goes; shown only when it is a terminal. */
  progressStream: OutputStream;
  /** Worker threads to analyse with; 1 analyses in this thread. */
  jobs: number;
  /**
   * False when quotes and dates were already streamed by `onResult`: they are then left out
   * of the aggregate, so memory holds only the entity table however large the corpus.
   */
  keepRecords?: boolean;
}

/** The folded result of a run, with how many inputs there were and how many failed. */
export interface CorpusRunResult {
  accumulator: Accumulator;
  inputCount: number;
  problemCount: number;
}

/**
 * Analyses every input in order and folds the results.
 * @param options - inputs, reading and analysis settings, callbacks
 */
export async function runCorpus(options: CorpusRunOptions): Promise<CorpusRunResult> {
  const accumulator = emptyAccumulator();
  let problemCount = 0;
  const report = (problem: Problem): void => {
    problemCount += 1;
    progress.clear();
    options.onProblem(problem);
  };
  const walked = await walkInputs(options.inputs, options.extensions);
  const progress = createProgress(options.progressStream, walked.files.length);
  // Problems found while walking wait for the file they precede, so every line comes out in
  // the order the inputs were named, whatever finishes first.
  const walkProblemsBefore: Problem[][] = [[]];
  for (const entry of walked.entries) {
    if (entry.problem) walkProblemsBefore[walkProblemsBefore.length - 1].push(entry.problem);
    else walkProblemsBefore.push([]);
  }
  const reportWalkProblemsBefore = (fileIndex: number): void => {
    for (const problem of walkProblemsBefore[fileIndex]) report(problem);
  };
  const accept = (fileIndex: number, result: DocumentResult | undefined, problem: Problem | undefined, characters: number): void => {
    reportWalkProblemsBefore(fileIndex);
    if (problem) report(problem);
    if (result) {
      options.onResult?.(result);
      fold(accumulator, options.keepRecords === false ? { ...result, quotes: [], dates: [] } : result);
    }
    progress.tick(characters);
  };

  // Starting a worker costs a model load (~0.3 s); a handful of files is done sooner here.
  if (options.jobs > 1 && walked.files.length >= MINIMUM_FILES_FOR_WORKERS) {
    const settings = { referenceDate: options.read.referenceDate, maxDocumentBytes: options.read.maxDocumentBytes, analysis: options.analysis };
    await analyzeInWorkers(walked.files, options.jobs, settings, options.read.readStdin, (outcome) =>
      accept(outcome.index, outcome.result, outcome.problem, outcome.characters),
    );
  } else {
    for (const [fileIndex, file] of walked.files.entries()) {
      const read = await readDocument(file, options.read);
      if (read.problem) {
        accept(fileIndex, undefined, read.problem, 0);
        continue;
      }
      let result: DocumentResult | undefined;
      let problem: Problem | undefined;
      try {
        result = analyzeDocument(read.document, options.analysis);
      } catch (error) {
        // A bug in one stage must not cost the user the rest of the corpus.
        problem = { file, reason: 'analysis', message: `analysis failed: ${(error as Error)?.message ?? String(error)}` };
      }
      accept(fileIndex, result, problem, read.document.text.length);
    }
  }
  reportWalkProblemsBefore(walked.files.length);
  progress.clear();
  return { accumulator, inputCount: walked.files.length + walked.problems.length, problemCount };
}
