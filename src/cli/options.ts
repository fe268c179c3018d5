/**
 * Options every analysing subcommand shares, parsed and validated once into Settings.
 */
import { Command, InvalidArgumentError, Option } from 'commander';
import { isCalendarDate } from '../core/metadata.js';
import { DEFAULT_MAX_DOCUMENT_BYTES } from '../corpus/read.js';
import { DEFAULT_EXTENSIONS, normaliseExtensions } from '../corpus/walk.js';
import { colorLevel, painter } from './color.js';
import { FORMAT_NAMES, isFormatName, type FormatName } from './formatters/index.js';
import type { CliIo } from './io.js';
import type { FormatContext } from './report.js';
import { UsageError } from './exit-codes.js';

/** Output flags as commander hands them over: every subcommand has them, `merge` included. */
export interface OutputFlags {
  format?: string;
  json?: boolean;
  color?: boolean;
  output?: string;
  failOnEmpty?: boolean;
  strict?: boolean;
  debug?: boolean;
}

/** Flags as commander hands them over to an analysing subcommand. */
export interface CommonFlags extends OutputFlags {
  ext?: string[];
  referenceDate?: string;
  maxDocSize?: number;
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
}

/** Validated output settings: how and where to print, and what fails the run. */
export interface OutputSettings {
  format: FormatName;
  /** `--output FILE`, written whole or not at all. */
  outputFile: string | null;
  failOnEmpty: boolean;
  /** `--strict`: warnings fail the run too. */
  strict: boolean;
  /** `--debug`: stacks of internal errors and of failed analyses. */
  debug: boolean;
  context: FormatContext;
}

/** Validated settings for one analysing run. */
export interface Settings extends OutputSettings {
  extensions: string[];
  referenceDate: string | null;
  maxDocumentBytes: number;
  /** Worker threads; output is identical whatever the number. */
  jobs: number;
  /** Each worker's heap limit in MiB; undefined for the pool's default. */
  workerHeapMb: number | undefined;
  /** The folder of the result cache (`--cache`), or null when the run uses none. */
  cacheDirectory: string | null;
}

/**
 * Parses a `YYYY-MM-DD` calendar date for commander.
 * @param value - as typed
 */
export function parseCalendarDate(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a calendar date YYYY-MM-DD.');
  return value;
}

/**
 * Parses a whole number ≥ `minimum` for commander.
 * @param minimum - the smallest accepted value
 */
export function wholeNumber(minimum: number): (value: string) => number {
  return (value: string) => {
    if (!/^\d+$/.test(value.trim()) || Number(value) < minimum) throw new InvalidArgumentError(`expected a whole number ≥ ${minimum}.`);
    return Number(value);
  };
}

