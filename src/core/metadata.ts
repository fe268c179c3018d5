/**
 * Article metadata that lives in the text itself: a leading `date YYYY-MM-DD` header and a
 * title line. Pure: the corpus layer decodes files and hands the text here.
 */
import type { Document } from './types.js';

const DATE_HEADER = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/i;
const TITLE_MAX_LENGTH = 160;
// A line that ends like a sentence, a clause or a quotation is body text, not a headline.
const FINAL_PUNCTUATION = /[.!?;:,…"”’'»)\]]$/;

/**
 * True for a real calendar date written `YYYY-MM-DD` (rejects `2025-13-40` and `2023-02-29`).
 * @param value - the candidate string
 */
export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/**
 * Builds a Document from decoded text: the `date YYYY-MM-DD` header (which may stand on its
 * own line or open the first line, as in wire copy) is metadata and is skipped by analysis;
 * otherwise `referenceDate` supplies the date. A first short line without final punctuation,
 * followed by more text, is the title (it is still analysed: headlines name people too).
 * @param path - the document's path as the user named it
 * @param text - decoded text without a byte-order mark
 * @param referenceDate - `YYYY-MM-DD` used when the text has no header
 */
export function parseDocument(path: string, text: string, referenceDate: string | null = null): Document {
  let bodyStart = 0;
  let date: string | null = null;
  let dateSource: Document['dateSource'] = null;
  const header = DATE_HEADER.exec(text);
  if (header && isCalendarDate(header[1])) {
    date = header[1];
    dateSource = 'header';
    bodyStart = header[0].length;
  } else if (referenceDate) {
    date = referenceDate;
    dateSource = 'reference';
  }
  return { path, text, bodyStart, date, dateSource, title: findTitle(text, bodyStart) };
}

function findTitle(text: string, bodyStart: number): string | null {
  const rest = text.slice(bodyStart);
  const leading = rest.length - rest.trimStart().length;
  const lineEnd = rest.indexOf('\n', leading);
  if (lineEnd < 0) return null;
  const line = rest.slice(leading, lineEnd).trim();
  if (line === '' || line.length > TITLE_MAX_LENGTH || FINAL_PUNCTUATION.test(line)) return null;
  if (rest.slice(lineEnd).trim() === '') return null;
  return line;
}
