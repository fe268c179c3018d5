/**
 * Turns the paths a user typed into the list of files to read, in a deterministic order.
 * Folders are walked recursively; a bad path becomes a Problem, never an exception.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../core/types.js';

/** The input named `-`: standard input. */
export const STDIN_PATH = '-';

/** Extensions read from folders when the user names none. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** One input found by walking: a file to read, or why a path cannot be read. */
export type WalkEntry = { file: string; problem?: undefined } | { problem: Problem; file?: undefined };

/** What walking found, in input order. */
export interface WalkResult {
  /** Files and problems interleaved as the inputs named them, so problems can be reported in order. */
  entries: WalkEntry[];
  /** The files of `entries`. */
  files: string[];
  /** The problems of `entries`. */
  problems: Problem[];
}

/**
 * Normalises `--ext` values (`txt,md`, `.txt`) to lower-case extensions with a dot.
 * @param values - comma lists as typed
 */
export function normaliseExtensions(values: readonly string[]): string[] {
  const extensions = values
    .flatMap((value) => value.split(','))
    .map((value) => value.trim().toLowerCase())
    .filter((value) => value !== '')
    .map((value) => (value.startsWith('.') ? value : `.${value}`));
  return [...new Set(extensions)];
}

/**
 * Lists the files under `inputs`. A file named explicitly is read whatever its extension
 * (the user asked for it); files found in folders must match `extensions`. Symbolic links are
 * followed, but a folder already visited (a link loop) is skipped.
 * @param inputs - files, folders, or `-`
 * @param extensions - lower-case extensions with a dot
 */
export async function walkInputs(inputs: readonly string[], extensions: readonly string[]): Promise<WalkResult> {
  const entries: WalkEntry[] = [];
  const visitedFolders = new Set<string>();
  const seenFiles = new Set<string>();

  const addFile = (file: string): void => {
    if (seenFiles.has(file)) return;
    seenFiles.add(file);
    entries.push({ file });
  };
  const addProblem = (problem: Problem): void => {
    entries.push({ problem });
  };

  const walkFolder = async (folder: string): Promise<void> => {
    let real: string;
    try {
      real = await fs.realpath(folder);
    } catch (error) {
      addProblem(problemFromError(folder, error));
      return;
    }
    if (visitedFolders.has(real)) return;
    visitedFolders.add(real);
    let entries: string[];
    try {
      entries = (await fs.readdir(folder)).sort();
    } catch (error) {
      addProblem(problemFromError(folder, error));
      return;
    }
    for (const name of entries) {
      const child = path.join(folder, name);
      let stats;
      try {
        stats = await fs.stat(child);
      } catch (error) {
        // A dangling link inside a folder is worth a line: the user may expect it to be read.
        if (extensions.includes(path.extname(name).toLowerCase())) addProblem(problemFromError(child, error));
        continue;
      }
      if (stats.isDirectory()) await walkFolder(child);
      else if (stats.isFile() && extensions.includes(path.extname(name).toLowerCase())) addFile(child);
    }
  };

  for (const input of inputs) {
    if (input === STDIN_PATH) {
      addFile(STDIN_PATH);
      continue;
    }
    let stats;
    try {
      stats = await fs.stat(input);
    } catch (error) {
      addProblem(problemFromError(input, error));
      continue;
    }
    if (stats.isDirectory()) await walkFolder(input);
    else if (stats.isFile()) addFile(input);
    else addProblem({ file: input, reason: 'unreadable', message: 'not a regular file or folder' });
  }
  const files = entries.flatMap((entry) => (entry.file === undefined ? [] : [entry.file]));
  const problems = entries.flatMap((entry) => (entry.problem ? [entry.problem] : []));
  return { entries, files, problems };
}

/**
 * Describes a failed file-system call as a Problem with a short, stable reason.
 * @param file - the path concerned
 * @param error - what fs threw
 */
export function problemFromError(file: string, error: unknown): Problem {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return { file, reason: 'missing', message: 'no such file or folder' };
    case 'EACCES':
    case 'EPERM':
      return { file, reason: 'unreadable', message: `unreadable: ${code}` };
    case 'ELOOP':
      return { file, reason: 'unreadable', message: 'unreadable: symbolic link loop' };
    case 'EISDIR':
      return { file, reason: 'unreadable', message: 'is a folder' };
    default:
      return { file, reason: 'unreadable', message: `unreadable: ${code ?? (error as Error)?.message ?? 'unknown error'}` };
  }
}