/** Parses a size such as `10MB`, `512k` or `1048576` into bytes. */
function parseSize(value: string): number {
  const match = /^(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?$/i.exec(value.trim());
  if (!match) throw new InvalidArgumentError('expected a size such as 10MB, 512KB or 1048576.');
  const unit = (match[2] ?? 'b').toLowerCase()[0];
  const factor = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  return Math.round(Number(match[1]) * factor);
}

/** The result cache's folder when `--cache` names none: in the working folder, like a linter's. */
export const DEFAULT_CACHE_DIRECTORY = '.eurasia-cache';

/** Rejects an empty value: `--cache-location ''` would fill the working folder with entries. */
function nonEmpty(value: string): string {
  if (value.trim() === '') throw new InvalidArgumentError('expected a folder.');
  return value;
}

const collect = (value: string, previous: string[] | undefined): string[] => [...(previous ?? []), value];

/**
 * Adds the output options to a subcommand: format, destination, colour and what fails the run.
 * @param command - the subcommand
 * @param defaultFormat - the format when neither `--format` nor `--json` is given
 */
export function addOutputOptions(command: Command, defaultFormat: FormatName): Command {
  return command
    .addOption(new Option('-f, --format <format>', `output format (default: ${defaultFormat})`).choices([...FORMAT_NAMES]))
    .option('--json', 'shorthand for --format json')
    .option('-o, --output <file>', 'write the result to FILE (whole or not at all) instead of stdout')
    .option('--fail-on-empty', 'exit 1 when nothing was found (for CI gates)')
    .option('--strict', 'exit 1 on warnings too (such as an ignored invalid "date" header)')
    .option('--debug', 'show stack traces of internal errors and failed analyses')
    .option('--color', 'colour the table even when stdout is not a terminal')
    .option('--no-color', 'never colour (NO_COLOR is honoured too)');
}

/**
 * Adds the options every analysing subcommand shares: reading and analysis, then output.
 * @param command - the subcommand
 */
export function addCommonOptions(command: Command): Command {
  command
    .option('--ext <extensions>', `file extensions read from folders, comma-separated (default: ${DEFAULT_EXTENSIONS.join(',')})`, collect)
    .option('--reference-date <date>', 'date (YYYY-MM-DD) for documents without a "date" header line', parseCalendarDate)
    .option('--max-doc-size <size>', 'skip documents larger than this (default: 10MB)', parseSize)
    .option('-j, --jobs <n>', 'worker threads (default: the number of cores)', wholeNumber(1))
    .option('--cache', `reuse the results of documents unchanged since an earlier --cache run (kept in ${DEFAULT_CACHE_DIRECTORY})`)
    .option('--cache-location <folder>', `where --cache keeps results (default: ${DEFAULT_CACHE_DIRECTORY}); implies --cache`, nonEmpty);
  return addOutputOptions(command, 'table');
}

/**
 * Validates the output flags into OutputSettings.
 * @param flags - commander's parsed options
 * @param io - for the environment and terminal checks behind the colour decision
 * @param defaultFormat - the format when neither `--format` nor `--json` is given
 */
export function resolveOutputSettings(flags: OutputFlags, io: CliIo, defaultFormat: FormatName): OutputSettings {
  // Saying two different things is a mistake to point out, not a choice to make for the user.
  if (flags.json && flags.format !== undefined && flags.format !== 'json') throw new UsageError(`--json and --format ${flags.format} disagree: give one of them`);
  const format = flags.json ? 'json' : flags.format ?? defaultFormat;
  if (!isFormatName(format)) throw new UsageError(`unknown format ${format}`);
  // A file named by --output is no terminal, whatever stdout is.
  const isTTY = Boolean(io.stdout.isTTY) && !flags.output;
  const level = colorLevel({ flag: flags.color, env: io.env, isTTY, format });
  return {
    format,
    outputFile: flags.output ?? null,
    failOnEmpty: Boolean(flags.failOnEmpty),
    strict: Boolean(flags.strict),
    debug: Boolean(flags.debug),
    context: { color: painter(level) },
  };
}

/**
 * Validates the shared flags of an analysing subcommand into Settings.
 * @param flags - commander's parsed options
 * @param io - for the environment and terminal checks behind the colour decision
 */
export function resolveSettings(flags: CommonFlags, io: CliIo): Settings {
  return {
    ...resolveOutputSettings(flags, io, 'table'),
    extensions: flags.ext?.length ? normaliseExtensions(flags.ext) : [...DEFAULT_EXTENSIONS],
    referenceDate: flags.referenceDate ?? null,
    maxDocumentBytes: flags.maxDocSize ?? DEFAULT_MAX_DOCUMENT_BYTES,
    jobs: flags.jobs ?? io.cores,
    workerHeapMb: workerHeapLimit(io.env),
    cacheDirectory: flags.cacheLocation ?? (flags.cache ? DEFAULT_CACHE_DIRECTORY : null),
  };
}

/**
 * The worker heap limit from `EURASIA_WORKER_HEAP_MB`, if set. Not documented for users: it
 * exists so that tests can make a worker run out of memory on a modest document.
 * @param env - the environment
 */
function workerHeapLimit(env: Record<string, string | undefined>): number | undefined {
  const value = env.EURASIA_WORKER_HEAP_MB;
  if (value === undefined || value === '') return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 16) throw new UsageError('EURASIA_WORKER_HEAP_MB: expected a whole number of MiB, at least 16');
  return Number(value);
}
