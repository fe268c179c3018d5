/** The formatters, one per file, in a typed map keyed by `--format` name. */
import type { Formatter } from '../report.js';
import { formatCsv } from './csv.js';
import { formatJson } from './json.js';
import { formatNdjson } from './ndjson.js';
import { formatTable } from './table.js';
import { formatTsv } from './tsv.js';

export const FORMAT_NAMES = ['table', 'json', 'ndjson', 'csv', 'tsv'] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];

export const formatters: Readonly<Record<FormatName, Formatter>> = {
  table: formatTable,
  json: formatJson,
  ndjson: formatNdjson,
  csv: formatCsv,
  tsv: formatTsv,
};

/**
 * True when `name` is a known format.
 * @param name - as typed after `--format`
 */
export function isFormatName(name: string): name is FormatName {
  return (FORMAT_NAMES as readonly string[]).includes(name);
}
