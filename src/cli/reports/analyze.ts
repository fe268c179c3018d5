/** The `analyze` report: entities, quotes and dates of one run in one result. */
import type { Summary } from '../../core/summary.js';
import type { Quote, DateMention } from '../../core/types.js';
import { lazyReport, type Cell, type Report, type Table } from '../report.js';
import { entitiesReport } from './entities.js';
import { quotesReport } from './quotes.js';
import { datesReport } from './dates.js';

const FLAT_KEYS = ['record', 'file', 'start', 'end', 'text', 'name', 'type', 'count', 'documents', 'kind', 'speaker', 'cue', 'value', 'granularity', 'mod'];

/**
 * Builds the combined report. NDJSON records carry `record: "entity" | "quote" | "date"`;
 * CSV/TSV print one flat table with the union of the columns.
 * @param summary - the finished run
 * @param quotes - quotes after filtering
 * @param dates - dates after filtering
 */
export function analyzeReport(summary: Summary, quotes: Quote[], dates: DateMention[]): Report {
  const entities = entitiesReport(summary.documents, summary.entities);
  const quoteReport = quotesReport(summary.documents, quotes);
  const dateReport = datesReport(summary.documents, dates);
  const tagged = (record: string, items: unknown[]): Record<string, unknown>[] =>
    items.map((item) => ({ record, ...(item as Record<string, unknown>) }));
  const records = (): Record<string, unknown>[] => [
    ...tagged('entity', entities.records),
    ...tagged('quote', quoteReport.records),
    ...tagged('date', dateReport.records),
  ];
  const flat = (): Table => ({
    columns: FLAT_KEYS.map((key) => ({ key, header: key })),
    rows: records().map((record) => {
      const row: Record<string, Cell> = {};
      for (const key of FLAT_KEYS) {
        const value = record[key];
        row[key] = value === undefined || value === null ? null : typeof value === 'object' ? JSON.stringify(value) : (value as Cell);
      }
      return row;
    }),
    emptyMessage: '',
  });
  return lazyReport(entities.count + quoteReport.count + dateReport.count, {
    json: () => ({
      documents: summary.documents,
      entities: (entities.json as { entities: unknown }).entities,
      quotes: (quoteReport.json as { quotes: unknown }).quotes,
      dates: (dateReport.json as { dates: unknown }).dates,
    }),
    records,
    tables: () => [
      { ...entities.tables[0], title: 'Entities' },
      { ...quoteReport.tables[0], title: 'Quotes' },
      { ...dateReport.tables[0], title: 'Dates' },
    ],
    flat,
  });
}
