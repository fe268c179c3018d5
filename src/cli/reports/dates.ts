/** The `dates` report: a timeline of date expressions, or with `--by value` a histogram. */
import type { DateMention, DocumentInfo } from '../../core/types.js';
import { compareText } from '../../core/summary.js';
import { compareDateValues } from '../../core/dates/timeline.js';
import { lazyReport, type Report, type Table } from '../report.js';

/** A date as printed in JSON and NDJSON. */
export interface DateOutput {
  file: string;
  start: number;
  end: number;
  text: string;
  value: string | null;
  granularity: DateMention['granularity'];
  mod: DateMention['mod'];
  relative: boolean;
  type: DateMention['temporalType'];
}

/**
 * The printed form of a date mention.
 * @param date - one date mention
 */
export function dateOutput(date: DateMention): DateOutput {
  return {
    file: date.file,
    start: date.start,
    end: date.end,
    text: date.text,
    value: date.value,
    granularity: date.granularity,
    mod: date.mod,
    relative: date.relative,
    type: date.temporalType,
  };
}

/** Timeline order: resolved values first, in calendar order, then file and offset. */
function byValue(left: DateOutput, right: DateOutput): number {
  if (left.value === null || right.value === null) {
    if (left.value !== right.value) return left.value === null ? 1 : -1;
  } else {
    const order = compareDateValues(left.value, right.value);
    if (order) return order;
  }
  return compareText(left.file, right.file) || left.start - right.start;
}

/**
 * Builds the dates report. JSON and NDJSON keep file order; the table is a timeline.
 * @param documents - the run's documents
 * @param dates - date mentions after filtering, in file and offset order
 */
export function datesReport(documents: DocumentInfo[], dates: DateMention[]): Report {
  const records = dates.map(dateOutput);
  const table = (): Table => ({
    columns: [
      { key: 'value', header: 'Value', paint: (value, color) => color.cyan(value) },
      { key: 'mod', header: 'Mod' },
      { key: 'text', header: 'Text', maxWidth: 40 },
      { key: 'file', header: 'File', maxWidth: 40 },
    ],
    rows: [...records].sort(byValue).map((record) => ({ ...record, relative: String(record.relative), value: record.value ?? (record.relative ? '(relative)' : null) })),
    emptyMessage: 'No dates found.',
  });
  const keys = ['file', 'start', 'end', 'text', 'value', 'granularity', 'mod', 'relative', 'type'];
  const flat = (): Table => ({
    columns: keys.map((key) => ({ key, header: key })),
    rows: records.map((record) => ({ ...record, relative: String(record.relative) })),
    emptyMessage: '',
  });
  return lazyReport(records.length, { json: () => ({ documents, dates: records }), records: () => records, tables: () => [table()], flat });
}

/** One row of `--by value`. */
export interface ValueCount {
  value: string;
  count: number;
  documents: number;
}

const BAR_WIDTH = 30;

/**
 * Builds the `--by value` report: mentions per value in calendar order, with a bar per row
 * so the table shows when the corpus is about.
 * @param documents - the run's documents
 * @param dates - date mentions after filtering
 */
export function dateValuesReport(documents: DocumentInfo[], dates: DateMention[]): Report {
  const byValueMap = new Map<string, { count: number; files: Set<string> }>();
  for (const date of dates) {
    if (date.value === null) continue;
    const entry = byValueMap.get(date.value) ?? { count: 0, files: new Set<string>() };
    entry.count += 1;
    entry.files.add(date.file);
    byValueMap.set(date.value, entry);
  }
  const values: ValueCount[] = [...byValueMap]
    .map(([value, entry]) => ({ value, count: entry.count, documents: entry.files.size }))
    .sort((left, right) => compareDateValues(left.value, right.value));
  // A loop, not Math.max(...counts): a spread of a million arguments overflows the stack.
  let most = 1;
  for (const entry of values) most = Math.max(most, entry.count);
  const rows = (): Record<string, string | number>[] => values.map((entry) => ({ ...entry, bar: '█'.repeat(Math.max(1, Math.round((entry.count / most) * BAR_WIDTH))) }));
  return lazyReport(values.length, {
    json: () => ({ documents, values }),
    records: () => values,
    tables: () => [
      {
        columns: [
          { key: 'value', header: 'Value' },
          { key: 'count', header: 'Mentions', align: 'right' },
          { key: 'documents', header: 'Docs', align: 'right' },
          { key: 'bar', header: '', paint: (value, color) => color.cyan(value) },
        ],
        rows: rows(),
        emptyMessage: 'No resolved dates found.',
      },
    ],
    flat: () => ({ columns: ['value', 'count', 'documents'].map((key) => ({ key, header: key })), rows: values.map((entry) => ({ ...entry })), emptyMessage: '' }),
  });
}
