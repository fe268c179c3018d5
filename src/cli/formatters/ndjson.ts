import type { Formatter } from '../report.js';

/** One compact JSON record a line, so that line-oriented tools can stream it. */
export const formatNdjson: Formatter = (report) => report.records.map((record) => `${JSON.stringify(record)}\n`).join('');
