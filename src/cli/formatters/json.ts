import type { Formatter, TextSink } from '../report.js';

/** The whole result as one pretty-printed JSON object, for jq and for `eurasia merge`. */
export const formatJson: Formatter = (report, _context, sink) => {
  writeJson(report.json, sink);
  sink.write('\n');
};

/**
 * Levels of nesting written member by member; deeper values (one entity, one quote) are
 * stringified whole. Two levels reach the elements of the result's top-level arrays.
 */
const STREAMED_LEVELS = 2;
const INDENT = '  ';

/**
 * Writes `value` as `JSON.stringify(value, null, 2)` would, byte for byte, but in pieces: one
 * per member of the top-level object and per element of its arrays.
 * @param value - plain JSON data
 * @param sink - receives the text
 */
export function writeJson(value: unknown, sink: TextSink): void {
  writeValue(value, '', 0, sink);
}

function writeValue(value: unknown, indent: string, level: number, sink: TextSink): void {
  if (level >= STREAMED_LEVELS || value === null || typeof value !== 'object' || typeof (value as { toJSON?: unknown }).toJSON === 'function') {
    // Inside an array JSON.stringify writes null for what it cannot represent.
    const text = JSON.stringify(value, null, 2) ?? 'null';
    // Strings escape their line breaks, so every line break here is the layout's own.
    sink.write(indent === '' ? text : text.replaceAll('\n', `\n${indent}`));
    return;
  }
  const inner = indent + INDENT;
  if (Array.isArray(value)) {
    if (value.length === 0) return sink.write('[]');
    sink.write('[');
    for (let index = 0; index < value.length; index += 1) {
      sink.write(index === 0 ? `\n${inner}` : `,\n${inner}`);
      writeValue(value[index], inner, level + 1, sink);
    }
    sink.write(`\n${indent}]`);
    return;
  }
  let written = 0;
  for (const [key, member] of Object.entries(value)) {
    // What JSON.stringify leaves out of an object.
    if (member === undefined || typeof member === 'function' || typeof member === 'symbol') continue;
    sink.write(`${written === 0 ? '{' : ','}\n${inner}${JSON.stringify(key)}: `);
    writeValue(member, inner, level + 1, sink);
    written += 1;
  }
  sink.write(written === 0 ? '{}' : `\n${indent}}`);
}
