/** The `quotes` report: every quotation, or with `--by speaker` a count per speaker. */
import type { DocumentInfo, Quote } from '../../core/types.js';
import { compareText } from '../../core/summary.js';
import { lazyReport, type Report, type Table } from '../report.js';

/** A quote as printed in JSON and NDJSON (offsets of the quoted text without its marks). */
export interface QuoteOutput {
  file: string;
  start: number;
  end: number;
  text: string;
  kind: Quote['kind'];
  speaker: string | null;
  speakerDescription: string | null;
  cue: string | null;
}

/**
 * The printed form of a quote.
 * @param quote - one quote
 */
export function quoteOutput(quote: Quote): QuoteOutput {
  return {
    file: quote.file,
    start: quote.start,
    end: quote.end,
    text: quote.text,
    kind: quote.kind,
    speaker: quote.speaker,
    speakerDescription: quote.speakerDescription,
    cue: quote.cue,
  };
}

const speakerLabel = (quote: QuoteOutput): string | null => quote.speaker ?? (quote.speakerDescription ? `(${quote.speakerDescription})` : null);

/**
 * Builds the quotes report.
 * @param documents - the run's documents
 * @param quotes - quotes after filtering, in file and offset order
 */
export function quotesReport(documents: DocumentInfo[], quotes: Quote[]): Report {
  const records = quotes.map(quoteOutput);
  const table = (): Table => ({
    columns: [
      { key: 'speaker', header: 'Speaker', maxWidth: 30, paint: (value, color) => color.green(value) },
      { key: 'cue', header: 'Cue', maxWidth: 16 },
      { key: 'kind', header: 'Kind' },
      { key: 'text', header: 'Quote', maxWidth: 70 },
      { key: 'file', header: 'File', maxWidth: 36 },
    ],
    rows: records.map((record) => ({ ...record, speaker: speakerLabel(record) })),
    emptyMessage: 'No quotations found.',
  });
  const keys = ['file', 'start', 'end', 'kind', 'speaker', 'speakerDescription', 'cue', 'text'];
  const flat = (): Table => ({ columns: keys.map((key) => ({ key, header: key })), rows: records.map((record) => ({ ...record })), emptyMessage: '' });
  return lazyReport(records.length, { json: () => ({ documents, quotes: records }), records: () => records, tables: () => [table()], flat });
}

/** One row of `--by speaker`. */
export interface SpeakerCount {
  speaker: string;
  quotes: number;
  documents: number;
  longest: string;
}

/**
 * Builds the `--by speaker` report: quotes and documents per speaker, most quoted first.
 * Unattributed quotes count under `(unknown)`.
 * @param documents - the run's documents
 * @param quotes - quotes after filtering
 */
export function speakersReport(documents: DocumentInfo[], quotes: Quote[]): Report {
  const bySpeaker = new Map<string, { quotes: number; files: Set<string>; longest: string }>();
  for (const quote of quotes) {
    const speaker = quote.speaker ?? '(unknown)';
    const entry = bySpeaker.get(speaker) ?? { quotes: 0, files: new Set<string>(), longest: '' };
    entry.quotes += 1;
    entry.files.add(quote.file);
    if (quote.text.length > entry.longest.length) entry.longest = quote.text;
    bySpeaker.set(speaker, entry);
  }
  const speakers: SpeakerCount[] = [...bySpeaker]
    .map(([speaker, entry]) => ({ speaker, quotes: entry.quotes, documents: entry.files.size, longest: entry.longest }))
    .sort((left, right) => right.quotes - left.quotes || compareText(left.speaker, right.speaker));
  const columns = [
    { key: 'speaker', header: 'Speaker', maxWidth: 30 },
    { key: 'quotes', header: 'Quotes', align: 'right' as const },
    { key: 'documents', header: 'Docs', align: 'right' as const },
    { key: 'longest', header: 'Longest quote', maxWidth: 60 },
  ];
  const rows = (): Record<string, string | number>[] => speakers.map((entry) => ({ ...entry }));
  return lazyReport(speakers.length, {
    json: () => ({ documents, speakers }),
    records: () => speakers,
    tables: () => [{ columns, rows: rows(), emptyMessage: 'No quotations found.' }],
    flat: () => ({ columns: columns.map(({ key }) => ({ key, header: key })), rows: rows(), emptyMessage: '' }),
  });
}
