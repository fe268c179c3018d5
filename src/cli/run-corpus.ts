/**
 * Runs the analysis over a corpus: walk, read, analyse and fold one document at a time, so
 * memory holds the aggregate, not the corpus. Problems with one input are reported as they
 * happen and never stop the run.
 */
import { setImmediate } from 'node:timers/promises';
import { analyzeDocument, type AnalyzeOptions } from '../core/analyze.js';
import { emptyAccumulator, fold, foldCounted, type Accumulator } from '../core/summary.js';
import type { DocumentResult, Problem } from '../core/types.js';
import { cachedAnalysis, openCache, prepareCache, type CacheSettings } from '../corpus/cache.js';
import { readDocument, type ReadOptions } from '../corpus/read.js';
import { STDIN_PATH, walkInputs } from '../corpus/walk.js';
import { analyzeInWorkers, workerCount } from '../workers/pool.js';
import type { WorkResponse } from '../workers/protocol.js';
import { createProgress } from './progress.js';
import { heapKeeper } from './heap.js';
import type { OutputStream } from './io.js';
import { UsageError } from './exit-codes.js';

const MINIMUM_FILES_FOR_WORKERS = 8;

/**
 * Larger documents always go to a worker, even with `--jobs 1`: only a worker has a heap
 * limit, so only there can a document that exhausts memory be reported and the run go on.
 * Below this size analysis needs a small fraction of the limit (about 0.2 GiB per MiB of news
 * text), so a document analysed in this thread would not have failed in a worker either, and
 * the output is the same whatever `--jobs` is.
 */
const IN_PROCESS_MAX_BYTES = 1024 * 1024;

/** What a corpus run needs. */
export interface CorpusRunOptions {
  inputs: string[];
  extensions: string[];
  read: ReadOptions;
  analysis: AnalyzeOptions;
  /** Called with each document's result as soon as it is ready (for streaming output). */
  onResult?: (result: DocumentResult) => void;
  /** Called once for each input that could not be read or analysed (with the stack of a failed analysis). */
  onProblem: (problem: Problem, stack?: string) => void;
  /** Called for each warning about an input that was still analysed. */
  onWarning: (warning: Problem) => void;
  /** Where progress goes; shown only when it is a terminal. */
  progressStream: OutputStream;
  /**
   * True when `onResult` prints to the terminal that shows the progress line: the line is
   * then erased before each result, or the result would be printed after it on the same line.
   */
  resultsShareTerminal?: boolean;
  /** Worker threads to analyse with; 1 analyses in this thread (unless a document is large). */
  jobs: number;
  /** Each worker's heap limit in MiB (default: the pool's). */
  workerHeapMb?: number;
  /**
   * False when quotes and dates were already streamed by `onResult`: they are then left out
   * of the aggregate, so memory holds only the entity table however large the corpus.
   */
  keepRecords?: boolean;
  /** True when `onResult` reads each document's mentions; otherwise workers send only their counts. */
  needsMentions?: boolean;
  /** The result cache's folder (`--cache`), absolute; undefined for none. */
  cacheDirectory?: string;
  /** A full garbage collection of this thread's heap, if the host offers one (see heap.ts). */
  collectGarbage?: () => void;
  /** Called with the number of worker threads just before they start (see `CliIo.beforeWorkers`). */
  beforeWorkers?: (workers: number) => void;
}

/** The folded result of a run, with how many inputs there were and how many failed. */
export interface CorpusRunResult {
  accumulator: Accumulator;
  inputCount: number;
  problemCount: number;
}

/** What became of one listed file, wherever it was analysed. */
type Outcome = Omit<WorkResponse, 'index'>;

/**
 * Analyses every input in order and folds the results.
 * @param options - inputs, reading and analysis settings, callbacks
 */
