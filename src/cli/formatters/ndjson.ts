import type { Formatter } from '../report.js';

/** One compact JSON record a line, so that line-oriented tools can stream it. */
export const formatNdjson: Formatter = (report, _context, sink) => {
  for (const record of report.records) sink.write(`${JSON.stringify(record)}\n`);
};
