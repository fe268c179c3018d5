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

/**
 * Everything any formatter needs to print one subcommand's result. Each formatter reads one
 * of the representations, so reports build them on first use (see `lazyReport`): a run over
 * a large corpus never holds its JSON, its records and its tables at once.
 */
export interface Report {
  /** How many records the report holds (for `--fail-on-empty`), known without building them. */
  readonly count: number;
  /** The one JSON object of the run (`--format json`). */
  readonly json: unknown;
  /** One record a line (`--format ndjson`). */
  readonly records: unknown[];
  /** Terminal tables, in order (`--format table`). */
  readonly tables: Table[];
  /** The single flat table CSV and TSV print. */
  readonly flat: Table;
}

/** How a report builds each representation when a formatter first asks for it. */
export interface ReportParts {
  json: () => unknown;
  records: () => unknown[];
  tables: () => Table[];
  flat: () => Table;
}

/**
 * A report whose representations are built on first use and then kept.
 * @param count - how many records it holds
 * @param parts - a builder per representation
 */
export function lazyReport(count: number, parts: ReportParts): Report {
  const built: Partial<{ [Key in keyof ReportParts]: ReturnType<ReportParts[Key]> }> = {};
  return {
    count,
    get json() {
      return (built.json ??= parts.json());
    },
    get records() {
      return (built.records ??= parts.records());
    },
    get tables() {
      return (built.tables ??= parts.tables());
    },
    get flat() {
      return (built.flat ??= parts.flat());
    },
  };
}

/** Settings a formatter may use. */
export interface FormatContext {
  /** A chalk instance when colour is on, else null. */
  color: ChalkInstance | null;
}

/** Where a formatter writes its text, piece by piece. */
export interface TextSink {
  write(text: string): void;
}

/**
 * Writes a report to `sink`. Formatters write as they go instead of returning one string, so
 * the output of a large corpus is never one string in memory (V8 caps a string at 512 MiB).
 */
export type Formatter = (report: Report, context: FormatContext, sink: TextSink) => void;
