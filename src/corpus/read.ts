/**
 * Reads and decodes one input into a Document, or says in one Problem why it cannot.
 */
import { closeSync, constants as fsConstants, fstatSync, openSync, readSync } from 'node:fs';
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
  /**
   * Reads standard input, stopping once more than `limit` bytes have arrived (so an endless
   * pipe cannot fill memory); injected so tests and the CLI decide where it comes from.
   */
  readStdin: (limit: number) => Promise<Buffer>;
}

/**
 * Either a document, with anything worth saying about how it was read (warnings: the document
 * is still analysed), or the reason there is none.
 */
export type ReadResult = { document: Document; warnings: Problem[]; problem?: undefined } | { problem: Problem; document?: undefined; warnings?: undefined };


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
 * Reads one input (a file path or `-`) and parses its metadata; a leading `date` line that
 * is not a valid date becomes a warning (the date is then unknown). Never reads more than one
 * byte past `maxDocumentBytes`, whether the input is standard input, a file that grew since
 * it was listed, or a file swapped for a FIFO. Only standard input is awaited; a file is read
 * as `readDocumentSync` reads it.
 * @param file - path or `-`
 * @param options - reference date, size limit, stdin reader
 */
export async function readDocument(file: string, options: ReadOptions): Promise<ReadResult> {
  if (file !== STDIN_PATH) return readDocumentSync(file, options);
  let bytes: Uint8Array;
  try {
    bytes = await options.readStdin(options.maxDocumentBytes);
  } catch (error) {
    return { problem: problemFromError(file, error) };
  }
  return documentFromBytes(file, bytes, options);
}

/**
 * `readDocument` for a file path, blocking until the file is read. Files are article-sized:
 * a blocking read costs a few system calls, where the promise API cost five round trips
 * through the thread pool per file (a twentieth of a worker's time on the bench corpus).
 * @param file - a file path (not `-`)
 * @param options - reference date and size limit
 */
export function readDocumentSync(file: string, options: Omit<ReadOptions, 'readStdin'>): ReadResult {
  let read: { bytes: Uint8Array } | { problem: Problem };
  try {
    read = readRegularFile(file, options.maxDocumentBytes);
  } catch (error) {
    return { problem: problemFromError(file, error) };
  }
  if ('problem' in read) return { problem: read.problem };
  return documentFromBytes(file, read.bytes, options);
}

/**
 * Decodes what was read and parses its metadata: the limit checked once more (standard input
 * and a file that grew are only stopped one byte past it), then text, emptiness, header.
 * @param file - the path, for problems and the document
 * @param bytes - at most `maxDocumentBytes + 1` bytes of the input
 * @param options - reference date and size limit
 */
export function documentFromBytes(file: string, bytes: Uint8Array, options: Omit<ReadOptions, 'readStdin'>): ReadResult {
  const limit = options.maxDocumentBytes;
  if (bytes.length > limit) return { problem: tooLarge(file, null, limit) };
  const decoded = decodeText(file, bytes);
  if ('problem' in decoded) return { problem: decoded.problem };
  if (decoded.text.trim() === '') return { problem: { file, reason: 'empty', message: 'empty file' } };
  const document = parseDocument(file, decoded.text, options.referenceDate);
  const warnings: Problem[] = [];
  if (document.ignoredDateHeader !== undefined) {
    warnings.push({ file, reason: 'invalid-date-header', message: `ignored invalid date header "${document.ignoredDateHeader}"` });
  }
  return { document, warnings };
}

/**
 * Opens `file`, checks through the open descriptor that it is a regular file within the
 * limit, and reads at most `limit + 1` bytes. Checking the descriptor rather than the path
 * means the file read is the file checked.
 */
function readRegularFile(file: string, limit: number): { bytes: Uint8Array } | { problem: Problem } {
  // Non-blocking, so that opening a FIFO that replaced the file since the walk does not wait
  // for a writer; the flag changes nothing for a regular file. (Windows has no such flag.)
  const descriptor = openSync(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) return { problem: { file, reason: 'unreadable', message: 'not a regular file' } };
    if (stats.size > limit) return { problem: tooLarge(file, stats.size, limit) };
    return { bytes: readAtMost(descriptor, limit + 1, stats.size) };
  } finally {
    closeSync(descriptor);
  }
}

/** Reads until the end of the file or until `most` bytes have arrived, whichever is first. */
function readAtMost(descriptor: number, most: number, expected: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  // One byte more than expected, so the usual file is read in one call and its end seen in a second.
  let size = Math.min(expected + 1, most);
  while (total < most) {
    const buffer = Buffer.allocUnsafe(size);
    const bytesRead = readSync(descriptor, buffer, 0, size, null);
    if (bytesRead === 0) break;
    chunks.push(buffer.subarray(0, bytesRead));
    total += bytesRead;
    size = Math.min(64 * 1024, most - total);
  }
  return chunks.length === 1 ? chunks[0] : Buffer.concat(chunks, total);
}

/** The problem for an input over the limit; `size` is null when reading stopped at the limit. */
function tooLarge(file: string, size: number | null, limit: number): Problem {
  const measured = size === null ? `over the ${formatBytes(limit)} limit` : `${formatBytes(size)}; limit ${formatBytes(limit)}`;
  return { file, reason: 'too-large', message: `too large (${measured}, see --max-doc-size)` };
}

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}
