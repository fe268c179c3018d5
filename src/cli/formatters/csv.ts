import type { Cell, Formatter } from '../report.js';
import { delimited } from './delimited.js';

function csvField(value: Cell): string {
  const text = value === null ? '' : String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 CSV of the report's flat table, headed by the column keys. */
export const formatCsv: Formatter = (report, _context, sink) => delimited(report.flat, ',', csvField, sink);
