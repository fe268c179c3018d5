import type { Cell, Table, TextSink } from '../report.js';

/**
 * Writes a table as delimited text headed by the column keys; CSV and TSV differ only in
 * separator and escaping.
 * @param table - the report's flat table
 * @param separator - `,` or a tab
 * @param field - escapes one cell
 * @param sink - receives the lines
 */
export function delimited(table: Table, separator: string, field: (value: Cell) => string, sink: TextSink): void {
  sink.write(`${table.columns.map((column) => field(column.key)).join(separator)}\n`);
  for (const row of table.rows) sink.write(`${table.columns.map((column) => field(row[column.key] ?? null)).join(separator)}\n`);
}
