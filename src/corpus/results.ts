/** Reads a JSON result file written by an earlier run, for `eurasia merge`. */
import type { promises as fsPromises } from 'node:fs';
import type { Problem } from '../core/types.js';
import { problemFromError } from './walk.js';

/**
 * Reads and parses one JSON file; a missing, unreadable or unparsable file is a Problem.
 * @param file - the path
 * @param fs - the file-system API (injected for tests)
 */
export async function readJsonResult(file: string, fs: typeof fsPromises): Promise<{ value: unknown } | { problem: Problem }> {
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch (error) {
    return { problem: problemFromError(file, error) };
  }
  try {
    return { value: JSON.parse(text.replace(/^\uFEFF/, '')) };
  } catch (error) {
    return { problem: { file, reason: 'not-json', message: `not valid JSON (${(error as Error).message})` } };
  }
}