export async function runCorpus(options: CorpusRunOptions): Promise<CorpusRunResult> {
  // Keyed on the very analysis settings this run uses, so no caller can hash other ones.
  const cache = options.cacheDirectory === undefined ? undefined : prepareRunCache(options.cacheDirectory, options.analysis);
  const accumulator = emptyAccumulator({ keepRecords: options.keepRecords !== false });
  let problemCount = 0;
  const report = (problem: Problem, stack?: string): void => {
    problemCount += 1;
    progress.clear();
    options.onProblem(problem, stack);
  };
  const walked = await walkInputs(options.inputs, options.extensions);
  // Standard input is read once, here, so that its size is known like a file's.
  const stdinBytes = walked.files.includes(STDIN_PATH) ? await options.read.readStdin(options.read.maxDocumentBytes) : undefined;
  const read: ReadOptions = { ...options.read, readStdin: async () => stdinBytes ?? Buffer.alloc(0) };
  const progress = createProgress(options.progressStream, walked.files.length);
  const keepHeapSmall = heapKeeper(options.collectGarbage);
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
  const accept = (fileIndex: number, { result, tally, problem, stack, warnings, characters }: Outcome): void => {
    reportWalkProblemsBefore(fileIndex);
    for (const warning of warnings ?? []) {
      progress.clear();
      options.onWarning(warning);
    }
    if (problem) report(problem, stack);
    if (result) {
      if (options.onResult && options.resultsShareTerminal) progress.clear();
      options.onResult?.(result);
      if (tally) foldCounted(accumulator, result, tally);
      else fold(accumulator, result);
    }
    progress.tick(characters);
    keepHeapSmall();
  };

  const large = walked.entries.some((entry) => entry.file !== undefined && (entry.bytes ?? stdinBytes?.length ?? 0) > IN_PROCESS_MAX_BYTES);
  // Starting a worker costs a model load (~0.3 s); a handful of small files is done sooner here.
  // Past that, even --jobs 1 analyses in a worker: its heap is kept apart from this thread's
  // (5 MB of articles: 461 MB peak → 361 MB), and folding and printing here overlap with it.
  if (large || walked.files.length >= MINIMUM_FILES_FOR_WORKERS) {
    const settings = { referenceDate: read.referenceDate, maxDocumentBytes: read.maxDocumentBytes, analysis: options.analysis, sendMentions: options.needsMentions === true, cache };
    options.beforeWorkers?.(workerCount(options.jobs, walked.files.length));
    await analyzeInWorkers(walked.files, { jobs: options.jobs, settings, stdinBytes, heapMb: options.workerHeapMb }, (outcome) => accept(outcome.index, outcome));
  } else {
    const documentCache = cache ? openCache(cache) : undefined;
    for (const [fileIndex, file] of walked.files.entries()) {
      const document = await readDocument(file, read);
      if (document.problem) {
        accept(fileIndex, { problem: document.problem, characters: 0 });
        continue;
      }
      const outcome: Outcome = { warnings: document.warnings, characters: document.document.text.length };
      try {
        outcome.result = cachedAnalysis(documentCache, document.document, () => analyzeDocument(document.document, options.analysis));
      } catch (error) {
        // A bug in one stage must not cost the user the rest of the corpus.
        outcome.problem = { file, reason: 'analysis', message: `analysis failed: ${(error as Error)?.message ?? String(error)}` };
        outcome.stack = (error as Error)?.stack;
      }
      accept(fileIndex, outcome);
      // Analysis is synchronous: without a pause between documents a Ctrl-C would wait for
      // the whole run (and its --output commit) instead of the current document.
      await setImmediate();
    }
  }
  reportWalkProblemsBefore(walked.files.length);
  progress.clear();
  return { accumulator, inputCount: walked.files.length + walked.problems.length, problemCount };
}

/**
 * Prepares the `--cache` folder before anything is read: a folder that cannot be written is a
 * usage error, said once, not a silently slow run.
 */
function prepareRunCache(directory: string, analysis: AnalyzeOptions): CacheSettings {
  try {
    return prepareCache(directory, analysis);
  } catch (error) {
    throw new UsageError(`cannot use ${directory} as the --cache folder: ${(error as Error).message}`);
  }
}
