/**
 * Reads and decodes one input into a Document, or says in one Problem why it cannot.
 */
import { promises as fs } from 'node:fs';
import { parseDocument } from '../core/metadata.js';
import type { Document, Problem } from '../core/types.js';
import { problemFromError, STDIN_PATH } from './walk.js';

/** Default limit on one document's size: news articles are kilobytes; 10 MiB is a runaway file. */
export const DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

/** Options shared by every read in a run. */
export interface ReadOptions {
  /** Date for documents without a `date` header. */
  referenceDate: string | null;
  /** Larger files are skipped with a `too-large` problem. */
  maxDocumentBytes: number;
  /** Reads standard input; injected so tests and the CLI decide where it comes from. */
  readStdin: () => Promise<Buffer>;
}

/** Either a document or the reason there is none. */
export type ReadResult = { document: Document; problem?: undefined } | { problem: Problem; document?: undefined };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const utf16le = new TextDecoder('utf-16le', { fatal: true });
const utf16be = new TextDecoder('utf-16be', { fatal: true });

/**
 * Decodes bytes as text: UTF-8 (a BOM dropped), or UTF-16 when a BOM says so. Rejects binary
 * data (NUL bytes in the first 8 KiB of a file without a UTF-16 BOM) and invalid UTF-8.
 * Line endings are kept as they are, so offsets stay true to the file.
 * @param file - the path, for the problem
 * @param bytes - the file's content
 */
export function decodeText(file: string, bytes: Uint8Array): { text: string } | { problem: Problem } {
  try {
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: utf16le.decode(bytes.subarray(2)) };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: utf16be.decode(bytes.subarray(2)) };
  } catch {
    return { problem: { file, reason: 'not-utf8', message: 'not valid UTF-16 despite its byte-order mark' } };
  }
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return { problem: { file, reason: 'binary', message: 'binary file (contains NUL bytes)' } };
  try {
    const start = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
    return { text: utf8.decode(bytes.subarray(start)) };
  } catch {
    return { problem: { file, reason: 'not-utf8', message: 'not valid UTF-8' } };
  }
}

/**
 * Reads one input (a file path or `-`) and parses its metadata.
 * @param file - path or `-`
 * @param options - reference date, size limit, stdin reader
 */
export async function readDocument(file: string, options: ReadOptions): Promise<ReadResult> {
  let bytes: Uint8Array;
  try {
    if (file === STDIN_PATH) {
      bytes = await options.readStdin();
    } else {
      const stats = await fs.stat(file);
      if (!stats.isFile()) return { problem: { file, reason: 'unreadable', message: 'not a regular file' } };
      if (stats.size > options.maxDocumentBytes) return { problem: tooLarge(file, stats.size, options.maxDocumentBytes) };
      bytes = await fs.readFile(file);
    }
  } catch (error) {
    return { problem: problemFromError(file, error) };
  }
  if (bytes.length > options.maxDocumentBytes) return { problem: tooLarge(file, bytes.length, options.maxDocumentBytes) };
  const decoded = decodeText(file, bytes);
  if ('problem' in decoded) return { problem: decoded.problem };
  if (decoded.text.trim() === '') return { problem: { file, reason: 'empty', message: 'empty file' } };
  return { document: parseDocument(file, decoded.text, options.referenceDate) };
}

function tooLarge(file: string, size: number, limit: number): Problem {
  return { file, reason: 'too-large', message: `too large (${formatBytes(size)}; limit ${formatBytes(limit)}, see --max-doc-size)` };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
