import type { Cell, Table } from '../report.js';

/**
 * Writes a table as delimited text headed by the column keys; CSV and TSV differ only in
 * separator and escaping.
 * @param table - the report's flat table
 * @param separator - `,` or a tab
 * @param field - escapes one cell
 */
export function delimited(table: Table, separator: string, field: (value: Cell) => string): string {
  const lines = [table.columns.map((column) => field(column.key)).join(separator)];
  for (const row of table.rows) lines.push(table.columns.map((column) => field(row[column.key] ?? null)).join(separator));
  return `${lines.join('\n')}\n`;
}
