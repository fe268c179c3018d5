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
import { createProgress } from './progress.js';
import type { OutputStream } from './io.js';

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
  for (const problem of walked.problems) report(problem);
  for (const file of walked.files) {
    const read = await readDocument(file, options.read);
    if (read.problem) {
      report(read.problem);
    } else {
      let result: DocumentResult | undefined;
      try {
        result = analyzeDocument(read.document, options.analysis);
      } catch (error) {
        // A bug in one stage must not cost the user the rest of the corpus.
        report({ file, reason: 'analysis', message: `analysis failed: ${(error as Error)?.message ?? String(error)}` });
      }
      if (result) {
        fold(accumulator, result);
        options.onResult?.(result);
      }
    }
    progress.tick(read.document?.text.length ?? 0);
  }
  progress.clear();
  return { accumulator, inputCount: walked.files.length + walked.problems.length, problemCount };
}
