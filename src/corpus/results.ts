/** Reads a JSON result file written by an earlier run, for `eurasia merge`. */
import type { promises as fsPromises } from 'node:fs';
import type { Problem } from '../core/types.js';
import { parseJsonBytes } from './large-json.js';
import { problemFromError } from './walk.js';

/**
 * Reads and parses one JSON file; a missing, unreadable or unparsable file is a Problem.
 * Results of any size a file can be read at (2 GiB) are parsed, past V8's 512 MiB string limit too.
 * @param file - the path
 * @param fs - the file-system API (injected for tests)
 * @param wholeParseBytes - size below which the text is parsed in one piece (for tests)
 */
export async function readJsonResult(file: string, fs: typeof fsPromises, wholeParseBytes?: number): Promise<{ value: unknown } | { problem: Problem }> {
  let bytes: Uint8Array;
  try {
    bytes = await fs.readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException | undefined)?.code === 'ERR_FS_FILE_TOO_LARGE') {
      return { problem: { file, reason: 'too-large', message: 'too large to merge (over 2 GiB): split the corpus into more shards' } };
    }
    return { problem: problemFromError(file, error) };
  }
  try {
    return { value: parseJsonBytes(bytes, wholeParseBytes) };
  } catch (error) {
    return { problem: { file, reason: 'not-json', message: `not valid JSON (${(error as Error).message})` } };
  }
}
