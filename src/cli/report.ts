/**
 * A report is what a subcommand prints, in a shape every formatter understands: the whole
 * JSON object, the NDJSON records, and tables for table/CSV/TSV output.
 */
import type { ChalkInstance } from 'chalk';

/** One column of a table. `maxWidth` trims long cells in the terminal table only. */
export interface Column {
  key: string;
  header: string;
  align?: 'left' | 'right';
  maxWidth?: number;
  /** Colours a cell in the terminal table; never used for CSV/TSV. */
  paint?: (value: string, color: ChalkInstance) => string;
}

export type Cell = string | number | null;

/** A titled table of rows keyed by column. */
export interface Table {
  title?: string;
  columns: Column[];
  rows: Record<string, Cell>[];
  /** Shown instead of an empty table. */
  emptyMessage: string;
}

/** Everything any formatter needs to print one subcommand's result. */
export interface Report {
  /** The one JSON object of the run (`--format json`). */
  json: unknown;
  /** One record a line (`--format ndjson`). */
  records: unknown[];
  /** Terminal tables, in order (`--format table`). */
  tables: Table[];
  /** The single flat table CSV and TSV print. */
  flat: Table;
}

/** Settings a formatter may use. */
export interface FormatContext {
  /** A chalk instance when colour is on, else null. */
  color: ChalkInstance | null;
}

/** Turns a report into the text written to stdout. */
export type Formatter = (report: Report, context: FormatContext) => string;
