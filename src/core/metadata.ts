/**
 * Article metadata that lives in the text itself: a leading `date YYYY-MM-DD` header and a
 * title line. Pure: the corpus layer decodes files and hands the text here.
 */
import type { Document } from './types.js';

const DATE_HEADER = /^\s*date[ \t]+(\d{4}-\d{2}-\d{2})(?=\s|$)\s*/i;
// The shape of a date header the writer got wrong (`date 2025-13-40`, `date 2025-5-3`,
// `date 23/05/2025`): still metadata, never a title, and worth a warning.
const DATE_HEADER_LIKE = /^\s*date[ \t]+(\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4})(?=\s|$)\s*/i;
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
 * otherwise `referenceDate` supplies the date. A leading `date` line that is no calendar date
 * is skipped too and reported in `ignoredDateHeader`. A first short line without final punctuation,
 * followed by more text, is the title (it is still analysed: headlines name people too).
 * @param path - the document's path as the user named it
 * @param text - decoded text without a byte-order mark
 * @param referenceDate - `YYYY-MM-DD` used when the text has no header
 */
export function parseDocument(path: string, text: string, referenceDate: string | null = null): Document {
  let bodyStart = 0;
  let date: string | null = null;
  let dateSource: Document['dateSource'] = null;
  let ignoredDateHeader: string | undefined;
  const header = DATE_HEADER.exec(text);
  if (header && isCalendarDate(header[1])) {
    date = header[1];
    dateSource = 'header';
    bodyStart = header[0].length;
  } else {
    const mistaken = DATE_HEADER_LIKE.exec(text);
    if (mistaken) {
      ignoredDateHeader = mistaken[1];
      bodyStart = mistaken[0].length;
    }
    if (referenceDate) {
      date = referenceDate;
      dateSource = 'reference';
    }
  }
  const document: Document = { path, text, bodyStart, date, dateSource, title: findTitle(text, bodyStart) };
  if (ignoredDateHeader !== undefined) document.ignoredDateHeader = ignoredDateHeader;
  return document;
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
