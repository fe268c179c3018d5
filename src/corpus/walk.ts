/**
 * Turns the paths a user typed into the list of files to read, in a deterministic order.
 * Folders are walked recursively; a bad path becomes a Problem, never an exception.
 */
import { promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import type { Problem } from '../core/types.js';

/** The input named `-`: standard input. */
export const STDIN_PATH = '-';

/** Extensions read from folders when the user names none. */
export const DEFAULT_EXTENSIONS: readonly string[] = ['.txt', '.md'];

/** One input found by walking: a file to read, or why a path cannot be read. */
export type WalkEntry =
  /** `bytes` is the size when listed, or null for standard input. */
  | { file: string; bytes: number | null; problem?: undefined }
  | { problem: Problem; file?: undefined };

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
 * followed, but a folder already visited (a link loop) is skipped, and a file reached twice
 * (`news/` and `./news/a.txt`, or through a link) is listed once, under its first spelling.
 * A folder named on the command line that holds no file to read is a problem: the user
 * expected something there.
 * @param inputs - files, folders, or `-`
 * @param extensions - lower-case extensions with a dot
 */
export async function walkInputs(inputs: readonly string[], extensions: readonly string[]): Promise<WalkResult> {
  const entries: WalkEntry[] = [];
  const visitedFolders = new Set<string>();
  // Real paths of everything listed so far, files and problems alike, so that counts are not
  // doubled and a bad file is named once however many ways it was reached.
  const seen = new Set<string>();
  const wanted = (name: string): boolean => extensions.includes(path.extname(name).toLowerCase());

  const firstSighting = (realPath: string): boolean => {
    if (seen.has(realPath)) return false;
    seen.add(realPath);
    return true;
  };
  const addFile = (file: string, realPath: string, bytes: number | null): void => {
    if (firstSighting(realPath)) entries.push({ file, bytes });
  };
  const addProblem = (problem: Problem, realPath = path.resolve(problem.file)): void => {
    if (firstSighting(realPath)) entries.push({ problem });
  };

  /** Walks one folder; resolves to how many files and problems it met (0: nothing to read there). */
  const walkFolder = async (folder: string): Promise<number> => {
    let realFolder: string;
    try {
      realFolder = await fs.realpath(folder);
    } catch (error) {
      addProblem(problemFromError(folder, error));
      return 1;
    }
    // Met before (a link loop): its files are already listed, and it adds nothing here.
    if (visitedFolders.has(realFolder)) return 0;
    visitedFolders.add(realFolder);
    let children: Dirent[];
    try {
      children = (await fs.readdir(folder, { withFileTypes: true })).sort((left, right) => (left.name < right.name ? -1 : left.name > right.name ? 1 : 0));
    } catch (error) {
      addProblem(problemFromError(folder, error));
      return 1;
    }
    const prefix = childPrefix(folder);
    const realPrefix = childPrefix(realFolder);
    // A plain folder, or a plain file not read, needs no syscall; every other entry is looked
    // at concurrently (one round trip per folder, not per file), then handled in name order.
    const looks = children.map((dirent) => {
      const child = prefix + dirent.name;
      if (dirent.isDirectory() || (dirent.isFile() && !wanted(dirent.name))) return null;
      return Promise.all([
        // Only a link can lead elsewhere; anything else is where its folder is.
        dirent.isSymbolicLink() ? realPathOrNull(child) : realPrefix + dirent.name,
        fs.stat(child).then((stats) => ({ stats }), (error: unknown) => ({ error })),
      ]);
    });
    let found = 0;
    for (const [position, dirent] of children.entries()) {
      const name = dirent.name;
      const child = prefix + name;
      const look = looks[position];
      if (look === null) {
        if (dirent.isDirectory()) found += await walkFolder(child);
        continue;
      }
      const [realChild, outcome] = await look;
      if ('error' in outcome) {
        // A dangling link inside a folder is worth a line: the user may expect it to be read.
        if (wanted(name)) {
          addProblem(problemFromError(child, outcome.error), realChild ?? path.resolve(child));
          found += 1;
        }
        continue;
      }
      const { stats } = outcome;
      if (stats.isDirectory()) {
        found += await walkFolder(child);
      } else if (wanted(name)) {
        found += 1;
        if (stats.isFile()) addFile(child, realChild ?? path.resolve(child), stats.size);
        // A FIFO, socket or device named like an article: reading it could block or never end.
        else addProblem({ file: child, reason: 'unreadable', message: 'not a regular file' }, realChild ?? path.resolve(child));
      }
    }
    return found;
  };

  for (const input of inputs) {
    if (input === STDIN_PATH) {
      addFile(STDIN_PATH, STDIN_PATH, null);
      continue;
    }
    let stats;
    try {
      stats = await fs.stat(input);
    } catch (error) {
      addProblem(problemFromError(input, error));
      continue;
    }
    if (stats.isDirectory()) {
      // The same folder named twice: its files, or its 'no files' line, were given the first time.
      if (visitedFolders.has((await realPathOrNull(input)) ?? path.resolve(input))) continue;
      const found = await walkFolder(input);
      if (found === 0) addProblem({ file: input, reason: 'no-files', message: `no ${describeExtensions(extensions)} files` });
    } else {
      const realPath = (await realPathOrNull(input)) ?? path.resolve(input);
      if (stats.isFile()) addFile(input, realPath, stats.size);
      else addProblem({ file: input, reason: 'unreadable', message: 'not a regular file or folder' }, realPath);
    }
  }
  const files = entries.flatMap((entry) => (entry.file === undefined ? [] : [entry.file]));
  const problems = entries.flatMap((entry) => (entry.problem ? [entry.problem] : []));
  return { entries, files, problems };
}

/**
 * What `path.join(folder, name)` puts before a plain file name: the folder normalised, then a
 * separator (nothing for `.`). A run holds every listed path until it ends, and a path made
 * by `path.join` is a tree of string pieces, about 400 bytes for a 45-character path (25 MB
 * for 63,000 files, most of the CLI thread's heap on the 200 MB bench corpus); the folder's
 * prefix and the name read from the folder, joined, are shared or small.
 */
function childPrefix(folder: string): string {
  return path.join(folder, '_').slice(0, -1);
}

async function realPathOrNull(file: string): Promise<string | null> {
  try {
    return await fs.realpath(file);
  } catch {
    return null;
  }
}

/** `.txt or .md`, `.txt, .md or .html`: the extensions a folder walk looked for. */
function describeExtensions(extensions: readonly string[]): string {
  if (extensions.length <= 1) return extensions.join('');
  return `${extensions.slice(0, -1).join(', ')} or ${extensions.at(-1)}`;
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
