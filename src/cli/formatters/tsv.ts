import type { Cell, Formatter } from '../report.js';
import { delimited } from './delimited.js';

// TSV has no quoting convention; tabs and line breaks inside a value become spaces.
function tsvField(value: Cell): string {
  return value === null ? '' : String(value).replace(/[\t\r\n]+/g, ' ');
}

/** Tab-separated values of the report's flat table, headed by the column keys. */
export const formatTsv: Formatter = (report, _context, sink) => delimited(report.flat, '\t', tsvField, sink);
