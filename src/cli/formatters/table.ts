import Table from 'cli-table3';
import type { Cell, Column, FormatContext, Formatter, Table as ReportTable } from '../report.js';

function trim(text: string, maxWidth: number | undefined): string {
  const flat = text.replace(/\s+/g, ' ');
  if (!maxWidth || flat.length <= maxWidth) return flat;
  return `${flat.slice(0, Math.max(1, maxWidth - 1)).trimEnd()}…`;
}

function cellText(value: Cell, column: Column, context: FormatContext): string {
  const text = trim(value === null ? '–' : String(value), column.maxWidth);
  return context.color && column.paint && value !== null ? column.paint(text, context.color) : text;
}

function renderTable(table: ReportTable, context: FormatContext): string {
  const color = context.color;
  const heading = table.title ? `${color ? color.bold(table.title) : table.title}\n` : '';
  if (table.rows.length === 0) return `${heading}${table.emptyMessage}\n`;
  const output = new Table({
    head: table.columns.map((column) => (color ? color.bold.cyan(column.header) : column.header)),
    colAligns: table.columns.map((column) => column.align ?? 'left'),
    // cli-table3 paints borders and headings red/grey unless told otherwise; with no colour
    // wanted, empty style lists keep every escape sequence out.
    style: { head: [], border: color ? ['grey'] : [], compact: true },
    wordWrap: false,
  });
  for (const row of table.rows) output.push(table.columns.map((column) => cellText(row[column.key] ?? null, column, context)));
  return `${heading}${output.toString()}\n`;
}

/** Terminal tables drawn by cli-table3, coloured only when the context says so. */
export const formatTable: Formatter = (report, context, sink) => {
  report.tables.forEach((table, index) => sink.write(`${index > 0 ? '\n' : ''}${renderTable(table, context)}`));
};
