import type { Formatter } from '../report.js';

/** The whole result as one pretty-printed JSON object, for jq and for `eurasia merge`. */
export const formatJson: Formatter = (report) => `${JSON.stringify(report.json, null, 2)}\n`;
