/**
 * One CLI invocation's shared state: the IO, the exit code so far, and the helpers every
 * subcommand uses to run the corpus and print.
 */
import path from 'node:path';
import type { AnalysisSelection, Problem } from '../core/types.js';
import type { EntityOptions } from '../core/entities/index.js';
import { finish, type Summary } from '../core/summary.js';
import { EXIT_INPUT_PROBLEMS, UsageError, type InterruptSignal } from './exit-codes.js';
import { formatters } from './formatters/index.js';
import type { CliIo } from './io.js';
import type { OutputSettings, Settings } from './options.js';
import type { Report } from './report.js';
import { runCorpus } from './run-corpus.js';
import type { DocumentResult } from '../core/types.js';
import type { OutputStream } from './io.js';
import { openAtomicOutput, type AtomicOutput } from './output.js';
import { bufferedSink } from './sink.js';

/** State of one invocation. */
export interface Session {
  io: CliIo;
  /** The highest exit code any step asked for. */
  exitCode: number;
  /** Where results go: stdout, or the temporary file behind `--output`. */
  output: OutputStream;
  /** Present while `--output` is writing; committed or discarded when the run ends. */
  atomicOutput?: AtomicOutput;
  /** Records printed so far, for `--fail-on-empty`. */
  recordsWritten: number;
  /** `--fail-on-empty`: exit 1 when the run printed no record. */
  failOnEmpty: boolean;
  /** `--strict`: exit 1 when there were warnings too. */
  strict: boolean;
  /** `--debug`: print the stack behind a failed analysis. */
  debug: boolean;
  /** Warnings printed so far (about inputs that were still analysed). */
  warningCount: number;
  /** Set when a signal interrupted the run: its output must never be committed. */
  interrupted: InterruptSignal | null;
}

/**
 * Creates the state of one invocation.
 * @param io - the process's streams and environment
 */
export function createSession(io: CliIo): Session {
  return { io, exitCode: 0, output: io.stdout, recordsWritten: 0, failOnEmpty: false, strict: false, debug: false, warningCount: 0, interrupted: null };
}

/**
 * Applies the output settings of a subcommand: `--output` (checked and opened now, before
 * any input is read), `--fail-on-empty`, `--strict` and `--debug`.
 * @param session - the invocation
 * @param settings - validated shared options
 */
export function applyOutputSettings(session: Session, settings: OutputSettings): void {
  session.failOnEmpty = settings.failOnEmpty;
  session.strict = settings.strict;
  session.debug = settings.debug;
  if (settings.outputFile && !session.atomicOutput) {
    session.atomicOutput = openAtomicOutput(settings.outputFile);
    session.output = session.atomicOutput;
  }
}

/**
 * Writes one problem line to stderr, `eurasia: <file>: <reason>`, and under `--debug` the
 * stack behind it (a failed analysis is a bug worth reporting with its stack).
 * @param session - the invocation
 * @param problem - what went wrong with which input
 * @param stack - the stack of the error behind it, if any
 */
export function reportProblem(session: Session, problem: Problem, stack?: string): void {
  session.io.stderr.write(`eurasia: ${problem.file}: ${problem.message}\n`);
  if (session.debug && stack) session.io.stderr.write(`${stack}\n`);
}

/**
 * Writes one warning line to stderr, `eurasia: <file>: <what>`, and counts it for `--strict`.
 * @param session - the invocation
 * @param warning - what is worth saying about which input
 */
export function reportWarning(session: Session, warning: Problem): void {
  session.warningCount += 1;
  session.io.stderr.write(`eurasia: ${warning.file}: ${warning.message}\n`);
}

/** What `analyzeInputs` needs beyond the settings. */
export interface AnalyzeInputsOptions {
  select: AnalysisSelection;
  entities?: EntityOptions;
  onResult?: (result: DocumentResult) => void;
  /** False when `onResult` streamed the quotes and dates, so the aggregate need not keep them. */
  keepRecords?: boolean;
  /** True when `onResult` reads each document's mentions (`--mentions`); otherwise only their counts travel. */
  needsMentions?: boolean;
}

/**
 * Runs the corpus for a subcommand and returns the finished summary; reports each problem
 * and a closing count on stderr, and raises the exit code to 1 when any input failed.
 * @param session - the invocation
 * @param inputs - paths from the command line
 * @param settings - validated shared options
 * @param options - extractors to run, recogniser options, streaming callback
 */
export async function analyzeInputs(
  session: Session,
  inputs: string[],
  settings: Settings,
  options: AnalyzeInputsOptions,
): Promise<Summary> {
  if (inputs.length === 0) throw new UsageError('no input: name files or folders to analyse, or - for standard input');
  applyOutputSettings(session, settings);
  const run = await runCorpus({
    inputs,
    extensions: settings.extensions,
    read: { referenceDate: settings.referenceDate, maxDocumentBytes: settings.maxDocumentBytes, readStdin: session.io.readStdin },
    analysis: { select: options.select, entities: options.entities },
    onResult: options.onResult,
    onProblem: (problem, stack) => reportProblem(session, problem, stack),
    onWarning: (warning) => reportWarning(session, warning),
    progressStream: session.io.stderr,
    resultsShareTerminal: session.output.isTTY === true,
    jobs: settings.jobs,
    workerHeapMb: settings.workerHeapMb,
    keepRecords: options.keepRecords,
    needsMentions: options.needsMentions,
    // Relative to the working folder the user typed it in.
    cacheDirectory: settings.cacheDirectory === null ? undefined : path.resolve(session.io.cwd, settings.cacheDirectory),
    collectGarbage: session.io.collectGarbage,
    beforeWorkers: session.io.beforeWorkers,
  });
  if (run.problemCount > 0) {
    session.io.stderr.write(`eurasia: ${run.problemCount.toLocaleString('en-US')} of ${run.inputCount.toLocaleString('en-US')} inputs skipped\n`);
    session.exitCode = Math.max(session.exitCode, EXIT_INPUT_PROBLEMS);
  }
  return finish(run.accumulator);
}

/**
 * Formats a report, writes it to the output (stdout, or the `--output` file) and counts its
 * records for `--fail-on-empty`. Streaming commands call it once per document.
 * @param session - the invocation
 * @param report - what to print
 * @param settings - format and colour
 */
export function printReport(session: Session, report: Report, settings: OutputSettings): void {
  const sink = bufferedSink(session.output);
  formatters[settings.format](report, settings.context, sink);
  sink.flush();
  session.recordsWritten += report.count;
}
